/**
 * F92 (review r60 Low 3, Low 5, Low 6 leftovers): the older scale check's conversion names the unit it converts from
 * (23500 for 234萬立方米 is 2.35萬 only as 23500立方米), a share's example for text that is no number is a share
 * (三分之一 was told 2100 或 2.1萬), and a month's end written 2023.6月底 is hinted as 2023年6月底 is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeReadingProblem } from '../src/reading-problems.js';
import { csv, importFiles, plan } from './progress-import-helpers.js';

const target = (id: string) => plan.targets.find((t) => t.id === id)!;

describe('F92: import leftovers of review r60', () => {
  test('Low 3: the x100 check converts from the base unit, in every language and for every caller', async () => {
    const water = target('t26.2');
    const problem = { code: 'wrongScale', value: 23500, suggestion: 2.35 } as const;
    assert.match(describeReadingProblem(problem, water, 'zh-Hant'), /:23500立方米 即 2\.35萬立方米$/);
    assert.match(describeReadingProblem(problem, water, 'zh-Hans'), /:23500立方米 即 2\.35万立方米$/);
    assert.match(describeReadingProblem(problem, water, 'en'), /; for 23,500 m³, write 2\.35$/);
    const result = await importFiles([csv('a.csv', 't26.2,23500,2023-06-30,')], 'zh-Hant');
    assert.match(result.problems[0]!.message, /23500立方米 即 2\.35萬立方米$/);
  });

  test('Low 3: a figure written in the target\'s own unit is not said to be in the base unit', async () => {
    for (const text of ['23500萬立方米', '23500万立方米']) {
      const result = await importFiles([csv('a.csv', `t26.2,${text},2023-06-30,`)], 'zh-Hant');
      assert.equal(result.problems.length, 1);
      assert.doesNotMatch(result.problems[0]!.message, /即 2\.35/, text);
      assert.match(result.problems[0]!.message, /100 倍/);
    }
  });

  test('Low 5: text that is no number for a share of a set gets a share for its example', async () => {
    for (const [lang, example] of [['zh-Hant', /如 36\.4%$/], ['zh-Hans', /如 36\.4%$/], ['en', /such as 36\.4%$/]] as const) {
      const result = await importFiles([csv('a.csv', 't63.2,三分之一,2023-06-30,')], lang);
      assert.match(result.problems[0]!.message, example, lang);
      assert.doesNotMatch(result.problems[0]!.message, /2100/);
    }
  });

  test('Low 6: 2023.6月底 is hinted as 2023年6月底 is', async () => {
    for (const text of ['2023.6月底', '2023-6月底', '2023/06月底前', '2023年6月底']) {
      const result = await importFiles([csv('a.csv', `t04.1,10,${text},`)], 'en');
      assert.match(result.problems[0]!.message, /is a period, not a date: write its last day, such as 2023-06-30$/, text);
    }
  });
});
