/**
 * Review r80's findings on Linyi's plan (F179). A share raised by points with no base named (高新技术产业产值占规上工业
 * 总产值比重提高1.5个百分点) was read as a growth over last year, held all year: a reading of +0.8 in June was behind,
 * "直接与目标比较". Raised by the deadline, it is a change since the end of the year before the plan's, read as the
 * reviewed rule reads one written so (较上年末提高…个百分点, F47/F50): a `rate` with that base, judged at its deadline.
 * And an annual volume reached (快递业务量达到35亿件左右, 港口集装箱吞吐量达到50万标箱) was read as a level: the year's
 * volume builds up over the year, a flow, as 全社会用电量达到300亿千瓦时 is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets } from '../src/extract-targets.js';
import { heldAllYear } from '../src/unpaced.js';
import { oneTaskPlan, traceable } from './helpers.js';

/** Each proposal of `text` (in a plan of `year`, 2024 unless none: `null`) as its metric, comparator, value, measure and base year. */
const reading = (text: string, year: number | null = 2024) => {
  traceable(text);
  return extractTargets(text, year === null ? {} : { year }).map((p) => [p.metric, p.comparator, p.value, p.measure, p.baselineYear]);
};
/** Each proposal's measure. */
const measures = (text: string) => reading(text).map((r) => r[3]);

const LINYI = '高新技术产业产值占规上工业总产值比重提高1.5个百分点、达到45%。';

describe('a share raised by points with no base named: a change since the end of the year before the plan’s', () => {
  test('Linyi’s 比重提高1.5个百分点: a rate with base 2023 in a plan of 2024, as 较上年末提高 is; its 45% stays a rate', () => {
    assert.deepEqual(reading(LINYI), [
      ['高新技术产业产值占规上工业总产值比重', 'increaseBy', 1.5, 'rate', 2023],
      ['高新技术产业产值占规上工业总产值比重', 'atLeast', 45, 'rate', undefined],
    ]);
    assert.deepEqual(reading('高新技术产业产值占规上工业总产值比重提高1.5个百分点。'), reading('高新技术产业产值占规上工业总产值比重较上年末提高1.5个百分点。'));
  });
  test('in Traditional, a ratio (研发投入强度), a fall and a range of points: the same base', () => {
    assert.deepEqual(reading('高新技術產業產值占規上工業總產值比重提高1.5個百分點。'), [['高新技術產業產值占規上工業總產值比重', 'increaseBy', 1.5, 'rate', 2023]]);
    assert.deepEqual(reading('不良贷款率下降0.5个百分点。'), reading('不良贷款率较上年末下降0.5个百分点。'));
    assert.deepEqual(reading('研发投入强度提高0.2个百分点。'), [['研发投入强度', 'increaseBy', 0.2, 'rate', 2023]]);
    assert.deepEqual(reading('森林覆盖率提高1—2个百分点。').map((r) => [r[1], r[3], r[4]]), [['range', 'rate', 2023]]);
  });
  test('a plan of 2024 built from it: +0.8 in June is not held all year, nor behind; judged at the deadline', () => {
    const { plan } = oneTaskPlan('高新技術產業產值占規上工業總產值比重提高1.5個百分點。');
    const target = plan!.targets[0]!;
    assert.deepEqual([target.measure, target.baselineYear, target.deadline], ['rate', 2023, '2024-12-31']);
    assert.equal(heldAllYear(target), false);
    const june = evaluateTarget(target, { value: 0.8, asOf: '2024-06-30' });
    assert.deepEqual([june.status, june.expected], ['belowTarget', undefined]);
    assert.doesNotMatch(june.sentence, /全年須保持達標|直接與目標比較/);
    assert.equal(evaluateTarget(target, { value: 1.5, asOf: '2024-12-31' }).status, 'met');
  });
  test('what stays: a rate of growth in points (增速提高2个百分点) a growth; no plan year, a growth; a base year further back, a change', () => {
    assert.deepEqual(reading('存款余额增速提高2个百分点。'), [['存款余额增速', 'increaseBy', 2, 'growth', undefined]]);
    assert.deepEqual(reading('存款余额增速比上年提高2个百分点。'), [['存款余额增速', 'increaseBy', 2, 'growth', undefined]]);
    assert.deepEqual(reading('规上工业增加值增速高于上年1个百分点。').map((r) => [r[3], r[4]]), [['growth', undefined]]);
    assert.deepEqual(reading('研发投入强度提高0.2个百分点。', null), [['研发投入强度', 'increaseBy', 0.2, 'growth', undefined]]);
    assert.deepEqual(reading('研发投入强度较2020年提高0.5个百分点。'), [['研发投入强度', 'increaseBy', 0.5, 'change', 2020]]);
    assert.deepEqual(reading('固定资产投资同比增长8%。'), [['固定资产投资', 'increaseBy', 8, 'growth', undefined]]);
  });
});

describe('an annual volume reached (业务量, 吞吐量, 客运量, 周转量): a flow the year builds up', () => {
  test('快递业务量达到35亿件左右, 港口集装箱吞吐量达到50万标箱: flows, as 用电量 in 千瓦时 is', () => {
    assert.deepEqual(reading('快递业务量达到35亿件左右。').map((r) => [r[0], r[1], r[3]]), [['快递业务量', 'approx', 'flow']]);
    assert.deepEqual(measures('港口集装箱吞吐量达到50万标箱。'), ['flow']);
    assert.deepEqual(measures('全社会用电量达到300亿千瓦时。'), ['flow']);
  });
  test('in Traditional, and 客运量, 周转量, 货物吞吐量突破', () => {
    assert.deepEqual(measures('快遞業務量達到35億件左右。'), ['flow']);
    assert.deepEqual(measures('港口貨物吞吐量突破6000萬噸。'), ['flow']);
    assert.deepEqual(measures('铁路客运量达到500万人次。'), ['flow']);
    assert.deepEqual(measures('旅客周转量达到20亿人公里。'), ['flow']);
  });
  test('what stays: a daily volume, a per-capita one, a stock reached (5G基站达到3000个) are levels', () => {
    assert.deepEqual(measures('快递日均业务量达到1000万件。'), ['level']);
    assert.deepEqual(measures('人均快递业务量达到50件。'), ['level']);
    assert.deepEqual(measures('5G基站达到3000个。'), ['level']);
  });
});
