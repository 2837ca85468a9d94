/**
 * Review r119 F2 (a regression of ed5b391f): a lone 一 before a measure word is a count of one (本月新增一項) only where it
 * stands alone; inside a word (統一台賬, 唯一, 第一次), in 一次性 and in a slogan of two 一 (一戶一檔, 一件事一次辦) it is no
 * figure of the note's own, so a one-month figure for a running total is refused there, as it was before ed5b391f.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthForTotal } from '../src/progress/month-figure.js';
import { csv, importFiles, plan } from './progress-import-helpers.js';

const target = (id: string) => plan.targets.find((t) => t.id === id)!;
const monthOf = (id: string, value: number, note: string) => monthForTotal(target(id), note, '2023-09-30', '2023-01-01', value);

describe('r119 F2: 一 inside a word before a measure word is no count of one', () => {
  test('統一台賬, 統一處理, 第一次, 一次性, 一戶一檔, 一件事一次辦 beside a month’s words: refused', () => {
    const notes = ['9月份用水量(統一台賬)', '9月份成交額(統一台賬口徑)', '本月一次性簽約', '9月份成交額,第一次統計', '本月成交额(统一台账)', '本月數,一戶一檔', '本月成交額,一件事一次辦', '本月成交額,統一處理'];
    for (const note of notes) assert.equal(monthOf('t01.2', 8, note), '2023-01-01', note);
    assert.equal(monthOf('t26.3', 1.6, '9月份用水量(統一台賬)'), '2023-01-01');
  });

  test('a count of one standing alone is still a figure of its own: read', () => {
    for (const note of ['本月新增一項', '本月簽約一家企業', '本月開通一條線路', '本月新增一项', '9月份完成一件']) assert.equal(monthOf('t01.2', 8, note), undefined, note);
  });

  test('through the import: the reviewer’s rows are refused as a month’s figure', async () => {
    const { problems } = await importFiles([csv('r119.csv', 't26.3,1.6,2023-09-30,9月份用水量(統一台賬)', 't01.2,8,2023-09-30,9月份成交額(統一台賬口徑)', 't01.2,8,2023-09-30,本月一次性簽約')]);
    assert.deepEqual(problems.map((p) => p.code), ['monthForTotal', 'monthForTotal', 'monthForTotal']);
  });
});
