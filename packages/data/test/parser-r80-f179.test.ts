/**
 * Review r80's findings on Linyi's plan (F179): an annual volume reached (快递业务量达到35亿件左右) was read as a level;
 * the year's volume builds up over the year, a flow, as 全社会用电量达到300亿千瓦时 is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each proposal of `text` (in a plan of 2024) as its metric, comparator and measure. */
const reading = (text: string) => {
  traceable(text);
  return extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.measure]);
};
/** Each proposal's measure. */
const measures = (text: string) => reading(text).map((r) => r[2]);

describe('an annual volume reached (业务量, 客运量, 周转量): a flow the year builds up', () => {
  test('快递业务量达到35亿件左右: a flow, as 用电量 in 千瓦时 is', () => {
    assert.deepEqual(reading('快递业务量达到35亿件左右。'), [['快递业务量', 'approx', 'flow']]);
    assert.deepEqual(measures('全社会用电量达到300亿千瓦时。'), ['flow']);
  });
  test('in Traditional, and 客运量, 周转量', () => {
    assert.deepEqual(measures('快遞業務量達到35億件左右。'), ['flow']);
    assert.deepEqual(measures('铁路客运量达到500万人次。'), ['flow']);
    assert.deepEqual(measures('旅客周转量达到20亿人公里。'), ['flow']);
  });
  test('what stays: a daily volume, a per-capita one, a stock reached (5G基站达到3000个) are levels', () => {
    assert.deepEqual(measures('快递日均业务量达到1000万件。'), ['level']);
    assert.deepEqual(measures('人均快递业务量达到50件。'), ['level']);
    assert.deepEqual(measures('5G基站达到3000个。'), ['level']);
  });
});
