/**
 * Review r60 M4 and Low 7 (F85): a range of months of a year leading a clause (2025年1—6月…) is its deadline, and a
 * later clause of the sentence led by a period of its own (下半年, 4—6月, 二季度) is due at that period's end, in the
 * range's year; a clause naming none keeps the carried deadline. A list of levels with a noun after its count and a
 * bound alone after 分别 (省、市、县三级示范点分别达到…) names each level's noun (省级示范点).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/index.js';
import { readingsOf as read, traceable } from './helpers.js';

/** Value and deadline of each target read in a plan of `year`. */
const due = (text: string, year = 2024): unknown[][] => extractTargets(text, { year }).map((p) => [p.value, p.deadline ?? p.deadlineMonth]);

describe('r60 M4: a later clause led by a period of its own after a range of months', () => {
  test('…,下半年新建3000个: due at the year end of the range, not at its June', () => {
    assert.deepEqual(due('2025年1-6月新建5G基站2000个,下半年新建3000个。', 2025), [[2000, 6], [3000, undefined]]);
    assert.deepEqual(due('2025年1-6月新建5G基站2000个,下半年新建3000个。'), [[2000, '2025-06-30'], [3000, '2025-12-31']]);
    assert.deepEqual(due('2025年1-6月新建5G基站2000個,下半年新建3000個。'), [[2000, '2025-06-30'], [3000, '2025-12-31']]);
    traceable('2025年1-6月新建5G基站2000个,下半年新建3000个。');
  });

  test('…,4-6月新建2000个: due at the end of June of the range year, not before its quarter starts', () => {
    assert.deepEqual(due('2025年1-3月新建5G基站1000个,4-6月新建2000个。'), [[1000, '2025-03-31'], [2000, '2025-06-30']]);
    assert.deepEqual(due('2025年1-3月新建5G基站1000个,4—6月份新建2000个。'), [[1000, '2025-03-31'], [2000, '2025-06-30']]);
    assert.deepEqual(due('2024年1-3月新建5G基站1000个,4-6月新建2000个。'), [[1000, 3], [2000, 6]]);
    // Neither metric keeps the period.
    assert.deepEqual(
      extractTargets('2025年1-3月新建5G基站1000个,4-6月新建2000个。', { year: 2024 }).map((p) => p.metric.includes('月')),
      [false, false],
    );
  });

  test('…,二季度新建2000个: the quarter of the range year', () => {
    assert.deepEqual(due('2025年1-3月新建5G基站1000个,二季度新建2000个。'), [[1000, '2025-03-31'], [2000, '2025-06-30']]);
    assert.deepEqual(due('2025年1-3月新建5G基站1000个,二季度新建2000个。', 2025), [[1000, 3], [2000, 6]]);
  });

  test('a clause naming no period keeps the carried deadline, as after a year; the next sentence does not', () => {
    assert.deepEqual(due('2025年1-6月新建5G基站2000个,新建充电桩3000个。'), [[2000, '2025-06-30'], [3000, '2025-06-30']]);
    assert.deepEqual(due('2025年新建5G基站2000个,新建充电桩3000个。'), [[2000, '2025-12-31'], [3000, '2025-12-31']]);
    assert.deepEqual(due('2025年1-6月新建5G基站2000个。下半年新建充电桩3000个。'), [[2000, '2025-06-30'], [3000, undefined]]);
  });
});

describe('r60 Low 7: a noun after the count of a list of levels, a bound alone after 分别', () => {
  test('省、市、县三级示范点分别达到10个、5个、3个: 省级示范点, 市级示范点, 县级示范点', () => {
    assert.deepEqual(read('省、市、县三级示范点分别达到10个、5个、3个。').map(([metric, , value]) => [metric, value]), [
      ['省级示范点', 10],
      ['市级示范点', 5],
      ['县级示范点', 3],
    ]);
    assert.deepEqual(read('市、縣兩級醫院分別達到5家、20家。').map(([metric]) => metric), ['市級醫院', '縣級醫院']);
    traceable('省、市、县三级示范点分别达到10个、5个、3个。');
  });
});
