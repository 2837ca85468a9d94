/**
 * Review r126 F6 (a regression of 3c6e092a): a slogan of two 一 is 一X一Y with no punctuation between (一戶一檔, 一企一策,
 * 一件事一次辦), and 一 starting a word (一般, 一起, 一直, 一步, 一定, 一些, 一體, 一樣) is no slogan's: a note that states
 * its own count of one beside another 一 (9月份新增一家,一家在建; 9月份新增一家一般企業) is read, not refused as a month's
 * figure.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthForTotal } from '../src/progress/month-figure.js';
import { csv, importFiles, plan } from './progress-import-helpers.js';

const target = (id: string) => plan.targets.find((t) => t.id === id)!;
const monthOf = (id: string, value: number, note: string) => monthForTotal(target(id), note, '2023-09-30', '2023-01-01', value);

describe('r126 F6: a count of one beside another 一 that makes no slogan is a figure of the note’s own', () => {
  test('一 after punctuation, and 一 starting a word: read, in both scripts', () => {
    for (const note of [
      '9月份新增一家,一家在建',
      '9月份新增一家，一家在建',
      '9月份新增一家一般企業',
      '9月份新增一家一般企业',
      '本月新增一項一起推進',
      '本月新增一家一直在建',
      '本月新增一項,一步到位',
      '本月新增一家一些在建',
      '本月新增一家一體推進',
      '本月新增一家一樣在建',
      '本月新增一家一定完成',
    ]) {
      assert.equal(monthOf('t05.3', 120, note), undefined, note);
    }
  });

  test('slogans of two 一 stay no figure: refused', () => {
    for (const note of ['本月數,一戶一檔', '本月數,一户一档', '本月新增,一企一策', '本月成交額,一件事一次辦']) assert.equal(monthOf('t05.3', 120, note), '2023-01-01', note);
  });

  test('through the import: the reviewer’s row is no month’s figure refused', async () => {
    const { problems } = await importFiles([csv('r126.csv', 't05.3,120,2023-09-30,"9月份新增一家,一家在建"')]);
    assert.ok(!problems.some((p) => p.code === 'monthForTotal'), problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  });
});
