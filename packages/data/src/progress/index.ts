/**
 * `@dz-tasks/data/progress`: progress sheets (督查台賬) in and out, in Node or a browser. Write a template for a plan
 * (CSV or .xlsx), read filled ones back into a checked progress report, append a period to a report's history and
 * compare two reports. ExcelJS is loaded lazily, only when a workbook is written or read.
 *
 * @packageDocumentation
 */
export { progressTemplate, TemplateScopeError, type ProgressTemplate, type ProgressTemplateOptions, type TemplateScope } from './template.js';
export { templateCsv, templateXlsx } from './write-template.js';
export { describeUnreadableReason, unreadableReasonWords, type UnreadableReason } from './unreadable-reasons.js';
export { readCsv, readSheets, UnreadableSheetError, type ReadSheetsOptions, type Sheet, type SheetFile, type SheetRow } from './read-sheets.js';
export { decodeCsv, decodeText, type DecodedCsv } from './csv-encoding.js';
export { importProgressSheets, type HiddenSheet, type ImportProgressOptions, type ProgressImport } from './import-sheets.js';
export type { ReadingSource, SourceRow } from './reading-sources.js';
export { importProgressFiles, type ImportProgressFilesOptions, type ProgressFile } from './import-files.js';
export { ArchiveTooLargeError, DEFAULT_MAX_UNPACKED_BYTES, UNPACK_RATIO } from '../unpacked-size.js';
export { sheetColumns, sheetHeaders, type SheetColumn } from './sheet-columns.js';
export type { SheetProblem, SheetProblemCode, SheetWarning, UnreadColumn } from './sheet-problems.js';
export { appendPeriod, replacedReadings, type DatedReading, type ReplacedReading } from './append-period.js';
export type { HeldBackReading, HeldBackSettler } from './conflicts.js';
export { diffReports, notReportedBy, type DiffReportsOptions, type ReadingWithStatus, type ReportChange } from './diff-reports.js';
export type { RevisedReading } from './diff-revisions.js';
export { fallingTotals, type FallingTotal } from './falling-totals.js';
export { linkedReadingConflicts, type LinkedReadingConflict } from './linked-readings.js';
export { risesInsteadOfFalling } from './reversed-changes.js';
export { withDirectionsRead, type DirectionsRead } from './range-without-direction.js';
export { loneReportDate, type LoneReportDate } from './report-date.js';
