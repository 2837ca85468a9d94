/** The matrix as a `<table role="grid">`: sticky headers, role cells with one tab stop, totals, and the active cell in words. */
import type { Language } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleContent, totalContent } from './cells.js';
import type { GridNavigation } from './grid-navigation.js';
import { describeCell, headingOf } from './labels.js';
import type { MatrixView } from './matrix-view.js';

export function renderTable(view: MatrixView, caption: string, sortedByLoad: boolean, nav: GridNavigation, lang: Language, t: Strings): TemplateResult {
  const transposed = view.rowsAre === 'tasks';
  const rowHeads = view.rowItems.map((item) => headingOf(item, lang, t));
  const columnHeads = view.columnItems.map((item) => headingOf(item, lang, t));
  const highlight = nav.focused;
  const { row: activeRow, column: activeColumn } = nav.cursor;
  // The same three contents serve every cell: 3312 cells stay plain templates, with no per-cell work beyond a lookup.
  const contents = { lead: roleContent('lead', t), participating: roleContent('participating', t) };
  const columnIndexes = columnHeads.map((_, c) => c);
  const columnClass = (base: string, c: number) => (highlight && c === activeColumn ? `${base} col-hl` : base);

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
              ${columnIndexes.map((c) => {
                const role = view.roleAt(r, c);
                return html`<td
                  part="cell"
                  class=${columnClass(role ? `cell ${role}` : 'cell empty', c)}
                  tabindex=${activeRowHere && c === activeColumn ? 0 : -1}
                >${role ? contents[role] : nothing}</td>`;
              })}
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
