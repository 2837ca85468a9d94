/**
 * The language the sheets' headers are written in: what `dz-plan progress import` speaks without `--lang` (a sheet
 * from a `--lang zh-Hans` template answered in Simplified, r87 L11).
 */
import type { Language } from '../schema.js';
import type { Sheet } from './read-sheets.js';
import { languageOfHeader } from './sheet-columns.js';
import { headerRowOf } from './sheet-layout.js';

/**
 * The one language the header rows of the sheets read are written in (hidden sheets are skipped, as the import skips
 * them); `undefined` when no header tells it, or the sheets' headers differ.
 */
export function languageOfHeaders(sheets: readonly Sheet[]): Language | undefined {
  const found = new Set<Language>();
  for (const sheet of sheets) {
    if (sheet.hidden && sheet.sheet !== undefined) continue;
    const header = headerRowOf(sheet);
    const lang = header < 0 ? undefined : languageOfHeader(sheet.rows[header]!.cells);
    if (lang) found.add(lang);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
