/**
 * A reviewer's plans of other cities (round 37), what came out quietly wrong: an intensity limit judged as a quota
 * used up, 億千瓦時 read as a target of 千瓦, common unit names not read in `A牽頭,B配合。`, and `由X提高到Y` read as two
 * targets. Each case is the smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { otherCity, unitNamesOf } from './helpers.js';

const build = (text: string) => planFromText(text, otherCity);
const unitsOf = (text: string) => unitNamesOf(text);

describe('a metric per unit of output is an intensity: a level held down, not a quota used up', () => {
  const read = (text: string) => extractTargets(text).map((p) => [p.metric, p.value, p.unit, p.measure, p.comparator]);
  test('萬元GDP, 單位地區生產總值, 每萬元工業增加值: a level, lower is better', () => {
    assert.deepEqual(read('万元GDP能耗下降到0.45吨标准煤。'), [['万元GDP能耗', 0.45, '吨标准煤', 'level', 'atMost']]);
    assert.deepEqual(read('万元GDP用水量减少到25立方米。'), [['万元GDP用水量', 25, '立方米', 'level', 'atMost']]);
    assert.deepEqual(read('單位地區生產總值能耗降至0.5噸標準煤以下。'), [['單位地區生產總值能耗', 0.5, '噸標準煤', 'level', 'atMost']]);
    assert.deepEqual(read('每万元工业增加值用水量控制在20立方米以内。'), [['每万元工业增加值用水量', 20, '立方米', 'level', 'atMost']]);
    assert.deepEqual(read('单位GDP二氧化碳排放下降到1.2吨。'), [['单位GDP二氧化碳排放', 1.2, '吨', 'level', 'atMost']]);
    assert.deepEqual(read('全市万元地区生产总值用水量降至20立方米。'), [['全市万元地区生产总值用水量', 20, '立方米', 'level', 'atMost']]);
  });
  test('as 噸標準煤/萬元 already gave; a cut in percent stays a change; a total stays a flow or ceiling', () => {
    assert.deepEqual(read('万元GDP能耗下降到0.45吨标准煤/万元。'), [['万元GDP能耗', 0.45, '吨标准煤/万元', 'level', 'atMost']]);
    assert.deepEqual(read('单位GDP能耗下降3%。'), [['单位GDP能耗', 3, '%', 'growth', 'decreaseBy']]);
    assert.deepEqual(read('全年用水总量控制在21.17亿立方米以内。'), [['用水总量', 21.17, '亿立方米', 'ceiling', 'atMost']]);
    assert.deepEqual(read('化肥使用量减少到2万吨。').map((r) => r[3]), ['ceiling']);
  });
});

describe('a scale before 千瓦時 is no numeral of its own', () => {
  const read = (text: string) => extractTargets(text).map((p) => [p.metric, p.value, p.unit]);
  test('300億千瓦時 is one target: 千 after 億 or 萬 is part of the unit', () => {
    assert.deepEqual(read('全社会用电量达到300亿千瓦时。'), [['全社会用电量', 300, '亿千瓦时']]);
    assert.deepEqual(read('全社會用電量達到300億千瓦時。'), [['全社會用電量', 300, '億千瓦時']]);
    assert.deepEqual(read('新增储能10万千瓦时,装机达到2万千瓦。'), [['新增储能', 10, '万千瓦时'], ['装机', 2, '万千瓦']]);
  });
  test('a value in words after text is still read', () => {
    assert.deepEqual(read('新增企业十五家。'), [['新增企业', 15, '家']]);
  });
});

describe('A牽頭,B配合。 with the names other cities write', () => {
  const task = (line: string) => `1.甲。新建基站500个。\n${line}\n2.乙。新建基站600个。（牵头单位：市工业和信息化局）`;
  test('工商聯, 科協, 婦聯, 供銷社, 氣象台, 人民銀行…分行 and 支行 end a unit’s name', () => {
    const line = '市工商联牵头，市科协、市妇联、市供销社、市气象台、人民银行德州市中心支行、人民银行济南分行配合。';
    assert.deepEqual(unitsOf(task(line))[0], [1, ['市工商联'], ['市科协', '市妇联', '市供销社', '市气象台', '人民银行德州市中心支行', '人民银行济南分行']]);
    assert.equal(build(task(line)).plan?.tasks[0]?.body['zh-Hans'], '新建基站500个。');
    assert.deepEqual(unitsOf(task('市殘聯牽頭，市科協、市廣播電視台配合。'))[0], [1, ['市残联'], ['市科协', '市广播电视台']]);
  });
  for (const line of ['市发展改革委牵头，全社会配合。', '市发展改革委牵头，各平台配合。', '市发展改革委牵头，银行业配合。', '数据互联牵头，市科协配合。', '服务平台牵头，市科协配合。']) {
    test(`社會, 平台, 銀行業 and 互聯 are no names: ${line} stays in the body`, () => {
      const { plan, diagnostics } = build(task(line));
      assert.deepEqual([plan?.tasks[0]?.lead, plan?.tasks[0]?.participating], [[], []]);
      assert.ok(plan?.tasks[0]?.body['zh-Hans'].endsWith(line));
      assert.ok(diagnostics.some((d) => d.code === 'taskWithoutUnits'));
    });
  }
});

describe('由X提高到Y: one target, its baseline X', () => {
  const read = (text: string) =>
    extractTargets(text).map((p) => [p.metric, p.value, p.unit, p.comparator, p.measure, (p as { baseline?: number }).baseline]);
  test('a level raised from a value: one target at least Y, from X', () => {
    assert.deepEqual(read('城镇居民人均可支配收入由2023年的45000元提高到48000元。'), [['城镇居民人均可支配收入', 48000, '元', 'atLeast', 'level', 45000]]);
    assert.deepEqual(read('城鎮居民人均可支配收入由45000元提高至48000元以上,增长6.7%。').slice(0, 1), [['城鎮居民人均可支配收入', 48000, '元', 'atLeast', 'level', 45000]]);
  });
  test('由…降至, 下降到: a reduction from its baseline, at most Y', () => {
    assert.deepEqual(read('PM2.5平均浓度由40微克/立方米下降到35微克/立方米。'), [['PM2.5平均浓度', 35, '微克/立方米', 'atMost', 'level', 40]]);
    assert.deepEqual(read('万元GDP能耗由0.5吨标准煤降至0.45吨标准煤。'), [['万元GDP能耗', 0.45, '吨标准煤', 'atMost', 'level', 0.5]]);
  });
  test('a rate from X to Y is one target too (a baseline is for a level)', () => {
    assert.deepEqual(read('森林覆盖率由20%提高到22%。'), [['森林覆盖率', 22, '%', 'atLeast', 'rate', undefined]]);
    assert.deepEqual(read('城镇调查失业率由5.8%降至5.5%以内。'), [['城镇调查失业率', 5.5, '%', 'atMost', 'rate', undefined]]);
  });
  test('由 without a value to go to is as before', () => {
    assert.deepEqual(read('由市发改委牵头,新建基站500个。'), [['新建基站', 500, '个', 'exact', 'flow', undefined]]);
  });
  test('in a plan: one target of the task', () => {
    const { plan } = build('1.甲。城镇居民人均可支配收入由2023年的45000元提高到48000元。（牵头单位：市发展改革委）');
    assert.deepEqual(plan?.targets.map((t) => [t.metric['zh-Hans'], t.value, t.comparator, t.measure]), [['城镇居民人均可支配收入', 48000, 'atLeast', 'level']]);
  });
});
