/**
 * F149 (review r72 M2, M4, L6): a unit's sheet whose 填報單位 cell was cleared whole (a blank row above the header, which
 * the office's own template never has) was read as the office's own; `--into --partial` with no reading to add wrote the
 * report only to delete the figure the sheet's rows clashed with; the xlsx template had none of the fills the guide
 * shows (the fixed columns grey, the value, date and note columns yellow).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { progressTemplate, sheetColumns, templateXlsx } from '../src/progress/index.js';
import { filledColumns } from '../src/progress/sheet-columns.js';
import { dzPlanHere } from './helpers.js';
import { importFiles, inEach, plan, utf8 } from './progress-import-helpers.js';

const header = '指標編號,完成值,截至日期,備註';
/** A CSV file `name`: `above` (lines above the header), the header, t09.1 and t09.2 filled in. */
const sheet = (name: string, ...above: string[]) => ({ name, data: utf8([...above, header, 't09.1,2480,2023-06-30,', 't09.2,1200,2023-06-30,'].join('\r\n')) });

describe('r72 M2: a blank row above the header, where a unit\'s template names its unit', () => {
  test('CSV, an empty first line or a line of commas: a problem at that row; nothing of the sheet imported, the other sheets are', async () => {
    for (const above of [[''], [',,,'], ['', '']]) {
      const office = { name: 'office.csv', data: utf8([header, 't02.2,1,2023-06-28,'].join('\r\n')) };
      const result = await importFiles([sheet('gxj.csv', ...above), office]);
      assert.deepEqual(result.problems.map((p) => [p.code, p.file, p.row]), [['blankUnitLine', 'gxj.csv', above.length]], JSON.stringify(above));
      assert.deepEqual(result.report?.entries, [{ target: 't02.2', value: 1 }]);
    }
  });

  test('xlsx: a unit\'s template whose 填報單位 cell was cleared is refused as such', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx(progressTemplate(plan, { unit: '市工信局' }))) as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    ws.getCell('A1').value = null;
    const t091 = ws.getColumn(1).values.indexOf('t09.1');
    ws.getRow(t091).getCell(sheetColumns.indexOf('value') + 1).value = 2480;
    ws.getRow(t091).getCell(sheetColumns.indexOf('asOf') + 1).value = '2023-06-30';
    const result = await importFiles([{ name: 'gxj.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) }]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.file, p.sheet, p.row]), [['blankUnitLine', 'gxj.xlsx', '進度', 1]]);
    assert.equal(result.report, undefined);
  });

  test('says so in each language: the line is empty, the rows not imported, write the unit (填報單位:…) or delete the row', async () => {
    const result = await inEach([sheet('gxj.csv', '')]);
    assert.deepEqual(Object.fromEntries(Object.entries(result).map(([lang, r]) => [lang, r.problems.map((p) => p.message)])), {
      'zh-Hant': ['gxj.csv 第 1 行:表頭上方這一行是空的,單位的範本在此寫填報單位,不知是哪個單位的表,本表填了數值的 2 行未匯入:請寫上單位名稱(填報單位:…),或刪去此行,作為督查辦自己的表匯入'],
      'zh-Hans': ['gxj.csv 第 1 行:表头上方这一行是空的,单位的模板在此写填报单位,不知是哪个单位的表,本表填了数值的 2 行未导入:请写上单位名称(填报单位:…),或删去此行,作为督查办自己的表导入'],
      en: ["gxj.csv, row 1: the line above the header is empty where a unit's template names its unit, so whose sheet this is is not known: the sheet's 2 rows with a value are not imported; write the unit's name (Reporting unit: …), or delete the line to import the sheet as the office's own"],
    });
  });

  test('the office\'s own sheets read as before: the header first, or a title of text above it (a blank row between them too)', async () => {
    for (const above of [[], ['德州市2023年重點工作任務進度表'], ['德州市2023年重點工作任務進度表', '']]) {
      const result = await importFiles([sheet('office.csv', ...above)]);
      assert.deepEqual(result.problems, [], JSON.stringify(above));
      assert.deepEqual(result.report?.entries.map((e) => [e.target, e.reportedBy]), [['t09.1', undefined], ['t09.2', undefined]]);
    }
  });
});

describe('r72 M4: import --into --partial with no reading to add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f149-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  const q1 = `${JSON.stringify({ plan: plan.id, asOf: '2023-03-31', entries: [{ target: 't03.1', value: 20 }, { target: 't09.1', value: 1200 }] }, null, 2)}\n`;

  test('writes nothing, keeps the report\'s figure the rows clash with, names the clash and exits 1', async () => {
    writeFileSync(at('q2c.json'), q1);
    writeFileSync(at('dup.csv'), `${header}\nt09.1,1200,2023-03-31,\nt09.1,1250,2023-03-31,更正\n`);
    const r = await dzPlanHere('progress', 'import', at('dup.csv'), '--into', at('q2c.json'), '--partial');
    assert.equal(r.status, 1, r.stderr);
    assert.equal(readFileSync(at('q2c.json'), 'utf8'), q1);
    assert.match(r.stderr, /^dup\.csv 第 2 行「完成值」欄:t09\.1 在本表出現了兩次.*報告原有 1200/m);
    assert.match(r.stderr, /沒有可寫入的數值/);
    assert.doesNotMatch(r.stderr, /刪去|→/);
  });

  test('with a reading to add, the clash\'s figure is held back as before (F83), and said', async () => {
    writeFileSync(at('q2d.json'), q1);
    writeFileSync(at('dup2.csv'), `${header}\nt09.1,1200,2023-03-31,\nt09.1,1250,2023-03-31,更正\nt09.2,300,2023-03-31,\n`);
    const r = await dzPlanHere('progress', 'import', at('dup2.csv'), '--into', at('q2d.json'), '--partial');
    assert.equal(r.status, 3, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(at('q2d.json'), 'utf8')).entries, [{ target: 't03.1', value: 20 }, { target: 't09.2', value: 300 }]);
    assert.match(r.stderr, /指標 t09\.1\(2023-03-31\):報告原有的 1200個 .*已從報告中刪去/);
  });
});

describe('r72 L6: the xlsx template\'s fills', () => {
  test('the fixed columns light grey (header and cells), the value, date and note columns light yellow; the unit line none', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx(progressTemplate(plan, { unit: '市工信局' }))) as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    const fillOf = (row: number, column: number) => {
      const fill = ws.getRow(row).getCell(column).fill;
      return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
    };
    const expected = sheetColumns.map((column) => (filledColumns.includes(column) ? 'FFFFF2CC' : 'FFD9D9D9'));
    for (const row of [2, 3, ws.rowCount]) assert.deepEqual(sheetColumns.map((_, i) => fillOf(row, i + 1)), expected, `row ${row}`);
    assert.equal(fillOf(1, 1), undefined);
    // Told apart without the colours too: the cells to fill alone are unlocked.
    assert.deepEqual(sheetColumns.filter((_, i) => ws.getRow(3).getCell(i + 1).protection?.locked === false), [...filledColumns]);
  });
});
