/** The matrix as a `<table role="grid">`: sticky headers, role cells with one tab stop, totals, and the active cell in words. */
import type { Language } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import type { GridNavigation } from './grid-navigation.js';
import { describeCell } from './labels.js';
import type { MatrixView } from './matrix-view.js';
import { COLUMN_TINT } from './role-cells.js';
import { bodyRow, bodyRows, columnHeaders, columnTotals, totalCell, type GridState } from './table-grid.js';
import { ariaColumnOf, ariaRowOf } from './virtual-window.js';

// The header row and the totals' row header, both tables' (the windowed one's through `tableParts`,
// virtual-table-module.ts, with its `aria-rowindex` and `aria-colindex`). On one line: their markers are the table's
// (table-grid.test.ts), and 合計 with its sort mark one part.

/**
 * The header row: the corner (what the rows are, 單位 or 任務), the column headers `columns`, and 合計, the totals'
 * column's, tinted with it; `sorted` when the units (rows) are ordered by their totals. `ariaTotal`: in a windowed
 * table, the 合計 column's `aria-colindex`, and the row's and corner's indexes with it.
 */
export function headRow(transposed: boolean, t: Strings, columns: unknown, sorted: boolean, tinted: boolean, ariaTotal?: number): TemplateResult {
  return html`<tr aria-rowindex=${ariaTotal ? ariaRowOf(-1) : nothing}><th scope="col" part="header" aria-colindex=${ariaTotal ? ariaColumnOf(-1) : nothing}>${transposed ? t.task : t.unit}</th>${columns}<th scope="col" part="header total" class=${tinted ? `total ${COLUMN_TINT}` : 'total'} aria-colindex=${ariaTotal ?? nothing} aria-sort=${sorted ? 'descending' : nothing}>${sorted ? html`${t.total}<span class="sort-mark" aria-hidden="true">↓</span>` : t.total}</th></tr>`;
}

/** 合計, the totals' row's header; `sorted` when the units (columns) are ordered by their totals. */
export function totalRowHeader(t: Strings, sorted: boolean, ariaColumn?: number): TemplateResult {
  return html`<th scope="row" part="row-header total" class="total" aria-colindex=${ariaColumn ?? nothing} aria-sort=${sorted ? 'descending' : nothing}>${sorted ? html`${t.total}<span class="sort-mark" aria-hidden="true">→</span>` : t.total}</th>`;
}

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
          ${headRow(transposed, t, columnHeaders(grid), !transposed && sortedByLoad, sumColumn)}
        </thead>
        <tbody>${bodyRows(grid)}</tbody>
        <tfoot>
          ${bodyRow(
            sumRow,
            html`${totalRowHeader(t, transposed && sortedByLoad)} ${columnTotals(grid)} ${totalCell(view.totals, t, sumColumn)}`,
          )}
        </tfoot>
      </table>
    </div>`;
}
