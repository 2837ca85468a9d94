/**
 * A clerk's review of county and district plans (round 18): a deadline field in a bracket of role words, plan ids
 * and unit look-ups of a county (县) or district (区), and words left in metric names that are not the metric. Each
 * case is the smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { parsePlanText } from '../src/parse-plan-text.js';
import { createPlanApi } from '../src/plan-api.js';
import { unitPrefixes } from '../src/plan-index.js';

const options = { title: '測試', issuer: '某市人民政府', year: 2023 } as const;
const metrics = (text: string) => extractTargets(text).map((p) => [p.metric, p.valueText]);

describe('a field in a bracket of role words', () => {
  const task = (units: string) => `1.甲。新建糧倉3個。${units}`;

  test('完成時限 after units with roles is the deadline, not a unit without a role', () => {
    for (const units of [
      '（市农业农村局牵头，市财政局、市水务局配合；完成时限：10月底前）',
      '（市農業農村局牽頭，市財政局、市水務局配合；完成時限：10月底前）',
      '（完成时限：10月底前；市农业农村局牵头，市财政局、市水务局配合）',
      '（市农业农村局牵头；完成时限:10月底前；市财政局、市水务局配合）',
    ]) {
      const { plan, diagnostics } = planFromText(task(units), options);
      assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), [], units);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'fieldAmongUnits').length, 0, units); // read: not said (F217)
      const names = (ids: readonly string[]) => ids.map((id) => plan!.units.find((u) => u.id === id)!.name['zh-Hans']);
      assert.deepEqual(names(plan!.tasks[0]!.lead), ['市农业农村局'], units);
      assert.deepEqual(names(plan!.tasks[0]!.participating), ['市财政局', '市水务局'], units);
      assert.deepEqual(plan!.targets.map((t) => t.deadline), ['2023-10-31'], units);
    }
  });

  test('a unit without a role among units with roles is still an error, and the field beside it none', () => {
    const { diagnostics } = planFromText(task('（市农业农村局牵头，市财政局配合，市水务局；完成时限：10月底前）'), options);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      ['task 1: "市水务局" has no role of its own among units with roles'],
    );
  });

  test('the parser, which knows no fields, still says the field has no role: the error is answered after it', () => {
    const text = task('（市农业农村局牵头，市财政局配合；完成时限：10月底前）');
    assert.deepEqual(
      parsePlanText(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      ['task 1: "完成时限：10月底前" has no role of its own among units with roles'],
    );
    assert.deepEqual(planFromText(text, options).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  test('a field written in one group with a unit: the unit still has no role', () => {
    const { diagnostics } = planFromText(task('（市农业农村局牵头，市财政局配合；完成时限：10月底前、市水务局）'), options);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      ['ambiguousUnitRole'],
    );
  });

  test('a units label behind a colon is no field: its group keeps the error', () => {
    const { diagnostics } = planFromText(task('（市农业农村局牵头，市财政局配合；〔配合单位：市水务局〕）'), options);
    assert.ok(
      diagnostics.some((d) => d.code === 'ambiguousUnitRole'),
      diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'),
    );
  });
});

describe('county and district plans', () => {
  const jiaxiang = [
    '嘉祥县人民政府关于印发嘉祥县2023年重点工作任务分解方案的通知',
    '',
    '1.全年实施重点项目80个。',
    '牵头单位：县发展和改革局；配合单位：县财政局',
    '2.新增城镇就业5000人。',
    '牵头单位：县人力资源和社会保障局',
  ].join('\n');
  const decheng = ['德城区2023年重点工作任务清单', '', '1、新建城市公园3处。', '（区城市管理局牵头，区住建局配合）'].join('\n');

  test('a plan id from the county or district the title names, as from a city', () => {
    assert.equal(planFromText(jiaxiang).plan?.id, 'jiaxiang-2023-key-tasks');
    assert.equal(planFromText(jiaxiang.replace(/县/g, '縣')).plan?.id, 'jiaxiang-2023-key-tasks');
    assert.equal(planFromText(decheng, { issuer: '德州市德城区人民政府' }).plan?.id, 'decheng-2023-key-tasks');
    // 德州市德城区: the district, not the city it lies in.
    assert.equal(planFromText(decheng.replace('德城区', '德州市德城区'), { issuer: '德州市德城区人民政府' }).plan?.id, 'decheng-2023-key-tasks');
    assert.equal(planFromText(decheng.replace('德城区', '德州市'), { issuer: '德州市人民政府' }).plan?.id, 'dezhou-2023-key-tasks');
  });

  test('a title that names no place: the id from the issuer', () => {
    const plan = planFromText(decheng.replace('德城区', ''), { issuer: '德州市德城区人民政府' }).plan;
    assert.equal(plan?.id, 'decheng-2023-key-tasks');
  });

  test("a county's or district's units by their full names, as a city's", () => {
    const county = createPlanApi(planFromText(jiaxiang).plan!);
    assert.equal(county.getUnit('嘉祥县发展和改革局')?.name['zh-Hans'], '县发展和改革局');
    assert.equal(county.getUnit('嘉祥縣財政局')?.name['zh-Hans'], '县财政局');
    assert.equal(county.getUnit('发展和改革局')?.name['zh-Hans'], '县发展和改革局');
    const district = createPlanApi(planFromText(decheng, { issuer: '德州市德城区人民政府' }).plan!);
    assert.equal(district.getUnit('德城区住建局')?.name['zh-Hans'], '区住建局');
    assert.equal(district.getUnit('德州市德城区住建局')?.name['zh-Hans'], '区住建局');
    assert.equal(district.getUnit('城市管理局')?.name['zh-Hans'], '区城市管理局');
  });
});

describe("a district's plan keeps its city's prefixes; a shortened name two units share finds neither", () => {
  const city = ['德州市人民政府办公室关于印发德州市2023年重点工作任务的通知', '', '1.实际使用外资增长10%以上。（市商务局牵头，区财政局配合）'].join('\n');
  const district = planFromText(city, { issuer: '德州市德城區人民政府' }).plan!;

  test('the prefixes of 德州市德城區: the district in its city, the city, the district, each with and without its word', () => {
    assert.deepEqual([...new Set(unitPrefixes(district))], ['德州市德城区', '德州市', '德州', '德城区', '德城', '区', '市', 'municipal']);
    assert.deepEqual([...new Set(unitPrefixes(planFromText(city).plan!))], ['德州市', '德州', '市', 'municipal']);
    assert.deepEqual([...new Set(unitPrefixes(planFromText(city, { issuer: '嘉祥县人民政府' }).plan!))], ['嘉祥县', '嘉祥', '县', '市', 'municipal']);
  });

  test("the city's units by the city's name, the district's by the district's", () => {
    const api = createPlanApi(district);
    assert.equal(api.getUnit('德州市商务局')?.name['zh-Hans'], '市商务局');
    assert.equal(api.getUnit('德州市商務局')?.name['zh-Hans'], '市商务局');
    assert.equal(api.getUnit('商务局')?.name['zh-Hans'], '市商务局');
    assert.equal(api.getUnit('德城区财政局')?.name['zh-Hans'], '区财政局');
    assert.equal(api.getUnit('德州市德城区财政局')?.name['zh-Hans'], '区财政局');
  });

  test('财政局, which 县财政局 and 市财政局 both shorten to, finds neither; each by its own name', () => {
    const api = createPlanApi(planFromText(city.replace('区财政局', '县财政局、市财政局'), { issuer: '嘉祥县人民政府' }).plan!);
    assert.equal(api.getUnit('财政局'), undefined);
    assert.equal(api.getUnit('县财政局')?.name['zh-Hans'], '县财政局');
    assert.equal(api.getUnit('市财政局')?.name['zh-Hans'], '市财政局');
    assert.equal(api.getUnit('商务局')?.name['zh-Hans'], '市商务局');
  });
});

describe('plan ids of a development zone and a party committee', () => {
  const text = ['1.新建公园3处。（市城市管理局牵头）'].join('\n');
  const idOf = (title: string, issuer: string) => planFromText(text, { title, issuer }).plan?.id;

  test('a zone of the city is the city; 中共 before the place is left out; a county of 2 or 3 characters is its own', () => {
    assert.equal(idOf('德州經濟技術開發區2023年重點工作任務', '德州市經濟技術開發區管委會'), 'dezhou-2023-key-tasks');
    assert.equal(idOf('中共德州市委2023年重點工作任務', '中共德州市委'), 'dezhou-2023-key-tasks');
    assert.equal(idOf('2023年重點工作任務', '德州市經濟技術開發區管委會'), 'dezhou-2023-key-tasks');
    assert.equal(idOf('德州市德城區2023年重點工作任務', '德州市德城區人民政府'), 'decheng-2023-key-tasks');
    assert.equal(idOf('嘉祥縣2023年重點工作任務', '嘉祥縣人民政府'), 'jiaxiang-2023-key-tasks');
    assert.equal(idOf('四子王旗2023年重點工作任務', '四子王旗人民政府'), 'siziwang-2023-key-tasks');
  });
});

describe('metric names without words that are not the metric', () => {
  test('同比 and 比上年 before a change are not the metric', () => {
    assert.deepEqual(metrics('全市地区生产总值同比增长6%以上。'), [['全市地区生产总值', '6']]);
    assert.deepEqual(metrics('一般公共預算收入比上年增長5%。'), [['一般公共預算收入', '5']]);
  });

  test('a later clause of the sentence carries the metric without 同比', () => {
    assert.deepEqual(metrics('实际使用外资同比增长10%以上，力争达到1.5亿美元。'), [
      ['实际使用外资', '10'],
      ['实际使用外资', '1.5'],
    ]);
  });

  test('保持 before the value is not the metric', () => {
    assert.deepEqual(metrics('城市生活垃圾无害化处理率保持100%。'), [['城市生活垃圾无害化处理率', '100']]);
  });

  test('the numbers ① to ⑳ of a list are not the metric', () => {
    assert.deepEqual(metrics('实施老旧小区改造，具体如下：①改造小区45个；②加装电梯30部；⑳新建公园3处。'), [
      ['改造小区', '45'],
      ['加装电梯', '30'],
      ['新建公园', '3'],
    ]);
  });
});
