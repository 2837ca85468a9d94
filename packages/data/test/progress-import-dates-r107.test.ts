/**
 * F262 (review r107 M3, M4): a report's date set by a few rows, beside rows of an earlier month. A row of May beside
 * June's rows and one row of 5 July (the day the sheet was sent) was told to take the date 2023-07-05 while the advice
 * on the lone date told June's rows to stay at 2023-06-30 (M3). Last month's sheet kept in the workbook beside this
 * month's was told to move June's rows onto May, and the row of May to count as 本期未報 was no longer named (M4).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { dzPlanHere } from './helpers.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r107-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const header = ['指標編號', '完成值', '截至日期'];

/** Writes a workbook of the sheets given (name → rows of target, value, date). */
async function book(file: string, sheets: Record<string, readonly (readonly (string | number)[])[]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows([header, ...rows.map((r) => [...r])]);
  await workbook.xlsx.writeFile(at(file));
  return at(file);
}

describe('M3: a row of an earlier month beside a lone report date', () => {
  const rows = [
    ['t01.1', 10, '2023-06-30'],
    ['t01.2', 10, '2023-06-30'],
    ['t01.3', 10, '2023-06-30'],
    ['t09.1', 1500, '2023-07-05'],
    ['t23.6', 80, '2023-05-31'],
  ] as const;

  test('is told against the usual date, never onto the lone date the advice calls a possible slip', async () => {
    const file = await book('m3.xlsx', { 六月: rows });
    const r = await dzPlanHere('progress', 'import', file, '-o', at('m3.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /改為 2023-07-05/u);
    assert.match(
      r.stderr,
      /^m3\.xlsx 工作表「六月」:第 6 行\(t23\.6\)的日期 2023-05-31 早於本期多數數值的日期 2023-06-30:評定時作為本期未報;如是截至 2023-06-30 的數值,請把日期改為 2023-06-30;如確是截至 2023-05-31 的數值\(如滯後一個月的統計\),可照樣匯入,本期記為未報$/mu,
    );
    assert.match(r.stderr, /^報告的日期是 2023-07-05,只有 t09\.1 是這一天的數值,另有 3 個在 2023-06-30:如果 2023-07-05 是打錯的日期/mu);
    const en = await dzPlanHere('progress', 'import', file, '-o', at('m3-en.json'), '--lang', 'en');
    assert.equal(en.status, 0, en.stderr);
    assert.doesNotMatch(en.stderr, /date (it|them) 2023-07-05/);
    assert.match(en.stderr, /row 6 \(t23\.6\) dated 2023-05-31, before 2023-06-30, the date most readings stand at: judged not reported this period; if it is the figure as of 2023-06-30, date it 2023-06-30;/);
  });
});

describe('M4: last month’s sheet kept beside this month’s', () => {
  const sheets = {
    五月: [
      ['t01.1', 10, '2023-05-31'],
      ['t01.2', 10, '2023-05-31'],
      ['t23.6', 80, '2023-05-31'],
    ],
    六月: [
      ['t01.1', 12, '2023-06-30'],
      ['t01.2', 12, '2023-06-30'],
    ],
  } as const;

  test('is said to be likely last month’s sheet, the row to count 本期未報 named, no row told to move', async () => {
    const file = await book('m4.xlsx', sheets);
    const r = await dzPlanHere('progress', 'import', file, '-o', at('m4.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /改為 2023-05-31|打錯/u);
    assert.match(
      r.stderr,
      /^報告的日期是 2023-06-30,另有 3 個數值在 2023-05-31,是 m4\.xlsx 工作表「五月」的全部數值:像是保留下來的上月的表;照樣匯入時,這些數值列入歷次填報;如是本期的表,請改正其日期$/mu,
    );
    assert.match(r.stderr, /^m4\.xlsx 工作表「五月」:第 4 行\(t23\.6\)的日期 2023-05-31 早於報告的日期 2023-06-30:評定時作為本期未報/mu);
    const en = await dzPlanHere('progress', 'import', file, '-o', at('m4-en.json'), '--lang', 'en');
    assert.match(en.stderr, /3 other readings stand at 2023-05-31, all those of m4\.xlsx, sheet 五月: likely last month's sheet kept;/);
    assert.match(en.stderr, /m4\.xlsx, sheet 五月: row 4 \(t23\.6\) dated 2023-05-31/);
  });

  test('two units’ sheets of different targets are no month’s sheet kept: the slip advice, the rows named', async () => {
    const a = await book('a.xlsx', { 進度: [['t22.1', 10, '2023-06-30'], ['t48.1', 5, '2023-06-30'], ['t23.1', 80, '2023-06-30']] });
    const b = await book('b.xlsx', { 進度: [['t09.1', 2100, '2023-07-05']] });
    const r = await dzPlanHere('progress', 'import', a, b, '-o', at('ab.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /上月的表/u);
    assert.match(r.stderr, /如果 2023-07-05 是打錯的日期.*2023-06-30 的 3 個數值評定時作為本期未報\(a\.xlsx 工作表「進度」第 2、3、4 行:t22\.1、t48\.1、t23\.1\)$/mu);
  });
});
