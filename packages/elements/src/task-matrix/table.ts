/** The matrix as a `<table role="grid">`: sticky headers, role cells with one tab stop, totals, and the active cell in words. */
import type { Language } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import type { GridNavigation } from './grid-navigation.js';
import { describeCell } from './labels.js';
import type { MatrixView } from './matrix-view.js';
import { bodyRow, bodyRows, columnHeaders, columnTotals, totalCell, type GridState } from './table-grid.js';

/** `hydrating`: the element is taking over a server's table, whose cells are Lit templates (see table-grid.ts). */
export function renderTable(
  view: MatrixView,
  caption: string,
  sortedByLoad: boolean,
  nav: GridNavigation,
  lang: Language,
  t: Strings,
  hydrating: boolean,
): TemplateResult {
  const transposed = view.rowsAre === 'tasks';
  const highlight = nav.focused;
  const { row: activeRow, column: activeColumn } = nav.cursor;
  // The totals' row and column, whose headers and sums are tinted here (the grid's directives tint the others').
  const sumRow = highlight && activeRow === view.rowCount;
  const sumColumn = highlight && activeColumn === view.columnCount;
  const grid: GridState = {
    view,
    lang,
    t,
    tintedRow: highlight ? activeRow : -1,
    tintedColumn: highlight ? activeColumn : -1,
    tabRow: activeRow,
    tabColumn: activeColumn,
    hydrating,
  };

  // The frame is no Tab stop (Firefox makes a scrolling box one, unnamed, before the grid): the grid's cell is, and
  // scrolls the frame from the keyboard. The line naming the active cell comes first, seen with the frame: below it, it
  // was under a short window's edge (200% zoom) while the cell scrolled into view.
  // In it, before the table, `.edges` draws a shadow where rows or columns are hidden (scroll-edges.ts).
  // The `<caption>` alone names the table: `aria-labelledby` on it as well made Chromium take the caption as its
  // description too, read twice (review r86 M1). Its id is for the export button's `aria-describedby`.
  return html`<p class="current" aria-hidden="true">${highlight ? describeCell(view, nav.cursor, lang, t) : ''}</p>
    <div class="scroller" tabindex="-1"><div class="edges"></div>
      <table part="table" role="grid" aria-readonly="true" @keydown=${nav.onKeydown} @click=${nav.onClick} @focusin=${nav.onFocusIn} @focusout=${nav.onFocusOut}>
        <caption id="caption" part="caption"><span class="caption-text">${caption}</span></caption>
        <thead>
          <tr>
            <th scope="col" part="header">${transposed ? t.task : t.unit}</th>
            ${columnHeaders(grid)}
            <th scope="col" part="header total" class=${sumColumn ? 'total col-hl' : 'total'} aria-sort=${!transposed && sortedByLoad ? 'descending' : nothing}>
              ${t.total}${!transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">↓</span>` : nothing}
            </th>
          </tr>
        </thead>
        <tbody>${bodyRows(grid)}</tbody>
        <tfoot>
          ${bodyRow(
            sumRow,
            html`<th scope="row" part="row-header total" class="total" aria-sort=${transposed && sortedByLoad ? 'descending' : nothing}>
                ${t.total}${transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">→</span>` : nothing}
              </th>
              ${columnTotals(grid)} ${totalCell(view.totals, t, sumColumn)}`,
          )}
        </tfoot>
      </table>
    </div>`;
}
