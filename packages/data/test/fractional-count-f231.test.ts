/**
 * F231 (review r93 L7): a count of whole things (個, 家, 處…: the classifiers of `unpaced.ts`) read with a fraction
 * (t02.2 國家企業技術中心 0.5個, t02.4 新型研發機構 2.5家) was imported without a word. No such thing comes in halves:
 * the row is read as written (the import does not guess what was meant) and warned of. A figure in 萬 is no such count.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csv, inEach } from './progress-import-helpers.js';

describe('r93 L7: a fraction of a count of whole things', () => {
  test('0.5個 and 2.5家 are warned of in three languages; 3個 and 0.06萬家 (600家) are not', async () => {
    const file = csv('q2.csv', 't02.2,0.5,2023-06-30,', 't02.4,2.5,2023-06-30,', 't01.3,3,2023-06-30,', 't03.2,0.06萬,2023-06-30,');
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems, []);
    assert.equal(results.en.accepted, 4);
    assert.deepEqual(results.en.warnings.map((w) => [w.code, w.row, w.text]), [['fractionalCount', 2, '0.5'], ['fractionalCount', 3, '2.5']]);
    assert.match(results.en.warnings[0]!.message, /^q2\.csv, row 2, 完成值: t02\.2 reads 0\.5, not a whole number, but .* counted whole/);
    assert.match(results['zh-Hant'].warnings[1]!.message, /t02\.4 填了 2\.5,不是整數:以「家」計/);
    assert.match(results['zh-Hans'].warnings[1]!.message, /t02\.4 填了 2\.5,不是整数:/);
  });
});
