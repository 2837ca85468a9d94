/**
 * ExcelJS, loaded only when an .xlsx is written or read: it is large (about 1 MB), and a CSV or a page that never
 * sees a workbook should not pay for it.
 */
import type ExcelJS from 'exceljs';
import { loadOptional } from '../missing-package.js';
import { EXCELJS_PACKAGE } from './exceljs-package.js';

/**
 * The ExcelJS module (its CommonJS default export in Node, the module itself where a bundler unwraps it).
 *
 * @throws MissingPackageError when exceljs, an optional package, is not installed: its message gives the command that
 *   installs it at the range tested, in a browser's bundle as in Node.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const module = (await loadOptional(() => import('exceljs'), EXCELJS_PACKAGE.use.en, ['exceljs'], { exceljs: EXCELJS_PACKAGE.range })) as typeof ExcelJS & { default?: typeof ExcelJS };
  return module.default ?? module;
}
