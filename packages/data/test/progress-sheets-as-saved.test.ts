/**
 * Progress sheets as departments really save them (a review as a supervision office, 2026-12-01): a stray quote in a
 * CSV note, the blank worksheets Excel adds, a number format with a literal %, a rate typed ten times too large, a
 * date in a year to come, and a resubmitted figure. Each was read silently before: rows lost into a note, a whole
 * import refused for an empty Sheet2, 85 read as 8500 and judged on track, a reading of 2032 judged as missed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { workbook } from './workbook.js';
import JSZip from 'jszip';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { describeReadingProblem, evaluateTarget, InvalidReadingError } from '../src/index.js';
import { appendPeriod, importProgressFiles, progressTemplate, replacedReadings, sheetColumns } from '../src/progress/index.js';
import { sheetDate } from '../src/progress/sheet-date.js';
import { defineEastAsianDateFormats } from '../src/progress/xlsx-date-formats.js';
import { latestIsoDate, localIsoDate } from '../src/local-date.js';

const plan = dezhouPlan;
const utf8 = (text: string) => new TextEncoder().encode(text);
const header = '指标编号,完成值,截至日期,备注';
const csv = (name: string, ...lines: string[]) => ({ name, data: utf8([header, ...lines].join('\r\n')) });
const today = '2026-12-01';
const importFiles = (files: Parameters<typeof importProgressFiles>[0]) => importProgressFiles(files, plan, { lang: 'en', today });

describe('a CSV quote that CSV cannot read refuses the file, naming the row, rather than losing the rows after it', () => {
  test('a quote inside an unquoted note', async () => {
    const result = await importFiles([csv('quote.csv', 't09.1,2100,2023-06-30,"5G"基站按工信部口径统计', 't09.2,60,2023-06-30,', 't09.3,40,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['quote.csv', 'unreadable']]);
    assert.match(result.problems[0]!.message, /^quote\.csv: cannot be read: row 2: a quote mark \("\) inside a cell that is not quoted/);
    assert.equal(result.accepted, 0);
    assert.equal(result.report, undefined);
  });

  test('a quote opened and never closed', async () => {
    const result = await importFiles([csv('open.csv', 't09.1,2100,2023-06-30,', 't09.2,60,2023-06-30,"预计7月底完成', 't09.3,40,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => p.code), ['unreadable']);
    assert.match(result.problems[0]!.message, /row 3: a quote mark \("\) opens a cell that is never closed/);
  });

  test('the same note quoted as Excel quotes it reads whole, with every row', async () => {
    const result = await importFiles([csv('ok.csv', 't09.1,2100,2023-06-30,"""5G""基站, 按工信部口径"', 't09.2,60,2023-06-30,', 't09.3,40,2023-06-30,')]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 3);
    assert.equal(result.report!.entries[0]!.note, '"5G"基站, 按工信部口径');
  });
});

describe('files and cells as other programs write them', () => {
  test("Excel's 「Unicode 文本」 (UTF-16 with its byte-order mark, tab-separated) reads as a CSV does", async () => {
    const text = `\ufeff${['指标编号\t完成值\t截至日期', 't09.1\t2100\t2023-06-30'].join('\r\n')}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) [bytes[2 * i], bytes[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    const result = await importFiles([{ name: 'unicode.txt', data: bytes }]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries, [{ target: 't09.1', value: 2100 }]);
  });

  test('a .docx given by mistake is named as no workbook, not counted as a sheet with nothing in it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const result = await importFiles([{ name: '說明.docx', data: await zip.generateAsync({ type: 'uint8array' }) }]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['說明.docx', 'unreadable']]);
    assert.match(result.problems[0]!.message, /not an \.xlsx workbook/);
  });

  test('a date cell in a built-in format of zh-CN Excel and WPS (numFmtId 31, 57: 2023年6月30日), which ExcelJS reads as a bare serial, is its date', async () => {
    const [dateFormat, monthFormat] = ['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"'];
    const made = await workbook((book) => {
      const sheet = book.addWorksheet('进度');
      sheet.addRow(['指标编号', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 2100, 45107]).getCell(3).numFmt = dateFormat; // 2023-06-30
      sheet.addRow(['t09.2', 60, { formula: 'DATE(2023,5,31)', result: 45077 }]).getCell(3).numFmt = monthFormat;
      sheet.addRow(['t09.3', 40, 45016]).getCell(3).numFmt = 'mm-dd-yy'; // 2023-03-31, built-in 14, which ExcelJS knows
    });
    // As WPS writes it: the cells' styles name the built-in ids, with no <numFmt> defining them.
    const zip = await JSZip.loadAsync(made.data);
    let styles = await zip.file('xl/styles.xml')!.async('string');
    for (const [code, builtIn] of [[dateFormat, 31], [monthFormat, 57]] as const) {
      const escaped = code.replaceAll('"', '&quot;');
      const defined = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped}"/>`).exec(styles)!;
      styles = styles.replace(defined[0], '').replaceAll(`numFmtId="${defined[1]}"`, `numFmtId="${builtIn}"`);
    }
    styles = styles.replace(/<numFmts count="\d+"><\/numFmts>/, '');
    assert.doesNotMatch(styles, /<numFmts/, 'no format defined: every one the cells use is built in');
    assert.match(styles, /<xf [^>]*numFmtId="31"/);
    assert.match(styles, /<xf [^>]*numFmtId="57"/);
    zip.file('xl/styles.xml', styles);
    const file = { name: 'wps.xlsx', data: await zip.generateAsync({ type: 'uint8array' }) };
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(file.data as unknown as ArrayBuffer);
    assert.equal(plain.worksheets[0]!.getCell('C2').value, 45107, 'ExcelJS alone gives the serial');

    const result = await importFiles([file]);
    // 57 shows the month alone: read as a date and shown so (not the serial 45077), refused as no whole date.
    assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[3, 'invalidDate', '2023年5月']]);
    assert.deepEqual(
      result.report!.entries.map((e) => [e.target, e.asOf ?? result.report!.asOf]),
      [['t09.1', '2023-06-30'], ['t09.3', '2023-03-31']],
    );
  });

  test('the built-in date formats are defined where styles.xml has a <numFmts>, an empty one, or none; a time format, a defined id and an unused one are left', () => {
    const xfs = '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId=\'57\' applyNumberFormat="1"/><xf numFmtId="32"/><xf numFmtId="31"/></cellXfs>';
    const sheet = (numFmts: string) => `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}<fonts/>${xfs}</styleSheet>`;
    const custom = '<numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy/m/d"/></numFmts>';
    const month = '<numFmt numFmtId="57" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>';
    assert.equal(defineEastAsianDateFormats(sheet(custom)), sheet(`<numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy/m/d"/>${month}</numFmts>`));
    assert.equal(defineEastAsianDateFormats(sheet('<numFmts count="0"/>')), sheet(`<numFmts>${month}<numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>`));
    assert.match(defineEastAsianDateFormats(sheet(''))!, /^<styleSheet [^>]*><numFmts><numFmt numFmtId="57" [^>]*\/><numFmt numFmtId="31" [^>]*\/><\/numFmts><fonts\/>/);
    assert.doesNotMatch(defineEastAsianDateFormats(sheet(''))!, /numFmtId="32" formatCode/, 'a time format is not made a date');
    assert.equal(defineEastAsianDateFormats(sheet('').replace(/<xf numFmtId="31"\/>|<xf numFmtId='57'[^>]*\/>/g, '')), undefined, 'nothing to define: read as it is');
  });

  test('a date with a time of day or its weekday, as exported; a weekday that is not the date’s is not guessed', () => {
    assert.equal(sheetDate('2023-06-30 00:00:00'), '2023-06-30');
    assert.equal(sheetDate('2023/6/30 17:45'), '2023-06-30');
    assert.equal(sheetDate('2023年6月30日星期五'), '2023-06-30');
    assert.equal(sheetDate('2023年6月30日 週五'), '2023-06-30');
    assert.equal(sheetDate('2023年6月30日星期四'), '2023年6月30日星期四');
    assert.equal(sheetDate('2023-06-30 noon'), '2023-06-30 noon');
  });
});

describe('a remark line under the data (a note alone) is skipped with a warning that quotes it, not a problem', () => {
  test('CSV: the readings are imported and the remark is named by its row and quoted', async () => {
    const result = await importFiles([csv('remark.csv', 't09.1,2100,2023-06-30,', 't09.2,60,2023-06-30,', ',,,注:以上数据未经审核，以统计局公布为准')]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 2);
    assert.equal(result.rejected, 0);
    assert.deepEqual(result.warnings.map((w) => [w.code, w.file, w.row, w.column, w.text]), [['noteOnly', 'remark.csv', 4, '备注', '注:以上数据未经审核，以统计局公布为准']]);
    assert.equal(result.warnings[0]!.message, 'remark.csv, row 4, 备注: a note alone, with no target id, value or date: the row is skipped ("注:以上数据未经审核，以统计局公布为准")');
  });

  test('.xlsx, in Traditional: the remark under the data, the readings above it kept', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期', '備註']);
      sheet.addRow(['t09.1', 2100, '2023-06-30', '上半年']);
      sheet.addRow([null, null, null, '以上數據由市通信管理局提供']);
    });
    const result = await importProgressFiles([file], plan, { today });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries, [{ target: 't09.1', value: 2100, note: '上半年' }]);
    assert.deepEqual(result.warnings.map((w) => w.message), ['unit.xlsx 工作表「進度」第 3 行「備註」欄:只有備註,沒有指標編號、完成值和日期,此行略過:「以上數據由市通信管理局提供」']);
  });

  test('a note beside a target id or a date, with no value, is still a problem: the value may be missing', async () => {
    const result = await importFiles([csv('half.csv', 't09.1,,,待统计局发布', ',,2023-06-30,上半年')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'missingValue'], [3, 'missingValue']]);
    assert.deepEqual(result.warnings, []);
  });
});

describe('the blank worksheets Excel adds are not problems; a sheet with content and no header still is', () => {
  test('Sheet2 and Sheet3 left blank beside the filled sheet', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['指标编号', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 2100, '2023-06-30']);
      book.addWorksheet('Sheet2');
      book.addWorksheet('Sheet3');
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 1);
  });

  test('a workbook with only a blank sheet is a problem; an instructions sheet beside the filled one is skipped, and named', async () => {
    const blank = await workbook((book) => book.addWorksheet('Sheet1'));
    const withNotes = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指标编号', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 2100, '2023-06-30']);
      book.addWorksheet('填表說明').addRow(['請填寫完成值與截至日期']);
    });
    const result = await importFiles([{ ...blank, name: 'blank.xlsx' }, withNotes]);
    // The file is empty (F134, review r69 L10), said of the file, not as a sheet with no header.
    assert.deepEqual(result.problems.map((p) => [p.file, p.sheet, p.code]), [['blank.xlsx', undefined, 'emptyFile']]);
    assert.deepEqual(result.skippedSheets.map((s) => [s.file, s.sheet]), [['unit.xlsx', '填表說明']]);
  });
});

test('a two-level header (完成情況 over 完成值 and 截至日期, the id merged down) is read from its second row', async () => {
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['指标编号', '指标', '完成情况', null, null]);
    sheet.addRow([null, null, '完成值', '截至日期', '备注']);
    sheet.mergeCells('A1:A2');
    sheet.mergeCells('B1:B2');
    sheet.mergeCells('C1:E1');
    sheet.addRow(['t09.1', '新开通5G基站', 2100, '2023-06-30', '']);
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.report!.entries, [{ target: 't09.1', value: 2100 }]);
});

describe('percent formats and rates over 100%', () => {
  test('a format with a literal % (0"%") shows the number as typed: 85 is 85%, not 8500%; a real percent format still scales', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指标编号', '完成值', '截至日期']);
      sheet.addRow(['t26.7', 85, '2023-06-30']).getCell(2).numFmt = '0"%"';
      sheet.addRow(['t38.3', 0.973, '2023-06-30']).getCell(2).numFmt = '0.0%';
      sheet.addRow(['t38.4', 91, '2023-06-30']).getCell(2).numFmt = '[Blue]0"%";[Red]-0"%"';
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t26.7', 85], ['t38.3', 97.3], ['t38.4', 91]]);
  });

  test('an escaped % (0.0\\%), a literal sign as 0.0"%" is, reads as the cell shows it (97.3%: 97.3), not 9730', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指标编号', '完成值', '截至日期']);
      sheet.addRow(['t38.3', 97.3, '2023-06-30']).getCell(2).numFmt = '0.0\\%';
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t38.3', 97.3]]);
  });

  test('a rate typed with a slip (973 for 97.3) is refused; 100% is a rate at its whole and is judged', async () => {
    const result = await importFiles([csv('slip.csv', 't26.7,973,2023-06-30,', 't38.3,100,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'overWhole']]);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t38.3', 100]]);
    assert.throws(
      () => evaluateTarget(plan.targets.find((t) => t.id === 't26.7')!, { value: 100.5, asOf: '2023-06-30' }),
      (error: unknown) => error instanceof InvalidReadingError && error.problem.code === 'overWhole',
    );
  });

  test('a growth in percent may pass 100%: only rates and shares are bounded', async () => {
    const growth = plan.targets.find((t) => t.measure === 'growth' && t.unit === '%')!;
    // Past 100% and ten times its target (150% of 10%) a growth is a figure mistyped (reading-checks-r63.test.ts); of a
    // target of 20%, 150% is a growth.
    const faster = { ...plan, targets: plan.targets.map((t) => (t === growth ? { ...t, value: 20, valueText: '20' } : t)) };
    const result = await importProgressFiles([csv('growth.csv', `${growth.id},150,2023-06-30,`)], faster, { lang: 'en', today });
    assert.deepEqual(result.problems, []);
  });
});

describe('a date in days to come is refused', () => {
  test('a year slip (2032 for 2023) in a row, named with its cell; the same row with the import run later is accepted', async () => {
    const file = csv('year.csv', 't09.1,2100,2032-06-30,', 't09.2,60,2023-06-30,');
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.column, p.code, p.text]), [[2, '截至日期', 'afterToday', '2032-06-30']]);
    assert.match(result.problems[0]!.message, /2032-06-30 is after today \(2026-12-01\)/);
    assert.equal(result.report!.asOf, '2023-06-30', 'the report does not move to 2032');
    // Run in 2032 the date is not after today; alone after the target's deadline, it is refused for that instead.
    const later = await importProgressFiles([file], plan, { lang: 'en', today: '2032-07-01' });
    assert.deepEqual(later.problems.map((p) => p.code), ['afterDeadline']);
  });

  test('by default today is the clock’s: a row dated 2999 is refused', async () => {
    const result = await importProgressFiles([csv('far.csv', 't09.1,2100,2999-01-01,')], plan);
    assert.deepEqual(result.problems.map((p) => p.code), ['afterToday']);
  });
});

describe('a row dated after the date given for the whole import (--as-of) is a problem: the report stands at that date', () => {
  test('the row is named in its date column; the rows on or before the date, and the undated, are taken', async () => {
    const file = csv('july.csv', 't09.1,2100,2023-07-31,', 't09.2,60,2023-06-30,', 't09.3,40,,');
    const result = await importProgressFiles([file], plan, { lang: 'en', today, asOf: '2023-06-30' });
    assert.deepEqual(result.problems.map((p) => [p.row, p.column, p.code, p.text]), [[2, '截至日期', 'afterAsOf', '2023-07-31']]);
    assert.equal(result.problems[0]!.message, 'july.csv, row 2, 截至日期: 2023-07-31 is after the date given for the whole import (2023-06-30), which the report stands at: correct the date, or import at a later date');
    assert.equal(result.report!.asOf, '2023-06-30');
    assert.deepEqual(result.report!.entries, [{ target: 't09.2', value: 60 }, { target: 't09.3', value: 40 }], 'no entry dated after its report');
  });

  test('in Traditional; a date after today is named as after today, not twice', async () => {
    const result = await importProgressFiles([csv('a.csv', 't09.1,2100,2023-07-31,', 't09.2,60,2032-06-30,')], plan, { today, asOf: '2023-06-30' });
    assert.deepEqual(result.problems.map((p) => p.code), ['afterAsOf', 'afterToday']);
    assert.match(result.problems[0]!.message, /^a\.csv 第 2 行「截至日期」欄:日期 2023-07-31 晚於匯入指定的報告日期\(2023-06-30\)/);
  });
});

test('the sheet says the sign of a change against a base year (a fall written as 7, not -7); a growth over last year stays a growth', () => {
  const measure = sheetColumns.indexOf('measure');
  const rowOf = (lang: 'zh-Hant' | 'en', id: string) => progressTemplate(plan, { lang }).rows.find((row) => row[0] === id)!;
  assert.equal(rowOf('zh-Hant', 't26.4')[measure], '較2020年下降幅度(填正數,如降了7%填 7;不降反升填負數)');
  assert.match(rowOf('en', 't26.4')[measure]!, /^fall since 2020, as a positive number/);
  assert.equal(rowOf('zh-Hant', 't03.3')[measure], '同比增長');
});

test('for a threshold each member must reach, the sheet asks for the lowest member, not the city total', () => {
  const measure = sheetColumns.indexOf('measure');
  const rowOf = (lang: 'zh-Hant' | 'en', id: string) => progressTemplate(plan, { lang }).rows.find((row) => row[0] === id)!;
  assert.equal(rowOf('zh-Hant', 't57.4')[measure], '自年初累計完成量(填縣(市、區)中的最小值)');
  assert.equal(rowOf('en', 't40.1')[measure], 'amount done so far, counted from 1 January (the lowest of any central village)');
  assert.equal(rowOf('zh-Hant', 't36.5')[measure], '已獲評定或列入名單數量');
});

test('replacedReadings names each figure an appended period replaces with a different value', () => {
  const first = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't01.1', value: 30 }, { target: 't01.2', value: 45 }, { target: 't09.1', value: 900, asOf: '2023-03-31' }] };
  const second = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't01.1', value: 12 }, { target: 't01.2', value: 45 }, { target: 't09.1', value: 950 }] };
  assert.deepEqual(replacedReadings(first, second), [{ target: 't01.1', asOf: '2023-06-30', before: 30, after: 12 }]);
  assert.equal(appendPeriod(first, second).entries.find((e) => e.target === 't01.1')!.value, 12);
});

test('evaluateTarget refuses a reading dated after the today it is given (afterToday), and without one checks the date against the deadline only (afterDeadline)', () => {
  const target = plan.targets.find((t) => t.id === 't09.1')!;
  assert.throws(
    () => evaluateTarget(target, { value: 2100, asOf: '2032-06-30' }, { today: '2026-12-01' }),
    (error: unknown) => error instanceof InvalidReadingError && error.problem.code === 'afterToday' && error.message === 'target t09.1: the reading cannot be judged (afterToday: asOf 2032-06-30, today 2026-12-01)' && /2032-06-30 is after today \(2026-12-01\)/.test(describeReadingProblem(error.problem, target, 'en')),
  );
  assert.equal(evaluateTarget(target, { value: 2100, asOf: '2023-06-30' }, { today: '2026-12-01' }).status, evaluateTarget(target, { value: 2100, asOf: '2023-06-30' }).status);
  // No today, no afterToday: the function depends on its arguments alone, and the target's deadline is one of them.
  assert.throws(
    () => evaluateTarget(target, { value: 2100, asOf: '2032-06-30' }),
    (error: unknown) => error instanceof InvalidReadingError && error.problem.code === 'afterDeadline',
  );
});

test('a gross ratio (學前三年毛入園率) may pass 100%, as gross enrolment does; another rate may not', () => {
  const gross = plan.targets.find((t) => t.id === 't62.8')!;
  assert.match(gross.metric['zh-Hant'], /毛入園率/);
  assert.equal(evaluateTarget(gross, { value: 101.2, asOf: '2023-12-31' }).status, 'met');
  assert.throws(() => evaluateTarget(plan.targets.find((t) => t.id === 't62.9')!, { value: 101.2, asOf: '2023-12-31' }), InvalidReadingError);
});

test('a date problem in a sheet without a date column (the import’s asOf) is named in the value column, not a TypeError', async () => {
  const file = { name: 'two-columns.csv', data: utf8('指标编号,完成值\r\nt09.1,2100\r\n') };
  const before = await importProgressFiles([file], plan, { lang: 'en', today, asOf: '2022-12-31' });
  assert.deepEqual(before.problems.map((p) => [p.code, p.column]), [['beforePeriod', '完成值']]);
  const after = await importProgressFiles([file], plan, { lang: 'en', today, asOf: '2030-01-01' });
  assert.deepEqual(after.problems.map((p) => [p.code, p.column]), [['afterToday', '完成值']]);
});

test('today where it is latest on Earth (UTC+14), for pages read anywhere and the import alike; the local date is the reader’s calendar', () => {
  assert.equal(latestIsoDate(new Date('2023-06-29T12:00:00Z')), '2023-06-30');
  assert.equal(latestIsoDate(new Date('2023-06-29T09:59:59Z')), '2023-06-29');
  assert.equal(localIsoDate(new Date(2023, 5, 30, 23, 59)), '2023-06-30');
});
