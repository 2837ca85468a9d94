/**
 * The matrix's CSV as a file download, named after what it holds. (Loaded on the first download it took a chunk of
 * the bundler's runtime with it, 0.2 KB and a request more on the matrix's page than this module itself.)
 */
import { CSV_BOM, type Language } from '@dz-tasks/data';
import type { MatrixView } from './matrix-view.js';

/**
 * `dz-task-matrix-<plan id>-s04-zh-hant.csv`: the plan, the sections or up to three units (`unitFilter`) shown, and the
 * language, so two plans' or two languages' files never take one name.
 */
export function csvFileName(view: MatrixView, unitFilter: boolean, planId: string, lang: Language): string {
  const parts = [planId, ...view.sections.map((section) => section.id)];
  if (unitFilter) parts.push(...(view.matrix.rows.length <= 3 ? view.matrix.rows.map((unit) => unit.id) : ['units']));
  if (view.rowsAre === 'tasks') parts.push('by-task');
  return ['dz-task-matrix', ...parts, lang.toLowerCase()].join('-') + '.csv';
}

/**
 * Hands text to the browser as a file download: a Blob, an object URL and a temporary `<a download>` inside
 * `parent` (a shadow root is fine), so no page markup is touched.
 */
function downloadText(parent: ParentNode, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Firefox starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads `csv` (what `toCsv()` returns) with a byte-order mark, so Excel reads the Chinese as UTF-8, named by {@link csvFileName}. */
export function downloadCsvFile(parent: ParentNode, csv: string, ...name: Parameters<typeof csvFileName>): void {
  downloadText(parent, csvFileName(...name), CSV_BOM + csv);
}
