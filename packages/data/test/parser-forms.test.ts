/**
 * The forms other cities use (issue 8): one invented document per form under fixtures/forms/, read through
 * parsePlanText and through the built CLI (`dz-plan parse FILE --json`), with every section, task and unit written out.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { parsePlanText, type ParsedPlanText } from '../src/parse-plan-text.js';
import { buildIfMissing, dzPlan, fixturesDir } from './helpers.js';

interface Expected {
  readonly file: string;
  /** [number, numeral, title, task numbers] */
  readonly sections: readonly (readonly [number, string, string, readonly number[]])[];
  /** [number, title, lead, participating] */
  readonly tasks: readonly (readonly [number, string, readonly string[], readonly string[]])[];
  /** Diagnostic codes expected (all warnings: the document is read without errors). */
  readonly codes: readonly string[];
  /** The codes the CLI says, its checks after the parse among them, where they differ from {@link Expected.codes}. */
  readonly cliCodes?: readonly string[];
}

const forms: readonly Expected[] = [
  {
    file: 'dun-numbering.zh-Hans.txt', // 一、 sections, 1、 tasks, units on the next line after 责任单位：/牵头单位：…；配合单位：
    sections: [
      [1, '一', '推进科技创新', [1, 2]],
      [2, '二', '改善生态环境', [3, 4]],
    ],
    tasks: [
      [1, '建设创新平台', ['市科技局', '市工业和信息化局'], []],
      [2, '培育科技企业', ['市科技局'], ['市财政局', '各县（市、区）政府']],
      [3, '治理河湖', ['市水利局'], ['市生态环境局']],
      [4, '增加绿地', ['市自然资源局'], []],
    ],
    codes: ['headingLikeText'], // the preamble line 一、二季度… is not section 一
    cliCodes: ['headingLikeText', 'rolesNotGiven'], // 责任单位：市科技局、市工业和信息化局 says no one leads
  },
  {
    file: 'paren-numbering.zh-Hant.txt', // （一） sections, （1） tasks, A牽頭，B、C配合 and 【責任單位】
    sections: [
      [1, '一', '強化創新驅動', [1, 2]],
      [2, '二', '擴大有效投資', [3]],
    ],
    tasks: [
      [1, '推動成果轉化', ['市科技局'], ['市財政局', '市市場監管局']],
      [2, '引育創新人才', ['市委組織部（市人才辦）', '市人力資源社會保障局'], []],
      [3, '實施重點項目', ['市發展改革委'], ['各縣（市、區）政府']],
    ],
    codes: [],
    cliCodes: ['rolesNotGiven'], // 【責任單位】市委組織部（市人才辦）、市人力資源社會保障局 says no one leads
  },
  {
    file: 'part-headings.zh-Hans.txt', // 第一部分 sections, (1) tasks, A(牵头)、B and parts separated by a space or ;
    sections: [
      [1, '一', '产业升级', [1, 2]],
      [2, '二', '民生保障', [3]],
    ],
    tasks: [
      [1, '推进技术改造', ['县工信局'], ['县发改局', '县财政局']],
      [2, '发展数字经济', ['县工信局'], ['县大数据中心']],
      [3, '促进就业', ['县人社局'], ['各乡镇(街道)']],
    ],
    codes: [],
  },
  {
    file: 'fullwidth-digits.zh-Hant.txt', // １． tasks over several paragraphs, an in-task list 1.…；2.…, units on the next line
    sections: [
      [1, '一', '建設現代水網', [1, 2]],
      [2, '二', '提升城市品質', [3]],
    ],
    tasks: [
      [1, '實施水利工程', ['市水利局'], ['市財政局', '市自然資源局']],
      [2, '加強河湖管護', ['市水利局'], []],
      [3, '開展城市更新', ['市住房城鄉建設局'], ['各縣（市、區）政府', '市城管局']],
    ],
    codes: [],
  },
  {
    // Names separated by blanks after a label were one unit ("市国资委 市财政局"). A blank beside 、 or before a bracket
    // separates nothing: 各县 （市、区）政府 stays one name, 市住建局 （牵头） leads.
    file: 'blank-separated.zh-Hans.txt',
    sections: [[1, '一', '推动发展', [1, 2, 3]]],
    tasks: [
      [1, '扩大投资', ['市发展改革委', '市财政局'], []],
      [2, '推进改革', ['市国资委'], ['市发改委', '市工信局', '各县 （市、区）政府']],
      [3, '建设地铁', ['市住建局'], ['市交通运输局']],
    ],
    codes: [],
  },
];

function assertForm(parsed: ParsedPlanText, form: Expected): void {
  assert.deepEqual(
    parsed.sections.map((s) => [s.number, s.numeral, s.title, s.taskIndices.map((i) => parsed.tasks[i]!.number)]),
    form.sections,
  );
  assert.deepEqual(
    parsed.tasks.map((t) => [t.number, t.title, t.lead, t.participating]),
    form.tasks,
  );
  assert.deepEqual(parsed.diagnostics.map((d) => d.code), form.codes);
  assert.ok(parsed.diagnostics.every((d) => d.severity === 'warning'));
}

describe('forms other cities use, through parsePlanText', () => {
  for (const form of forms) {
    test(form.file, () => {
      const text = readFileSync(resolve(fixturesDir, 'forms', form.file), 'utf8');
      assert.match(text.split('\n')[0]!, /^示例文件\((虛構|虚构),(僅供測試|仅供测试)\)· Invented document for tests$/, 'the first line says it is invented');
      const parsed = parsePlanText(text);
      assertForm(parsed, form);
      assert.ok(parsed.preamble.startsWith('示例文件'));
    });
  }

  test('the in-task list stays in the body of task 1', () => {
    const parsed = parsePlanText(readFileSync(resolve(fixturesDir, 'forms', 'fullwidth-digits.zh-Hant.txt'), 'utf8'));
    assert.equal(parsed.tasks[0]!.body, '重點推進以下項目：\n1.建設引水渠道；2.加固病險水庫3座；3.治理中小河流2條。\n工程年底前全部開工。');
    assert.equal(parsed.tasks[1]!.body, '全面落實河湖長制。');
  });
});

describe('duties shared (按职责分工负责, 分别负责) are an error, not a guess at who leads', () => {
  // Which of the units named with a shared duty lead is for a person to read; before, their names kept the words
  // (各有关部门按职责分工, 市财政局分别) in silence.
  for (const [units, name, word] of [
    ['（市发展改革委牵头，市财政局、各有关部门按职责分工负责）', '各有关部门按职责分工', '职责'],
    ['（市人社局、市财政局分别负责）', '市财政局分别', '分别'],
    ['（市人社局、市財政局分別負責）', '市財政局分別', '分別'],
  ] as const) {
    test(units, () => {
      const parsed = parsePlanText(`一、推动发展\n1、扩大投资。完成投资2500亿元。${units}\n`);
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.code), ['roleWordInUnitName']);
      assert.ok(errors[0]!.message.includes(`"${name}"`) && errors[0]!.message.includes(word), errors[0]!.message);
    });
  }
});

describe('keywords in either script, character by character (a mixed form is read like the pure ones)', () => {
  const pure = [
    '示例文件(虛構,僅供測試)',
    '一、推進創新',
    '1.建設平臺。完成三個。',
    '（牽頭單位：市科技局；參與單位：市財政局、各成員單位）',
    '2.培育企業。新增十家。（市工信局負責，市商務局協辦）',
    '3.擴大消費。增長五成。（市商務局(主責)、市統計局）',
    '二、改善環境',
    '4.治理河湖。清理十條。',
    '【責任單位】市水利局',
    '5.增加綠地。新增百畝。',
    '配合部門：市城管局  主責單位：市林業局',
  ].join('\n');
  /** The same document with keywords that mix the scripts inside one word, as a hurried typist writes them. */
  const mixed = pure
    .replace('牽頭單位', '牽头單位')
    .replace('參與單位', '参與单位')
    .replace('負責', '负責')
    .replace('協辦', '协辦')
    .replace('(主責)', '(主责)')
    .replace('【責任單位】', '【责任單位】')
    .replace('主責單位', '主責单位');

  test('the pure zh-Hant document is read without errors', () => {
    const parsed = parsePlanText(pure);
    assert.deepEqual(
      parsed.tasks.map((t) => [t.number, t.lead, t.participating]),
      [
        [1, ['市科技局'], ['市財政局', '各成員單位']],
        [2, ['市工信局'], ['市商務局']],
        [3, ['市商務局'], ['市統計局']],
        [4, ['市水利局'], []],
        [5, ['市林業局'], ['市城管局']],
      ],
    );
    assert.deepEqual(parsed.diagnostics, []);
  });

  test('the mixed-script document parses to the same plan as the pure zh-Hant one', () => {
    assert.notEqual(mixed, pure);
    assert.deepEqual(parsePlanText(mixed), parsePlanText(pure));
  });

  test('a collective name or 協同發展 written in mixed script is still a name, not a role', () => {
    for (const name of ['各成员單位', '各有关單位', '市協同发展辦']) {
      const parsed = parsePlanText(`1.甲。（牽頭單位：${name}）`);
      assert.deepEqual(parsed.tasks[0]!.lead, [name]);
      assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), [], name);
    }
  });
});

describe('forms other cities use, through the CLI (dz-plan parse FILE --json)', () => {
  before(() => buildIfMissing());
  for (const form of forms) {
    test(form.file, () => {
      const result = dzPlan('parse', resolve(fixturesDir, 'forms', form.file), '--json');
      assert.equal(result.status, 0, result.stderr);
      assertForm(JSON.parse(result.stdout) as ParsedPlanText, { ...form, codes: form.cliCodes ?? form.codes });
    });
  }
});
