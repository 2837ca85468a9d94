/** The matrix as a `<table role="grid">`: sticky headers, role cells with one tab stop, totals, and the active cell in words. */
import type { Language } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { totalContent } from './cells.js';
import type { GridNavigation } from './grid-navigation.js';
import { describeCell, headingOf } from './labels.js';
import type { MatrixView } from './matrix-view.js';
import { roleCells } from './role-cells.js';

/** `hydrating`: the element is taking over a server's table, whose role cells are Lit templates (see role-cells.ts). */
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
  const rowHeads = view.rowItems.map((item) => headingOf(item, lang, t));
  const columnHeads = view.columnItems.map((item) => headingOf(item, lang, t));
  const highlight = nav.focused;
  const { row: activeRow, column: activeColumn } = nav.cursor;
  const tintedColumn = highlight ? activeColumn : -1;
  const columnClass = (base: string, c: number) => (c === tintedColumn ? `${base} col-hl` : base);

  return html`<div class="scroller" role="region" aria-labelledby="caption">
      <table part="table" role="grid" aria-readonly="true" aria-labelledby="caption">
        <caption id="caption" part="caption"><span class="caption-text">${caption}</span></caption>
        <thead>
          <tr>
            <th scope="col" part="header">${transposed ? t.task : t.unit}</th>
            ${columnHeads.map((head, c) =>
              transposed
                ? html`<th scope="col" part="header" class=${columnClass(lang === 'en' ? 'unit-column' : 'unit-column vertical', c)}>
                    ${head.full}
                  </th>`
                : html`<th scope="col" part="header" class=${columnClass('task-number', c)} title=${head.full}>
                    <span aria-hidden="true">${head.short}</span><span class="visually-hidden">${head.full}</span>
                  </th>`,
            )}
            <th scope="col" part="header total" class="total" aria-sort=${!transposed && sortedByLoad ? 'descending' : nothing}>
              ${t.total}${!transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">↓</span>` : nothing}
            </th>
          </tr>
        </thead>
        <tbody @keydown=${nav.onKeydown} @click=${nav.onClick} @focusin=${nav.onFocusIn} @focusout=${nav.onFocusOut}>
          ${rowHeads.map((head, r) => {
            const activeRowHere = r === activeRow;
            return html`<tr class=${highlight && activeRowHere ? 'row-hl' : ''}>
              <th scope="row" part="row-header">
                ${transposed
                  ? html`<span class="task-number" aria-hidden="true">${head.short}</span
                      ><span class="visually-hidden">${head.full}</span><span aria-hidden="true"> ${head.name}</span>`
                  : head.full}
              </th>
              ${roleCells({ view, row: r, t, tintedColumn, tabColumn: activeRowHere ? activeColumn : -1, hydrating })}
              <td part="total" class="total">${totalContent(view.rowTotals[r]!, t)}</td>
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" part="row-header total" class="total" aria-sort=${transposed && sortedByLoad ? 'descending' : nothing}>
              ${t.total}${transposed && sortedByLoad ? html`<span class="sort-mark" aria-hidden="true">→</span>` : nothing}
            </th>
            ${view.columnTotals.map((totals, c) => html`<td part="total" class=${columnClass('total', c)}>${totalContent(totals, t)}</td>`)}
            <td part="total" class="total">${totalContent(view.totals, t)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p class="current" aria-hidden="true">${highlight ? describeCell(view, nav.cursor, lang, t) : ''}</p>`;
}
