/**
 * The matrix on paper: a table wider than a page (the whole plan's 69 tasks) would lose every column beyond the
 * paper's edge, so while printing it is cut into bands of {@link PRINT_BAND_COLUMNS} columns, one plain table per
 * band, each with its caption, header row (repeated on every page), row headers and the rows' totals. Under each band,
 * a key writes out its tasks' titles: the header shows only their numbers. Nothing here is interactive: no grid role,
 * no tab stops, no handlers. Rendered only between `beforeprint` and `afterprint`.
 */
import type { Language } from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleContent, totalContent } from './cells.js';
import { headingOf, type Heading } from './labels.js';
import type { MatrixView } from './matrix-view.js';

/** Columns per printed band: with the row header and the total, they fit across A4 portrait at the print font size. */
export const PRINT_BAND_COLUMNS = 20;

/**
 * The header of a banded table's totals column: its numbers count the row across every band, not the band's columns
 * alone, and a clerk adding up a page must not take them for the page's sum. With the matrix's module only.
 */
const wholeTableTotal: Readonly<Record<Language, string>> = { 'zh-Hant': '全表合計', 'zh-Hans': '全表合计', en: 'Whole-table total' };

/** Whether `view` prints as {@link renderPrintBands}: wider than a band, or with tasks as columns, whose titles the key writes out. */
export const needsPrintBands = (view: MatrixView): boolean => view.columnCount > PRINT_BAND_COLUMNS || view.rowsAre !== 'tasks';

export function renderPrintBands(view: MatrixView, caption: string, lang: Language, t: Strings): TemplateResult {
  const transposed = view.rowsAre === 'tasks';
  const rowHeads = view.rowItems.map((item) => headingOf(item, lang, t));
  const columnHeads = view.columnItems.map((item) => headingOf(item, lang, t));
  const contents = { lead: roleContent('lead', t), participating: roleContent('participating', t) };
  const bands = Math.ceil(view.columnCount / PRINT_BAND_COLUMNS);
  const band = (b: number) => {
    const columns = columnHeads.map((_, c) => c).slice(b * PRINT_BAND_COLUMNS, (b + 1) * PRINT_BAND_COLUMNS);
    return html`<div class="print-band"><table part="table">
      <caption part="caption">${caption}${bands > 1 ? ` (${b + 1}/${bands})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col" part="header">${transposed ? t.task : t.unit}</th>
          ${columns.map((c) =>
            transposed
              ? html`<th scope="col" part="header" class=${lang === 'en' ? 'unit-column' : 'unit-column vertical'}>${columnHeads[c]!.full}</th>`
              : html`<th scope="col" part="header" class="task-number" title=${columnHeads[c]!.full}>${columnHeads[c]!.short}</th>`,
          )}
          <th scope="col" part="header total" class="total">${bands > 1 ? wholeTableTotal[lang] : t.total}</th>
        </tr>
      </thead>
      <tbody>
        ${rowHeads.map(
          (head, r) => html`<tr>
            <th scope="row" part="row-header">${transposed ? `${head.short} ${head.name}` : head.full}</th>
            ${columns.map((c) => {
              const role = view.roleAt(r, c);
              return html`<td part="cell" class=${role ? `cell ${role}` : 'cell empty'}>${role ? contents[role] : ''}</td>`;
            })}
            <td part="total" class="total">${totalContent(view.rowTotals[r]!, t)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" part="row-header total" class="total">${t.total}</th>
          ${columns.map((c) => html`<td part="total" class="total">${totalContent(view.columnTotals[c]!, t)}</td>`)}
          <td part="total" class="total">${totalContent(view.totals, t)}</td>
        </tr>
      </tfoot>
    </table>${transposed ? '' : printKey(columns.map((c) => columnHeads[c]!))}</div>`;
  };
  return html`<div class="print-bands">${Array.from({ length: bands }, (_, b) => band(b))}</div>`;
}

/** The key under a band with tasks as columns: each task's number (the list's own) and title. */
const printKey = (tasks: readonly Heading[]): TemplateResult =>
  html`<ol class="print-key">${tasks.map((task) => html`<li value=${task.short}>${task.name}</li>`)}</ol>`;
