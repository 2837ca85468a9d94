/**
 * F213 (review r88): units at the start of a task (`（1）【縣發改局】全年實施…`) read as its units and kept out of its
 * title and targets; a task whose text before its units is one line without 。 (`5．主要指標如下表：（牽頭單位:…）`)
 * keeps that line as its title, so the build agrees with the parse; `（按職責分工負責）` after a list of units is a remark.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const codes = (diagnostics: readonly { code: string; severity: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}`);
const roles = (task: { lead: readonly string[]; participating: readonly string[] } | undefined) => [task?.lead, task?.participating];

const head = '嘉祥縣人民政府\n嘉祥縣2023年重點工作任務\n';
const firstLeads = '各任務開頭方括號內為責任單位，排在首位的為牽頭單位。\n';
const leading = `${head}${firstLeads}一、實體經濟
（1）【縣發改局】全年實施重點項目六十個，完成投資三十億元以上。2023年6月底前開工。
（2）【縣工信局、縣科技局】規模以上工業增加值增長百分之十。
（3）【縣農業農村局牽頭，縣財政局、縣水務局配合】新建高標準農田五萬畝。
（4）【縣農業農村局、縣畜牧中心分別牽頭】新增龍頭企業三家。
`;

describe('units in brackets at the start of a task are its units (F213 H2)', () => {
  const parsed = parsePlanTextChecked(leading);
  const [one, two, three, four] = parsed.tasks;

  test('read with their roles: one unit, a list (the first leads, as the document says), role words, 分別牽頭', () => {
    assert.deepEqual(roles(one), [['縣發改局'], []]);
    assert.deepEqual(roles(two), [['縣工信局'], ['縣科技局']]);
    assert.deepEqual(roles(three), [['縣農業農村局'], ['縣財政局', '縣水務局']]);
    assert.deepEqual(roles(four), [['縣農業農村局', '縣畜牧中心'], []]);
    assert.deepEqual(codes(parsed.diagnostics), ['warning respectiveLeads'], parsed.diagnostics.map((d) => d.message).join('\n'));
  });

  test('out of the title, which starts after them; the span of the units is the bracket', () => {
    assert.equal(one!.title, '全年實施重點項目六十個，完成投資三十億元以上');
    assert.equal(leading.slice(one!.titleSpan.offset, one!.titleSpan.offset + one!.titleSpan.length), one!.title);
    assert.equal(leading.slice(three!.unitsSpan!.offset, three!.unitsSpan!.offset + three!.unitsSpan!.length), '【縣農業農村局牽頭，縣財政局、縣水務局配合】');
    assert.equal(three!.title, '新建高標準農田五萬畝');
  });

  test('without the document’s word that the first leads, a list of two is rolesNotGiven, as at a task’s end', () => {
    const said = parsePlanTextChecked(leading.replace(firstLeads, ''));
    assert.deepEqual(roles(said.tasks[1]), [['縣工信局', '縣科技局'], []]);
    assert.ok(codes(said.diagnostics).includes('warning rolesNotGiven'), codes(said.diagnostics).join(', '));
  });

  test('alone on the task’s first line: the title is the next sentence, as the parser reads one', () => {
    const said = parsePlanTextChecked(`${head}一、甲\n（1）【縣發改局】\n全年實施項目六十個。完成投資三十億元。\n`);
    assert.deepEqual([said.tasks[0]!.title, said.tasks[0]!.body, said.tasks[0]!.lead], ['全年實施項目六十個', '完成投資三十億元。', ['縣發改局']]);
  });

  test('a bracket of words that are no unit’s stays in the title, and the task names no units', () => {
    const said = parsePlanTextChecked(`${head}一、甲\n1.【重點】新增企業五家。\n`);
    assert.equal(said.tasks[0]!.title, '【重點】新增企業五家');
    assert.ok(codes(said.diagnostics).includes('warning taskWithoutUnits'));
  });

  test('build: the plan has the units, and no target’s metric holds the bracket', () => {
    const { plan, diagnostics } = planFromText(leading);
    assert.ok(plan, codes(diagnostics).join(', '));
    assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']), ['縣發改局', '縣工信局', '縣科技局', '縣農業農村局', '縣財政局', '縣水務局', '縣畜牧中心']);
    assert.ok(plan.targets.length > 0);
    for (const target of plan.targets) assert.doesNotMatch(JSON.stringify(target), /[【】]/u);
  });
});

describe('a task’s one line without 。 before its units is its title: parse and build agree (F213 H4)', () => {
  const text = '聊城市人民政府办公室\n聊城市2024年重点工作任务清单\n一、民生\n1．新建燃气管网150公里。（牵头单位：市住房城乡建设局）\n2．主要指标如下表：（牵头单位：市统计局；配合单位：各有关部门）\n';

  test('the lead-in is the title, with no warning; the build writes the plan', () => {
    const parsed = parsePlanTextChecked(text);
    assert.equal(parsed.tasks[1]!.title, '主要指标如下表：');
    assert.deepEqual(codes(parsed.diagnostics), []);
    const { plan, issues } = planFromText(text);
    assert.deepEqual(issues, []);
    assert.equal(plan?.tasks[1]!.title['zh-Hans'], '主要指标如下表：');
  });

  test('a task with no title at all: the build names the task and its line, not a schema path', () => {
    const { plan, issues } = planFromText(text.replace('2．主要指标如下表：', '2．'), { lenient: true });
    assert.equal(plan, undefined);
    assert.deepEqual(issues.map((i) => i.path), ['tasks']);
    assert.match(issues[0]!.message, /task 2 \(line 5\)/u);
  });
});

describe('（按職責分工負責） after a list of units is a remark, not a unit (F213 M5)', () => {
  const doc = (units: string) => `菏泽市人民政府\n菏泽市2024年重点工作任务\n一、经济\n1.地区生产总值增长6%。\n${units}\n2.新增企业5家。\n牵头单位：市工信局；配合单位：市统计局（按职责分工负责）\n`;
  const plain = parsePlanTextChecked(doc('责任单位：市发改委、市财政局、市统计局'));

  for (const [form, units] of [
    ['in brackets', '责任单位：市发改委、市财政局、市统计局（按职责分工负责）'],
    ['after a comma', '责任单位：市发改委、市财政局、市统计局，按职责分工负责'],
  ] as const) {
    test(`${form}: read as the list without it`, () => {
      const parsed = parsePlanTextChecked(doc(units));
      assert.deepEqual(parsed.tasks.map(roles), plain.tasks.map(roles));
      assert.deepEqual(codes(parsed.diagnostics), codes(plain.diagnostics));
    });
  }

  test('the list without it says no role: rolesNotGiven, and the second task’s labels give theirs', () => {
    assert.deepEqual(codes(plain.diagnostics), ['warning rolesNotGiven']);
    assert.deepEqual(roles(plain.tasks[1]), [['市工信局'], ['市统计局']]);
  });
});
