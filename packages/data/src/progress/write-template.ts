/**
 * A progress template as a file: CSV (UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it right) or
 * .xlsx, with the fixed columns protected and a data-validation rule on the value and date columns.
 */
import { CSV_BOM, toCsv } from '../csv-text.js';
import { filledColumns, sheetColumns } from './sheet-columns.js';
import type { ProgressTemplate } from './template.js';
import { loadExcelJs } from './load-exceljs.js';

/**
 * The template as CSV text, with a byte-order mark and CRLF line ends (as Excel writes them); a plan's text that a
 * spreadsheet could run as a formula (a metric starting with `=`) is written as text.
 */
export function templateCsv(template: ProgressTemplate): string {
  return CSV_BOM + toCsv([template.header, ...template.rows]);
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
 * The template as an .xlsx workbook: one sheet, the header row frozen, every column but the value, date and note
 * locked (the sheet is protected without a password: it guards against slips, not people), a rule on the value
 * column (a number; text such as `2.1萬` is allowed after a warning, the import reads it) and on the date column.
 */
export async function templateXlsx(template: ProgressTemplate): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const words = xlsxWords[template.lang];
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns.map((column, i) => ({ key: column, width: column === 'task' || column === 'metric' ? 36 : column === 'lead' ? 24 : Math.max(12, template.header[i]!.length * 2 + 2) }));
  sheet.addRow([...template.header]).font = { bold: true };
  const filled = filledColumns.map((column) => sheetColumns.indexOf(column) + 1);
  const [valueColumn, dateColumn] = filled as [number, number, number];
  for (const row of template.rows) {
    const added = sheet.addRow([...row]);
    for (const c of filled) added.getCell(c).protection = { locked: false };
    added.getCell(valueColumn).dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [-1e15, 1e15],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: words.valueTitle,
      prompt: words.value,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: words.valueTitle,
      error: words.value,
    };
    const date = added.getCell(dateColumn);
    date.numFmt = 'yyyy-mm-dd';
    date.dataValidation = {
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
    };
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
