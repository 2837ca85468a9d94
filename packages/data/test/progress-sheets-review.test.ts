/**
 * Progress sheets from a clerk review: a value merged over two targets' rows, a formula saved without its result, a
 * second pair of value and date columns, an escaped literal % (`0\%`), a hidden worksheet, a web page saved as .xls,
 * and target ids written as people write them. Each was read silently, or with a message the clerk could not act on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { workbook } from './workbook.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';

const plan = dezhouPlan;
const today = '2026-12-01';
const utf8 = (text: string) => new TextEncoder().encode(text);
const importFiles = (files: Parameters<typeof importProgressFiles>[0], lang: 'en' | 'zh-Hant' | 'zh-Hans' = 'en', asOf?: string) =>
  importProgressFiles(files, plan, { lang, today, ...(asOf ? { asOf } : {}) });

describe('merged cells', () => {
  test('a value merged over two targets’ rows is a problem of both rows, named by its range, in each language', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 1000, '2023-06-30']);
      sheet.addRow(['t09.3', null, '2023-06-30']);
      sheet.addRow(['t09.2', 60, '2023-06-30']);
      sheet.mergeCells('B2:B3');
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.column, p.code]), [[2, '完成值', 'mergedValue'], [3, '完成值', 'mergedValue']]);
    assert.match(result.problems[0]!.message, /B2:B3 .*merged.*unmerge/);
    assert.deepEqual(result.report!.entries.map((e) => e.target), ['t09.2']);
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      const [first] = (await importFiles([file], lang)).problems;
      assert.match(first!.message, /B2:B3 合并单元格|B2:B3 合併儲存格/);
      assert.match(first!.message, /取消合[併并]/);
    }
  });

  test('a value and date merged over a target’s row and the continued line under it are that row’s: no problem, no row of its own (code review)', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '備註']);
      sheet.addRow(['t09.1', '新開通5G基站', 2100, '2023-06-30', '上半年']);
      sheet.addRow([null, '(續)', null, null, null]);
      sheet.mergeCells('C2:C3');
      sheet.mergeCells('D2:D3');
      sheet.mergeCells('E2:E3');
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.report!.entries, [{ target: 't09.1', value: 2100, note: '上半年' }]);
  });

  test('a value merged over two rows with ids and a line with none: the two rows are problems (rows, not targets: two dates of one target too), the line is no unknown target', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 1000, '2023-03-31']);
      sheet.addRow(['t09.1', null, '2023-06-30']);
      sheet.addRow([null, null, null, '']);
      sheet.getCell('D4').value = '見附表';
      sheet.mergeCells('B2:B4');
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'mergedValue'], [3, 'mergedValue']]);
    assert.match(result.problems[0]!.message, /B2:B4 is one merged value over 2 rows with a target id/);
  });

  test('a date or note merged over several rows is the master cell’s for each row; a value merged over a row with no id is the master row’s', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期', '備註']);
      sheet.addRow(['t09.1', 2100, '2023-06-30', '上半年']);
      sheet.addRow(['t09.2', 60, null, null]);
      sheet.addRow(['t09.3', 40, null, null]);
      sheet.addRow(['t04.3', 2.1, '2023-06-30']);
      sheet.addRow([null, null, null]);
      sheet.mergeCells('C2:C4');
      sheet.mergeCells('D2:D4');
      sheet.mergeCells('B5:B6');
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries, [
      { target: 't09.1', value: 2100, note: '上半年' },
      { target: 't09.2', value: 60, note: '上半年' },
      { target: 't09.3', value: 40, note: '上半年' },
      { target: 't04.3', value: 2.1 },
    ]);
  });
});

describe('a formula saved without its result', () => {
  test('in the value or the date column is its own problem: recalculate in Excel and save', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', { formula: 'E2*2' }, '2023-06-30']);
      sheet.addRow(['t09.2', { formula: 'E3*2' }]);
      sheet.addRow(['t09.3', 40, { formula: 'DATE(2023,6,30)' }]);
      sheet.addRow(['t04.3', { formula: 'E5', result: 2.1 }, { formula: 'DATE(2023,6,30)', result: new Date('2023-06-30T00:00:00Z') }]);
    });
    const result = await importFiles([file], 'en', '2023-06-30');
    assert.deepEqual(result.problems.map((p) => [p.row, p.column, p.code, p.text]), [
      [2, '完成值', 'formulaNoResult', '=E2*2'],
      [3, '完成值', 'formulaNoResult', '=E3*2'],
      [4, '截至日期', 'formulaNoResult', '=DATE(2023,6,30)'],
    ]);
    assert.match(result.problems[0]!.message, /no computed result.*recalculate.*save/i);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t04.3', 2.1]]);
    assert.match((await importFiles([file], 'zh-Hant', '2023-06-30')).problems[0]!.message, /公式.*重新計算.*儲存/);
  });
});

test('two value columns or two date columns (a pair per quarter) are a problem naming both, not the second pair dropped', async () => {
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指標編號', '完成值', '截至日期', '完成值', '截至日期']);
    sheet.addRow(['t09.1', 1000, '2023-03-31', 2100, '2023-06-30']);
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[1, 'duplicateColumn'], [1, 'duplicateColumn']]);
  assert.match(result.problems[0]!.message, /two "完成值" columns \(B and D\)/);
  assert.match(result.problems[1]!.message, /two "截至日期" columns \(C and E\)/);
  assert.match((await importFiles([file], 'zh-Hans')).problems[0]!.message, /B 列、D 列/);
  assert.equal(result.report, undefined);
});

test('an escaped % in a number format (0\\%, 0.0\\%) writes the sign: the value is the number as shown, as with 0.0"%"', async () => {
  const growth = plan.targets.find((t) => t.measure === 'growth' && t.unit === '%')!;
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指标编号', '完成值', '截至日期']);
    sheet.addRow(['t38.3', 97.3, '2023-06-30']).getCell(2).numFmt = '0.0\\%';
    sheet.addRow([growth.id, 8, '2023-06-30']).getCell(2).numFmt = '0\\%';
    sheet.addRow(['t26.7', 85, '2023-06-30']).getCell(2).numFmt = '0"%"';
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t38.3', 97.3], [growth.id, 8], ['t26.7', 85]]);
});

test('hidden and very hidden worksheets are skipped, and named in hiddenSheets', async () => {
  const file = await workbook((book) => {
    book.addWorksheet('進度').addRows([['指標編號', '完成值', '截至日期'], ['t09.1', 2100, '2023-06-30']]);
    book.addWorksheet('舊', { state: 'hidden' }).addRows([['指標編號', '完成值', '截至日期'], ['t09.1', 1234, '2023-06-30']]);
    book.addWorksheet('草稿', { state: 'veryHidden' }).addRows([['指標編號', '完成值'], ['t99.9', 1]]);
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.report!.entries, [{ target: 't09.1', value: 2100 }]);
  assert.deepEqual(result.hiddenSheets.map((s) => [s.file, s.sheet]), [['unit.xlsx', '舊'], ['unit.xlsx', '草稿']]);
  assert.match(result.hiddenSheets[0]!.message, /^unit\.xlsx, sheet 舊: .*hidden.*skipped/);
  assert.match((await importFiles([file], 'zh-Hant')).hiddenSheets[0]!.message, /隱藏/);
  // Excel's menus can unhide a hidden sheet, not a very hidden one: the clerk is told to ask for a copy instead.
  assert.match(result.hiddenSheets[0]!.message, /unhide it in Excel/);
  assert.match(result.hiddenSheets[1]!.message, /very hidden, which Excel's menus cannot unhide: ask the sender/);
});

test('an HTML table saved as .xls says it is a web page, to save as .xlsx', async () => {
  for (const text of ['<html><body><table><tr><td>指標編號</td><td>完成值</td></tr></table></body></html>', '\uFEFF <table><tr><td>指標編號</td></tr></table>', '<!DOCTYPE html>\n<html><table></table></html>']) {
    const result = await importFiles([{ name: 'c_html.xls', data: utf8(text) }], 'en');
    assert.deepEqual(result.problems.map((p) => p.code), ['unreadable']);
    assert.match(result.problems[0]!.message, /web page.*not a workbook.*\.xlsx/);
    const zh = await importFiles([{ name: 'c_html.xls', data: utf8(text) }], 'zh-Hant');
    assert.match(zh.problems[0]!.message, /網頁.*\.xlsx/);
  }
});

test('a target id written T09.1, t9.1, 9.1, ｔ０９．１ or as the number 9.1 is the target; an id that matches none is still refused', async () => {
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指標編號', '完成值', '截至日期']);
    sheet.addRow(['T09.1', 2100, '2023-06-30']);
    sheet.addRow(['t9.2', 60, '2023-06-30']);
    sheet.addRow(['9.3', 40, '2023-06-30']);
    sheet.addRow(['ｔ０４．３', 2.1, '2023-06-30']);
    sheet.addRow([1.1, 25, '2023-06-30']);
    sheet.addRow(['t99.1', 5, '2023-06-30']);
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[7, 'unknownTarget', 't99.1']]);
  assert.deepEqual(result.report!.entries.map((e) => e.target), ['t09.1', 't09.2', 't09.3', 't04.3', 't01.1']);
});

test('a bare 9.1 where task 9 has a tenth target is refused as t09.1 or t09.10 (Excel keeps a typed 9.10 as 9.1); t09.1 is read', async () => {
  // The seed's tasks have fewer than ten targets each: task 9 given ten, as a larger plan may have.
  const own = plan.targets.filter((t) => t.taskId === 't09');
  const more = Array.from({ length: 10 - own.length }, (_, i) => ({ ...own[0]!, id: `t09.${own.length + i + 1}` }));
  const tenTargets = { ...plan, targets: [...plan.targets, ...more] };
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指標編號', '完成值', '截至日期']);
    sheet.addRow([9.1, 2100, '2023-06-30']);
    sheet.addRow(['t09.1', 2100, '2023-06-30']);
    sheet.addRow(['9.2', 60, '2023-06-30']);
  });
  const result = await importProgressFiles([file], tenTargets, { lang: 'en', today });
  assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'ambiguousTarget', '9.1']]);
  assert.match(result.problems[0]!.message, /"9\.1" may be t09\.1 or t09\.10 \(Excel keeps a typed 9\.10 as the number 9\.1\)/);
  assert.deepEqual(result.report!.entries.map((e) => e.target), ['t09.1', 't09.2']);
  // In the seed's plan, where no task has a tenth target, 9.1 is t09.1.
  const seedResult = await importFiles([file]);
  assert.deepEqual(seedResult.problems, []);
});
