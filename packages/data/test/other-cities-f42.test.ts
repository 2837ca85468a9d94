/**
 * Bases and ceilings a supervision office reads otherwise than the extractor did (F42): a base of comparison in a
 * clause of its own (与2020年相比,…下降13.5%: a change since 2020, not a year's growth), the end of the year before
 * (较上年末: a base, not a deadline of the year's end) and 减到, 缩小到 (a ceiling, not a value exactly). Each case is
 * the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets } from '../src/extract-targets.js';
import type { Target } from '../src/schema.js';
import { deadlinesOf as deadlines, oneTaskPlan, readDeadlines as read, traceable } from './helpers.js';

/** Each proposal as its metric, measure and base year. */
const based = (text: string) => extractTargets(text).map((p) => [p.metric, p.measure, p.baselineYear]);

describe('a base of comparison in a clause of its own is the base of the changes after it in its sentence', () => {
  test('与2020年相比,单位GDP能耗下降13.5%: read as 单位GDP能耗较2020年下降13.5%', () => {
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%。'), [['单位GDP能耗', 'change', 2020]]);
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%。'), based('单位GDP能耗较2020年下降13.5%。'));
    traceable('与2020年相比,单位GDP能耗下降13.5%。');
  });
  for (const lead of ['和2020年相比', '同2020年相比', '较2020年', '比2020年', '与2020年底相比', '相比2020年'])
    test(`${lead},单位GDP能耗下降13.5%`, () => {
      assert.deepEqual(based(`${lead},单位GDP能耗下降13.5%。`), [['单位GDP能耗', 'change', 2020]]);
      traceable(`${lead},单位GDP能耗下降13.5%。`);
    });
  test('in Traditional: 與2020年相比, 較2020年', () => {
    assert.deepEqual(based('與2020年相比,單位GDP能耗下降13.5%。'), [['單位GDP能耗', 'change', 2020]]);
    assert.deepEqual(based('較2020年,萬元GDP用水量下降12%。'), [['萬元GDP用水量', 'change', 2020]]);
    traceable('與2020年相比,單位GDP能耗下降13.5%。');
  });
  test('a base that leads a sentence holds for each change of it, and not for the next sentence', () => {
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,二氧化碳排放下降15%。地区生产总值增长8%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['二氧化碳排放', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
    ]);
    assert.deepEqual(based('與2020年相比,單位GDP能耗下降13.5%;地區生產總值增長8%。').map(([, , year]) => year), [2020, undefined]);
    traceable('与2020年相比,单位GDP能耗下降13.5%,二氧化碳排放下降15%。地区生产总值增长8%。');
  });
  test('after a deadline in the sentence, and with the deadline kept', () => {
    assert.deepEqual(based('到2025年,与2020年相比,单位GDP能耗下降13.5%。'), [['单位GDP能耗', 'change', 2020]]);
    assert.deepEqual(read('到2025年,与2020年相比,单位GDP能耗下降13.5%。'), [['单位GDP能耗', '2025-12-31']]);
  });
  test('a clause with a base of its own keeps it: 比上年, 与上年相比, 较2019年', () => {
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,地区生产总值比上年增长8%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
    ]);
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,与上年相比,地区生产总值增长8%。').map(([, , year]) => year), [2020, undefined]);
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,用水量较2019年下降5%。').map(([, , year]) => year), [2020, 2019]);
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,地区生产总值同比增长8%。').map(([, , year]) => year), [2020, undefined]);
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,地区生产总值环比增长2%。').map(([, , year]) => year), [2020, undefined]);
    // 同时 is no base of its own (同 of 同比 is).
    assert.deepEqual(based('与2020年相比,单位GDP能耗下降13.5%,同时二氧化碳排放下降15%。').map(([, , year]) => year), [2020, 2020]);
  });
  test('what stays: 较2020年下降13.5% in its clause; 与上年相比 a year’s growth', () => {
    assert.deepEqual(based('单位GDP能耗较2020年下降13.5%。'), [['单位GDP能耗', 'change', 2020]]);
    assert.deepEqual(based('与上年相比,地区生产总值增长8%。'), [['地区生产总值', 'growth', undefined]]);
    assert.deepEqual(based('與上年相比,地區生產總值增長8%。'), [['地區生產總值', 'growth', undefined]]);
    assert.deepEqual(based('工业投资比上年同期增长10%。'), [['工业投资', 'growth', undefined]]);
  });
});

describe('the end of the year before (较上年末, 比去年底, 较年初) is a base, not a deadline', () => {
  /** Each proposal as its metric, deadline, measure, base year and whether its metric is missing. */
  const reading = (text: string) => extractTargets(text).map((p) => [p.metric, p.deadline ?? p.deadlineMonth, p.measure, p.baselineYear, p.metricMissing]);
  test('较上年末提高5个百分点: no deadline, no metric (as 比上年提高5个百分点)', () => {
    assert.deepEqual(reading('较上年末提高5个百分点。'), [['', undefined, 'growth', undefined, true]]);
    assert.deepEqual(reading('较上年末提高5个百分点。'), reading('比上年提高5个百分点。'));
    traceable('较上年末提高5个百分点。');
  });
  for (const base of ['较上年末', '比上年末', '较上年底', '比去年底', '较去年末', '较年初'])
    test(`存款余额${base}增长10%: 存款余额, a growth as 比上年`, () => {
      assert.deepEqual(reading(`存款余额${base}增长10%。`), [['存款余额', undefined, 'growth', undefined, undefined]]);
      assert.deepEqual(reading(`存款余额${base}增长10%。`), reading('存款余额比上年增长10%。'));
      traceable(`存款余额${base}增长10%。`);
    });
  test('in Traditional: 較上年末, 比去年底', () => {
    assert.deepEqual(reading('存款餘額較上年末增長10%。'), [['存款餘額', undefined, 'growth', undefined, undefined]]);
    assert.deepEqual(reading('較上年末提高5個百分點。'), [['', undefined, 'growth', undefined, true]]);
    assert.deepEqual(reading('貸款餘額比去年底增長8%。'), [['貸款餘額', undefined, 'growth', undefined, undefined]]);
    traceable('存款餘額較上年末增長10%。');
  });
  test('a deadline the sentence names stays the deadline: 年底前, 到2025年底, 6月底前', () => {
    assert.deepEqual(read('年底前,存款余额较上年末增长10%。'), [['存款余额', 12]]);
    assert.deepEqual(read('到2025年底,存款余额较上年末增长10%。'), [['存款余额', '2025-12-31']]);
    assert.deepEqual(deadlines('6月底前,存款餘額較上年末增長5%。'), [['存款餘額', '2024-06-30']]);
  });
  test('what stays: 年底前, 到2025年底, 今年底前, 明年底前 are deadlines; 比上年同期 a base', () => {
    assert.deepEqual(read('年底前新建5G基站300个。'), [['新建5G基站', 12]]);
    assert.deepEqual(read('到2025年底,单位GDP能耗较2020年下降13.5%。'), [['单位GDP能耗', '2025-12-31']]);
    assert.deepEqual(read('今年底前新建5G基站300个。'), [['新建5G基站', 12]]);
    assert.deepEqual(read('明年底前新建5G基站300个。'), [['新建5G基站', 24]]);
    assert.deepEqual(read('工業投資比上年同期增長10%。'), [['工業投資', undefined]]);
  });
});

describe('减到, 缩小到 set a ceiling', () => {
  /** Each proposal as its metric, value, unit, comparator and measure. */
  const bound = (text: string) => extractTargets(text).map((p) => [p.metric, p.value, p.unit, p.comparator, p.measure]);
  test('全年万元GDP能耗减到0.5吨标准煤: 万元GDP能耗 at most 0.5 (an intensity, a level)', () => {
    assert.deepEqual(bound('全年万元GDP能耗减到0.5吨标准煤。'), [['万元GDP能耗', 0.5, '吨标准煤', 'atMost', 'level']]);
    traceable('全年万元GDP能耗减到0.5吨标准煤。');
  });
  test('城乡居民收入差距缩小到2.2倍: at most 2.2 times, a ratio (a rate, not a quota used up)', () => {
    assert.deepEqual(bound('城乡居民收入差距缩小到2.2倍。'), [['城乡居民收入差距', 2.2, '倍', 'atMost', 'rate']]);
    traceable('城乡居民收入差距缩小到2.2倍。');
  });
  for (const verb of ['减到', '减至', '缩小到', '缩小至', '减少到', '减少至', '削减到', '削减至'])
    test(`万元GDP能耗${verb}0.5吨标准煤`, () => {
      assert.deepEqual(bound(`万元GDP能耗${verb}0.5吨标准煤。`).map(([metric, , , comparator]) => [metric, comparator]), [['万元GDP能耗', 'atMost']]);
    });
  test('in Traditional: 減到, 縮小到, 減至', () => {
    assert.deepEqual(bound('全年萬元GDP能耗減到0.5噸標準煤。'), [['萬元GDP能耗', 0.5, '噸標準煤', 'atMost', 'level']]);
    assert.deepEqual(bound('城鄉居民收入差距縮小到2.2倍。'), [['城鄉居民收入差距', 2.2, '倍', 'atMost', 'rate']]);
    assert.deepEqual(bound('城鄉居民收入比縮小至2.3倍以內。'), [['城鄉居民收入比', 2.3, '倍', 'atMost', 'rate']]);
    traceable('全年萬元GDP能耗減到0.5噸標準煤。');
    traceable('城鄉居民收入差距縮小到2.2倍。');
  });
  test('由X缩小到Y stays one target, the value after 由 its start', () => {
    assert.deepEqual(bound('城乡居民收入差距由2.5倍缩小到2.2倍。'), [['城乡居民收入差距', 2.2, '倍', 'atMost', 'rate']]);
    assert.deepEqual(bound('綠色建築面積由300萬平方米縮小到500萬平方米。').map(([metric, value]) => [metric, value]), [['綠色建築面積', 500]]);
    assert.deepEqual(bound('綠色建築面積由300萬平方米減至500萬平方米。').map(([metric, value]) => [metric, value]), [['綠色建築面積', 500]]);
    traceable('城乡居民收入差距由2.5倍缩小到2.2倍。');
  });
  test('what stays: a growth of a multiple (增长1.5倍), 缩小 with no 到 (差距缩小)', () => {
    assert.deepEqual(bound('工业投资增长1.5倍。'), [['工业投资', 1.5, '倍', 'increaseBy', 'growth']]);
    assert.deepEqual(bound('有序缩小城乡救助标准差距。'), []);
  });
});

describe('较上年末, 比去年底, 较年初 in a plan of a known year: a change since the end of the year before, paced (F43)', () => {
  /** Each proposal of `text` in a plan of 2024 as its metric, comparator, measure and base year. */
  const in2024 = (text: string, options: { year?: number } = { year: 2024 }) =>
    extractTargets(text, options).map((p) => [p.metric, p.comparator, p.measure, p.baselineYear]);
  for (const base of ['较上年末', '比上年末', '较上年底', '比去年底', '较去年末', '较年初'])
    test(`存款余额${base}增长10% in a plan of 2024: a change since 2023, as 较2023年`, () => {
      assert.deepEqual(in2024(`存款余额${base}增长10%。`), [['存款余额', 'increaseBy', 'change', 2023]]);
      assert.deepEqual(in2024(`存款余额${base}增长10%。`), in2024('存款余额较2023年增长10%。'));
      traceable(`存款余额${base}增长10%。`);
    });
  test('in Traditional: 較上年末, 比去年底, 較年初', () => {
    assert.deepEqual(in2024('存款餘額較上年末增長10%。'), [['存款餘額', 'increaseBy', 'change', 2023]]);
    assert.deepEqual(in2024('貸款餘額比去年底增長8%。'), [['貸款餘額', 'increaseBy', 'change', 2023]]);
    // In percentage points, the change of a rate: a rate, judged at its deadline, not paced (F47).
    assert.deepEqual(in2024('不良貸款率較年初下降0.5個百分點。').map(([, comparator, measure, year]) => [comparator, measure, year]), [['decreaseBy', 'rate', 2023]]);
    traceable('存款餘額較上年末增長10%。');
    traceable('貸款餘額比去年底增長8%。');
  });
  test('a base in a clause of its own: 较上年末,存款余额增长10% (and each change after it in its sentence)', () => {
    assert.deepEqual(in2024('较上年末,存款余额增长10%,贷款余额增长8%。'), [
      ['存款余额', 'increaseBy', 'change', 2023],
      ['贷款余额', 'increaseBy', 'change', 2023],
    ]);
    assert.deepEqual(in2024('較上年末,存款餘額增長10%。'), [['存款餘額', 'increaseBy', 'change', 2023]]);
    assert.deepEqual(in2024('比去年底,貸款餘額增長8%。'), [['貸款餘額', 'increaseBy', 'change', 2023]]);
    traceable('较上年末,存款余额增长10%,贷款余额增长8%。');
    traceable('較上年末,存款餘額增長10%。');
  });
  test('与上年末相比 and 较上年年末, in the clause and as a clause of their own', () => {
    for (const text of ['存款余额与上年末相比增长10%。', '与上年末相比,存款余额增长10%。', '同去年底相比,存款余额增长10%。', '较上年年末,存款余额增长10%。', '存款余额较上年年末增长10%。'])
      assert.deepEqual(in2024(text), [['存款余额', 'increaseBy', 'change', 2023]], text);
    assert.deepEqual(in2024('存款餘額與上年末相比增長10%。'), [['存款餘額', 'increaseBy', 'change', 2023]]);
    traceable('存款余额与上年末相比增长10%。');
    // Without the year, a growth as before; 与上年相比 a year's growth either way.
    assert.deepEqual(in2024('存款余额与上年末相比增长10%。', {}), [['存款余额', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('地区生产总值与上年相比增长8%。'), [['地区生产总值', 'increaseBy', 'growth', undefined]]);
  });
  test('the base year is the plan’s year less one: 2022 in a plan of 2023', () => {
    assert.deepEqual(in2024('存款余额较上年末增长10%。', { year: 2023 }), [['存款余额', 'increaseBy', 'change', 2022]]);
  });
  test('without the plan’s year, as before: a growth with no base year', () => {
    assert.deepEqual(in2024('存款余额较上年末增长10%。', {}), [['存款余额', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('較上年末,存款餘額增長10%。', {}), [['存款餘額', 'increaseBy', 'growth', undefined]]);
  });
  test('what stays with the year given: 比上年, 同比, 与上年相比, 较上年 a year’s growth; 较2020年 its own year', () => {
    assert.deepEqual(in2024('地区生产总值比上年增长10%。'), [['地区生产总值', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('地區生產總值比上年增長10%。'), [['地區生產總值', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('地区生产总值同比增长10%。'), [['地区生产总值', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('与上年相比,地区生产总值增长8%。'), [['地区生产总值', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('较上年,地区生产总值增长8%。'), [['地区生产总值', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('工业投资比上年同期增长10%。'), [['工业投资', 'increaseBy', 'growth', undefined]]);
    assert.deepEqual(in2024('单位GDP能耗较2020年下降13.5%。'), [['单位GDP能耗', 'decreaseBy', 'change', 2020]]);
    // The end of the year before in one clause, not in the next.
    assert.deepEqual(in2024('存款余额较上年末增长10%,地区生产总值比上年增长8%。').map(([, , measure, year]) => [measure, year]), [
      ['change', 2023],
      ['growth', undefined],
    ]);
  });
  test('in a plan of 2024 (oneTaskPlan): baselineYear 2023, a change, due as the sentence says', () => {
    const { plan } = oneTaskPlan('存款餘額較上年末增長10%。');
    const shape = (t: Target) => [t.metric['zh-Hant'], t.comparator, t.measure, t.baselineYear, t.deadline];
    assert.deepEqual(plan?.targets.map(shape), [['存款餘額', 'increaseBy', 'change', 2023, '2024-12-31']]);
    assert.deepEqual(oneTaskPlan('6月底前,存款余额较上年末增长5%。').plan?.targets.map(shape), [['存款餘額', 'increaseBy', 'change', 2023, '2024-06-30']]);
    assert.deepEqual(oneTaskPlan('較上年末,貸款餘額增長8%。').plan?.targets.map(shape), [['貸款餘額', 'increaseBy', 'change', 2023, '2024-12-31']]);
    assert.deepEqual(oneTaskPlan('地區生產總值比上年增長6%。').plan?.targets.map(shape), [['地區生產總值', 'increaseBy', 'growth', undefined, '2024-12-31']]);
  });
  test('paced: +5% on 2024-06-30 of +10% due 2024-12-31 is on track, a stock read any day (review r64 §3; a growth, judged directly, is behind)', () => {
    const target = oneTaskPlan('存款餘額較上年末增長10%。').plan!.targets[0]!;
    const june = { value: 5, asOf: '2024-06-30' };
    const paced = evaluateTarget(target, june);
    assert.deepEqual([paced.status, paced.pathStart, paced.expected], ['onTrack', '2024-01-01', 0.5]);
    assert.equal(evaluateTarget(target, { value: 2, asOf: '2024-06-30' }).status, 'seriouslyBehind');
    assert.deepEqual([evaluateTarget(target, { value: 10, asOf: '2024-12-31' }).status, evaluateTarget(target, { value: 9, asOf: '2024-12-31' }).status], ['met', 'missed']);
    // Due a year later, the end of 2024 is half the path: +5% on pace, +2% far behind it.
    const later = { ...target, deadline: '2025-12-31' };
    const twoYears = evaluateTarget(later, { value: 5, asOf: '2024-12-31' });
    assert.deepEqual([twoYears.status, twoYears.pathStart, twoYears.expected], ['onTrack', '2024-01-01', 0.5]);
    assert.equal(evaluateTarget(later, { value: 2, asOf: '2024-12-31' }).status, 'seriouslyBehind');
    // The same target read as a growth (no year: as before) is judged against 10% directly.
    const { baselineYear: _, ...growth } = { ...target, measure: 'growth' as const };
    assert.equal(evaluateTarget(growth, june).status, 'behind');
  });
});

describe('a date inside a document’s name (《…》) is no deadline of the sentence', () => {
  test('《“十四五”末期评估报告》, 《2025年底前…方案》: the targets beside it keep the plan’s year end', () => {
    assert.deepEqual(read('落实《“十四五”末期评估报告》要求,新建5G基站300个。'), [['新建5G基站', undefined]]);
    assert.deepEqual(read('印发《2025年底前污染防治方案》,新建充电桩300个。'), [['新建充电桩', undefined]]);
    assert.deepEqual(deadlines('印發《2025年底前污染防治方案》,新建充電樁300個。'), [['新建充電樁', '2024-12-31']]);
    traceable('落实《“十四五”末期评估报告》要求,新建5G基站300个。');
  });
  test('what stays: a deadline outside the name, and “十四五”期间 in quotes of its own', () => {
    assert.deepEqual(read('印发《污染防治方案》,2025年底前新建充电桩300个。'), [['新建充电桩', '2025-12-31']]);
    assert.deepEqual(read('“十四五”期间新建充电桩300个。'), [['新建充电桩', '2025-12-31']]);
    assert.deepEqual(read('到2025年,落实《“十四五”末期评估报告》要求,新建5G基站300个。'), [['新建5G基站', '2025-12-31']]);
  });
});

describe('names in straight quotes: the text between two of them is no name (r46)', () => {
  test('"双碳"…,6月底前完成"散乱污"…: the deadline between the names is read', () => {
    assert.deepEqual(read('深入实施"双碳"行动,6月底前完成"散乱污"企业整治300家。'), [['完成"散乱污"企业整治', 6]]);
    assert.deepEqual(read('实施"双碳"行动,到2025年完成"散乱污"企业整治300家。'), [['完成"散乱污"企业整治', '2025-12-31']]);
    assert.deepEqual(read('实施"双碳"行动,"十四五"期间新建充电桩3000个。'), [['新建充电桩', '2025-12-31']]);
    traceable('深入实施"双碳"行动,6月底前完成"散乱污"企业整治300家。');
  });
  test('a numeral between two names in straight quotes is read', () => {
    assert.deepEqual(read('实施"双碳"行动,新建充电桩300个,完成"散乱污"企业整治。'), [['新建充电桩', undefined]]);
  });
});

describe('r46 (F46): a clause that names its own period or base keeps it, and a 、-list item its own', () => {
  /** Each proposal of `text` (in a plan of `year`, if given) as its metric, measure and base year. */
  const own = (text: string, year?: number) => extractTargets(text, year === undefined ? {} : { year }).map((p) => [p.metric, p.measure, p.baselineYear]);
  /** Each proposal's measure and base year only. */
  const measures = (text: string) => extractTargets(text).map((p) => [p.measure, p.baselineYear]);
  test('H2: 年均, 全年, 今年, 当年 or a year of its own: not the sentence’s base', () => {
    assert.deepEqual(own('到2025年,与2020年相比,单位GDP能耗下降13.5%,地区生产总值年均增长6%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
    ]);
    assert.deepEqual(own('地区生产总值年均增长6%。'), [['地区生产总值', 'growth', undefined]]);
    assert.deepEqual(own('与2020年相比,单位GDP能耗下降13.5%,全年地区生产总值增长6%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
    ]);
    assert.deepEqual(own('与2020年相比,单位GDP能耗累计下降13.5%,年均下降2.7%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['单位GDP能耗', 'growth', undefined],
    ]);
    assert.deepEqual(measures('与2020年相比,单位GDP能耗下降13.5%,2024年下降3%。'), [['change', 2020], ['growth', undefined]]);
    assert.deepEqual(measures('与2020年相比,单位GDP能耗下降13.5%(2024年下降3%)。'), [['change', 2020], ['growth', undefined]]);
    assert.deepEqual(measures('与2020年相比,单位GDP能耗下降13.5%,今年下降3%。'), [['change', 2020], ['growth', undefined]]);
    assert.deepEqual(own('與2020年相比,單位GDP能耗下降13.5%,地區生產總值年均增長6%。'), [
      ['單位GDP能耗', 'change', 2020],
      ['地區生產總值', 'growth', undefined],
    ]);
    assert.deepEqual(measures('與2020年相比,單位GDP能耗下降13.5%,當年下降3%。'), [['change', 2020], ['growth', undefined]]);
    traceable('到2025年,与2020年相比,单位GDP能耗下降13.5%,地区生产总值年均增长6%。');
    traceable('與2020年相比,單位GDP能耗下降13.5%(2024年下降3%)。');
  });
  test('H2, what stays: a deadline year in the clause (到2025年) and a clause with no period of its own', () => {
    assert.deepEqual(measures('与2020年相比,单位GDP能耗到2025年下降13.5%,二氧化碳排放下降18%。'), [['change', 2020], ['change', 2020]]);
    assert.deepEqual(measures('与2020年相比,单位GDP能耗2025年底前下降13.5%。'), [['change', 2020]]);
  });
  const yearBefore = ['与上年同期相比', '与去年同期相比', '与上年度相比', '和上年相比', '比上年同期', '较上年同期', '比上年度', '比上半年', '同比', '环比'];
  for (const word of yearBefore)
    test(`H3: ${word}, in the clause and as a clause of its own: a base of its own`, () => {
      assert.deepEqual(own(`与2020年相比,单位GDP能耗下降13.5%,地区生产总值${word}增长8%。`), [
        ['单位GDP能耗', 'change', 2020],
        ['地区生产总值', 'growth', undefined],
      ]);
      // As a clause of its own, it resets the sentence's base.
      assert.deepEqual(own(`与2020年相比,单位GDP能耗下降13.5%,${word},地区生产总值增长8%,二氧化碳排放下降18%。`), [
        ['单位GDP能耗', 'change', 2020],
        ['地区生产总值', 'growth', undefined],
        ['二氧化碳排放', 'growth', undefined],
      ]);
      traceable(`与2020年相比,单位GDP能耗下降13.5%,地区生产总值${word}增长8%。`);
    });
  test('H3 in Traditional: 與上年同期相比, 與去年同期相比', () => {
    assert.deepEqual(own('與2020年相比,單位GDP能耗下降13.5%,地區生產總值與去年同期相比增長8%。'), [
      ['單位GDP能耗', 'change', 2020],
      ['地區生產總值', 'growth', undefined],
    ]);
    assert.deepEqual(own('與2020年相比,單位GDP能耗下降13.5%,與上年同期相比,地區生產總值增長8%。'), [
      ['單位GDP能耗', 'change', 2020],
      ['地區生產總值', 'growth', undefined],
    ]);
    traceable('與2020年相比,單位GDP能耗下降13.5%,地區生產總值與去年同期相比增長8%。');
  });
  test('M1: a 、-list item does not keep the item before’s own base', () => {
    assert.deepEqual(own('与2020年相比,单位GDP能耗下降13.5%、地区生产总值比上年增长8%、二氧化碳排放下降18%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
      ['二氧化碳排放', 'change', 2020],
    ]);
    assert.deepEqual(own('单位GDP能耗较2020年下降13.5%、比上年下降3%。').map(([, measure, year]) => [measure, year]), [
      ['change', 2020],
      ['growth', undefined],
    ]);
    assert.deepEqual(own('與2020年相比,單位GDP能耗下降13.5%、地區生產總值比上年增長8%、二氧化碳排放下降18%。').map(([, measure, year]) => [measure, year]), [
      ['change', 2020],
      ['growth', undefined],
      ['change', 2020],
    ]);
    traceable('与2020年相比,单位GDP能耗下降13.5%、地区生产总值比上年增长8%、二氧化碳排放下降18%。');
  });
  test('M1, what stays: values of one list share its base (分别下降13.5%、18%), and a clause base reaches the next item', () => {
    assert.deepEqual(measures('单位GDP能耗、二氧化碳排放较2020年分别下降13.5%、18%。'), [['change', 2020], ['change', 2020]]);
    assert.deepEqual(measures('单位GDP能耗、二氧化碳排放比上年分别下降3%、4%。'), [['growth', undefined], ['growth', undefined]]);
    assert.deepEqual(measures('单位GDP能耗较2020年下降13.5%、二氧化碳排放下降18%。'), [['change', 2020], ['change', 2020]]);
  });
  /** Each proposal as its metric and comparator. */
  const bounds = (text: string) => extractTargets(text).map((p) => [p.metric, p.comparator]);
  for (const verb of ['缩减', '精减', '核减', '裁减'])
    test(`M5: 审批时限${verb}至3个工作日以内, 文件数量${verb}到200件: the metric keeps its last character`, () => {
      assert.deepEqual(bounds(`审批时限${verb}至3个工作日以内。`), [['审批时限', 'atMost']]);
      assert.deepEqual(bounds(`文件数量${verb}到200件。`), [['文件数量', 'atMost']]);
      traceable(`审批时限${verb}至3个工作日以内。`);
    });
  test('M5 in Traditional: 縮減至, 精減至', () => {
    assert.deepEqual(bounds('審批時限縮減至3個工作日以內。'), [['審批時限', 'atMost']]);
    assert.deepEqual(bounds('文件數量精減至200件。'), [['文件數量', 'atMost']]);
    traceable('審批時限縮減至3個工作日以內。');
  });
  test('M3: the end of the 13th plan (“十三五”末) is a base year 2020, in the clause and as a clause of its own', () => {
    assert.deepEqual(own('与“十三五”末相比,单位GDP能耗下降13.5%。'), [['单位GDP能耗', 'change', 2020]]);
    assert.deepEqual(own('单位GDP能耗较“十三五”末下降13.5%。'), [['单位GDP能耗', 'change', 2020]]);
    assert.deepEqual(own('較“十三五”末,單位GDP能耗下降13.5%。'), [['單位GDP能耗', 'change', 2020]]);
    assert.deepEqual(own('單位GDP能耗較“十三五”末下降13.5%。'), [['單位GDP能耗', 'change', 2020]]);
    traceable('单位GDP能耗较“十三五”末下降13.5%。');
    traceable('与“十三五”末相比,单位GDP能耗下降13.5%。');
  });
  for (const base of ['较上一年末', '较上年度末', '和上年末相比'])
    test(`M6: 存款余额${base}增长10% in a plan of 2024: the end of the year before, as 较上年末`, () => {
      assert.deepEqual(own(`存款余额${base}增长10%。`, 2024), [['存款余额', 'change', 2023]]);
      assert.deepEqual(extractTargets(`存款余额${base}增长10%。`, { year: 2024 })[0]?.deadlineMonth, undefined);
      traceable(`存款余额${base}增长10%。`);
    });
  test('M6 in Traditional: 較上一年末, 較上年度末', () => {
    assert.deepEqual(own('存款餘額較上一年末增長10%。', 2024), [['存款餘額', 'change', 2023]]);
    assert.deepEqual(own('存款餘額較上年度末增長10%。', 2024), [['存款餘額', 'change', 2023]]);
    traceable('存款餘額較上一年末增長10%。');
  });
});

describe('a gap or stock brought down to a limit is a level held under it, not a quota used up (r46 M4)', () => {
  /** Each proposal as its metric, value, comparator and measure. */
  const held = (text: string) => extractTargets(text).map((p) => [p.metric, p.value, p.comparator, p.measure]);
  test('城乡居民收入差距缩小到1.5万元, 全市燃煤锅炉减到30台: levels at most (a ceiling measure paced them as used up)', () => {
    assert.deepEqual(held('城乡居民收入差距缩小到1.5万元。'), [['城乡居民收入差距', 1.5, 'atMost', 'level']]);
    assert.deepEqual(held('全市燃煤锅炉减到30台。'), [['全市燃煤锅炉', 30, 'atMost', 'level']]);
    assert.deepEqual(held('全市燃煤鍋爐減少至30台。'), [['全市燃煤鍋爐', 30, 'atMost', 'level']]);
    traceable('城乡居民收入差距缩小到1.5万元。');
  });
  test('what stays: a total used over the period brought down is a ceiling; a rate a rate; 控制在 as before', () => {
    assert.deepEqual(held('全市用水总量降至20亿立方米。'), [['全市用水总量', 20, 'atMost', 'ceiling']]);
    assert.deepEqual(held('城镇调查失业率降至5%。'), [['城镇调查失业率', 5, 'atMost', 'rate']]);
    assert.deepEqual(held('新增建设用地控制在3000亩以内。').map(([, , comparator, measure]) => [comparator, measure]), [['atMost', 'ceiling']]);
  });
});

describe('ExtractOptions.year outside the years a plan is written in (r46)', () => {
  test('{ year: 24 } or 0 is no plan year: read as without one (the year before was 23, or -1)', () => {
    for (const year of [24, 0, -1, 1e6, 2.5])
      assert.deepEqual(extractTargets('存款余额较上年末增长10%。', { year }).map((p) => [p.measure, p.baselineYear]), [['growth', undefined]], String(year));
    assert.deepEqual(extractTargets('存款余额较上年末增长10%。', { year: 2024 }).map((p) => [p.measure, p.baselineYear]), [['change', 2023]]);
  });
});
