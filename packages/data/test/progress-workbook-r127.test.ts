/**
 * Review r127 (a department's clerk, real .xlsx from `dz-plan progress template --unit 市水利局`): a second sheet with no
 * unit line in a unit's workbook counted as the office's own, its figure replacing the unit's (F1); under an autofilter
 * a row the clerk hid by hand was read and published unsaid (F2); a renamed id column was "no header row" (F3).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { progressTemplate } from '../src/progress/template.js';
import { templateXlsx } from '../src/progress/write-template.js';
import { date, importFiles, inEach, plan } from './progress-import-helpers.js';

/** The template of `unit` as the clerk gets it, filled by `fill` (row by target id), saved as `name`. */
async function filled(name: string, unit: string, fill: (sheet: ExcelJS.Worksheet, row: (id: string) => ExcelJS.Row, book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await templateXlsx(progressTemplate(plan, { unit }))) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const row = (id: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === id) found = r;
    });
    return found!;
  };
  fill(sheet, row, book);
  return { name, data: new Uint8Array(await book.xlsx.writeBuffer()) };
}

/** Value (column I) and date (J), and a note (K), in the row of `id`. */
const give = (row: (id: string) => ExcelJS.Row, id: string, value: number, asOf: string, note?: string) => {
  const r = row(id);
  r.getCell(9).value = value;
  r.getCell(10).value = date(asOf);
  if (note) r.getCell(11).value = note;
  return r;
};

/** 市水利局's sheet with t16.1 = 20 and t16.2 = 1, and a second sheet `Sheet2` of `rows` with no unit line. */
const sljWithSheet2 = (...rows: (string | number | Date)[][]) =>
  filled('slj.xlsx', '市水利局', (sheet, row, book) => {
    give(row, 't16.1', 20, '2023-09-30');
    give(row, 't16.2', 1, '2023-09-30');
    const second = book.addWorksheet('Sheet2');
    second.addRow(['指標編號', '完成值', '截至日期', '備註']);
    for (const r of rows) second.addRow(r);
  });

describe('r127 F1: a sheet with no unit line in a unit\'s workbook', () => {
  test('is the unit\'s, said so: its figure does not replace the unit\'s own as the office\'s would', async () => {
    const file = await sljWithSheet2(['t16.2', 0, date('2023-09-30')]);
    const results = await inEach([file]);
    const en = results.en;
    // Two figures of 市水利局 for t16.2: neither kept, as two sheets of one unit disagreeing are (r69 M4).
    assert.deepEqual(en.problems.map((p) => [p.sheet, p.row, p.code]), [['進度', 4, 'conflict'], ['Sheet2', 2, 'conflict']]);
    assert.match(en.problems[0]!.message, /市水利局|Water Resources/);
    assert.deepEqual(en.report!.entries.map((e) => [e.target, e.value, e.reportedBy]), [['t16.1', 20, ['water-resources-bureau']]]);
    const said = (lang: keyof typeof results) => results[lang].warnings.filter((w) => w.code === 'workbookUnit');
    assert.deepEqual(said('en').map((w) => [w.file, w.sheet]), [['slj.xlsx', 'Sheet2']]);
    assert.equal(said('zh-Hant')[0]!.message, 'slj.xlsx 工作表「Sheet2」:本表沒有填報單位,按本檔案其他工作表的填報單位「市水利局」讀取:如不是市水利局的數值,請另用一個檔案');
    assert.equal(said('zh-Hans')[0]!.message, 'slj.xlsx 工作表“Sheet2”:本表没有填报单位,按本文件其他工作表的填报单位“市水利局”读取:如不是市水利局的数值,请另用一个文件');
    assert.match(said('en')[0]!.message, /^slj\.xlsx, sheet Sheet2: the sheet names no reporting unit, so it is read as .+'s, as the other sheets of the file name it: if its figures are not .+'s, send them in a file of their own$/);
  });

  test('checked as the unit\'s own: a target it does not lead is refused (notLeadUnit), the lead unit\'s figure standing', async () => {
    const slj = await sljWithSheet2(['t09.1', 2100, date('2023-09-30'), '代填']);
    const gxj = await filled('gxj.xlsx', '市工業和信息化局', (_sheet, row) => give(row, 't09.1', 2000, '2023-09-30'));
    const result = await importFiles([slj, gxj]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.sheet, p.row, p.code]), [['slj.xlsx', 'Sheet2', 2, 'notLeadUnit']]);
    const t091 = result.report!.entries.find((e) => e.target === 't09.1');
    assert.deepEqual([t091?.value, t091?.reportedBy], [2000, ['industry-information-technology-bureau']]);
  });

  test('in a workbook whose sheets name two units, whose it is is not known: refused, never the office\'s', async () => {
    const file = await filled('two.xlsx', '市水利局', (_sheet, row, book) => {
      give(row, 't16.1', 20, '2023-09-30');
      const gxj = book.addWorksheet('工信局');
      gxj.addRow(['填報單位:市工業和信息化局']);
      gxj.addRow(['指標編號', '完成值', '截至日期']);
      gxj.addRow(['t09.1', 2000, date('2023-09-30')]);
      const third = book.addWorksheet('Sheet3');
      third.addRow(['指標編號', '完成值', '截至日期']);
      third.addRow(['t16.2', 0, date('2023-09-30')]);
      third.addRow(['t09.1', 2100, date('2023-09-30')]);
    });
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems.map((p) => [p.sheet, p.row, p.code]), [['Sheet3', undefined, 'workbookUnits']]);
    assert.deepEqual(en.report!.entries.map((e) => [e.target, e.value]), [['t16.1', 20], ['t09.1', 2000]]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'two.xlsx 工作表「Sheet3」:本表沒有填報單位,而本檔案的其他工作表是市水利局、市工業和信息化局的,不知是哪個單位的表,本表填了數值的 2 行未匯入:請在表頭上方寫上填報單位(填報單位:…),或另用一個檔案');
    assert.equal(results['zh-Hans'].problems[0]!.message, 'two.xlsx 工作表“Sheet3”:本表没有填报单位,而本文件的其他工作表是市水利局、市工业和信息化局的,不知是哪个单位的表,本表填了数值的 2 行未导入:请在表头上方写上填报单位(填报单位:…),或另用一个文件');
    assert.match(en.problems[0]!.message, /^two\.xlsx, sheet Sheet3: the sheet names no reporting unit, and the file's other sheets are .+ and .+'s: whose it is is not known, so the sheet's 2 rows with a value are not imported; write its unit above the header \(Reporting unit: …\), or send it in a file of its own$/);
  });

  test('a workbook with no unit line at all is the office\'s own, unsaid', async () => {
    const book = new ExcelJS.Workbook();
    for (const [name, id, value] of [['進度', 't16.1', 20], ['Sheet2', 't16.2', 1]] as const) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow([id, value, date('2023-09-30')]);
    }
    const result = await importFiles([{ name: 'office.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) }]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings.filter((w) => w.code === 'workbookUnit'), []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value, e.reportedBy]), [['t16.1', 20, undefined], ['t16.2', 1, undefined]]);
  });
});

describe('r127 F2: rows hidden under an autofilter', () => {
  test('are read, each said as filtered or hidden by hand; a row hidden below the filter\'s range is skipped, as without one', async () => {
    const file = await filled('slj.xlsx', '市水利局', (sheet, row) => {
      give(row, 't16.1', 20, '2023-09-30');
      give(row, 't16.3', 1, '2023-09-30').hidden = true;
      give(row, 't16.4', 5, '2023-09-30', '草稿,未核實').hidden = true;
      // Below the filter's range (A2:K15): no filter hides it, the clerk did.
      give(row, 't28.1', 3, '2023-09-30').hidden = true;
      sheet.autoFilter = 'A2:K15';
    });
    const results = await inEach([file]);
    const en = results.en;
    assert.deepEqual(en.problems, []);
    assert.deepEqual(en.report!.entries.map((e) => [e.target, e.value]), [['t16.1', 20], ['t16.3', 1], ['t16.4', 5]]);
    assert.deepEqual(en.warnings.filter((w) => w.code === 'filteredRows' || w.code === 'hiddenRows').map((w) => [w.code, w.rows]), [['hiddenRows', [17]], ['filteredRows', [5, 6]]]);
    const filtered = (lang: keyof typeof results) => results[lang].warnings.find((w) => w.code === 'filteredRows')!.message;
    assert.equal(filtered('zh-Hant'), 'slj.xlsx 工作表「進度」:第 5、6 行是篩選或手動隱藏的行,已匯入:如不要匯入,請刪去這些行');
    assert.equal(filtered('zh-Hans'), 'slj.xlsx 工作表“進度”:第 5、6 行是筛选或手动隐藏的行,已导入:如不要导入,请删去这些行');
    assert.equal(filtered('en'), 'slj.xlsx, sheet 進度: rows 5 and 6 are hidden, by the filter or by hand, and are imported: delete them if they are not to be');
  });
  test('the review\'s case: a draft hidden by hand under the template\'s filter (A2:K19), read and said', async () => {
    const file = await filled('slj.xlsx', '市水利局', (sheet, row) => {
      give(row, 't16.1', 20, '2023-09-30');
      give(row, 't16.4', 5, '2023-09-30', '草稿,未核實').hidden = true;
      sheet.autoFilter = 'A2:K19';
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en.report!.entries.map((e) => [e.target, e.value, e.note]), [['t16.1', 20, undefined], ['t16.4', 5, '草稿,未核實']]);
    const filtered = (lang: keyof typeof results) => results[lang].warnings.filter((w) => w.code === 'filteredRows').map((w) => w.message);
    assert.deepEqual(filtered('zh-Hant'), ['slj.xlsx 工作表「進度」:第 6 行是篩選或手動隱藏的行,已匯入:如不要匯入,請刪去此行']);
    assert.deepEqual(filtered('zh-Hans'), ['slj.xlsx 工作表“進度”:第 6 行是筛选或手动隐藏的行,已导入:如不要导入,请删去此行']);
    assert.deepEqual(filtered('en'), ['slj.xlsx, sheet 進度: row 6 is hidden, by the filter or by hand, and is imported: delete it if it is not to be']);
  });
});

describe('r127 F3: a renamed id column', () => {
  for (const renamed of ['目標編號', '指標代碼', '編號']) {
    test(`"${renamed}": the row with the template's other headers is the header, the id column named`, async () => {
      const file = await filled('slj.xlsx', '市水利局', (sheet, row) => {
        give(row, 't16.1', 20, '2023-09-30');
        sheet.getCell('A2').value = renamed;
      });
      const results = await inEach([file]);
      const en = results.en;
      assert.deepEqual(en.problems.map((p) => [p.code, p.row, p.column]), [['missingColumn', 2, renamed]]);
      assert.equal(results['zh-Hant'].problems[0]!.message, `slj.xlsx 工作表「進度」第 2 行「${renamed}」欄:表頭缺少「指標編號」欄,而「${renamed}」欄填的是指標編號,沒有讀取:請把表頭改為「指標編號」`);
      assert.equal(results['zh-Hans'].problems[0]!.message, `slj.xlsx 工作表“進度”第 2 行“${renamed}”列:表头缺少“指标编号”列,而“${renamed}”列填的是指标编号,没有读取:请把表头改为“指标编号”`);
      assert.equal(en.problems[0]!.message, `slj.xlsx, sheet 進度, row 2, ${renamed}: the header has no "Target id" column, and the target ids in the "${renamed}" column are not read: rename it "Target id"`);
    });
  }

  test('column A deleted: the header row named, its id column missing', async () => {
    const file = await filled('slj.xlsx', '市水利局', (sheet, row) => {
      give(row, 't16.1', 20, '2023-09-30');
      sheet.spliceColumns(1, 1);
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems.map((p) => [p.code, p.row, p.column]), [['missingColumn', 2, undefined]]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'slj.xlsx 工作表「進度」第 2 行:表頭缺少「指標編號」欄');
  });

  test('a chart or summary sheet of no ids beside the table is no table, skipped, not a header missing its ids (r129 F2)', async () => {
    const file = await filled('chart.xlsx', '市水利局', (_sheet, row, book) => {
      give(row, 't16.1', 20, '2023-09-30');
      const chart = book.addWorksheet('圖表');
      chart.addRow(['月份', '完成值', '備註']);
      chart.addRow(['1月', 3]);
      chart.addRow(['2月', 5]);
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems, []);
    assert.ok(results.en.report, 'the report is written');
  });
});
