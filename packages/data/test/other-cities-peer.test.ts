/**
 * A value measured against another region's figure (F53's remainder): 增速高于全省平均水平1个百分点 is a gap to the
 * province's growth, 投资增速是全省的2倍 a multiple of the province's; neither is a change the city's own figure makes.
 * A reading gives the gap or the multiple, judged against the value directly (a rate); the change word before it
 * (增速) names what is compared. Before, the change word made the value a growth (↑ 2 percentage points, ↑ 2 times).
 * Review r50 found the other ways plans write them, a range that lost its top, and 恢复到 a floor on unemployment.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeTarget } from '../src/describe-target.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { oneTaskPlan, readingsOf, traceable } from './helpers.js';

const read = readingsOf;

describe('a value against a peer region’s figure', () => {
  test('a gap above a peer is at least that many points, compared directly, in both scripts, whatever change word names the metric', () => {
    assert.deepEqual(read('规上工业增加值增速快于全省2个百分点。'), [['规上工业增加值增速快于全省', 'atLeast', 2, '个百分点', 'rate']]);
    assert.deepEqual(read('規上工業增加值增速快於全省2個百分點。'), [['規上工業增加值增速快於全省', 'atLeast', 2, '個百分點', 'rate']]);
    assert.deepEqual(read('全市地区生产总值增速高于全省平均水平1个百分点以上。'), [['全市地区生产总值增速高于全省平均水平', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('出口增幅领先全国平均水平3个百分点。'), [['出口增幅领先全国平均水平', 'atLeast', 3, '个百分点', 'rate']]);
    // 左右 keeps its band: about that gap.
    assert.deepEqual(read('居民收入增速高于全省1个百分点左右。'), [['居民收入增速高于全省', 'approx', 1, '个百分点', 'rate']]);
    traceable('規上工業增加值增速快於全省2個百分點。');
  });

  test('the other ways plans write a gap (review r50): a range, 比全省高, 省均, 约 and 达 before the value, 平均水準, a pair of peers, 低于 a held-down rate', () => {
    // A range of a gap stays a range (it was at least 1, with 3 and 6 points "met"), compared directly.
    assert.deepEqual(read('地区生产总值增速高于全省平均水平1—2个百分点。'), [['地区生产总值增速高于全省平均水平', 'range', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('增速比全省平均水平高2个百分点。'), [['增速比全省平均水平高', 'atLeast', 2, '个百分点', 'rate']]);
    // The peer's 增速 is what is compared, kept in the metric (review r50: 快于全省平均).
    assert.deepEqual(read('工业增加值增速快于全省平均增速1个百分点。'), [['工业增加值增速快于全省平均增速', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('增速高于省均2个百分点。'), [['增速高于省均', 'atLeast', 2, '个百分点', 'rate']]);
    assert.deepEqual(read('增速高于全省平均水平约1个百分点。'), [['增速高于全省平均水平', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('增速高于全省达2个百分点。'), [['增速高于全省', 'atLeast', 2, '个百分点', 'rate']]);
    assert.deepEqual(read('增速高於全省平均水準2個百分點。'), [['增速高於全省平均水準', 'atLeast', 2, '個百分點', 'rate']]);
    // A pair of peers is one comparison, not a list whose last item is the metric (review r50: 全国平均水平).
    assert.deepEqual(read('增速高于全省、全国平均水平2个百分点。'), [['增速高于全省、全国平均水平', 'atLeast', 2, '个百分点', 'rate']]);
    assert.deepEqual(read('新建省、市级示范园区10个。').map(([metric]) => metric), ['新建省、市级示范园区']);
    // How far below the province a rate the plan holds down stays: at least that gap, as the guide asks the reading to be.
    assert.deepEqual(read('城镇调查失业率低于全省平均水平0.5个百分点。'), [['城镇调查失业率低于全省平均水平', 'atLeast', 0.5, '个百分点', 'rate']]);
  });

  test('a multiple of a peer’s figure is that multiple, as 是2020年的2倍 is, in digits', () => {
    assert.deepEqual(read('全市投资增速是全省的2倍。'), [['全市投资增速是全省的', 'exact', 2, '倍', 'rate']]);
    assert.deepEqual(read('全市投資增速是全省平均水平的1.5倍。'), [['全市投資增速是全省平均水平的', 'exact', 1.5, '倍', 'rate']]);
    traceable('全市投資增速是全省平均水平的1.5倍。');
    // Without 的, and a share of the peer's figure (review r50: ↑ 2 times, ↑ 80%).
    assert.deepEqual(read('全市投资增速是全省2倍。'), [['全市投资增速是全省', 'exact', 2, '倍', 'rate']]);
    assert.deepEqual(read('全市投资增速相当于全省的80%。'), [['全市投资增速相当于全省的', 'exact', 80, '%', 'rate']]);
  });

  test('a supervision office reads it as a gap: no arrow of an increase, and a gap of 2.5 points meets 2 at the deadline', () => {
    const { plan } = oneTaskPlan('規上工業增加值增速快於全省2個百分點。');
    const target = plan!.targets[0]!;
    assert.equal(describeTarget(target, 'zh-Hant'), '≥ 2個百分點');
    assert.equal(describeTarget(target, 'en'), '≥ 2 percentage points');
    assert.equal(evaluateTarget(target, { value: 2.5, asOf: '2024-12-31' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 1.5, asOf: '2024-12-31' }).status, 'missed');
  });

  test('what stays: a growth (增长8%), a change from a base year, a share of the city (占全市的30%), 达到全国平均水平的1.2倍', () => {
    assert.deepEqual(read('一般公共预算收入增长8%,高于全省平均水平。'), [['一般公共预算收入', 'increaseBy', 8, '%', 'growth']]);
    assert.deepEqual(read('研发投入强度较2020年提高0.5个百分点。').map(([metric, comparator]) => [metric, comparator]), [['研发投入强度', 'increaseBy']]);
    assert.deepEqual(read('县域经济占全市的30%。'), [['县域经济占全市的', 'exact', 30, '%', 'rate']]);
    assert.deepEqual(read('人均收入达到全国平均水平的1.2倍。'), [['人均收入达到全国平均水平的', 'atLeast', 1.2, '倍', 'rate']]);
    // A percentage after a peer with no 的 may be the city's own level: read as its words say, no gap.
    assert.deepEqual(read('研发经费投入强度超过全国平均水平2.5%。'), [['研发经费投入强度超过全国平均水平', 'atLeast', 2.5, '%', 'rate']]);
  });

  test('恢复到 a value of what a plan holds down is that value, not at least it (review r50: 5.0% unemployment was missed)', () => {
    assert.deepEqual(read('城镇调查失业率恢复到5.5%。'), [['城镇调查失业率', 'exact', 5.5, '%', 'rate']]);
    assert.deepEqual(read('城鎮調查失業率恢復至5.5%以內。'), [['城鎮調查失業率', 'atMost', 5.5, '%', 'rate']]);
    assert.deepEqual(read('全市旅游收入恢复到2019年的120%。'), [['全市旅游收入', 'atLeast', 120, '%', 'rate']]);
  });
});
