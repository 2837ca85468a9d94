/**
 * A progress template as a file: CSV (UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it right) or
 * .xlsx, with the fixed columns protected, an input prompt on the value and date columns and a date rule on the latter.
 */
import type ExcelJS from 'exceljs';
import { CSV_BOM, toCsv } from '../csv-text.js';
import { filledColumns, sheetColumns } from './sheet-columns.js';
import type { ProgressTemplate } from './template.js';
import { loadExcelJs } from './load-exceljs.js';
import { reportingUnitLine } from './reporting-unit.js';

/** The lines above the header: a unit's template names its unit (`填報單位:…`), for the import to know whose sheet it is. */
const linesAbove = (template: ProgressTemplate): string[][] => (template.unit ? [[reportingUnitLine(template.unit.name, template.lang)]] : []);

/**
 * The template as CSV text, with a byte-order mark and CRLF line ends (as Excel writes them), a unit's with its unit
 * in a line above the header; a plan's text that a spreadsheet could run as a formula (a metric starting with `=`) is
 * written as text.
 */
export function templateCsv(template: ProgressTemplate): string {
  return CSV_BOM + toCsv([...linesAbove(template), template.header, ...template.rows]);
}

/** The name of the worksheet and the input prompts, per language. */
const xlsxWords = {
  'zh-Hant': {
    sheet: '進度',
    valueTitle: '完成值',
    value: '填數字,可帶單位或「萬」:2100、2,100、2.1萬、36.4%',
    dateTitle: '截至日期',
    date: '日期,如 2023-06-30',
  },
  'zh-Hans': {
    sheet: '进度',
    valueTitle: '完成值',
    value: '填数字,可带单位或“万”:2100、2,100、2.1万、36.4%',
    dateTitle: '截至日期',
    date: '日期,如 2023-06-30',
  },
  en: {
    sheet: 'Progress',
    valueTitle: 'Value',
    value: 'A number, with the unit or 萬 if you like: 2100, 2,100, 2.1萬, 36.4%',
    dateTitle: 'As of',
    date: 'A date such as 2023-06-30',
  },
} as const;

/**
 * The template's columns' widths in the .xlsx, in Excel's characters (a CJK character takes two), in
 * {@link sheetColumns} order: the measure column holds its usual words on one line (已獲評定或列入名單數量), a
 * change's hint on a few.
 */
export const columnWidths = (template: ProgressTemplate): number[] =>
  sheetColumns.map((column, i) =>
    column === 'task' || column === 'metric' ? 36 : column === 'lead' || column === 'measure' ? 24 : Math.max(12, template.header[i]!.length * 2 + 2),
  );

/**
 * The fills of the fixed (locked) columns, header and cells, and of the columns to fill: a light grey and a light
 * yellow far enough apart in lightness to tell apart printed in grey too; the lock and the header tell them apart
 * without colour (review r72 L6: the guide's screenshot showed them, the file had none).
 */
const fixedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const openFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/**
 * The template as an .xlsx workbook: one sheet, a unit's with its unit in a line above the header (locked, as the
 * fixed columns), the header row frozen, every column but the value, date and note
 * locked (the sheet is protected without a password: it guards against slips, not people), an input prompt on the
 * value column and no rule (its prompt allows `2,480個` or `3.2萬`, which the import reads: a number rule warned at
 * each, review r68 M5), a date rule on the date column, each rule on one range of its column. The fixed columns wrap
 * their words: a long task, metric or target, and a change target's hint (較2020年下降幅度(填正數…不降反升填負數)), are
 * read in full in the sheet and on paper. The fixed columns are light grey, the value, date and note columns light
 * yellow (header and cells).
 */
export async function templateXlsx(template: ProgressTemplate): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const words = xlsxWords[template.lang];
  const workbook = new Workbook();
  const above = linesAbove(template);
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: above.length + 1 }] });
  const widths = columnWidths(template);
  sheet.columns = sheetColumns.map((column, i) => ({ key: column, width: widths[i]! }));
  for (const line of above) sheet.addRow(line);
  const filled = filledColumns.map((column) => sheetColumns.indexOf(column) + 1);
  const [valueColumn, dateColumn] = filled as [number, number, number];
  const fixed = sheetColumns.flatMap((column, i) => (filledColumns.includes(column) ? [] : [i + 1]));
  const headerRow = sheet.addRow([...template.header]);
  headerRow.font = { bold: true };
  for (const c of fixed) headerRow.getCell(c).fill = fixedFill;
  for (const c of filled) headerRow.getCell(c).fill = openFill;
  const firstRow = sheet.rowCount + 1;
  for (const row of template.rows) {
    const added = sheet.addRow([...row]);
    for (const c of filled) Object.assign(added.getCell(c), { protection: { locked: false }, fill: openFill });
    for (const c of fixed) Object.assign(added.getCell(c), { alignment: { wrapText: true }, fill: fixedFill });
    added.getCell(dateColumn).numFmt = 'yyyy-mm-dd';
  }
  // A range of no row (a template of none, which progressTemplate does not make) would read backwards: I2:I1.
  if (template.rows.length) {
    const rows = (column: number) => `${sheet.getColumn(column).letter}${firstRow}:${sheet.getColumn(column).letter}${sheet.rowCount}`;
    // Excel's "any value": the prompt alone. ExcelJS writes and reads the type `any` but does not declare it.
    validations(sheet).add(rows(valueColumn), { type: 'any', showInputMessage: true, promptTitle: words.valueTitle, prompt: words.value } as unknown as ExcelJS.DataValidation);
    validations(sheet).add(rows(dateColumn), {
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: words.dateTitle,
      prompt: words.date,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: words.dateTitle,
      error: words.date,
    });
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A worksheet's data validations by range, which ExcelJS has but does not declare. A rule set on each cell is merged
 * by ExcelJS into ranges from its addresses sorted as strings, I10 before I2, and written twice, as I10:I37 and I2:I37:
 * ranges that overlap, which the OOXML spec forbids and Excel "repairs" on opening. A range added as one is written
 * as it is.
 */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
