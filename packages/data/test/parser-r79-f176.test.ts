/**
 * Review r79's findings near the sentences of F165 and F173 (F176). 城乡 in one item of a 分别 list that 和 splits
 * invented urban and rural metrics; a clause of 完成 alone continued a target of 开工 or the total before 其中; 新开工
 * lost 新开 and left 工 in a later metric; 保持 made a yearly flow (年接待游客…人次) a level held; and 百分之百 before
 * the noun it measures (实现行政村百分之百通硬化路) read 实现行政村 as a rate.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and measure; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.measure]);
const metrics = (text: string) => read(text).targets.map((t) => t[0]);

describe('review r79: targets of other cities', () => {
  test('城乡 in an item that 和 splits pairs by the split, not by the urban and the rural', () => {
    for (const text of ['城乡居民养老保险和医疗保险参保率分别达到95%、98%。', '城乡居民人均可支配收入和消费支出分别增长6%、5%。']) {
      const named = metrics(text);
      assert.equal(named.length, 2, text);
      for (const metric of named) assert.doesNotMatch(metric as string, /城镇|农村/, text);
    }
    assert.deepEqual(metrics('城乡居民人均可支配收入和消费支出分别增长6%、5%。')[0], '城乡居民人均可支配收入');
    // What stays: one item of no joiner names the urban's, then the rural's (F165).
    assert.deepEqual(metrics('城乡居民人均可支配收入分别增长5.5%、7%。'), ['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  test('完成 alone continues the target before only with a deadline of its own, never after 开工 or inside 其中', () => {
    assert.deepEqual(metrics('开工改造老旧小区100个，完成50个。'), ['开工改造老旧小区', '完成']);
    assert.deepEqual(metrics('新建5G基站2000个，其中完成300个。'), ['新建5G基站', '5G基站完成']);
    assert.deepEqual(metrics('新建5G基站2000个，完成300个。'), ['新建5G基站', '完成']);
    assert.deepEqual(metrics('开工改造老旧小区100个，6月底前完成50个。'), ['开工改造老旧小区', '完成']);
    // What stays: a deadline of its own (F165).
    const { targets } = extractTargetsAndUnread('新建5G基站2000个，6月底前完成300个。', { year: 2024 });
    assert.deepEqual(targets.map((t) => [t.metric, t.value, t.deadlineMonth]), [
      ['新建5G基站', 2000, undefined],
      ['新建5G基站', 300, 6],
    ]);
  });

  test('新开工 is a verb whole: a later word alone is of 重点项目, never of 工重点项目', () => {
    assert.deepEqual(metrics('新开工重点项目200个，完工120个。'), ['新开工重点项目', '重点项目完工']);
    assert.deepEqual(metrics('新开工重点项目200个，总数达到500个。'), ['新开工重点项目', '重点项目总数']);
    // What stays: 新开 before a noun goes as a verb.
    assert.deepEqual(metrics('新开国际航线5条，总数达到20条。'), ['新开国际航线', '国际航线总数']);
  });

  test('保持 holds a level of things counted, not a yearly flow (年…, 人次)', () => {
    assert.deepEqual(read('年接待游客保持3000万人次以上。').targets, [['年接待游客', 'atLeast', 3000, '万人次', 'flow']]);
    assert.deepEqual(read('接待游客保持3000万人次以上。').targets[0]![4], 'flow');
    assert.deepEqual(read('年新增市场主体保持5万户以上。').targets[0]![4], 'flow');
    // What stays: things held (F173).
    assert.deepEqual(read('城市信用监测排名前50位的城市保持8个以上。').targets, [['城市信用监测排名前50位的城市', 'atLeast', 8, '个', 'level']]);
  });

  test('百分之百 before the noun it measures, after a verb and a place alone, is said, not read', () => {
    assert.deepEqual(read('实现行政村百分之百通硬化路。'), { targets: [], unread: [['shareNoMetric', '百分之百']] });
    assert.deepEqual(read('实现行政村百分之百。'), { targets: [], unread: [['shareNoMetric', '百分之百']] });
    // What stays: a share in words after its metric (F165).
    assert.deepEqual(read('行政村通硬化路比例达到百分之百。').targets, [['行政村通硬化路比例', 'atLeast', 100, '%', 'rate']]);
    assert.deepEqual(read('森林覆盖率达到百分之三十。').targets, [['森林覆盖率', 'atLeast', 30, '%', 'rate']]);
  });
});
