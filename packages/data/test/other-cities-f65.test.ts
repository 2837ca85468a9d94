/**
 * A gap to a peer in the clause right after a target (F65): 全市研发投入强度达到2.5%,高于全省0.2个百分点 is a gap of
 * 全市研发投入强度, as the bracket form (F64.5) reads it; the gap of a change is of its rate (全市地区生产总值增长6%,高于
 * 全省1个百分点: 全市地区生产总值增速高于全省), in the bracket form too. Not across a sentence end, not inside a 分别 list,
 * not after a 分别 list; a gap after a past value stays past; a gap that names its subject keeps it. And a metric
 * carried from a past clause drops its 已建成, 已完成. Each case is the smallest input that went wrong, in Simplified and
 * Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { readingsOf, traceable, unreadOf as past } from './helpers.js';

const read = readingsOf;
/** Each proposal of `text` in a plan of 2024 as its metric, comparator, value and deadline. */
const timed = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.deadline]);
/** The metric of each proposal of `text`, in a plan of 2024. */
const metrics = (text: string) => extractTargets(text, { year: 2024 }).map((p) => p.metric);

describe('F65.1: a gap to a peer in the clause right after a target is a gap of that target’s metric', () => {
  test('a rate: 全市研发投入强度高于全省, as in brackets, in both scripts', () => {
    const text = '全市研发投入强度达到2.5%,高于全省0.2个百分点。';
    assert.deepEqual(read(text), [
      ['全市研发投入强度', 'atLeast', 2.5, '%', 'rate'],
      ['全市研发投入强度高于全省', 'atLeast', 0.2, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read(text), read('全市研发投入强度达到2.5%(高于全省0.2个百分点)。'));
    assert.deepEqual(metrics('全市研發投入強度達到2.5%,高於全省0.2個百分點。'), ['全市研發投入強度', '全市研發投入強度高於全省']);
    traceable(text);
  });

  test('比全省高 after a target of 2025 is of 2025 too', () => {
    assert.deepEqual(timed('2025年全市研发投入强度达到2.5%,比全省高0.3个百分点。'), [
      ['全市研发投入强度', 'atLeast', 2.5, '2025-12-31'],
      ['全市研发投入强度比全省高', 'atLeast', 0.3, '2025-12-31'],
    ]);
  });

  test('a gap after a target of a year set for its clause alone is of that year too, as a clause naming nothing is', () => {
    assert.deepEqual(timed('全市城镇化率2025年达到65%,高于全省3个百分点。'), [
      ['全市城镇化率', 'atLeast', 65, '2025-12-31'],
      ['全市城镇化率高于全省', 'atLeast', 3, '2025-12-31'],
    ]);
    // A clause after it that names its own metric is not.
    assert.deepEqual(timed('全市城镇化率2025年达到65%,高于全省3个百分点,新建5G基站2000个。').at(-1), ['新建5G基站', 'exact', 2000, undefined]);
  });

  test('the gap of a growth is of its rate (增速), in commas and brackets alike, in both scripts', () => {
    const text = '全市地区生产总值增长6%,高于全省1个百分点。';
    assert.deepEqual(read(text), [
      ['全市地区生产总值', 'increaseBy', 6, '%', 'growth'],
      ['全市地区生产总值增速高于全省', 'atLeast', 1, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('全市地区生产总值增长6%(高于全省1个百分点)。'), read(text));
    assert.deepEqual(metrics('全市地區生產總值增長6%,高於全省1個百分點。'), ['全市地區生產總值', '全市地區生產總值增速高於全省']);
    assert.deepEqual(metrics('全市居民人均可支配收入增长7%,快于经济增长1个百分点。'), ['全市居民人均可支配收入', '全市居民人均可支配收入增速快于经济增长']);
    // 增速保持在6%以上: a growth whose metric has no 增速 of its own; 左右 after the value, a target before the gap still.
    assert.deepEqual(metrics('全市规上工业增加值增速保持在6%以上,高于全省1个百分点。'), ['全市规上工业增加值', '全市规上工业增加值增速高于全省']);
    assert.deepEqual(metrics('全市地区生产总值增长6%左右,高于全省1个百分点。'), ['全市地区生产总值', '全市地区生产总值增速高于全省']);
    // The last target before the gap says what it is of: a growth after a level.
    assert.deepEqual(metrics('全市地区生产总值达到5000亿元,增长6%,高于全省1个百分点。'), ['全市地区生产总值', '全市地区生产总值', '全市地区生产总值增速高于全省']);
    // A fall's gap is of its size (降幅), not of a rate of growth.
    assert.deepEqual(metrics('全市单位GDP能耗下降3%,高于全省0.5个百分点。'), ['全市单位GDP能耗', '全市单位GDP能耗降幅高于全省']);
    traceable(text);
  });

  test('the gap names nothing a later clause carries; a second gap is of the same target', () => {
    assert.deepEqual(timed('全市地区生产总值增长6%,高于全省1个百分点,2025年达到6000亿元。').map(([metric, , value]) => [metric, value]), [
      ['全市地区生产总值', 6],
      ['全市地区生产总值增速高于全省', 1],
      ['全市地区生产总值', 6000],
    ]);
    assert.deepEqual(metrics('全市地区生产总值增长6%,高于全省1个百分点,高于全国2个百分点。'), ['全市地区生产总值', '全市地区生产总值增速高于全省', '全市地区生产总值增速高于全国']);
  });

  test('a gap that names its subject keeps it; 增速 alone names none', () => {
    assert.deepEqual(metrics('全市地区生产总值增长6%,服务业增加值增速高于全省1个百分点。'), ['全市地区生产总值', '服务业增加值增速高于全省']);
    assert.deepEqual(metrics('全市地区生产总值增长6%,增速高于全省1个百分点。'), ['全市地区生产总值', '全市地区生产总值增速高于全省']);
    assert.deepEqual(metrics('全市地区生产总值增长6%(增速高于全省1个百分点)。'), ['全市地区生产总值', '全市地区生产总值增速高于全省']);
    assert.deepEqual(metrics('全市单位GDP能耗下降3%,降幅高于全省0.5个百分点。'), ['全市单位GDP能耗', '全市单位GDP能耗降幅高于全省']);
  });
});

describe('F65.2: where a gap takes no target’s metric', () => {
  test('not across a sentence end', () => {
    assert.deepEqual(metrics('全市研发投入强度达到2.5%。高于全省0.2个百分点。'), ['全市研发投入强度', '高于全省']);
    assert.deepEqual(metrics('全市地区生产总值增长6%;高于全省1个百分点。'), ['全市地区生产总值', '高于全省']);
  });

  test('not inside a 分别 list, nor after one', () => {
    assert.deepEqual(metrics('城镇和农村居民人均可支配收入增速分别高于全省平均水平0.5个、1个百分点。'), ['城镇居民人均可支配收入增速高于全省平均水平', '农村居民人均可支配收入增速高于全省平均水平']);
    assert.deepEqual(metrics('城镇、农村居民人均可支配收入分别增长6%、7%,高于全省1个百分点。'), ['城镇居民人均可支配收入', '农村居民人均可支配收入', '高于全省']);
    assert.deepEqual(metrics('全市地区生产总值增长6%,城镇、农村居民人均可支配收入分别增长6%、7%,高于全省1个百分点。').at(-1), '高于全省');
  });

  test('a gap after a past value stays past; with a year of its own it is a target of the sentence’s metric', () => {
    assert.deepEqual(read('地区生产总值2023年增长7%,高于全省1个百分点。'), []);
    assert.deepEqual(past('地区生产总值2023年增长7%,高于全省1个百分点。'), [
      ['7%', '2023年'],
      ['1个百分点', '2023年'],
    ]);
    assert.deepEqual(timed('全市城镇化率2023年达到60%,2025年高于全省3个百分点。'), [['全市城镇化率高于全省', 'atLeast', 3, '2025-12-31']]);
    assert.deepEqual(timed('全市城鎮化率2023年達到60%,2025年高於全省3個百分點。').map(([metric]) => metric), ['全市城鎮化率高於全省']);
    // The bracket form gives the same name: the gap of a growth is of its rate.
    assert.deepEqual(timed('地区生产总值2023年增长7%(2025年高于全省1个百分点)。'), [['地区生产总值增速高于全省', 'atLeast', 1, '2025-12-31']]);
    assert.deepEqual(timed('地区生产总值2023年增长7%,2025年高于全省1个百分点。'), [['地区生产总值增速高于全省', 'atLeast', 1, '2025-12-31']]);
  });
});

describe('F65.3: a metric carried from a past clause drops its 已建成, 已完成', () => {
  test('2023年全市已建成5G基站3000个,2025年达到6000个: 全市5G基站, in both scripts', () => {
    const text = '2023年全市已建成5G基站3000个,2025年达到6000个。';
    assert.deepEqual(timed(text), [['全市5G基站', 'atLeast', 6000, '2025-12-31']]);
    assert.deepEqual(past(text), [['3000个', '2023年']]);
    assert.deepEqual(timed('2023年全市已建成5G基站3000個,2025年達到6000個。').map(([metric]) => metric), ['全市5G基站']);
    assert.deepEqual(timed('截至2023年底,全市已建成5G基站3000个,2025年达到6000个。').map(([metric]) => metric), ['全市5G基站']);
    traceable(text);
  });
});
