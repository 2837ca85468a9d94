/**
 * A department's spreadsheets through the import, from a review as the supervision office reads it (r57): a row dated
 * after its target's deadline, kept for the history beside a reading by the deadline, is said (a year-end sheet dated
 * the day it was filled in would otherwise publish every target as not reported, with no word from the import).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProgressReport } from '../src/index.js';
import { csv, importFiles, inEach, plan } from './progress-import-helpers.js';

describe('a row dated after its target’s deadline, kept for the history, is a warning', () => {
  test('beside a reading by the deadline in the sheets: kept, and said with where, the date and the deadline, in each language', async () => {
    const results = await inEach([csv('q4.csv', 't03.1,100,2023-12-31,', 't03.1,104,2024-01-10,')]);
    for (const result of Object.values(results)) {
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.report?.entries.map((e) => [e.target, e.value]), [['t03.1', 100], ['t03.1', 104]], 'kept, as before');
      assert.deepEqual(
        result.warnings.map((w) => [w.code, w.file, w.sheet, w.row, w.column, w.text]),
        [['pastDeadline', 'q4.csv', undefined, 3, '截至日期', '2024-01-10']],
      );
    }
    assert.equal(
      results['zh-Hant'].warnings[0]!.message,
      'q4.csv 第 3 行「截至日期」欄:日期 2024-01-10 晚於完成時限 2023-12-31:此數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 2023-12-31',
    );
    assert.equal(
      results['zh-Hans'].warnings[0]!.message,
      'q4.csv 第 3 行“截至日期”列:日期 2024-01-10 晚于完成时限 2023-12-31:此数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 2023-12-31',
    );
    assert.equal(
      results.en.warnings[0]!.message,
      "q4.csv, row 3, 截至日期: 2024-01-10 is after the target's deadline, 2023-12-31: the figure is kept in the history only and judges nothing; if it is the figure as of the deadline, date it 2023-12-31",
    );
  });

  test('backed by the report appended to, alike; the kept late rows of one sheet, date and deadline are one warning naming them, at the first one\u2019s place', async () => {
    const into: ProgressReport = { plan: plan.id, asOf: '2023-09-30', entries: [{ target: 't03.1', value: 90 }, { target: 't09.1', value: 2000 }] };
    const result = await importFiles([csv('q4-jan.csv', 't03.1,104,2024-01-10,', ',,,注:以上數據未經審核', 't09.1,2300,2024-01-10,')], 'en', { appendTo: into });
    assert.deepEqual(result.problems, []);
    // Review r58 H1: a year-end sheet dated in January gave one identical line per row (158 for a whole sheet).
    assert.deepEqual(result.warnings.map((w) => [w.row, w.rows, w.code]), [[undefined, [2, 4], 'pastDeadline'], [3, undefined, 'noteOnly']]);
    assert.match(result.warnings[0]!.message, /^q4-jan\.csv: rows 2 and 4: 2024-01-10 is after their targets' deadline, 2023-12-31: the figures are kept in the history only/);
  });

  test('a late row refused (nothing by the deadline) is a problem, not also a warning; a second row of the same reading is said once', async () => {
    const alone = await importFiles([csv('q4.csv', 't03.1,104,2024-01-10,')]);
    assert.deepEqual(alone.problems.map((p) => p.code), ['afterDeadline']);
    assert.deepEqual(alone.warnings, []);
    const twice = await importFiles([csv('a.csv', 't03.1,100,2023-12-31,', 't03.1,104,2024-01-10,甲'), csv('b.csv', 't03.1,104,2024-01-10,乙')]);
    assert.deepEqual(twice.problems, []);
    assert.deepEqual(twice.warnings.map((w) => [w.file, w.row, w.code]), [['a.csv', 3, 'pastDeadline']]);
  });

  test('a row by the deadline says nothing', async () => {
    // Both at the deadline: a row of 09-30 beside them would stand before its deadline in a report dated 12-31, said
    // (`beforeDeadline`, r100 M4: year-end-late-r100.test.ts).
    const result = await importFiles([csv('q4.csv', 't03.1,100,2023-12-31,', 't09.1,2100,2023-12-31,')]);
    assert.deepEqual([result.problems, result.warnings], [[], []]);
  });
});

describe('two rows giving different values for one target and date: the problem names the target and both values', () => {
  test('in each language, with no stray space (第 2 行 的); neither row is kept (r57 M1)', async () => {
    const results = await inEach([csv('a.csv', 't09.1,2100,2023-06-30,'), csv('b.csv', 't09.1,2200,2023-06-30,')]);
    // Review r57 M1: neither value is kept, so the first row is a conflict too, naming the second.
    assert.deepEqual(
      Object.values(results).map((r) => r.problems.map((p) => [p.file, p.row, p.code, p.text])),
      [0, 1, 2].map(() => [['a.csv', 2, 'conflict', '2100'], ['b.csv', 2, 'conflict', '2200']]),
    );
    assert.equal(results['zh-Hant'].problems[1]!.message, 'b.csv 第 2 行「完成值」欄:t09.1 同一日期有兩個數值:本行 2200,a.csv 第 2 行 2100:請兩單位核定一個數');
    assert.equal(results['zh-Hans'].problems[1]!.message, 'b.csv 第 2 行“完成值”列:t09.1 同一日期有两个数值:本行 2200,a.csv 第 2 行 2100:请两单位核定一个数');
    assert.equal(
      results.en.problems[1]!.message,
      'b.csv, row 2, 完成值: a different value than a.csv, row 2 (2,100) for the same target and date: t09.1 is 2,200 here; the units are to agree on one figure',
    );
  });
});
