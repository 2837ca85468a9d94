/**
 * ExcelJS as an optional package: the range the packages are tested with (their `peerDependencies`) and what it is
 * for. Apart from the other optional packages' facts (`node/optional-packages.ts`, which reads these), since the
 * workbook functions run in browsers too: a bundle of them carries only this package's name.
 */
export const EXCELJS_PACKAGE = {
  range: '^4.4.0',
  use: { 'zh-Hant': '讀寫 .xlsx 工作簿', 'zh-Hans': '读写 .xlsx 工作簿', en: 'reading and writing .xlsx workbooks' },
} as const;
