/**
 * F156 (review r73 M1, M2): a unit's sheet whose 填報單位 row was hidden in Excel was imported as the office's own,
 * silently; `progress diff` counted "0 in status" for a target whose status changed when a published figure was also
 * corrected.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { diffReports, progressTemplate, sheetColumns, templateXlsx } from '../src/progress/index.js';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';
import { importFiles, plan } from './progress-import-helpers.js';

/** 市工信局's template, t09.1 filled in (2480 on 30 June), its row 1 (the 填報單位 line) set by `line`, then hidden. */
async function hiddenLineSheet(line?: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await templateXlsx(progressTemplate(plan, { unit: '市工信局' }))) as unknown as ArrayBuffer);
  const ws = book.worksheets[0]!;
  if (line !== undefined) ws.getCell('A1').value = line;
  const t091 = ws.getColumn(1).values.indexOf('t09.1');
  ws.getRow(t091).getCell(sheetColumns.indexOf('value') + 1).value = 2480;
  ws.getRow(t091).getCell(sheetColumns.indexOf('asOf') + 1).value = '2023-06-30';
  ws.getRow(1).hidden = true;
  return { name: 'gxj.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe('r73 M1: the 填報單位 row hidden in Excel', () => {
  test("the sheet is still the unit's: imported as its, with a warning that the line is hidden", async () => {
    const result = await importFiles([await hiddenLineSheet()]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries.map((e) => [e.target, e.reportedBy]), [['t09.1', ['industry-information-technology-bureau']]]);
    const hidden = result.warnings.filter((w) => w.code === 'hiddenUnitLine');
    assert.deepEqual(hidden.map((w) => [w.file, w.sheet, w.row, w.text]), [['gxj.xlsx', '進度', 1, '填報單位:市工業和信息化局']]);
    assert.match(hidden[0]!.message, /^gxj\.xlsx, sheet 進度, row 1: .*hidden in Excel/);
  });

  test('a hidden line naming a unit the plan does not have, or none, is refused as a visible one is', async () => {
    const unknown = await importFiles([await hiddenLineSheet('填報單位:市某某局')]);
    assert.deepEqual(unknown.problems.map((p) => [p.code, p.row]), [['unknownUnit', 1]]);
    const erased = await importFiles([await hiddenLineSheet('填報單位:')]);
    assert.deepEqual(erased.problems.map((p) => [p.code, p.row]), [['unnamedUnit', 1]]);
    assert.equal(erased.report, undefined);
  });
});

/** June, published: 100 base stations (seriously behind). */
const old = reportJson('2023-06-30', [{ target: 't09.1', value: 100 }]);
/** September: June's 100 corrected to 3,000, and 3,100 (met). */
const corrected = reportJson('2023-09-30', [
  { target: 't09.1', value: 3000, asOf: '2023-06-30' },
  { target: 't09.1', value: 3100 },
]);

describe('r73 M2: a status change and a published figure corrected, both counted', () => {
  const { at } = cliScratch('dz-plan-f156-');

  test('diffReports: the change keeps its direction; contradicts is absent, contradiction kept for the revision', () => {
    const [change] = diffReports(JSON.parse(old), JSON.parse(corrected), dezhouPlan, { lang: 'en', today: '2026-12-01' });
    assert.deepEqual(
      [change?.target, change?.before?.status, change?.after?.status, change?.direction, change?.contradiction, change?.contradicts, change?.revised?.length],
      ['t09.1', 'seriouslyBehind', 'met', 'better', true, undefined, 1],
    );
  });

  test('progress diff: the line marked ≠, the last line counting the status change and the revision apart', async () => {
    writeFileSync(at('old.json'), old);
    writeFileSync(at('new.json'), corrected);
    const r = await dzPlanHere('progress', 'diff', at('old.json'), at('new.json'), '--lang', 'en');
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines.find((line) => line.includes(' t09.1 ')) ?? '', /^≠ t09\.1 .*seriously behind\) → .*, met\) \(corrected: /, r.stdout);
    assert.equal(lines.at(-1), '1 target changed, 1 in status: 1 better (↑), 0 worse (↓); 1 with a published figure corrected or removed (≠)', r.stdout);
    assert.equal(r.status, 1);
  });
});
