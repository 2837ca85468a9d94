/** parsePlanText on the seed, on an invented Simplified fixture, on edge cases, and under random input. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { chineseNumeral, parsePlanText, type ParsedPlanText, type TextSpan } from '../src/parse-plan-text.js';
import { fixturesDir, seed } from './helpers.js';

const codes = (parsed: ParsedPlanText) => parsed.diagnostics.map((d) => d.code);

describe('parsePlanText on the seed', () => {
  const parsed = parsePlanText(seed);

  test('11 sections, 69 tasks, 48 units', () => {
    assert.equal(parsed.sections.length, 11);
    assert.equal(parsed.tasks.length, 69);
    assert.equal(parsed.units.length, 48);
    assert.deepEqual(parsed.tasks.map((t) => t.number), Array.from({ length: 69 }, (_, i) => i + 1));
    assert.deepEqual(parsed.sections.map((s) => s.numeral), ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
  });

  test('the only diagnostics are taskWithoutUnits warnings for tasks 67–69', () => {
    assert.deepEqual(
      parsed.diagnostics.map((d) => [d.code, d.severity]),
      [['taskWithoutUnits', 'warning'], ['taskWithoutUnits', 'warning'], ['taskWithoutUnits', 'warning']],
    );
    for (const [i, d] of parsed.diagnostics.entries()) {
      assert.equal(d.offset, parsed.tasks[66 + i]!.span.offset, `diagnostic points at task ${67 + i}`);
      assert.match(d.message, new RegExp(`task ${67 + i}\\b`));
    }
  });

  test('15.5萬千瓦 stays in the body of task 14 (a decimal is not task 15)', () => {
    const t14 = parsed.tasks[13]!;
    const t15 = parsed.tasks[14]!;
    assert.equal(t14.number, 14);
    assert.ok(t14.body.includes('關停30萬千瓦以下燃煤機組6臺、15.5萬千瓦'));
    assert.equal(t15.title, '提升能源供應保障能力');
    assert.ok(t15.span.offset > seed.indexOf('15.5萬千瓦'));
  });

  test('the preamble is the news paragraph and the document title', () => {
    assert.ok(parsed.preamble.startsWith('日前,德州市人民政府官網發布了'));
    assert.ok(parsed.preamble.endsWith('制定2023年重點工作任務如下。'));
  });
});

describe('parsePlanText on an invented Simplified fixture with full-width punctuation', () => {
  const text = readFileSync(resolve(fixturesDir, 'invented-simplified.txt'), 'utf8');
  const parsed = parsePlanText(text);

  test('the fixture says it is invented', () => {
    assert.ok(parsed.preamble.startsWith('本文件为测试虚构示例，并非真实文件。'));
    assert.equal(parsed.preamble, '本文件为测试虚构示例，并非真实文件。\n虚构市2024年重点工作任务\n为检验解析器，列出以下任务。');
  });

  test('exact sections, with 十一、 and 十二、', () => {
    assert.deepEqual(
      parsed.sections.map((s) => [s.number, s.numeral, s.title, s.taskIndices.map((i) => parsed.tasks[i]!.number)]),
      [
        [1, '一', '提升创新能力', [1, 2]],
        [2, '二', '推动产业升级', [3, 4]],
        [3, '三', '扩大有效投资', [5]],
        [4, '四', '改善生态环境', [6]],
        [5, '五', '推进乡村振兴', [7]],
        [6, '六', '深化改革开放', [8]],
        [7, '七', '繁荣文化事业', [9]],
        [8, '八', '办好民生实事', [10]],
        [9, '九', '提升教育水平', [11, 12]],
        [10, '十', '守住安全底线', [13]],
        [11, '十一', '加强数字建设', [14]],
        [12, '十二', '抓好组织实施', [15]],
      ],
    );
  });

  test('exact tasks: numbers, sections, titles, bodies, lead and participating units', () => {
    assert.deepEqual(
      parsed.tasks.map((t) => [t.number, t.sectionNumber, t.title, t.lead, t.participating]),
      [
        [1, 1, '推动成果转化', ['市科技局'], ['市财政局', '市市场监管局']],
        [2, 1, '建设创新平台', ['市科技局', '市工业和信息化局'], []],
        [3, 2, '推进技术改造', ['市工业和信息化局'], ['市发展改革委', '市生态环境局']],
        [4, 2, '引育创新人才', ['市委组织部（市人才办）'], ['市人力资源社会保障局', '市科技局']],
        [5, 3, '实施重点项目', ['市发展改革委'], []],
        [6, 4, '增加城市绿地', ['市自然资源局', '市住房城乡建设局'], []],
        [7, 5, '建设高标准农田', ['市农业农村局'], ['市财政局']],
        [8, 6, '优化营商环境', ['市审批服务局', '市大数据局'], []],
        [9, 7, '丰富文化生活', ['市文化和旅游局'], []],
        [10, 8, '促进就业', ['市人力资源社会保障局'], []],
        [11, 9, '扩充学位', ['市教育体育局'], ['市发展改革委']],
        [12, 9, '建设学校', ['市教育体育局'], ['市住房城乡建设局', '市自然资源局']],
        [13, 10, '抓好安全生产', ['市应急局'], ['市公安局', '市交通运输局']],
        [14, 11, '建设智慧城市', ['市大数据局'], []],
        [15, 12, '加强组织领导', [], []],
      ],
    );
  });

  test('decimals next to a task number stay in the body (2.5亿元, 4.5万吨, 1.5万亩, 12.5%)', () => {
    const body = (n: number) => parsed.tasks.find((t) => t.number === n)!.body;
    assert.equal(body(1), '引进科技成果50项以上，技术合同成交额达到2.5亿元。');
    assert.equal(body(3), '实施技改项目30个，节约标准煤4.5万吨。');
    assert.equal(body(6), '新增绿地1.5万亩。');
    assert.equal(body(11), '新增学位3000个，入园率提高12.5%。');
    assert.equal(body(15), '成立领导小组，统筹推进各项工作。');
  });

  test('units parentheses are the full-width text, nested parentheses included', () => {
    const t4 = parsed.tasks[3]!;
    assert.ok(t4.unitsSpan);
    assert.equal(
      text.slice(t4.unitsSpan.offset, t4.unitsSpan.offset + t4.unitsSpan.length),
      '（牵头单位：市委组织部（市人才办），参与单位：市人力资源社会保障局、市科技局）',
    );
    assert.equal(parsed.tasks[14]!.unitsSpan, undefined);
  });

  test('exact distinct units in order of first appearance', () => {
    assert.deepEqual(parsed.units, [
      '市科技局',
      '市财政局',
      '市市场监管局',
      '市工业和信息化局',
      '市发展改革委',
      '市生态环境局',
      '市委组织部（市人才办）',
      '市人力资源社会保障局',
      '市自然资源局',
      '市住房城乡建设局',
      '市农业农村局',
      '市审批服务局',
      '市大数据局',
      '市文化和旅游局',
      '市教育体育局',
      '市应急局',
      '市公安局',
      '市交通运输局',
    ]);
  });

  test('the only diagnostic is the task without units', () => {
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.severity, d.offset]), [['taskWithoutUnits', 'warning', text.indexOf('15.加强组织领导')]]);
  });
});

describe('parsePlanText edge cases', () => {
  test('numbering that restarts at 1 in each section warns numberingRestarts and keeps every task', () => {
    const text =
      '一、甲部分1.第一项。内容一。(牽頭單位:市甲局)2.第二项。内容二。(牽頭單位:市乙局)' +
      '二、乙部分1.第三项。内容三。(牽頭單位:市丙局)2.第四项。内容四。(牽頭單位:市甲局,參與單位:市丁局)' +
      '三、丙部分1.第五项。内容五。(牽頭單位:市乙局)';
    const parsed = parsePlanText(text);
    assert.deepEqual(
      parsed.tasks.map((t) => [t.sectionNumber, t.number, t.title, t.lead, t.participating]),
      [
        [1, 1, '第一项', ['市甲局'], []],
        [1, 2, '第二项', ['市乙局'], []],
        [2, 1, '第三项', ['市丙局'], []],
        [2, 2, '第四项', ['市甲局'], ['市丁局']],
        [3, 1, '第五项', ['市乙局'], []],
      ],
    );
    assert.deepEqual(parsed.sections.map((s) => s.title), ['甲部分', '乙部分', '丙部分']);
    assert.deepEqual(codes(parsed), ['numberingRestarts', 'numberingRestarts']);
    assert.equal(parsed.diagnostics[0]!.offset, text.indexOf('1.第三项'));
    assert.equal(parsed.diagnostics[1]!.offset, text.indexOf('1.第五项'));
  });

  test('continuing numbering gives no numberingRestarts even with 1.5 and 11. in the text', () => {
    const text = '一、甲1.第一项。增长1.5%。(牽頭單位:市甲局)二、乙2.第二项。内容。(牽頭單位:市乙局)';
    const parsed = parsePlanText(text);
    assert.deepEqual(parsed.tasks.map((t) => [t.sectionNumber, t.number, t.body]), [
      [1, 1, '增长1.5%。'],
      [2, 2, '内容。'],
    ]);
    assert.deepEqual(codes(parsed), []);
  });

  test('text without sections parses its tasks and warns noSections', () => {
    const text = '前言文字。\n1.第一项。内容一。（牵头单位：市甲局）\n2.第二项。内容二。（牵头单位：市乙局、市丙局）';
    const parsed = parsePlanText(text);
    assert.deepEqual(codes(parsed), ['noSections']);
    assert.deepEqual(parsed.sections, []);
    assert.equal(parsed.preamble, '前言文字。');
    assert.deepEqual(
      parsed.tasks.map((t) => [t.number, t.sectionNumber, t.title, t.lead]),
      [
        [1, undefined, '第一项', ['市甲局']],
        [2, undefined, '第二项', ['市乙局', '市丙局']],
      ],
    );
  });

  test('empty input and garbage give a noTasks error without throwing', () => {
    for (const input of ['', '   ', 'lorem ipsum dolor', '(((牽頭單位:', '。。。、、、', '一、', '1', '\u0000\uFFFF\uD800']) {
      const parsed = parsePlanText(input);
      assert.equal(parsed.tasks.length, 0, JSON.stringify(input));
      const noTasks = parsed.diagnostics.find((d) => d.code === 'noTasks');
      assert.ok(noTasks, `noTasks for ${JSON.stringify(input)}`);
      assert.equal(noTasks.severity, 'error');
    }
    // A bare "1." is an (empty) task, not garbage: it is reported, not dropped.
    assert.deepEqual(codes(parsePlanText('1.')), ['noSections', 'taskWithoutUnits', 'taskWithoutTitle']);
    assert.doesNotThrow(() => parsePlanText(undefined as unknown as string));
    assert.doesNotThrow(() => parsePlanText(null as unknown as string));
  });

  test('nested parentheses in a unit name survive (ASCII and full-width)', () => {
    const ascii = parsePlanText('1.甲。乙。(牽頭單位:市委組織部(市人才辦)、市科技局,參與單位:市財政局)');
    assert.deepEqual([ascii.tasks[0]!.lead, ascii.tasks[0]!.participating], [['市委組織部(市人才辦)', '市科技局'], ['市財政局']]);
    const full = parsePlanText('1.甲。乙。（牵头单位：市委组织部（市人才办），参与单位：市财政局）');
    assert.deepEqual([full.tasks[0]!.lead, full.tasks[0]!.participating], [['市委组织部（市人才办）'], ['市财政局']]);
  });

  test('an unclosed units parenthesis is an error, not a throw', () => {
    const parsed = parsePlanText('1.甲。乙。(牽頭單位:市甲局、市乙局');
    assert.deepEqual(parsed.tasks[0]!.lead, ['市甲局', '市乙局']);
    assert.ok(codes(parsed).includes('unclosedUnits'));
  });

  test('chineseNumeral writes heading numerals and rejects others', () => {
    assert.deepEqual([1, 10, 11, 12, 20, 21, 99].map(chineseNumeral), ['一', '十', '十一', '十二', '二十', '二十一', '九十九']);
    assert.throws(() => chineseNumeral(0), RangeError);
    assert.throws(() => chineseNumeral(100), RangeError);
    assert.throws(() => chineseNumeral(1.5), RangeError);
  });
});

describe('parsePlanText properties (fast-check)', () => {
  /** Checks that every span is inside the input and that each text equals input.slice(span). */
  function assertSpans(input: string, parsed: ParsedPlanText): void {
    const check = (what: string, span: TextSpan, value?: string) => {
      assert.ok(Number.isInteger(span.offset) && Number.isInteger(span.length), what);
      assert.ok(span.offset >= 0 && span.length >= 0 && span.offset + span.length <= input.length, `${what} within the input`);
      if (value !== undefined) assert.equal(input.slice(span.offset, span.offset + span.length), value, what);
    };
    check('preamble', parsed.preambleSpan, parsed.preamble);
    parsed.sections.forEach((s, i) => {
      check(`section ${i} title`, s.titleSpan, s.title);
      for (const k of s.taskIndices) assert.ok(k >= 0 && k < parsed.tasks.length, `section ${i} task index ${k}`);
    });
    parsed.tasks.forEach((t, i) => {
      check(`task ${i} title`, t.titleSpan, t.title);
      check(`task ${i} body`, t.bodySpan, t.body);
      check(`task ${i} span`, t.span);
      if (t.unitsSpan) check(`task ${i} units`, t.unitsSpan);
      for (const name of [...t.lead, ...t.participating]) assert.ok(name.length > 0 && input.includes(name), `task ${i} unit "${name}"`);
    });
    for (const d of parsed.diagnostics) assert.ok(d.offset >= 0 && d.offset <= input.length, `diagnostic ${d.code} offset`);
    assert.equal(parsed.tasks.length === 0, parsed.diagnostics.some((d) => d.code === 'noTasks'));
  }

  const tokens = [
    '一', '二', '三', '十', '十一', '、', '1', '2', '3', '12', '.', '．', '5', '。', '，', ',', '：', ':', '；',
    '(', ')', '（', '）', '牽頭單位:', '牵头单位：', ',參與單位:', '，参与单位：', '市科技局', '市发展改革委', '科', '技',
    '億元', '%', ' ', '\n', '“', '”', '\uD83D', '\uDE00', '😀',
  ];
  const structured = fc.string({ unit: fc.constantFrom(...tokens), maxLength: 80 });

  test('never throws on arbitrary strings, and every span is exact', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => assertSpans(input, parsePlanText(input))),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (input) => assertSpans(input, parsePlanText(input))),
      { numRuns: 300 },
    );
  });

  test('never throws on strings over a CJK-and-punctuation alphabet, and every span is exact', () => {
    fc.assert(fc.property(structured, (input) => assertSpans(input, parsePlanText(input))), { numRuns: 500 });
  });

  // Documents shaped like plans: headings (in or out of order), task numbers (continuing, restarting or random),
  // ASCII and full-width units parentheses (closed or not, nested, with empty names), random CJK filler.
  const filler = fc.string({ unit: fc.constantFrom(...tokens.filter((t) => t.length <= 2)), maxLength: 12 });
  const unitName = fc.constantFrom('市甲局', '市乙局', '市委組織部(市人才辦)', '市委组织部（市人才办）', '', ' ');
  const unitsParen = fc.oneof(
    fc.constant(''),
    fc
      .tuple(
        fc.constantFrom('(牽頭單位:', '（牵头单位：', '(責任單位:'),
        fc.array(unitName, { maxLength: 3 }),
        fc.constantFrom('', ',參與單位:', '，参与单位：'),
        fc.array(unitName, { maxLength: 3 }),
        fc.constantFrom(')', '）', ''),
      )
      .map(([open, lead, split, participating, close]) => open + lead.join('、') + (split ? split + participating.join('，') : '') + close),
  );
  const taskArb = fc.record({
    n: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 20 })),
    dot: fc.constantFrom('.', '．', ' .'),
    title: filler,
    stop: fc.constantFrom('。', '．', ''),
    body: filler,
    units: unitsParen,
    sep: fc.constantFrom('', '\n', ' '),
  });
  const sectionArb = fc.record({ k: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 15 })), title: filler, tasks: fc.array(taskArb, { maxLength: 4 }) });
  const planLike = fc.tuple(filler, fc.array(sectionArb, { maxLength: 13 })).map(([preamble, sections]) => {
    let s = 0;
    let t = 0;
    let out = preamble;
    for (const section of sections) {
      out += `${chineseNumeral(section.k === -1 ? ++s : section.k)}、${section.title}`;
      for (const task of section.tasks) {
        out += `${task.n === -1 ? ++t : task.n}${task.dot}${task.title}${task.stop}${task.body}${task.units}${task.sep}`;
      }
    }
    return out;
  });

  test('never throws on documents shaped like plans, and every span is exact', () => {
    let withTasks = 0;
    fc.assert(
      fc.property(planLike, (input) => {
        const parsed = parsePlanText(input);
        if (parsed.tasks.length) withTasks++;
        assertSpans(input, parsed);
      }),
      { numRuns: 500 },
    );
    assert.ok(withTasks > 100, `the generator reaches the task parser (${withTasks} of 500 inputs had tasks)`);
  });

  test('tasks found in random documents built from valid pieces come back in order', () => {
    const taskArb = fc.record({
      title: fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁', '科', '技'), minLength: 1, maxLength: 6 }),
      body: fc.string({ unit: fc.constantFrom('甲', '乙', '，', '2.5', '12.5%', '1.5', '万吨', '。'), maxLength: 12 }),
      lead: fc.uniqueArray(fc.constantFrom('市甲局', '市乙局', '市丙局'), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(taskArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (sections) => {
        let n = 0;
        const text = sections
          .map((tasks, i) => `${chineseNumeral(i + 1)}、第${i + 1}部分\n` + tasks.map((t) => `${++n}.${t.title}。${t.body}（牵头单位：${t.lead.join('、')}）\n`).join(''))
          .join('');
        const parsed = parsePlanText(text);
        assertSpans(text, parsed);
        assert.equal(parsed.sections.length, sections.length);
        assert.deepEqual(parsed.tasks.map((t) => t.number), Array.from({ length: n }, (_, i) => i + 1));
        assert.deepEqual(parsed.tasks.map((t) => t.title), sections.flat().map((t) => t.title));
        assert.deepEqual(parsed.tasks.map((t) => t.lead), sections.flat().map((t) => t.lead));
        assert.deepEqual(codes(parsed), []);
      }),
      { numRuns: 300 },
    );
  });
});
