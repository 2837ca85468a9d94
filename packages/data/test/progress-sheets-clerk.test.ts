/**
 * A department's filled sheet read faithfully (a department clerk's review of `dz-plan progress import`, 2026-12-03):
 * a date cell showing only its month (2023年6月), a formula whose result is 0, an Excel date serial pasted as a value
 * or a date, a renamed value header, an approximate figure or a note in the value cell, a fraction quoted rounded, and
 * `--partial` ending as if nothing had been left out. Each was read silently or said wrongly before.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { workbook } from './workbook.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

type Lang = 'en' | 'zh-Hant' | 'zh-Hans';
const plan = dezhouPlan;
const today = '2026-12-01';
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (name: string, header: string, ...lines: string[]) => ({ name, data: utf8([header, ...lines].join('\r\n')) });
const importFiles = (files: Parameters<typeof importProgressFiles>[0], lang: Lang = 'en') => importProgressFiles(files, plan, { lang, today });
const inEach = async (files: Parameters<typeof importProgressFiles>[0]) =>
  Object.fromEntries(await Promise.all((['zh-Hant', 'zh-Hans', 'en'] as const).map(async (lang) => [lang, await importFiles(files, lang)] as const)));

const dir = mkdtempSync(join(tmpdir(), 'dz-plan-clerk-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const run = (...args: string[]) => dzPlanHere('progress', ...args);

describe('a date cell that shows no day is refused, naming the cell and asking for a whole date', () => {
  test('2023年6月 as Chinese Excel and WPS store it (a date cell formatted yyyy"年"m"月"), and typed as text', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      // The day hidden in the cell is the 1st when 2023年6月 is typed: read as it stood, June's report showed 本期未報.
      sheet.addRow(['t09.1', 1500, new Date(Date.UTC(2023, 5, 1))]).getCell(3).numFmt = 'yyyy"年"m"月"';
      sheet.addRow(['t09.4', 240, '2023年6月']);
      sheet.addRow(['t12.4', 1, new Date(Date.UTC(2023, 5, 30))]).getCell(3).numFmt = 'yyyy"年"m"月"d"日"';
    });
    const results = await inEach([file]);
    const en = results.en!;
    assert.deepEqual(en.problems.map((p) => [p.row, p.code, p.column, p.text]), [
      [2, 'invalidDate', '截至日期', '2023年6月'],
      [3, 'invalidDate', '截至日期', '2023年6月'],
    ]);
    assert.deepEqual(en.report!.entries, [{ target: 't12.4', value: 1 }], 'a date with its day still reads');
    assert.match(en.problems[0]!.message, /^unit\.xlsx, sheet 進度, row 2, 截至日期: "2023年6月" gives a month but no day: write the whole date, such as 2023-06-30$/);
    assert.match(results['zh-Hant']!.problems[0]!.message, /第 2 行「截至日期」欄:「2023年6月」只有年和月,沒有日:請填寫完整日期,如 2023-06-30$/);
    assert.match(results['zh-Hans']!.problems[1]!.message, /第 3 行“截至日期”列:“2023年6月”只有年和月,没有日:请填写完整日期,如 2023-06-30$/);
  });

  test('the built-in month formats of zh-CN Excel (27, 36, 50, 52, 57) show no day either', async () => {
    const { showsNoDay } = await import('../src/progress/xlsx-date-formats.js');
    assert.equal(showsNoDay('yyyy"年"m"月"'), true);
    assert.equal(showsNoDay('mmm-yy'), true);
    assert.equal(showsNoDay('yyyy"年"m"月"d"日"'), false);
    assert.equal(showsNoDay('yyyy-mm-dd'), false);
    assert.equal(showsNoDay('[$-804]yyyy"年"m"月"'), true, 'a locale in brackets is no day');
  });
});

test('a formula whose saved result is 0 reads as 0, not as a formula with no result', async () => {
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指標編號', '完成值', '截至日期']);
    sheet.addRow(['t09.2', { formula: '1-1', result: 0 }, '2023-06-30']);
    sheet.addRow(['t09.4', { formula: 'B2', result: undefined }, '2023-06-30']);
  });
  const result = await importFiles([file]);
  assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'formulaNoResult']], 'a formula saved without a result is still refused');
  assert.deepEqual(result.report!.entries, [{ target: 't09.2', value: 0 }]);
});

describe('an Excel date serial in the sheet is named with the date it stands for', () => {
  test('a value cell formatted as a date, or holding the serial of its row\'s date (pasted as values), is a date in the value column', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.2', 45107, '2023-06-30']); // 2023-06-30 pasted as values, in General format
      sheet.addRow(['t09.4', new Date(Date.UTC(2023, 5, 30)), '2023-06-30']).getCell(2).numFmt = 'yyyy/m/d';
      sheet.addRow(['t09.1', 45107, '2023-05-31']); // a real figure that is not its row's date: read
    });
    const results = await inEach([file]);
    const en = results.en!;
    assert.deepEqual(en.problems.map((p) => [p.row, p.code, p.column]), [[2, 'dateAsValue', '完成值'], [3, 'dateAsValue', '完成值']]);
    assert.match(en.problems[0]!.message, /"45107" is the date 2023-06-30 as Excel stores it/);
    assert.match(results['zh-Hant']!.problems[0]!.message, /「45107」是 Excel 儲存的日期 2023-06-30/);
    assert.match(results['zh-Hans']!.problems[0]!.message, /“45107”是 Excel 存储的日期 2023-06-30/);
    assert.match(en.problems[1]!.message, /"2023-06-30" is a date/);
    assert.deepEqual(en.report!.entries, [{ target: 't09.1', value: 45107 }]);
  });

  test('a month-format date cell (mmm-yy) in the value column is a date in the value column, not a range', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', new Date(Date.UTC(2023, 5, 1)), '2023-06-30']).getCell(2).numFmt = 'mmm-yy';
      sheet.addRow(['t09.4', '2023/6', '2023-06-30']);
      sheet.addRow(['t09.1', '2023.6', '2023-06-30']);
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en!.problems.map((p) => [p.row, p.code, p.column, p.text]), [
      [2, 'dateAsValue', '完成值', '2023-06'],
      [3, 'dateAsValue', '完成值', '2023/6'],
    ]);
    assert.deepEqual(results.en!.report?.entries, [{ target: 't09.1', value: 2023.6 }], '2023.6 is a number');
  });

  test('a number in the date column that is a date serial says the date it looks like', async () => {
    const results = await inEach([csv('d.csv', '指標編號,完成值,截至日期', 't09.1,2100,45107', 't09.2,60,12')]);
    assert.deepEqual(results.en!.problems.map((p) => [p.row, p.code, p.text]), [[2, 'invalidDate', '45107'], [3, 'invalidDate', '12']]);
    assert.match(results.en!.problems[0]!.message, /"45107" looks like the date 2023-06-30 as Excel stores it: format the cell as a date, or write 2023-06-30$/);
    assert.match(results['zh-Hant']!.problems[0]!.message, /「45107」像是 Excel 儲存的日期 2023-06-30:請把儲存格設為日期格式,或填寫 2023-06-30$/);
    assert.match(results['zh-Hans']!.problems[0]!.message, /“45107”像是 Excel 存储的日期 2023-06-30:请把单元格设为日期格式,或填写 2023-06-30$/);
    assert.match(results.en!.problems[1]!.message, /"12" is not a real date \(YYYY-MM-DD\)$/, 'a small number is no serial of the plan\'s years');
  });
});

describe('a renamed value header is named, with what to do', () => {
  test('「1-6月完成值」: the column holding the values is named, and the header to write', async () => {
    const results = await inEach([csv('r.csv', '指標編號,1-6月完成值,截至日期', 't09.1,2100,2023-06-30')]);
    assert.deepEqual(results.en!.problems.map((p) => [p.code, p.column]), [['missingColumn', '1-6月完成值']]);
    assert.match(results['zh-Hant']!.problems[0]!.message, /表頭缺少「完成值」欄,而「1-6月完成值」欄填的是數值,沒有讀取:請把表頭改為「完成值」$/);
    assert.match(results['zh-Hans']!.problems[0]!.message, /表头缺少“完成值”列,而“1-6月完成值”列填的是数值,没有读取:请把表头改为“完成值”$/);
    assert.match(results.en!.problems[0]!.message, /the header has no "Value" column, and the values in the "1-6月完成值" column are not read: rename it "Value"$/);
  });

  test('「完成值(萬元)」: the unit belongs in the cells, not the header', async () => {
    const results = await inEach([csv('u.csv', '指標編號,完成值(萬元),截至日期', 't09.1,2100,2023-06-30')]);
    assert.deepEqual(results.en!.problems.map((p) => [p.code, p.column]), [['missingColumn', '完成值(萬元)']]);
    assert.match(results['zh-Hant']!.problems[0]!.message, /請把表頭改為「完成值」;單位「萬元」請寫在各格的數值後面\(如 2\.1萬元\),或按各指標的計量單位只填數字$/);
    assert.match(results['zh-Hans']!.problems[0]!.message, /请把表头改为“完成值”;单位“萬元”请写在各格的数值后面\(如 2\.1萬元\),或按各指标的计量单位只填数字$/);
    assert.match(results.en!.problems[0]!.message, /rename it "Value"; write the unit 萬元 after each value \(2\.1萬元\), or only the number in each target's unit$/);
  });

  test('a bracketed word that is no unit the import reads (累計, 截至6月底) is not named as a unit', async () => {
    for (const found of ['完成值(累計)', '完成值(截至6月底)']) {
      const results = await inEach([csv('c.csv', `指標編號,${found},截至日期`, 't09.1,2100,2023-06-30')]);
      assert.deepEqual(results.en!.problems.map((p) => [p.code, p.column]), [['missingColumn', found]]);
      assert.match(results['zh-Hant']!.problems[0]!.message, new RegExp(`「${found.replace(/[()]/g, '\\$&')}」欄填的是數值,沒有讀取:請把表頭改為「完成值」$`));
      assert.match(results['zh-Hans']!.problems[0]!.message, /没有读取:请把表头改为“完成值”$/);
      assert.match(results.en!.problems[0]!.message, /are not read: rename it "Value"$/);
    }
    // A unit the import reads is still named: a scale, %, a unit of the plan's (个 in Simplified).
    for (const [found, unit] of [['完成值(万)', '万'], ['完成值(%)', '%'], ['完成值(单位:个)', '个']] as const) {
      const result = await importFiles([csv('k.csv', `指標編號,${found},截至日期`, 't09.1,2100,2023-06-30')]);
      assert.match(result.problems[0]!.message, new RegExp(`write the unit ${unit} after each value`), found);
    }
  });

  test('a column of dates or of prose under a header with 完成 is not taken for the values', async () => {
    const dates = await inEach([csv('d.csv', '指標編號,完成時間,進度數值,截至日期', 't09.1,2023-12-31,2100,2023-06-30')]);
    assert.deepEqual(dates.en!.problems.map((p) => [p.code, p.column]), [['missingColumn', undefined]]);
    assert.match(dates.en!.problems[0]!.message, /the header has no "Value" column$/);
    assert.match(dates['zh-Hant']!.problems[0]!.message, /表頭缺少「完成值」欄$/);
    const prose = await importFiles([csv('p.csv', '指標編號,完成情況,截至日期', 't09.1,1-6月新建基站2100個,2023-06-30')]);
    assert.match(prose.problems[0]!.message, /the header has no "Value" column$/);
    const values = await importFiles([csv('v.csv', '指標編號,完成情況,截至日期', 't09.1,2100個,2023-06-30', 't04.3,2.1萬人,2023-06-30')]);
    assert.deepEqual(values.problems.map((p) => p.column), ['完成情況'], 'values as the import reads them are');
  });

  test('an unrelated column a unit added is not taken for the values', async () => {
    const result = await importFiles([csv('x.csv', '指標編號,聯系人,截至日期', 't09.1,張三,2023-06-30')]);
    assert.match(result.problems[0]!.message, /the header has no "Value" column$/);
  });
});

describe('what is left in a value cell beside the number is named as what it is', () => {
  test('an approximate figure (余, 多, 左右, 約), a note on a second line, a note in brackets', async () => {
    const results = await inEach([
      csv('v.csv', '指標編號,完成值,截至日期', 't09.1,60余个,2023-06-30', 't09.2,"2100\n含室分",2023-06-30', 't09.4,240左右,2023-06-30', 't12.4,1(已受理),2023-06-30', 't04.3,約2.1萬,2023-06-30', 't09.1,"2100\n已開通",2023-06-30'),
    ]);
    const en = results.en!;
    // Rows as the CSV counts them: the cell on two lines is one row.
    assert.deepEqual(en.problems.map((p) => [p.row, p.code]), [[2, 'wrongUnit'], [3, 'wrongUnit'], [4, 'wrongUnit'], [5, 'wrongUnit'], [6, 'notANumber'], [7, 'wrongUnit']]);
    assert.match(en.problems[0]!.message, /"60余个" is an approximate figure: write one exact number, such as 60$/);
    assert.match(en.problems[1]!.message, /"2100⏎含室分" holds a note beside the number: write only the number here, and the note in the note column$/);
    assert.match(en.problems[2]!.message, /"240左右" is an approximate figure/);
    assert.match(en.problems[3]!.message, /"1\(已受理\)" holds a note beside the number/);
    assert.match(en.problems[5]!.message, /"2100⏎已開通" holds a note beside the number/, 'any second line is a note');
    assert.match(en.problems[4]!.message, /"約2\.1萬" is an approximate figure: write one exact number, such as 2\.1萬$/);
    assert.match(results['zh-Hant']!.problems[0]!.message, /「60余个」是約數:請填一個確切的數,如 60$/);
    assert.match(results['zh-Hant']!.problems[1]!.message, /「2100⏎含室分」在數值旁寫了說明:此格只填數值,說明請寫在備註欄$/);
    assert.match(results['zh-Hans']!.problems[0]!.message, /“60余个”是约数:请填一个确切的数,如 60$/);
    assert.match(results['zh-Hans']!.problems[1]!.message, /“2100⏎含室分”在数值旁写了说明:此格只填数值,说明请写在备注栏$/);
  });

  test('an approximate figure with 萬 or 億 (2.1万余) is approximate, its number said with the scale', async () => {
    const results = await inEach([
      csv('s.csv', '指標編號,完成值,截至日期', 't04.3,2.1万余,2023-06-30', 't09.1,2100余个,2023-06-30', 't09.1,2100个左右,2023-06-30', 't04.3,约2.1万人,2023-06-30', 't09.1,2.1萬多個,2023-06-30'),
    ]);
    const en = results.en!;
    assert.deepEqual(en.problems.map((p) => p.message.replace(/^.*: "/, '"')), [
      '"2.1万余" is an approximate figure: write one exact number, such as 2.1万',
      '"2100余个" is an approximate figure: write one exact number, such as 2100',
      '"2100个左右" is an approximate figure: write one exact number, such as 2100',
      '"约2.1万人" is an approximate figure: write one exact number, such as 2.1万',
      '"2.1萬多個" is an approximate figure: write one exact number, such as 2.1萬',
    ]);
    assert.match(results['zh-Hant']!.problems[0]!.message, /「2\.1万余」是約數:請填一個確切的數,如 2\.1万$/);
  });

  test('a unit that is not the target\'s is still said as one', async () => {
    const result = await importFiles([csv('w.csv', '指標編號,完成值,截至日期', 't09.1,2100元,2023-06-30')], 'zh-Hant');
    assert.match(result.problems[0]!.message, /「2100元」的單位與目標不符,目標單位是「個」$/);
  });

  test('a fraction for a percentage is quoted as typed (0.364), not rounded', async () => {
    const results = await inEach([csv('f.csv', '指標編號,完成值,截至日期', 't26.7,0.364,2023-06-30')]);
    assert.match(results['zh-Hant']!.problems[0]!.message, /0\.364 像是小數比例,目標\(90%\)以百分比計:請填 36\.4 或 36\.4%$/);
    assert.match(results.en!.problems[0]!.message, /0\.364 looks like a fraction/);
  });
});

test('a fraction a formula gave is quoted to 6 significant digits (0.333333), not its whole binary result', async () => {
  const file = await workbook((book) => {
    const sheet = book.addWorksheet('進度');
    sheet.addRow(['指標編號', '完成值', '截至日期']);
    sheet.addRow(['t26.7', { formula: '1/3', result: 1 / 3 }, '2023-06-30']);
  });
  const results = await inEach([file]);
  assert.match(results.en!.problems[0]!.message, /: 0\.333333 looks like a fraction/);
  assert.match(results['zh-Hant']!.problems[0]!.message, /:0\.333333 像是小數比例/);
});

describe('dz-plan progress import --partial says what it left out', () => {
  test('rows rejected under --partial: the report is written and the exit code is 3', async () => {
    writeFileSync(at('some.csv'), ['指標編號,完成值,截至日期', 't09.1,二千,2023-06-30', 't09.2,60,2023-06-30'].join('\r\n'));
    const r = await run('import', at('some.csv'), '--partial', '-o', at('some.json'), '--lang', 'en');
    assert.equal(r.status, 3, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(at('some.json'), 'utf8')).entries, [{ target: 't09.2', value: 60 }]);
    const clean = await run('import', at('some.csv'), '-o', at('none.json'));
    assert.equal(clean.status, 1, 'without --partial nothing is written, as before');
    writeFileSync(at('good.csv'), ['指標編號,完成值,截至日期', 't09.2,60,2023-06-30'].join('\r\n'));
    assert.equal((await run('import', at('good.csv'), '--partial', '-o', at('good.json'))).status, 0, 'nothing left out: 0');
  });

  test('every filled row rejected: 「沒有可寫入的數值」 naming how many rows had problems, not 「沒有一行填了完成值」', async () => {
    writeFileSync(at('all.csv'), ['指標編號,完成值,截至日期', 't09.1,二千,2023-06-30', 't09.2,60余家,2023-06-30'].join('\r\n'));
    const zh = await run('import', at('all.csv'), '--partial', '-o', at('all.json'));
    assert.equal(zh.status, 1);
    assert.match(zh.stderr, /^dz-plan:未寫入:沒有可寫入的數值:2 行有問題\(見上\)$/m);
    assert.doesNotMatch(zh.stderr, /沒有一行填了完成值/);
    const hans = await run('import', at('all.csv'), '--partial', '--lang', 'zh-Hans');
    assert.match(hans.stderr, /^dz-plan:未写入:没有可写入的数值:2 行有问题\(见上\)$/m);
    const en = await run('import', at('all.csv'), '--partial', '--lang', 'en');
    assert.match(en.stderr, /^dz-plan: nothing written: no value to write: 2 rows have problems \(above\)$/m);
    // A sheet with no value column gives a problem but no row: said as a problem.
    writeFileSync(at('renamed.csv'), ['指標編號,1-6月完成值,截至日期', 't09.1,2100,2023-06-30'].join('\r\n'));
    const renamed = await run('import', at('renamed.csv'), '--partial');
    assert.match(renamed.stderr, /^dz-plan:未寫入:沒有可寫入的數值:有 1 個問題\(見上\)$/m);
    writeFileSync(at('empty.csv'), '指標編號,完成值,截至日期\r\nt09.1,,\r\n');
    assert.match((await run('import', at('empty.csv'), '--partial')).stderr, /^dz-plan:未寫入:沒有一行填了完成值$/m, 'a sheet left blank is still said so');
  });
});
