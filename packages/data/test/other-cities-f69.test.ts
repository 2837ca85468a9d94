/**
 * Review r56's Low findings in the parser (F69): 减排 inside a noun before 率 or 量 is no change (L7); a gap in points
 * after a rise in points is of the metric itself, no 增速 (L3); 较全省高 and a gap joined by 、 are read and named as
 * 比全省高 and the comma form are (L5); a condition's value with no known unit is said as a condition (L2).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { readingsOf, traceable, unreadOf } from './helpers.js';

/** Each proposal of `text` in a plan of 2024 as its metric, comparator, value and measure. */
const read = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.measure]);

describe('减排 inside a noun before 率 or 量 (review r56 L7)', () => {
  test('is no change: the rate reads as 落实率达到100% does', () => {
    const [, comparator, value, measure] = read('落实率达到100%')[0]!;
    assert.deepEqual(read('应急减排措施落实率达到100%'), [['应急减排措施落实率', comparator, value, measure]]);
    assert.deepEqual(read('應急減排措施落實率達到100%'), [['應急減排措施落實率', comparator, value, measure]]);
    assert.equal(comparator, 'atLeast');
  });

  test('减排 before its value is still a fall', () => {
    assert.deepEqual(read('主要污染物减排10%'), [['主要污染物', 'decreaseBy', 10, 'growth']]);
    assert.deepEqual(read('主要污染物減排10%'), [['主要污染物', 'decreaseBy', 10, 'growth']]);
  });
});

describe('a gap in points after a rise in points (review r56 L3)', () => {
  test('is of the metric itself, no 增速', () => {
    assert.deepEqual(read('研发投入强度提高0.2个百分点,高于全省0.1个百分点')[1], ['研发投入强度高于全省', 'atLeast', 0.1, 'rate']);
    assert.deepEqual(read('研發投入強度提高0.2個百分點,高於全省0.1個百分點')[1], ['研發投入強度高於全省', 'atLeast', 0.1, 'rate']);
  });

  test('a growth in % keeps 增速, a fall 降幅', () => {
    assert.equal(read('地区生产总值增长8%,高于全省2个百分点')[1]![0], '地区生产总值增速高于全省');
    assert.equal(read('单位GDP能耗下降3%,高于全省0.5个百分点')[1]![0], '单位GDP能耗降幅高于全省');
  });
});

describe('较全省高 and a gap joined by 、 (review r56 L5)', () => {
  test('较全省高2个百分点 is the gap 比全省高 gives, named after its target', () => {
    assert.deepEqual(read('地区生产总值增长8%,较全省高2个百分点')[1], ['地区生产总值增速较全省高', 'atLeast', 2, 'rate']);
    assert.deepEqual(read('地區生產總值增長8%,較全省高2個百分點')[1], ['地區生產總值增速較全省高', 'atLeast', 2, 'rate']);
    assert.deepEqual(read('城镇调查失业率5%,较全省低0.3个百分点')[1]!.slice(1), read('城镇调查失业率5%,比全省低0.3个百分点')[1]!.slice(1));
    traceable('地区生产总值增长8%,较全省高2个百分点');
  });

  test('a gap joined by 、 is named as the comma form is', () => {
    assert.deepEqual(read('地区生产总值增长8%、高于全省2个百分点'), read('地区生产总值增长8%,高于全省2个百分点'));
    assert.deepEqual(read('地區生產總值增長8%、高於全省2個百分點'), read('地區生產總值增長8%,高於全省2個百分點'));
  });
});

describe('a condition’s value with no known unit (review r56 L2)', () => {
  test('is said as a condition, not as a value with no unit', () => {
    assert.deepEqual(unreadOf('当空气质量指数超过200时,启动应急响应。', 'condition'), [['200', '当空气质量指数超过200时']]);
    assert.deepEqual(unreadOf('当空气质量指数超过200时,启动应急响应。', 'noUnit'), []);
    assert.deepEqual(unreadOf('當空氣質量指數超過200時,啟動應急響應。', 'condition'), [['200', '當空氣質量指數超過200時']]);
    assert.deepEqual(unreadOf('当天AQI超过300时,启动应急响应。', 'condition'), [['300', '当天AQI超过300时']]);
    assert.deepEqual(unreadOf('当天AQI超过300时,启动应急响应。', 'noUnit'), []);
  });
});
