/**
 * F257 (review r106 M1, M2): the dates of `progress import`. A row of this period's sheet dated a month earlier (a
 * statistic that lags a month) was imported with no word, and the summary then listed it as 本期未報; the advice for a
 * report date set by a few rows (`--as-of` the usual date) led to a refusal: rows dated after `--as-of` are problems.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { dzPlanHere } from './helpers.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r106-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

/** Writes a workbook of one sheet (`name`) with a header and `rows` (target, value, date, note). */
async function sheet(file: string, name: string, rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(name).addRows([['指標編號', '完成值', '截至日期', '備註'], ...rows.map((r) => [...r])]);
  await book.xlsx.writeFile(at(file));
  return at(file);
}

describe('M1: a row dated before the report’s date (a statistic that lags a month)', () => {
  const june = [
    ['t22.1', 10, '2023-06-30'],
    ['t48.1', 5, '2023-06-30'],
    ['t23.6', 75.2, '2023-05-31', '統計數據滯後一個月'],
  ] as const;

  test('is named with its sheet, row, target and dates, said to count as 本期未報, with both ways out', async () => {
    const file = await sheet('s9.xlsx', '六月', june);
    const r = await dzPlanHere('progress', 'import', file, '-o', at('s9.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /^s9\.xlsx 工作表「六月」:第 4 行\(t23\.6\)的日期 2023-05-31 早於報告的日期 2023-06-30:評定時作為本期未報;如是截至 2023-06-30 的數值,請把日期改為 2023-06-30;如確是截至 2023-05-31 的數值\(如滯後一個月的統計\),可照樣匯入,本期記為未報$/mu,
    );
    // The summary says what the import said: one rule.
    const summary = await dzPlanHere('progress', 'summary', at('s9.json'), '--unit', '商務局');
    assert.match(summary.stdout, /本期未報\(1 個\)\n {2}t23\.6 /u);
    const en = await dzPlanHere('progress', 'import', file, '-o', at('s9-en.json'), '--lang', 'en');
    assert.match(
      en.stderr,
      /^s9\.xlsx, sheet 六月: row 4 \(t23\.6\) dated 2023-05-31, before the report's date, 2023-06-30: judged not reported this period; if it is the figure as of 2023-06-30, date it 2023-06-30; if it is the figure as of 2023-05-31 \(a statistic that lags a month\), it may stay as it is, and the target counts as not reported this period$/m,
    );
  });

  test('following the advice (the figure dated the period’s date) leaves nothing to say, and the summary lists none', async () => {
    const file = await sheet('s9-fixed.xlsx', '六月', june.map((r) => [r[0], r[1], '2023-06-30']));
    const r = await dzPlanHere('progress', 'import', file, '-o', at('s9-fixed.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /本期未報/u);
    assert.match((await dzPlanHere('progress', 'summary', at('s9-fixed.json'), '--unit', '商務局')).stdout, /本期未報\(0 個\)/u);
  });

  test('with --as-of later than the rows, each row is named too', async () => {
    const file = await sheet('s9-asof.xlsx', '六月', [['t22.1', 10, '2023-06-30']]);
    const r = await dzPlanHere('progress', 'import', file, '-o', at('s9-asof.json'), '--as-of', '2023-07-31', '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /row 2 \(t22\.1\) dated 2023-06-30, before the report's date, 2023-07-31: judged not reported this period/);
  });
});

describe('M2: a report date set by a few rows (the submission date typed)', () => {
  const commerce = [
    ['t22.1', 10, '2023-06-30'],
    ['t48.1', 5, '2023-06-30'],
    ['t23.1', 80, '2023-06-30'],
    ['t23.2', 3, '2023-06-30'],
  ] as const;

  test('the advice leads to an import that succeeds: correct the rows, or keep them and the later date', async () => {
    const a = await sheet('商務局.xlsx', '進度', commerce);
    const b = await sheet('工信局.xlsx', '進度', [['t09.1', 2100, '2023-07-05'], ['t09.4', 300, '2023-07-05']]);
    const r = await dzPlanHere('progress', 'import', a, b, '-o', at('m2.json'));
    assert.equal(r.status, 0, r.stderr);
    const advice = r.stderr.split('\n').find((line) => line.startsWith('報告的日期是 2023-07-05'));
    assert.ok(advice, r.stderr);
    assert.match(
      advice,
      /:如果 2023-07-05 是打錯的日期\(如填了報送的日期\),請改正這些行的日期\(如改為 2023-06-30\);如確是截至 2023-07-05 的數值,可照樣匯入,報告以 2023-07-05 為準,2023-06-30 的 4 個數值評定時作為本期未報\(商務局\.xlsx 工作表「進度」第 2、3、4、5 行:t22\.1、t48\.1、t23\.1、t23\.2\)$/u,
    );
    // The rows at the usual date are named in the advice (F262, review r107 M4), not again one by one.
    assert.doesNotMatch(r.stderr, /早於報告的日期/u);
    // The advice offers no --as-of (review r107 L3: a loop over the --as-of it gave ran over none): the one it gave,
    // the usual date, is refused, the rows at the lone date being after it.
    assert.doesNotMatch(r.stderr, /--as-of/u);
    const refused = await dzPlanHere('progress', 'import', a, b, '-o', at('m2-as-of.json'), '--as-of', '2023-06-30');
    assert.equal(refused.status, 1, 'the --as-of the old advice gave is refused: why it is no longer given');
    // The rows corrected as advised: imported at the period's date, nothing to say of the dates.
    const fixed = await sheet('工信局-fixed.xlsx', '進度', [['t09.1', 2100, '2023-06-30'], ['t09.4', 300, '2023-06-30']]);
    const corrected = await dzPlanHere('progress', 'import', a, fixed, '-o', at('m2-fixed.json'));
    assert.equal(corrected.status, 0, corrected.stderr);
    assert.doesNotMatch(corrected.stderr, /報告的日期是|早於報告的日期/u);
    assert.equal(JSON.parse(readFileSync(at('m2-fixed.json'), 'utf8')).asOf, '2023-06-30');
  });

  test('in English, the advice offers no --as-of the import would refuse', async () => {
    const a = await sheet('commerce.xlsx', 'progress', commerce);
    const b = await sheet('industry.xlsx', 'progress', [['t09.1', 2100, '2023-07-05'], ['t09.4', 300, '2023-07-05']]);
    const r = await dzPlanHere('progress', 'import', a, b, '-o', at('m2-en.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /--as-of 2023-06-30/);
    assert.match(
      r.stderr,
      /the report stands at 2023-07-05, the date of t09\.1, t09\.4 only; 4 other readings stand at 2023-06-30: if 2023-07-05 is a slip \(the day the sheet was sent\), correct those rows' dates \(to 2023-06-30, say\); if they are figures as of 2023-07-05, they may stay, the report stands at 2023-07-05, and the 4 readings at 2023-06-30 are judged not reported this period \(commerce\.xlsx, sheet progress, rows 2, 3, 4 and 5: t22\.1, t48\.1, t23\.1, t23\.2\)/,
    );
    const refused = await dzPlanHere('progress', 'import', a, b, '-o', at('m2-refused.json'), '--as-of', '2023-06-30', '--lang', 'en');
    assert.equal(refused.status, 1, 'what the old advice led to: why it is no longer given');
  });
});
