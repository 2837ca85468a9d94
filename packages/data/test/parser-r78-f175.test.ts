/**
 * Review r78's findings on other cities' targets left by F173 (F175). A metric that opens with a name in quotes
 * (“四新”经济增加值) lost its opening quote and kept the closing one; 分别 opening a clause after clauses that state
 * their own targets (接待游客8000万人次,实现旅游收入800亿元,分别增长10%、12%) paired its values with nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit, measure and quote; and whether its subject is unknown. */
const read = (text: string) => {
  traceable(text);
  return extractTargetsAndUnread(text, { year: 2024 }).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.measure, t.quote, t.subjectUnknown ?? false]);
};
const metrics = (text: string) => read(text).map((t) => t[0]);

describe('review r78: targets of other cities (F175)', () => {
  test('a metric that opens with a name in quotes keeps both its quote marks', () => {
    assert.deepEqual(read('“四新”经济增加值占地区生产总值比重达到35%。'), [
      ['“四新”经济增加值占地区生产总值比重', 'atLeast', 35, '%', 'rate', '“四新”经济增加值占地区生产总值比重达到35%', false],
    ]);
    assert.deepEqual(metrics('“5G+工业互联网”应用标杆达到10个。'), ['“5G+工业互联网”应用标杆']);
    // What stays: a quote mark whose pair is not in the metric is none of it (a long quote of the plan's words).
    assert.deepEqual(metrics('“全市新增城镇就业1万人以上，城镇登记失业率控制在4%以内，确保就业形势总体稳定”。'), ['全市新增城镇就业', '城镇登记失业率']);
  });

  test('分别 opening its clause pairs its values with the targets its sentence stated before, in order', () => {
    assert.deepEqual(read('全年接待游客8000万人次，实现旅游收入800亿元，分别增长10%、12%。'), [
      ['接待游客', 'exact', 8000, '万人次', 'flow', '接待游客8000万人次', false],
      ['实现旅游收入', 'exact', 800, '亿元', 'flow', '实现旅游收入800亿元', false],
      ['接待游客', 'increaseBy', 10, '%', 'growth', '10%', false],
      ['实现旅游收入', 'increaseBy', 12, '%', 'growth', '12%', false],
    ]);
    // Named as a growth after one target is (接待游客8000万人次,增长10%).
    assert.deepEqual(read('全年接待游客8000万人次，增长10%。')[1]?.slice(0, 5), ['接待游客', 'increaseBy', 10, '%', 'growth']);
  });

  test('分别 whose values are not as many as the targets before it pairs nothing: said, as before', () => {
    const three = read('全年接待游客8000万人次，实现旅游收入800亿元，分别增长10%、12%、15%。');
    assert.deepEqual(three.slice(2).map((t) => [t[0], t[2], t[6]]), [['', 10, true], ['', 12, true], ['', 15, true]]);
    // A target of an earlier sentence is none of this one's.
    const split = read('全年接待游客8000万人次。实现旅游收入800亿元，分别增长10%、12%。');
    assert.deepEqual(split.slice(1).map((t) => [t[0], t[2], t[6]]), [['实现旅游收入', 800, false], ['', 10, true], ['', 12, true]]);
    // Two targets of one clause are a list of values, no clauses to pair with (extract-targets.test.ts).
    assert.deepEqual(read('完成投资10亿元、新增就业1000人，分别增长15%、20%。').slice(2).map((t) => [t[0], t[6]]), [['', true], ['', true]]);
    // The subjects of its own, a 、-list before it, still pair first.
    assert.deepEqual(metrics('全年接待游客8000万人次，一般公共预算收入、税收收入，分别增长15%、20%。'), ['接待游客', '一般公共预算收入', '税收收入']);
  });
});
