/**
 * Years inside a target's sentence that other cities write (review r50): a later year right before the bound or change
 * word (全市森林覆蓋率2025年達到30%) is the target's deadline, as 到2025年 is, and no part of its metric; a base year's
 * level (較2019年水平增長10%) is the base, not the metric. Before, the metric read 全市森林覆蓋率2025年 with the plan's
 * own deadline, and 全市旅遊收入較2019年水平.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each proposal of `text` in a plan of 2024 as its metric, comparator, value, deadline and base year. */
const read = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.deadline, p.baselineYear]);

describe('a year inside a target’s sentence', () => {
  test('a later year right before the bound or change word is the deadline, in both scripts', () => {
    assert.deepEqual(read('全市森林覆蓋率2025年達到30%。'), [['全市森林覆蓋率', 'atLeast', 30, '2025-12-31', undefined]]);
    assert.deepEqual(read('全市森林覆盖率2026年提高到32%以上。'), [['全市森林覆盖率', 'atLeast', 32, '2026-12-31', undefined]]);
    assert.deepEqual(read('规上工业增加值2025年增长8%。'), [['规上工业增加值', 'increaseBy', 8, '2025-12-31', undefined]]);
    traceable('全市森林覆蓋率2025年達到30%。');
  });

  test('the plan’s own year there is no deadline of its own, as the plan’s year leading a clause is not', () => {
    assert.deepEqual(read('全市森林覆蓋率2024年達到30%。').map(([metric, , , deadline]) => [metric, deadline]), [['全市森林覆蓋率', undefined]]);
    // 2023年 in a plan of 2024 states what was done: no target, as when it leads the sentence (past-facts.ts).
    assert.deepEqual(read('全市森林覆蓋率2023年達到28%,2025年達到30%。'), [['全市森林覆蓋率', 'atLeast', 30, '2025-12-31', undefined]]);
    // In a plan of unknown year, a later year reads as 到2025年 does.
    assert.deepEqual(extractTargets('全市森林覆蓋率2025年達到30%。').map((p) => [p.metric, p.deadline]), [['全市森林覆蓋率', '2025-12-31']]);
    // A base stays a base (比2025年, 較2020年) and a level's year stays its base (達到2020年的1.5倍).
    assert.deepEqual(read('全市旅遊收入比2023年增長10%。'), [['全市旅遊收入', 'increaseBy', 10, undefined, 2023]]);
  });

  test('such a year reads for its own value and clause only (review r53: later targets were dropped as past or made due in 2025)', () => {
    const values = (text: string) => extractTargets(text, { year: 2024 }).map((p) => p.value);
    assert.deepEqual(values('地区生产总值增长6%左右(2023年增长5.2%),一般公共预算收入增长5%,城镇新增就业3万人。'), [6, 5, 3]);
    assert.deepEqual(values('单位GDP能耗2023年下降3.2%、2024年下降3%。'), [3]);
    assert.deepEqual(read('全市森林覆盖率2025年达到30%,今年完成造林5万亩。').map(([, , value, deadline]) => [value, deadline]), [
      [30, '2025-12-31'],
      [5, undefined],
    ]);
    // The plan's year in words leading a later clause is the plan's deadline again (review r54).
    assert.deepEqual(read('全市森林覆盖率达到29%,2025年达到30%,今年完成造林5万亩。').map(([, , value, deadline]) => [value, deadline]), [
      [29, undefined],
      [30, '2025-12-31'],
      [5, undefined],
    ]);
    // A clause that names no metric of its own continues the one before, and its year (review r54), but not after 今年.
    assert.deepEqual(read('全市人均GDP2025年达到10万元,比2020年增长50%。').map(([, , value, deadline]) => [value, deadline]), [
      [10, '2025-12-31'],
      [50, '2025-12-31'],
    ]);
    assert.deepEqual(read('全市森林覆盖率2025年达到30%,今年达到28%。').map(([, , value, deadline]) => [value, deadline]), [
      [30, '2025-12-31'],
      [28, undefined],
    ]);
    // A later year keeps the sentence's base: 15% since 2020 by 2025, not a fall of 15% in one year.
    assert.deepEqual(read('全市单位GDP能耗比2020年下降13.5%,2025年下降15%。').map(([, , value, deadline, base]) => [value, deadline, base]), [
      [13.5, undefined, 2020],
      [15, '2025-12-31', 2020],
    ]);
  });

  test('a base year’s level (較2019年水平) is the base, not the metric', () => {
    assert.deepEqual(read('全市旅遊收入較2019年水平增長10%以上。'), [['全市旅遊收入', 'increaseBy', 10, undefined, 2019]]);
    assert.deepEqual(read('全市旅游收入较2019年的水平增长10%。'), [['全市旅游收入', 'increaseBy', 10, undefined, 2019]]);
    assert.deepEqual(read('全市旅遊收入較2019年水準增長10%。').map(([metric]) => metric), ['全市旅遊收入']);
    assert.deepEqual(read('全市旅游收入较2019年同期水平增长10%。').map(([metric]) => metric), ['全市旅游收入']);
  });
});
