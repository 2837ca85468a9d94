/** The whole import from files, in Node or a browser: bytes (or `File`s) in, a checked report and its problems out. */
import { languageOption } from '../library-inputs.js';
import type { Plan } from '../schema.js';
import { importProgressSheets, type ImportProgressOptions, type ProgressImport } from './import-sheets.js';
import { readSheets, UnreadableSheetError, type ReadSheetsOptions, type Sheet, type SheetFile } from './read-sheets.js';
import { colonIn, describeWhere, sheetProblemWords, type SheetProblem } from './sheet-problems.js';
import { describeUnreadableReason, type UnreadableReason } from './unreadable-reasons.js';

/** A file as a browser gives it (`File` from an `<input type=file>` or a drop), or a name with bytes. */
export type ProgressFile = SheetFile | { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> };

/** A `File`'s bytes; a TypeError naming what a file must have for anything else (`{ name, bytes }`). */
function bytesOf(file: { readonly name: string; arrayBuffer?: unknown }): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer !== 'function') throw new TypeError(`importProgressFiles: file "${file.name}" has neither data (its bytes) nor arrayBuffer(): give { name, data } or a File`);
  return file.arrayBuffer();
}

/** Options of {@link importProgressFiles}: the import's, and how far a workbook may unpack. */
export interface ImportProgressFilesOptions extends ImportProgressOptions, ReadSheetsOptions {}

/**
 * Reads filled progress sheets (.xlsx; CSV in UTF-8, UTF-16, GBK or Big5) and merges them into one report for the
 * plan, with every problem named by file, sheet, row and column. ExcelJS is loaded only if a file is a workbook; a
 * workbook that unpacks to more than `maxUnpackedBytes` (200 MiB by default) is an `unreadable` problem, not a full
 * memory.
 *
 * @example
 * ```ts
 * input.addEventListener('change', async () => {
 *   const result = await importProgressFiles([...input.files!], dezhouPlan, { lang: 'zh-Hans' });
 *   if (result.problems.length === 0) send(result.report);
 * });
 * ```
 * @throws TypeError for a file with neither `data` nor `arrayBuffer()`.
 */
export async function importProgressFiles(files: readonly ProgressFile[], plan: Plan, options: ImportProgressFilesOptions = {}): Promise<ProgressImport> {
  return importFilesRead(await readProgressFiles(files, options), plan, options);
}

/** The sheets of files read, and each file that could not be read with why: what {@link importFilesRead} imports. */
export interface FilesRead {
  readonly sheets: readonly Sheet[];
  readonly unreadable: readonly { readonly file: string; readonly reason: UnreadableReason }[];
}

/**
 * The sheets of the files, read as {@link importProgressFiles} reads them, before any word is said: `dz-plan progress
 * import` speaks the language of their headers when `--lang` is not given (`languageOfHeaders`).
 */
export async function readProgressFiles(files: readonly ProgressFile[], options: ReadSheetsOptions = {}): Promise<FilesRead> {
  const sheets: Sheet[] = [];
  const unreadable: { file: string; reason: UnreadableReason }[] = [];
  for (const file of files) {
    const data = 'data' in file ? file.data : await bytesOf(file);
    try {
      // One by one, not push(...sheets): a workbook's worksheets are as many as it says.
      for (const sheet of await readSheets({ name: file.name, data }, options)) sheets.push(sheet);
    } catch (error) {
      if (!(error instanceof UnreadableSheetError)) throw error;
      unreadable.push({ file: file.name, reason: error.reason });
    }
  }
  return { sheets, unreadable };
}

/** The import of files read ({@link readProgressFiles}): each file that could not be read a problem, first. */
export function importFilesRead({ sheets, unreadable }: FilesRead, plan: Plan, options: ImportProgressOptions = {}): ProgressImport {
  const lang = languageOption(options.lang, 'zh-Hant');
  const problems: SheetProblem[] = unreadable.map(({ file, reason }) => ({
    code: 'unreadable',
    file,
    message: `${describeWhere({ file }, lang)}${colonIn(lang)}${sheetProblemWords[lang].unreadable(describeUnreadableReason(reason, lang))}`,
  }));
  const result = importProgressSheets(sheets, plan, options);
  return problems.length ? { ...result, problems: [...problems, ...result.problems] } : result;
}
