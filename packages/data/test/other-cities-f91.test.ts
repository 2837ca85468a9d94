/**
 * Parser leftovers of review r60 Low 7 (F91): a noun of more than three characters after the count of a list of
 * levels (市、县两级财政投入分别…) is each level's, as a shorter one is (市级财政投入); a half of a year leading a clause
 * (2025年上半年…) is its deadline and no part of the metric, as a range of months is (2025年1—6月…); a range of months
 * with no year leading a sentence (1—6月…) is of the plan's year; a year alone in a clause of its own (2023年,全市…)
 * leaves the metric a later clause carries as 2023年全市… does (全市5G基站).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/index.js';
import { traceable } from './helpers.js';

/** Metric, value and deadline (or deadline month in the plan's year) of each target read in a plan of `year`. */
const dated = (text: string, year = 2024): unknown[][] => extractTargets(text, { year }).map((p) => [p.metric, p.value, p.deadline ?? p.deadlineMonth]);
/** Value and deadline of each target read in a plan of `year`. */
const due = (text: string, year = 2024): unknown[][] => extractTargets(text, { year }).map((p) => [p.value, p.deadline ?? p.deadlineMonth]);
/** The metrics read in a plan of `year`. */
const metrics = (text: string, year = 2024): string[] => extractTargets(text, { year }).map((p) => p.metric);

describe('a noun of more than three characters after the count of a list of levels', () => {
  test('市、县两级财政投入分别达到…: 市级财政投入, 县级财政投入, as 三级财政分别投入 gives', () => {
    assert.deepEqual(dated('市、县两级财政投入分别达到1000万元、500万元。'), [
      ['市级财政投入', 1000, undefined],
      ['县级财政投入', 500, undefined],
    ]);
    assert.deepEqual(metrics('市、縣兩級財政投入分別達到1000萬元、500萬元。'), ['市級財政投入', '縣級財政投入']);
    traceable('市、县两级财政投入分别达到1000万元、500万元。');
  });

  test('longer nouns up to ten characters: each level keeps the whole noun, none is dropped', () => {
    assert.deepEqual(metrics('省、市、县三级财政投入资金分别达到100万元、50万元、20万元。'), ['省级财政投入资金', '市级财政投入资金', '县级财政投入资金']);
    assert.deepEqual(metrics('市、县两级公共服务平台覆盖率分别达到90%、80%。'), ['市级公共服务平台覆盖率', '县级公共服务平台覆盖率']);
    // The three-character case, as before.
    assert.deepEqual(metrics('省、市、县三级示范点分别达到10个、5个、3个。'), ['省级示范点', '市级示范点', '县级示范点']);
  });
});

describe('a half of a year leading a clause', () => {
  test('2025年上半年…: due at the end of June of that year, no part of the metric', () => {
    assert.deepEqual(dated('2025年上半年新建5G基站2000个。'), [['新建5G基站', 2000, '2025-06-30']]);
    assert.deepEqual(dated('2025年上半年新建5G基站2000個。'), [['新建5G基站', 2000, '2025-06-30']]);
    assert.deepEqual(dated('全市2025年上半年新建5G基站2000个。'), [['全市新建5G基站', 2000, '2025-06-30']]);
    // With an ending (末前, 底, 内) as 上半年 alone takes.
    assert.deepEqual(dated('2025年上半年末前新建5G基站2000个。'), [['新建5G基站', 2000, '2025-06-30']]);
    // Of the plan's year: June of it.
    assert.deepEqual(dated('2025年上半年新建5G基站2000个。', 2025), [['新建5G基站', 2000, 6]]);
    traceable('2025年上半年新建5G基站2000个。');
  });

  test('2025年下半年…: due at the end of that year', () => {
    assert.deepEqual(dated('2025年下半年新建5G基站2000个。'), [['新建5G基站', 2000, '2025-12-31']]);
    assert.deepEqual(dated('2025年下半年新建5G基站2000个。', 2025), [['新建5G基站', 2000, undefined]]);
    assert.deepEqual(dated('2025年下半年末前新建5G基站2000个。'), [['新建5G基站', 2000, '2025-12-31']]);
    // With no year, the end of the plan's year, as 年底前 is; the 年末 of a half is no year's end of its own.
    assert.deepEqual(dated('下半年末前新建5G基站2000个。'), [['新建5G基站', 2000, 12]]);
    assert.deepEqual(dated('上半年末前新建5G基站2000个。'), [['新建5G基站', 2000, 6]]);
  });

  test('a later clause naming its own period is due at its end, in the half year\'s year', () => {
    assert.deepEqual(due('2025年上半年新建5G基站2000个,下半年新建3000个。'), [[2000, '2025-06-30'], [3000, '2025-12-31']]);
    assert.deepEqual(due('2025年上半年新建5G基站2000个,下半年新建3000个。', 2025), [[2000, 6], [3000, undefined]]);
    assert.deepEqual(due('2025年上半年新建5G基站2000个,三季度新建1000个。'), [[2000, '2025-06-30'], [1000, '2025-09-30']]);
    assert.deepEqual(due('2025年上半年新建5G基站2000个,三季度新建1000个。', 2025), [[2000, 6], [1000, 9]]);
  });

  test('a half of a past year is a past fact still', () => {
    assert.deepEqual(dated('2023年上半年新建5G基站2000个。'), []);
  });
});

describe('a range of months with no year leading a sentence', () => {
  test('1—6月…: the months of the plan\'s year, no part of the metric', () => {
    assert.deepEqual(dated('1-6月新建5G基站2000个。'), [['新建5G基站', 2000, 6]]);
    assert.deepEqual(dated('1—6月份新建5G基站2000个。'), [['新建5G基站', 2000, 6]]);
    assert.deepEqual(dated('全市1-6月新建5G基站2000个。'), [['全市新建5G基站', 2000, 6]]);
    // As 2024年1—6月 reads in a plan of 2024.
    assert.deepEqual(dated('2024年1-6月新建5G基站2000个。'), dated('1-6月新建5G基站2000个。'));
    traceable('1-6月新建5G基站2000个。');
  });

  test('a later clause naming its own period is due at its end', () => {
    assert.deepEqual(due('1-6月新建5G基站2000个,下半年新建3000个。'), [[2000, 6], [3000, undefined]]);
    assert.deepEqual(due('1-3月新建5G基站1000个,4-6月新建2000个。'), [[1000, 3], [2000, 6]]);
  });
});

describe('a year alone in a clause of its own before 全市', () => {
  test('2023年,全市新建…,2025年达到…: the later clause carries 全市5G基站, as without the comma', () => {
    for (const year of [2022, 2023, 2024]) {
      assert.deepEqual(dated('2023年,全市新建5G基站3000个,2025年达到5000个。', year), dated('2023年全市新建5G基站3000个,2025年达到5000个。', year), String(year));
    }
    assert.deepEqual(dated('2023年,全市新建5G基站3000个,2025年达到5000个。', 2022), [
      ['全市新建5G基站', 3000, '2023-12-31'],
      ['全市5G基站', 5000, '2025-12-31'],
    ]);
    assert.deepEqual(metrics('2023年，全市新建5G基站3000個，2025年達到5000個。'), ['全市5G基站']);
    traceable('2023年,全市新建5G基站3000个,2025年达到5000个。');
  });
});
