/**
 * A department's quarterly sheet through `dz-plan progress import` (a review with real clerks' sheets, 2026-12-04): a
 * year-end sheet dated the day it was filled in, a growth or change entered as a fraction (0.086 for 8.6%), a negative
 * fall on a target to reduce, a mark for "not measured yet" in the value cell, an Excel comment and a hidden row. Each
 * was read silently, or said without what to do, before.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { workbook } from './workbook.js';
import type { ProgressReport } from '../src/index.js';
import { importProgressFiles, risesInsteadOfFalling } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';
import { csv, date, importFiles, inEach, plan, today } from './progress-import-helpers.js';

const run = (...args: string[]) => dzPlanHere('progress', ...args);
const dir = mkdtempSync(join(tmpdir(), 'dz-plan-department-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

describe('a row dated after its target’s deadline, with no reading by the deadline, is a problem', () => {
  test('a year-end sheet dated when it was filled in (2024-01-10): every row refused, naming the date to write', async () => {
    const file = csv('q4.csv', 't03.1,104,2024-01-10,', 't14.1,5,2024-01-10,', 't18.2,1036,2024-01-10,');
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems.map((p) => [p.row, p.code, p.column, p.text]), [
      [2, 'afterDeadline', '截至日期', '2024-01-10'],
      [3, 'afterDeadline', '截至日期', '2024-01-10'],
      [4, 'afterDeadline', '截至日期', '2024-01-10'],
    ]);
    assert.equal(en.report, undefined, 'nothing the page could judge');
    assert.deepEqual([en.accepted, en.rejected, en.perSheet], [0, 3, []]);
    assert.equal(
      en.problems[0]!.message,
      "q4.csv, row 2, 截至日期: 2024-01-10 is after the target's deadline, 2023-12-31, and the report holds no reading as of the deadline: date the figure as of the deadline 2023-12-31",
    );
    assert.equal(results['zh-Hant'].problems[0]!.message, 'q4.csv 第 2 行「截至日期」欄:日期 2024-01-10 晚於完成時限 2023-12-31,且沒有截至完成時限的數值:截至完成時限的數值請填日期 2023-12-31');
    assert.equal(results['zh-Hans'].problems[1]!.message, 'q4.csv 第 3 行“截至日期”列:日期 2024-01-10 晚于完成时限 2023-12-31,且没有截至完成时限的数值:截至完成时限的数值请填日期 2023-12-31');
  });

  test('a later row beside a reading by the deadline is kept, in the same file, another file, or the report appended to', async () => {
    const late = csv('late.csv', 't09.1,3500,2024-03-31,');
    const final = csv('final.csv', 't09.1,2950,2023-12-31,');
    const both = await importFiles([late, final]);
    assert.deepEqual(both.problems, []);
    assert.deepEqual(both.report!.entries, [{ target: 't09.1', value: 3500 }, { target: 't09.1', value: 2950, asOf: '2023-12-31' }]);
    const into: ProgressReport = { plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't09.1', value: 2950 }] };
    const appended = await importFiles([late], 'en', { appendTo: into });
    assert.deepEqual(appended.problems, []);
    assert.equal(appended.accepted, 1);
    // A reading of the report appended to dated after the deadline backs nothing.
    const lateOnly = await importFiles([late], 'en', { appendTo: { plan: plan.id, asOf: '2024-02-01', entries: [{ target: 't09.1', value: 3000 }] } });
    assert.deepEqual(lateOnly.problems.map((p) => p.code), ['afterDeadline']);
  });

  test('the other rows are still read, in row order, and the report’s date is not the refused row’s', async () => {
    const file = csv('mixed.csv', 't14.1,5,2024-01-10,', 't09.1,2950,2023-12-31,', 't09.2,二千,2023-12-31,', 't09.2,2,2024-01-10,');
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'afterDeadline'], [4, 'notANumber'], [5, 'afterDeadline']]);
    assert.deepEqual(result.report, { plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't09.1', value: 2950 }] });
    assert.deepEqual([result.accepted, result.rejected, result.perSheet], [1, 3, [{ file: 'mixed.csv', accepted: 1 }]]);
  });

  test('the same late reading from two departments is refused in each', async () => {
    const result = await importFiles([csv('a.csv', 't14.1,5,2024-01-10,甲'), csv('b.csv', 't14.1,5,2024-01-10,乙')]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.row, p.code]), [['a.csv', 2, 'afterDeadline'], ['b.csv', 2, 'afterDeadline']]);
    assert.equal(result.report, undefined);
  });

  test('the CLI: exit 1 and nothing written; --partial writes the rest at the date of what it kept; --into backs the late row', async () => {
    writeFileSync(at('q4.csv'), ['指標編號,完成值,截至日期', 't14.1,5,2024-01-10', 't09.1,2950,2023-12-31'].join('\n'));
    let r = await run('import', at('q4.csv'), '--lang', 'en', '-o', at('out.json'));
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /q4\.csv, row 2, 截至日期: 2024-01-10 is after the target's deadline/);
    // With --as-of after the deadline and --partial, every row refused: nothing to write, not an empty report.
    writeFileSync(at('late.csv'), ['指標編號,完成值,截至日期', 't14.1,5,', 't09.1,2950,'].join('\n'));
    r = await run('import', at('late.csv'), '--lang', 'en', '--as-of', '2024-01-10', '--partial');
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^dz-plan: nothing written: no value to write: 2 rows have problems \(above\)$/m);
    r = await run('import', at('q4.csv'), '--lang', 'en', '--partial');
    assert.equal(r.status, 3, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't09.1', value: 2950 }] });
    writeFileSync(at('report.json'), JSON.stringify({ plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't14.1', value: 5 }] }));
    r = await run('import', at('q4.csv'), '--lang', 'en', '--into', at('report.json'), '-o', at('out.json'));
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('a growth, change or rate in % entered as a fraction (0.086 for 8.6%) is refused, where the cell shows it', () => {
  test('numbers in General cells, typed or a formula’s result, with three decimals or more', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t26.4', { formula: '(B9-B10)/B9', result: 0.086 }, date('2023-06-30')]);
      sheet.addRow(['t03.3', 0.125, date('2023-06-30')]);
      sheet.addRow(['t44.1', 0.112, date('2023-06-30')]).getCell(2).numFmt = 'General';
      sheet.addRow(['t09.5', 0.028, date('2023-06-30')]);
      sheet.addRow(['t30.4', 0.55, date('2023-06-30')]);
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems.map((p) => [p.row, p.code, p.text]), [
      [2, 'fractionForPercent', '0.086'],
      [3, 'fractionForPercent', '0.125'],
      [4, 'fractionForPercent', '0.112'],
      [5, 'fractionForPercent', '0.028'],
      [6, 'fractionForPercent', '0.55'],
    ]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'unit.xlsx 工作表「進度」第 2 行「完成值」欄:0.086 像是小數比例:即 8.6%,請填 8.6;如確是 0.086%,請連 % 號填寫');
    assert.equal(results['zh-Hans'].problems[3]!.message, 'unit.xlsx 工作表“進度”第 5 行“完成值”列:0.028 像是小数比例:即 2.8%,请填 2.8;如确是 0.028%,请连 % 号填写');
    assert.equal(results.en.problems[1]!.message, 'unit.xlsx, sheet 進度, row 3, 完成值: 0.125 looks like a fraction: that is 12.5%, write 12.5; if it is 0.125%, write it with its % sign');
    // The goal of 60% or more keeps its own words: 55 or 55%.
    assert.match(results.en.problems[4]!.message, /0\.55 looks like a fraction.*write 55 or 55%/);
  });

  test('read as written: with its % sign, in a percent or number format, typed as text, or with fewer decimals', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t26.4', '0.086%', date('2023-06-30')]);
      sheet.addRow(['t03.3', 0.125, date('2023-06-30')]).getCell(2).numFmt = '0.0%';
      sheet.addRow(['t44.1', 0.112, date('2023-06-30')]).getCell(2).numFmt = '0.000';
      sheet.addRow(['t09.5', '0.028', date('2023-06-30')]);
      sheet.addRow(['t26.5', 0.5, date('2023-06-30')]);
      sheet.addRow(['t26.3', 0.125, date('2023-06-30')]);
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t26.4', 0.086], ['t03.3', 12.5], ['t44.1', 0.112], ['t09.5', 0.028], ['t26.5', 0.5], ['t26.3', 0.125]]);
    // A formula's binary noise is not decimals: 0.1+0.2 is 0.30000000000000004, shown 0.3.
    const noise = await workbook((book) => book.addWorksheet('進度').addRows([['指標編號', '完成值', '截至日期'], ['t26.4', { formula: '0.1+0.2', result: 0.1 + 0.2 }, date('2023-06-30')]]));
    assert.deepEqual((await importFiles([noise])).problems, []);
  });

  test('a CSV: a bare number with three decimals or more is refused, with its % sign it is read', async () => {
    const result = await importFiles([csv('rate.csv', 't26.4,0.086,2023-06-30,', 't03.3,0.125%,2023-06-30,', 't09.5,0.5,2023-06-30,', 't44.1,-0.031,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'fractionForPercent', '0.086'], [5, 'fractionForPercent', '-0.031']]);
    assert.match(result.problems[1]!.message, /-0\.031 looks like a fraction: that is -3\.1%, write -3\.1;/);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t03.3', 0.125], ['t09.5', 0.5]]);
  });

  test('a target in 個百分點 alike, where the fraction is plausible against its goal (3): 0.028, not 0.125', async () => {
    const points = { ...plan, targets: plan.targets.map((t) => (t.id === 't09.5' ? { ...t, unit: '個百分點', unitEn: 'percentage points' } : t)) };
    const result = await importProgressFiles([csv('points.csv', 't09.5,0.028,2023-06-30,', 't09.5,0.125,2023-09-30,')], points, { lang: 'en', today });
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'fractionForPercent']]);
  });

  test('a real small figure is read: under a tenth of the goal and within three times it as a percent, or read as written', async () => {
    // A code review (r40): t26.5 (↓ 5%) fell 0.458% by a formula, ROUND((B-C)/C*100,3); refused with "write 45.8" before.
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t26.5', { formula: 'ROUND((C9-B9)/C9*100,3)', result: 0.458 }, date('2023-06-30')]);
      // The General format as Chinese Excel names it is General.
      sheet.addRow(['t26.4', 0.086, date('2023-06-30')]).getCell(2).numFmt = 'G/通用格式';
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'fractionForPercent']]);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t26.5', 0.458]]);
  });
});

describe('a negative value on a target to reduce is a warning: it says the value rose', () => {
  // Beside a note that says it fell (較2020年下降3.1%), the row is a problem instead (F126, r68 H3: progress-f126.test.ts).
  test('t26.5 (↓ 5% from 2020) read -3.1%, its note saying nothing of a fall: imported, and said', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期', '備註']);
      sheet.addRow(['t26.4', 7, date('2023-06-30'), '']);
      sheet.addRow(['t26.5', '-3.1%', date('2023-06-30'), '1-5月數據']);
      sheet.addRow(['t03.3', -2, date('2023-06-30'), '']);
    });
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems, []);
    assert.equal(en.accepted, 3);
    assert.deepEqual(en.warnings.map((w) => [w.code, w.row, w.column, w.text]), [['negativeChange', 3, '完成值', '-3.1%']]);
    assert.equal(results['zh-Hant'].warnings[0]!.message, 'unit.xlsx 工作表「進度」第 3 行「完成值」欄:t26.5 填了 -3.1:負數表示不降反升;如是下降 3.1%,請填 3.1');
    assert.equal(results['zh-Hans'].warnings[0]!.message, 'unit.xlsx 工作表“進度”第 3 行“完成值”列:t26.5 填了 -3.1:负数表示不降反升;如是下降 3.1%,请填 3.1');
    assert.equal(en.warnings[0]!.message, 'unit.xlsx, sheet 進度, row 3, 完成值: t26.5 reads -3.1: a negative value is a rise, not a fall; if it fell by 3.1%, write 3.1');
  });

  test('the rule alone: a target to reduce, read below zero', () => {
    const target = (id: string) => plan.targets.find((t) => t.id === id)!;
    assert.equal(risesInsteadOfFalling(target('t26.5'), -3.1), true);
    assert.equal(risesInsteadOfFalling(target('t26.5'), 3.1), false);
    assert.equal(risesInsteadOfFalling(target('t03.3'), -2), false, 'a growth may be negative');
  });

  test('the CLI prints it, exits 0, and does not count it as a row skipped', async () => {
    writeFileSync(at('water.csv'), ['指標編號,完成值,截至日期,備註', 't26.5,-3.1%,2023-06-30,'].join('\n'));
    const r = await run('import', at('water.csv'), '--lang', 'zh-Hant');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /第 2 行「完成值」欄:t26\.5 填了 -3\.1:負數表示不降反升;如是下降 3\.1%,請填 3\.1\n/);
    assert.match(r.stderr, /^1 個數值,來自 1 個檔案$/m);
  });
});

describe('a clerk who cannot measure a target yet is told to leave its value empty', () => {
  test('—, /, 暫無, 未統計, 年底統計 in the value cell: not a number, and what to do instead', async () => {
    const marks = ['—', '/', '暫無', '未統計', '年底統計', '暂无', '--'];
    const file = csv('marks.csv', ...marks.map((mark) => `t09.1,${mark},2023-06-30,`), 't09.2,二千,2023-06-30,');
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems.map((p) => [p.code, p.text]), [...marks.map((mark) => ['placeholderValue', mark]), ['notANumber', '二千']]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'marks.csv 第 2 行「完成值」欄:「—」不是數字:本期不報的指標,請把完成值、截至日期和備註都留空');
    assert.equal(results['zh-Hans'].problems[2]!.message, 'marks.csv 第 4 行“完成值”列:“暫無”不是数字:本期不报的指标,请把完成值、截至日期和备注都留空');
    assert.equal(results.en.problems[1]!.message, 'marks.csv, row 3, 完成值: "/" is not a number: for a target not reported this period, leave its value, date and note all empty');
  });

  test('a date or note without a value says what to do: fill in the value, or leave value, date and note empty', async () => {
    const results = await inEach([csv('half.csv', 't09.1,,2023-06-30,', 't25.1,,,年底由省裡評定,暫無法統計')]);
    assert.deepEqual(results.en.problems.map((p) => [p.row, p.code]), [[2, 'missingValue'], [3, 'missingValue']]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'half.csv 第 2 行「完成值」欄:填了日期或備註,但沒有完成值:請填寫完成值;本期不報的指標,請把完成值、截至日期和備註都留空');
    assert.equal(results['zh-Hans'].problems[1]!.message, 'half.csv 第 3 行“完成值”列:填了日期或备注,但没有完成值:请填写完成值;本期不报的指标,请把完成值、截至日期和备注都留空');
    assert.equal(results.en.problems[0]!.message, 'half.csv, row 2, 完成值: a date or note but no value: fill in the value; for a target not reported this period, leave its value, date and note all empty');
  });
});

describe('nothing lost without a word: an Excel comment, a hidden row', () => {
  test('a comment on the value, date or note cell is not read: said, quoted', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '備註']);
      sheet.addRow(['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), '']);
      sheet.getCell('C2').note = '含醫養結合床位320張,待民政廳核定';
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 1480, date('2023-06-30'), '']);
      sheet.getCell('D3').note = { texts: [{ text: '王某某:', font: { bold: true } }, { text: '\n按統計快報' }] };
      sheet.getCell('B3').note = '範本的欄,不讀也不失';
      // The value cell left empty, the reason in its comment; unlocked as the template's value cells are (ExcelJS reads
      // no comment of a cell the file does not hold, one with neither a value nor a style).
      sheet.addRow(['t62.5', '新建公辦幼兒園', null, null, '']);
      sheet.getCell('C4').protection = { locked: false };
      sheet.getCell('C4').note = '年底統計';
    });
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems, []);
    assert.equal(en.accepted, 2);
    assert.deepEqual(en.warnings.map((w) => [w.code, w.row, w.column, w.text]), [
      ['cellComment', 2, '完成值', '含醫養結合床位320張,待民政廳核定'],
      ['cellComment', 3, '截至日期', '王某某:\n按統計快報'],
      ['cellComment', 4, '完成值', '年底統計'],
    ]);
    assert.equal(results['zh-Hant'].warnings[0]!.message, 'unit.xlsx 工作表「進度」第 2 行「完成值」欄:儲存格的批註沒有讀取:「含醫養結合床位320張,待民政廳核定」;如需匯入,請寫在「備註」欄');
    assert.equal(results['zh-Hans'].warnings[0]!.message, 'unit.xlsx 工作表“進度”第 2 行“完成值”列:单元格的批注没有读取:“含醫養結合床位320張,待民政廳核定”;如需导入,请写在“備註”列');
    assert.equal(en.warnings[0]!.message, `unit.xlsx, sheet 進度, row 2, 完成值: the cell's comment is not read ("含醫養結合床位320張,待民政廳核定"): to import it, write it in the note column (備註)`);
  });

  test('a hidden row is skipped as a hidden sheet is, and named; a hidden row of the template alone is not', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '備註']);
      sheet.addRow(['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), '']);
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 900, date('2023-03-31'), '一季度(舊數)']).hidden = true;
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 1480, date('2023-06-30'), '']);
      sheet.addRow(['t62.5', '新建公辦幼兒園', null, null, '']).hidden = true;
      sheet.addRow(['t62.6', '新增公辦幼兒學位', 0.6, date('2023-06-30'), '']).hidden = true;
    });
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems, []);
    assert.deepEqual(en.report!.entries.map((e) => [e.target, e.value, e.asOf]), [['t62.1', 1350, undefined], ['t62.4', 1480, undefined]]);
    assert.deepEqual(en.warnings.map((w) => [w.code, w.row, w.rows]), [['hiddenRows', undefined, [3, 6]]]);
    assert.equal(en.warnings[0]!.message, 'unit.xlsx, sheet 進度: rows 3 and 6 are hidden in Excel, skipped: unhide them if they are to be imported');
    assert.equal(results['zh-Hant'].warnings[0]!.message, 'unit.xlsx 工作表「進度」:第 3、6 行是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏');
    assert.equal(results['zh-Hans'].warnings[0]!.message, 'unit.xlsx 工作表“進度”:第 3、6 行是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏');
  });

  test('rows hidden by a filter (the sheet has an autoFilter) are data filtered out of view: read, not skipped', async () => {
    // A code review (r40): a merged workbook saved filtered by 牽頭單位 lost every other unit's rows with exit 0.
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '牽頭單位']);
      sheet.addRow(['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), '市民政局']);
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 1480, date('2023-06-30'), '市衛生健康委']).hidden = true;
      sheet.autoFilter = 'A1:E3';
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings.filter((w) => w.code === 'hiddenRows'), []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t62.1', 1350], ['t62.4', 1480]]);
  });
});
