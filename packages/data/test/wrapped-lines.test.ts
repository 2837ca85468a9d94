/**
 * A reviewer's findings on other cities' documents (round 8): a task's text wrapped at a fixed width (copied out of a
 * PDF), with page numbers in the middle of a sentence; units on a line labelled 牽頭:/配合: without 單位; and a title
 * from a preamble with no 《…》. Each case is the smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import type { Plan } from '../src/schema.js';
import { seed } from './helpers.js';

const options = { title: '测试', issuer: '某市人民政府', year: 2024 } as const;
const units = '（牵头单位：市工业和信息化局）';

/** The plan of one task with `body`, and each target's quote checked against the text at its offset. */
function built(body: string): Plan {
  const text = `1.甲。${body}${units}`;
  const { plan } = planFromText(text, options);
  assert.ok(plan);
  for (const t of plan.targets) assert.equal(text.slice(t.offset, t.offset + t.quote.length), t.quote, `${t.id} quoted verbatim at its offset`);
  return plan;
}

/** What a target says, without where it stands and how it is quoted. */
const said = (plan: Plan) =>
  plan.targets.map(({ metric, valueText, value, unit, comparator, measure, deadline, firmness }) => ({ metric: metric['zh-Hans'], valueText, value, unit, comparator, measure, deadline, firmness }));

/** The width of `line` in display columns, as a page sets it: an ideograph or a full-width form 2, anything else 1. */
const columns = (line: string) => [...line].reduce((n, c) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
/** The width a PDF copy wraps every long line at here: 28 ideographs, an A4 page's line. */
const WIDTH = 56;
const FILLER = '持续推进科技创新和产业创新深度融合加快构建现代化产业体系推动经济实现质的有效提升';
/** A line of the page that ends in `tail`, a clause of filler before it: as wide as the page, within a column. */
function pageLine(tail: string): string {
  const line = `${FILLER.slice(0, Math.floor((WIDTH - 2 - columns(tail)) / 2))}，${tail}`;
  assert.ok(WIDTH - columns(line) <= 1, `${line} is as wide as the page`);
  return line;
}
/** The first line of the task (after 1.甲。), filler as wide as the page, ending in the middle of a sentence. */
const OPENING = FILLER.slice(0, (WIDTH - columns('1.甲。')) / 2);
/** `lines` as a PDF copy of the task's text: the page's first line, then each of them. */
const copied = (...lines: string[]) => [OPENING, ...lines].join('\n');

describe('a task’s text wrapped at a fixed width', () => {
  for (const [wrapped, why] of [
    [copied(pageLine('到2025年规上工业企业数字化'), '转型覆盖率不低于95%。'), 'the metric and the deadline (到2025年) run across the line'],
    [copied(pageLine('技术合同成交额增'), '长8%以上。'), 'a growth (增长) cut in two'],
    [copied(pageLine('婴儿死亡率控制在3‰以'), '内。'), 'a ceiling (以内) cut in two'],
    [copied(pageLine('完成年度投资66.2亿元，'), pageLine('城市燃气老旧管道更新改造完成'), '率达到100%。').replace(/\n/g, '\r\n'), 'lines that end in \\r\\n'],
  ] as const) {
    test(`is read as the line it was: ${why}`, () => {
      const joined = wrapped.replace(/\r?\n/g, '');
      assert.deepEqual(said(built(wrapped)), said(built(joined)));
      assert.equal(built(wrapped).tasks[0]!.body['zh-Hans'], joined);
    });
  }
  test('the metric and the deadline of 到2025年…数字化\\n转型覆盖率 are the whole sentence’s, its quote the source’s with the line break', () => {
    const plan = built(copied(pageLine('到2025年规上工业企业数字化'), '转型覆盖率不低于95%。'));
    assert.deepEqual(
      plan.targets.map((t) => [t.metric['zh-Hans'], t.deadline, t.comparator]),
      [['规上工业企业数字化转型覆盖率', '2025-12-31', 'atLeast']],
    );
    assert.match(plan.targets[0]!.quote, /数字化\n转型/);
  });
  test('a line that ends a sentence (。；！？：, a closing bracket) keeps its line break', () => {
    const plan = built('新建基站500个。\n新建充电桩300个；\n完成改造（一期）\n新增绿地1万亩');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], '新建基站500个。\n新建充电桩300个；\n完成改造（一期）\n新增绿地1万亩');
  });
  for (const furniture of ['- 5 -', '— 2 —', '第 1 頁 共 3 頁', '\n- 5 -\n']) {
    test(`a page number (${JSON.stringify(furniture)}) in the middle of a sentence leaves no blank line and no spaces`, () => {
      const plan = built(copied(pageLine('完成年度投资66.2亿元，'), furniture, '到2025年，城市燃气老旧管道更新改造完成率达到100%。'));
      assert.equal(plan.tasks[0]!.body['zh-Hans'], `${OPENING}${pageLine('完成年度投资66.2亿元，')}到2025年，城市燃气老旧管道更新改造完成率达到100%。`);
      assert.deepEqual(plan.targets.map((t) => t.deadline), ['2024-12-31', '2025-12-31']);
    });
  }
  test('a page number between two sentences is left out with its line', () => {
    const plan = built('新建基站500个。\n- 5 -\n新建充电桩300个。');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], '新建基站500个。\n新建充电桩300个。');
  });
  test('the body’s span is still where it stands in the source; the parse of dz-plan parse joins it too', () => {
    const body = copied(pageLine('技术合同成交额增'), '长8%以上。');
    const text = `1.甲。${body}${units}`;
    const [task] = checkParsed(text, parsePlanText(text)).tasks;
    assert.equal(task!.body, body.replace(/\n/g, ''));
    assert.equal(text.slice(task!.bodySpan.offset, task!.bodySpan.offset + task!.bodySpan.length), body);
  });
  test('a field line (完成时限:) with only a page number after it still ends the body, and is left out', () => {
    const text = `1.甲。新建基站500个。\n完成时限：2024年6月底前\n- 5 -\n${units}`;
    const { plan, diagnostics } = planFromText(text, options);
    assert.equal(plan?.tasks[0]!.body['zh-Hans'], '新建基站500个。');
    assert.match(diagnostics.find((d) => d.code === 'fieldInTaskText')!.message, /left out of the body/);
  });
  test('a field line (完成时限:) is never joined to the text around it', () => {
    const text = `1.甲。${copied(pageLine('新建基站500个'))}\n完成时限：2024年6月底前\n${units}`;
    const { plan, diagnostics } = planFromText(text, options);
    assert.equal(plan?.tasks[0]!.body['zh-Hans'], `${OPENING}${pageLine('新建基站500个')}`);
    assert.deepEqual(diagnostics.map((d) => d.code), ['noSections', 'fieldInTaskText']);
  });
});

describe('lines not wrapped at the page’s width keep their line break (a code review)', () => {
  const metrics = (plan: Plan) => plan.targets.map((t) => `${t.metric['zh-Hans']} ${t.valueText}${t.unit}`);
  test('a line that ends in a digit is not joined to one that starts with one, at the page’s width too', () => {
    const edited = seed.replace('新開通5G基站3000個。實施強企引領', '新開通5G基站3000\n100家規上工業企業數字化轉型。實施強企引領');
    const { plan } = planFromText(edited);
    assert.ok(plan);
    assert.ok(!plan.targets.some((t) => t.value === 3000100), 'no 3000100');
    for (const body of [copied(pageLine('新建基站500'), '3000个村通网。'), '新建基站500\n3000个村通网\n']) {
      const read = metrics(built(body));
      assert.ok(read.includes('村通网 3000个') && !read.some((m) => m.includes('5003000')), read.join());
    }
  });
  test('a short line (a heading in the body, a line of a list) is not joined to the next, in a wrapped document too', () => {
    for (const body of ['\n一是加快数字化转型\n新建基站500个。', '\n推进数字乡村试点\n新建基站500个\n']) {
      assert.deepEqual(metrics(built(body)), ['新建基站 500个']);
      assert.equal(built(body).tasks[0]!.body['zh-Hans'], body.trim());
      assert.deepEqual(metrics(built(`${copied(pageLine('新建充电桩300个。'))}${body}`)).at(-1), '新建基站 500个');
    }
  });
  test('a blank line is a paragraph’s end, even after a line as wide as the page', () => {
    assert.deepEqual(metrics(built('推进数字乡村试点\n\n新建基站500个\n')), ['新建基站 500个']);
    assert.deepEqual(metrics(built(copied(pageLine('推进数字乡村试点'), '', '新建基站500个。'))), ['新建基站 500个']);
  });
  test('a document with no width its lines share wraps nothing', () => {
    const plan = built('推进数字乡村试点加快\n建设新建基站500个。');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], '推进数字乡村试点加快\n建设新建基站500个。');
  });
  test('English words wrapped are joined with a space; a short line is not joined', () => {
    const wrapped = built(`${copied(pageLine('build the'), 'base stations by 2025.')}`);
    assert.match(wrapped.tasks[0]!.body['zh-Hans'], /build the base stations/);
    assert.equal(built('Build 500 base\nstations by 2025.').tasks[0]!.body['zh-Hans'], 'Build 500 base\nstations by 2025.');
  });
});

describe('units on a line labelled 牵头: and 配合: (without 单位), read by dz-plan after the parse', () => {
  /** The parse as `dz-plan parse` and `build` read it: the parser, then the checks after it. */
  const cliParse = (text: string) => checkParsed(text, parsePlanText(text));
  for (const line of [
    '牵头：市发展改革委；配合：市投资促进局、市财政局',
    '牽頭:市发展改革委;參與:市投资促进局、市财政局',
    '牵头: 市发展改革委 配合: 市投资促进局、市财政局',
    '（牵头：市发展改革委；配合：市投资促进局、市财政局）',
    '牵头单位：市发展改革委 配合：市投资促进局、市财政局',
    '牵头：市发展改革委\n配合：市投资促进局、市财政局',
    '配合：市投资促进局、市财政局\n牵头单位：市发展改革委',
    '（牵头单位：市发展改革委）\n配合：市投资促进局、市财政局',
  ]) {
    test(`are the task’s units: ${JSON.stringify(line)}`, () => {
      const parsed = cliParse(`1.甲。新开工招商项目410个。\n${line}\n2.乙。新建基站500个。（牵头单位：市工业和信息化局）`);
      assert.deepEqual(parsed.tasks[0]!.lead, ['市发展改革委']);
      assert.deepEqual(parsed.tasks[0]!.participating, ['市投资促进局', '市财政局']);
      assert.equal(parsed.tasks[0]!.body, '新开工招商项目410个。');
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['noSections']);
    });
  }
  test('责任: in a parenthesis or on a line that ends the task names units that all lead, said (rolesNotGiven)', () => {
    for (const units of ['（责任：市发展改革委、市财政局）', '\n责任：市发展改革委、市财政局']) {
      const parsed = cliParse(`1.甲。新开工招商项目410个。${units}\n2.乙。新建基站500个。（牵头单位：市工业和信息化局）`);
      assert.deepEqual([parsed.tasks[0]!.lead, parsed.tasks[0]!.participating, parsed.tasks[0]!.body], [['市发展改革委', '市财政局'], [], '新开工招商项目410个。']);
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['noSections', 'rolesNotGiven']);
    }
  });
  test('a short label’s units are checked as the parser’s are: a role word left in a name is an error, said once', () => {
    const parsed = cliParse('1.甲。新开工招商项目410个。\n牵头：市发展改革委配合；配合：市财政局');
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.code} ${d.quote}`), ['noSections 1.甲。新开工招商项目410个。', 'roleWordInUnitName 市发展改革委配合；配合：市财政局']);
  });
  test('parsePlanText alone (the browser’s parser) leaves such a line in the body, the task without units', () => {
    const parsed = parsePlanText('1.甲。新开工招商项目410个。\n牵头：市发展改革委；配合：市财政局');
    assert.equal(parsed.tasks[0]!.body, '新开工招商项目410个。\n牵头：市发展改革委；配合：市财政局');
    assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['noSections', 'taskWithoutUnits']);
  });
  test('a line that starts with a short label and has more of the task after it is text, as a sentence may start so', () => {
    const parsed = cliParse('1.甲。新建基站500个。\n配合：市财政局\n新建充电桩300个。（牵头单位：市工业和信息化局）');
    assert.equal(parsed.tasks[0]!.body, '新建基站500个。\n配合：市财政局\n新建充电桩300个。');
    assert.deepEqual(parsed.tasks[0]!.participating, []);
  });
  test('a short label in the middle of a body is text: only where the task ends after it does it give units (a code review)', () => {
    for (const [body, line] of [
      ['新建基站500个（负责：市乙局做好协调），新建充电桩300个。', ''],
      ['新建基站500个。', '\n责任：落实到人，新建充电桩300个。\n'],
      ['新建基站500个(配合:各县市区按季度报送进展)。新建充电桩300个。', ''],
    ]) {
      const parsed = checkParsed(`1.甲。${body}${line}${units}`, parsePlanText(`1.甲。${body}${line}${units}`));
      assert.deepEqual(parsed.tasks[0]!.lead, ['市工业和信息化局']);
      assert.deepEqual(parsed.tasks[0]!.participating, []);
      assert.equal(parsed.tasks[0]!.body, `${body}${line}`.trim());
      assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
    }
  });
  test('the seed with a short label in a sentence of task 1 is built as before', () => {
    const edited = seed.replace('科技示范工程建設。', '科技示范工程建設(配合:各縣市區按季度報送進展)。');
    assert.notEqual(edited, seed);
    assert.equal(planFromText(edited).plan?.targets.length, planFromText(seed).plan?.targets.length);
  });
  test('牵头领导: is a field, not units', () => {
    const parsed = parsePlanText('1.甲。新建基站500个。\n牵头领导：张三\n（牵头单位：市工业和信息化局）');
    assert.deepEqual(parsed.tasks[0]!.lead, ['市工业和信息化局']);
  });
});

describe('a title from a preamble with no 《…》', () => {
  test('the notice around it (关于印发…的通知) is left out of the title and the id', () => {
    const text = '聊城市人民政府\n关于印发聊城市2023年重点工作任务的通知\n\n1.甲。新建基站500个。（牵头单位：市工业和信息化局）';
    const { plan } = planFromText(text);
    assert.equal(plan?.title['zh-Hans'], '聊城市2023年重点工作任务');
    assert.equal(plan?.id, 'liaocheng-2023-key-tasks');
  });
  test('so is an issuer written before it on its line', () => {
    const text = '濱州市人民政府辦公室關於印發濱州市2024年重點工作任務的通知\n\n1.甲。新建基站500個。（牽頭單位：市工信局）';
    assert.equal(planFromText(text).plan?.title['zh-Hant'], '濱州市2024年重點工作任務');
  });
});
