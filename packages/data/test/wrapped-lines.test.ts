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

describe('a task’s text wrapped at a fixed width', () => {
  for (const [wrapped, why] of [
    ['到2025年规上工业企业数字化\n转型覆盖率不低于95%。', 'the metric and the deadline (到2025年) run across the line'],
    ['技术合同成交额增\n长8%以上。', 'a growth (增长) cut in two'],
    ['婴儿死亡率控制在3‰以\n内。', 'a ceiling (以内) cut in two'],
    ['完成年度投资66.2亿元，\r\n城市燃气老旧管道更新改造完成\r\n率达到100%。', 'lines that end in \\r\\n'],
  ] as const) {
    test(`is read as the line it was: ${why}`, () => {
      const joined = wrapped.replace(/\r?\n/g, '');
      assert.deepEqual(said(built(wrapped)), said(built(joined)));
      assert.equal(built(wrapped).tasks[0]!.body['zh-Hans'], joined);
    });
  }
  test('the metric and the deadline of 到2025年…数字化\\n转型覆盖率 are the whole sentence’s, its quote the source’s with the line break', () => {
    const plan = built('到2025年规上工业企业数字化\n转型覆盖率不低于95%。');
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
  for (const furniture of ['- 5 -', '— 2 —', '第 1 頁 共 3 頁', '     ']) {
    test(`a page number (${JSON.stringify(furniture)}) in the middle of a sentence leaves no blank line and no spaces`, () => {
      const plan = built(`完成年度投资66.2亿元，\n${furniture}\n到2025年，城市燃气老旧管道更新改造完成率达到100%。`);
      assert.equal(plan.tasks[0]!.body['zh-Hans'], '完成年度投资66.2亿元，到2025年，城市燃气老旧管道更新改造完成率达到100%。');
      assert.deepEqual(plan.targets.map((t) => t.deadline), ['2024-12-31', '2025-12-31']);
    });
  }
  test('a page number between two sentences is left out with its line', () => {
    const plan = built('新建基站500个。\n- 5 -\n新建充电桩300个。');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], '新建基站500个。\n新建充电桩300个。');
  });
  test('the body’s span is still where it stands in the source; the parse of dz-plan parse joins it too', () => {
    const text = `1.甲。技术合同成交额增\n长8%以上。${units}`;
    const [task] = checkParsed(text, parsePlanText(text)).tasks;
    assert.equal(task!.body, '技术合同成交额增长8%以上。');
    assert.equal(text.slice(task!.bodySpan.offset, task!.bodySpan.offset + task!.bodySpan.length), '技术合同成交额增\n长8%以上。');
  });
  test('a field line (完成时限:) with only a page number after it still ends the body, and is left out', () => {
    const text = `1.甲。新建基站500个。\n完成时限：2024年6月底前\n- 5 -\n${units}`;
    const { plan, diagnostics } = planFromText(text, options);
    assert.equal(plan?.tasks[0]!.body['zh-Hans'], '新建基站500个。');
    assert.match(diagnostics.find((d) => d.code === 'fieldInTaskText')!.message, /left out of the body/);
  });
  test('a field line (完成时限:) is never joined to the text around it', () => {
    const text = `1.甲。新建基站500个\n完成时限：2024年6月底前\n${units}`;
    const { plan, diagnostics } = planFromText(text, options);
    assert.equal(plan?.tasks[0]!.body['zh-Hans'], '新建基站500个');
    assert.deepEqual(diagnostics.map((d) => d.code), ['noSections', 'fieldInTaskText']);
  });
});

describe('units on a line labelled 牵头: and 配合: (without 单位)', () => {
  for (const line of ['牵头：市发展改革委；配合：市投资促进局、市财政局', '牽頭:市发展改革委;參與:市投资促进局、市财政局', '牵头: 市发展改革委 配合: 市投资促进局、市财政局', '（牵头：市发展改革委；配合：市投资促进局、市财政局）']) {
    test(`are the task’s units: ${line}`, () => {
      const parsed = parsePlanText(`1.甲。新开工招商项目410个。\n${line}\n2.乙。新建基站500个。（牵头单位：市工业和信息化局）`);
      assert.deepEqual(parsed.tasks[0]!.lead, ['市发展改革委']);
      assert.deepEqual(parsed.tasks[0]!.participating, ['市投资促进局', '市财政局']);
      assert.equal(parsed.tasks[0]!.body, '新开工招商项目410个。');
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['noSections']);
    });
  }
  test('a line that starts with a role label is never left in the body in silence', () => {
    const parsed = parsePlanText('1.甲。新建基站500个。\n配合：市财政局\n新建充电桩300个。（牵头单位：市工业和信息化局）');
    assert.ok(!parsed.tasks[0]!.body.includes('配合'));
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['warning noSections', 'error textAfterUnits']);
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
