/**
 * A gap to a peer in brackets after a 分别 list (review r56 M7): `…分别增长6%、7%(高于全省1个百分点)` is read as the
 * comma form `…分别增长6%、7%,高于全省1个百分点` reads it, a gap named by its own words (高于全省) that names no one
 * item of the list; before, it was a third item of the list, named `农村居民人均可支配收入7%(高于全省`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { traceable, valuesOf } from './helpers.js';

/** Each proposal of `text` in a plan of 2024 as its metric, comparator, value and measure. */
const read = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.measure]);

describe('a gap in brackets after a 分别 list', () => {
  test('reads as the comma form does, in both scripts', () => {
    const comma = read('城镇、农村居民人均可支配收入分别增长6%、7%,高于全省1个百分点。');
    assert.deepEqual(read('城镇、农村居民人均可支配收入分别增长6%、7%(高于全省1个百分点)。'), comma);
    assert.deepEqual(read('城镇、农村居民人均可支配收入分别增长6%、7%(高于全省1个百分点)'), comma);
    assert.deepEqual(comma.map(([metric]) => metric), ['城镇居民人均可支配收入', '农村居民人均可支配收入', '高于全省']);
    assert.deepEqual(
      read('城鎮、農村居民人均可支配收入分別增長6%、7%(高於全省1個百分點)。').map(([metric]) => metric),
      read('城鎮、農村居民人均可支配收入分別增長6%、7%,高於全省1個百分點。').map(([metric]) => metric),
    );
    traceable('城镇、农村居民人均可支配收入分别增长6%、7%(高于全省1个百分点)。');
  });

  test('no metric holds a bracket or a value', () => {
    for (const text of ['城镇、农村居民人均可支配收入分别增长6%、7%(高于全省1个百分点)。', '全市和县域地区生产总值分别增长6%、7%(高于全省1个百分点)。']) {
      for (const [metric] of read(text)) assert.doesNotMatch(String(metric), /[(（]|\d+%/, `${text}: ${metric}`);
    }
  });
});

describe('the province’s or country’s item of a 分别 list with its own noun (review r56 M5)', () => {
  test('is its figure, not the city’s target, in any order', () => {
    assert.deepEqual(valuesOf('全省平均水平和全市分别达到5.5%、6%。'), [6]);
    assert.deepEqual(valuesOf('全市和全省平均水平分别达到6%、5.5%。'), [6]);
    assert.deepEqual(valuesOf('全國和全省平均水平分別為5%、5.5%,全市達到6%。'), [6]);
    assert.deepEqual(valuesOf('全市和全国地区生产总值分别增长6%、5%。'), [6]);
    assert.deepEqual(valuesOf('省和市分别达到90%、95%。'), [95]);
    assert.deepEqual(valuesOf('市和省分别达到95%、90%。'), [95]);
  });

  test('the city’s own items stay, and a province-level item that is the city’s work stays', () => {
    assert.deepEqual(valuesOf('全省和全市分别达到5.5%、6%。'), [6]);
    assert.deepEqual(valuesOf('全市和县域分别新建5G基站2000个、1000个。'), [2000, 1000]);
    assert.deepEqual(valuesOf('全省重点项目和市级重点项目分别完成投资100亿元、50亿元。'), [100, 50]);
    assert.deepEqual(valuesOf('省级和市级示范区分别创建2个、5个。'), [2, 5]);
    assert.deepEqual(valuesOf('省级和市级分别补助30%和20%。'), [30, 20]);
  });
});
