/**
 * Readings of other cities' plans a supervision office reads otherwise (r46, F47): a range of a change with a base
 * (较2020年下降3%—5%: a change since 2020, as 下降3% is), a change in a rate of growth in percentage points (增速较上年末
 * 提高2个百分点: a rate, judged at its deadline, not paced; F50: of a share over years, 研发投入强度较2020年提高0.5个百分点,
 * a change, paced), a multiple of a past year's level (达到2020年的1.5倍: 2020 the
 * base, not the deadline) and a base clause after a numbered item or with the spaces of a PDF ((1)与2020年相比,
 * 与 2020 年相比,). Each case is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets } from '../src/extract-targets.js';
import type { Target } from '../src/schema.js';
import { deadlinesOf as deadlines, oneTaskPlan, readDeadlines as read, traceable } from './helpers.js';

/** Each proposal of `text` (in a plan of `year`, if given) as its metric, comparator, value, upper value, measure and base year. */
const reading = (text: string, year?: number) =>
  extractTargets(text, year === undefined ? {} : { year }).map((p) => [p.metric, p.comparator, p.value, p.upperValue, p.measure, p.baselineYear]);
/** Each proposal as its metric, measure and base year. */
const based = (text: string) => extractTargets(text).map((p) => [p.metric, p.measure, p.baselineYear]);
/** Each target of a one-task plan of 2024 as its metric, comparator, measure, base year and deadline. */
const shape = (t: Target) => [t.metric['zh-Hant'], t.comparator, t.measure, t.baselineYear, t.deadline];

describe('a range of a change with a base: the base year and the change, as the single value has them', () => {
  test('单位GDP能耗较2020年下降3%—5%: a change since 2020 of 3 to 5%, the base out of the metric', () => {
    assert.deepEqual(reading('单位GDP能耗较2020年下降3%—5%。'), [['单位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    // The single value's base year and measure.
    assert.deepEqual(based('单位GDP能耗较2020年下降3%。'), [['单位GDP能耗', 'change', 2020]]);
    traceable('单位GDP能耗较2020年下降3%—5%。');
  });
  test('与2020年相比,单位GDP能耗下降3%—5%: the base of its sentence, as 较2020年 in the clause', () => {
    assert.deepEqual(reading('与2020年相比,单位GDP能耗下降3%—5%。'), [['单位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    assert.deepEqual(reading('与2020年相比,单位GDP能耗下降3%—5%。'), reading('单位GDP能耗较2020年下降3%—5%。'));
    traceable('与2020年相比,单位GDP能耗下降3%—5%。');
  });
  test('in Traditional: 較2020年下降3%—5%, 與2020年相比', () => {
    assert.deepEqual(reading('單位GDP能耗較2020年下降3%—5%。'), [['單位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    assert.deepEqual(reading('與2020年相比,單位GDP能耗下降3%—5%。'), [['單位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    assert.deepEqual(reading('單位GDP能耗與2020年相比下降3%—5%。'), [['單位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    traceable('單位GDP能耗較2020年下降3%—5%。');
    traceable('與2020年相比,單位GDP能耗下降3%—5%。');
  });
  test('with a deadline before the base, 较上年末 in a plan of 2024, and 3%至5%', () => {
    assert.deepEqual(reading('单位GDP能耗到2025年较2020年下降3%—5%。'), [['单位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    assert.deepEqual(read('单位GDP能耗到2025年较2020年下降3%—5%。'), [['单位GDP能耗', '2025-12-31']]);
    assert.deepEqual(reading('存款余额较上年末增长8%—10%。', 2024), [['存款余额', 'range', 8, 10, 'change', 2023]]);
    assert.deepEqual(reading('單位GDP能耗較2020年下降3%至5%。'), [['單位GDP能耗', 'range', 3, 5, 'change', 2020]]);
    traceable('单位GDP能耗到2025年较2020年下降3%—5%。');
  });
  test('in a plan of 2024: a change since 2020, paced from 2021 as 下降3% is', () => {
    const target = oneTaskPlan('單位GDP能耗較2020年下降3%—5%。').plan!.targets[0]!;
    assert.deepEqual(shape(target), ['單位GDP能耗', 'range', 'change', 2020, '2024-12-31']);
    const e = evaluateTarget(target, { value: 2, asOf: '2022-12-31' });
    assert.equal(e.pathStart, '2021-01-01');
    assert.ok(e.expected !== undefined && Math.abs(e.expected - 0.5) < 0.01, String(e.expected));
    assert.equal(e.status, 'onTrack');
  });
  test('what stays: a range with no base (增长7%—8%), and a clause with a period of its own (年均增长6%—7%)', () => {
    assert.deepEqual(reading('地区生产总值增长7%—8%。'), [['地区生产总值', 'range', 7, 8, 'growth', undefined]]);
    assert.deepEqual(reading('與2020年相比,單位GDP能耗下降13.5%,地區生產總值年均增長6%—7%。'), [
      ['單位GDP能耗', 'decreaseBy', 13.5, undefined, 'change', 2020],
      ['地區生產總值', 'range', 6, 7, 'growth', undefined],
    ]);
    assert.deepEqual(reading('地区生产总值比上年增长7%—8%。'), [['地区生产总值', 'range', 7, 8, 'growth', undefined]]);
    assert.deepEqual(reading('秸秆综合利用重点县2—3个。').map(([, comparator, , , measure, year]) => [comparator, measure, year]), [['range', 'flow', undefined]]);
  });
});

describe('a change in percentage points of a rate of growth or over a year is a rate, judged at its deadline, not paced (F50: of a share over years, a change)', () => {
  test('存款余额增速较上年末提高2个百分点 in a plan of 2024: the rate 增速 rises 2 points, not paced', () => {
    assert.deepEqual(reading('存款余额增速较上年末提高2个百分点。', 2024), [['存款余额增速', 'increaseBy', 2, undefined, 'rate', 2023]]);
    traceable('存款余额增速较上年末提高2个百分点。');
  });
  test('in Traditional: 增速較上年末提高2個百分點, 不良貸款率較年初下降0.5個百分點', () => {
    assert.deepEqual(reading('存款餘額增速較上年末提高2個百分點。', 2024), [['存款餘額增速', 'increaseBy', 2, undefined, 'rate', 2023]]);
    assert.deepEqual(reading('不良貸款率較年初下降0.5個百分點。', 2024), [['不良貸款率', 'decreaseBy', 0.5, undefined, 'rate', 2023]]);
    traceable('存款餘額增速較上年末提高2個百分點。');
  });
  test('in a clause of its own (较上年末,…): a rate too; a share against a year further back (较2020年): a change, paced (F50)', () => {
    assert.deepEqual(reading('較上年末,存款餘額增速提高2個百分點。', 2024), [['存款餘額增速', 'increaseBy', 2, undefined, 'rate', 2023]]);
    assert.deepEqual(reading('研发投入强度较2020年提高0.5个百分点。'), [['研发投入强度', 'increaseBy', 0.5, undefined, 'change', 2020]]);
  });
  test('in a plan of 2024: below it in June is belowTarget (judged at the deadline), not behind a pace', () => {
    const target = oneTaskPlan('存款餘額增速較上年末提高2個百分點。').plan!.targets[0]!;
    assert.deepEqual(shape(target), ['存款餘額增速', 'increaseBy', 'rate', 2023, '2024-12-31']);
    const june = evaluateTarget(target, { value: 1, asOf: '2024-06-30' });
    assert.equal(june.expected, undefined);
    assert.equal(june.status, 'belowTarget');
    assert.match(june.sentence, /到期時判斷,不作進度判斷/);
    assert.equal(evaluateTarget(target, { value: 0.2, asOf: '2024-02-15' }).status, 'belowTarget');
    assert.equal(evaluateTarget(target, { value: 2, asOf: '2024-12-31' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 1, asOf: '2024-12-31' }).status, 'missed');
  });
  test('what stays: a change in percent since the year before’s end is paced; 比上年 in points a year’s growth; no year, a growth', () => {
    assert.deepEqual(reading('存款余额较上年末增长10%。', 2024), [['存款余额', 'increaseBy', 10, undefined, 'change', 2023]]);
    assert.deepEqual(reading('单位GDP能耗较2020年下降13.5%。'), [['单位GDP能耗', 'decreaseBy', 13.5, undefined, 'change', 2020]]);
    assert.deepEqual(reading('存款余额增速比上年提高2个百分点。', 2024), [['存款余额增速', 'increaseBy', 2, undefined, 'growth', undefined]]);
    assert.deepEqual(reading('存款余额增速较上年末提高2个百分点。'), [['存款余额增速', 'increaseBy', 2, undefined, 'growth', undefined]]);
    assert.deepEqual(reading('地区生产总值增长6%。'), [['地区生产总值', 'increaseBy', 6, undefined, 'growth', undefined]]);
  });
});

describe('a multiple of a past year’s level (达到2020年的1.5倍): the year is its base, not its deadline', () => {
  test('地区生产总值达到2020年的1.5倍: no deadline of 2020, the base year 2020', () => {
    assert.deepEqual(read('地区生产总值达到2020年的1.5倍。'), [['地区生产总值', undefined]]);
    assert.deepEqual(reading('地区生产总值达到2020年的1.5倍。'), [['地区生产总值', 'atLeast', 1.5, undefined, 'rate', 2020]]);
    traceable('地区生产总值达到2020年的1.5倍。');
  });
  test('the sentence’s own deadline stays its deadline: 到2025年,…', () => {
    assert.deepEqual(read('到2025年,地区生产总值达到2020年的1.5倍。'), [['地区生产总值', '2025-12-31']]);
    assert.deepEqual(read('地区生产总值到2025年达到2020年的1.5倍。'), [['地区生产总值', '2025-12-31']]);
  });
  test('in Traditional, and in a plan of 2024 (dz-plan build): due at the plan’s year end, not 2020', () => {
    assert.deepEqual(read('地區生產總值達到2020年的1.5倍。'), [['地區生產總值', undefined]]);
    assert.deepEqual(deadlines('地區生產總值達到2020年的1.5倍。'), [['地區生產總值', '2024-12-31']]);
    assert.deepEqual(deadlines('到2025年,地區生產總值達到2020年的2倍。'), [['地區生產總值', '2025-12-31']]);
    assert.deepEqual(oneTaskPlan('地區生產總值達到2020年的1.5倍。').plan!.targets.map(shape), [['地區生產總值', 'atLeast', 'rate', 2020, '2024-12-31']]);
    traceable('地區生產總值達到2020年的1.5倍。');
  });
  test('增至 and 相当于 a year’s multiple: the same base', () => {
    assert.deepEqual(reading('地区生产总值增至2020年的2倍。').map(([metric, , value, , , year]) => [metric, value, year]), [['地区生产总值', 2, 2020]]);
    assert.deepEqual(read('地区生产总值增至2020年的2倍。'), [['地区生产总值', undefined]]);
    assert.deepEqual(reading('地区生产总值相当于2020年的1.5倍。').map(([metric, , value, , , year]) => [metric, value, year]), [['地区生产总值', 1.5, 2020]]);
  });
  test('what stays: 提高到2025年的22% is due in 2025; a multiple with no year (增长1.5倍, 缩小到2.2倍)', () => {
    assert.deepEqual(read('森林覆盖率提高到2025年的22%。'), [['森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('森林覆蓋率提高到2025年的22%。'), [['森林覆蓋率', '2025-12-31']]);
    assert.deepEqual(reading('工业投资增长1.5倍。'), [['工业投资', 'increaseBy', 1.5, undefined, 'growth', undefined]]);
    assert.deepEqual(reading('城乡居民收入差距缩小到2.2倍。'), [['城乡居民收入差距', 'atMost', 2.2, undefined, 'rate', undefined]]);
  });
});

describe('a base clause after a numbered item or with a PDF’s spaces is the same base clause', () => {
  for (const lead of ['(1)与2020年相比', '1.与2020年相比', '(一)与2020年相比', '一、与2020年相比', '①与2020年相比', '1、与2020年相比', '(1)较2020年', '与 2020 年相比', '与2020 年相比', '较 2020 年', '(1)与 2020 年相比'])
    test(`${lead},单位GDP能耗下降13.5%: a change since 2020`, () => {
      assert.deepEqual(based(`${lead},单位GDP能耗下降13.5%。`), [['单位GDP能耗', 'change', 2020]]);
      traceable(`${lead},单位GDP能耗下降13.5%。`);
    });
  test('in Traditional, with full-width brackets: （1）與2020年相比, （一）與 2020 年相比', () => {
    assert.deepEqual(based('（1）與2020年相比，單位GDP能耗下降13.5%。'), [['單位GDP能耗', 'change', 2020]]);
    assert.deepEqual(based('（一）與 2020 年相比，單位GDP能耗下降13.5%。'), [['單位GDP能耗', 'change', 2020]]);
    assert.deepEqual(based('1.與2020年相比,單位GDP能耗下降13.5%,二氧化碳排放下降18%。'), [
      ['單位GDP能耗', 'change', 2020],
      ['二氧化碳排放', 'change', 2020],
    ]);
    traceable('（1）與2020年相比，單位GDP能耗下降13.5%。');
    traceable('（一）與 2020 年相比，單位GDP能耗下降13.5%。');
  });
  test('the end of the year before after a number, in a plan of 2024: (1)较上年末,', () => {
    assert.deepEqual(reading('(1)较上年末,存款余额增长10%。', 2024), [['存款余额', 'increaseBy', 10, undefined, 'change', 2023]]);
    assert.deepEqual(reading('(2)與上年相比,地區生產總值增長8%。', 2024), [['地區生產總值', 'increaseBy', 8, undefined, 'growth', undefined]]);
  });
  test('what stays: a numbered clause that is more than a base, and the next sentence', () => {
    assert.deepEqual(based('(1)单位GDP能耗下降13.5%。'), [['单位GDP能耗', 'growth', undefined]]);
    assert.deepEqual(based('(1)与2020年相比,单位GDP能耗下降13.5%。(2)地区生产总值增长8%。'), [
      ['单位GDP能耗', 'change', 2020],
      ['地区生产总值', 'growth', undefined],
    ]);
  });
});

describe('减排 (emissions down) is a change word, as 下降 is', () => {
  test('二氧化碳减排10%: a fall of 10%, not a rate of 10%', () => {
    assert.deepEqual(reading('二氧化碳减排10%。'), [['二氧化碳', 'decreaseBy', 10, undefined, 'growth', undefined]]);
    assert.deepEqual(reading('二氧化碳減排10%。'), [['二氧化碳', 'decreaseBy', 10, undefined, 'growth', undefined]]);
    traceable('二氧化碳减排10%。');
    traceable('二氧化碳減排10%。');
  });
  test('with a base: 较2020年减排10%, 与2020年相比,…減排10%: a change since 2020; 分别减排10%、8%', () => {
    assert.deepEqual(based('化学需氧量较2020年减排10%。'), [['化学需氧量', 'change', 2020]]);
    assert.deepEqual(based('與2020年相比,化學需氧量減排10%。'), [['化學需氧量', 'change', 2020]]);
    assert.deepEqual(reading('化学需氧量、氨氮分别减排10%、8%。').map(([metric, comparator, value]) => [metric, comparator, value]), [
      ['化学需氧量', 'decreaseBy', 10],
      ['氨氮', 'decreaseBy', 8],
    ]);
    assert.deepEqual(reading('二氧化碳减排3%—5%。'), [['二氧化碳', 'range', 3, 5, 'growth', undefined]]);
  });
  test('an amount cut (减排二氧化碳10万吨) as 压减粗钢产能120万吨; what stays: 减排量达到 a floor, 节能减排项目 a count', () => {
    assert.deepEqual(reading('减排二氧化碳10万吨。'), [['减排二氧化碳', 'decreaseBy', 10, undefined, 'flow', undefined]]);
    assert.deepEqual(reading('减排量达到100万吨。'), [['减排量', 'atLeast', 100, undefined, 'flow', undefined]]);
    assert.deepEqual(reading('实施节能减排项目30个。'), [['实施节能减排项目', 'exact', 30, undefined, 'flow', undefined]]);
  });
});
