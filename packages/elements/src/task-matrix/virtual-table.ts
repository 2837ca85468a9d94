/**
 * A large matrix as a `<table role="grid">` that renders only a window of rows and columns: gap rows and cells
 * stand in for the rest, `aria-rowcount`/`aria-colcount` give the whole size and `aria-rowindex`/`aria-colindex`
 * where each rendered row and cell stands. Rows are keyed and cached, so moving the focus re-renders only the rows
 * whose highlight or tab stop changed. A chunk of its own in the CDN build, loaded by the first matrix that draws a
 * window (`virtual-table-module.ts`): the matrices within the threshold, every page of the bundled plan, never fetch it.
 */
import type { Language } from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../shared/css-props.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import type { GridNavigation } from './grid-navigation.js';
import type { MatrixView } from './matrix-view.js';
import type { TableParts } from './virtual-table-module.js';
import type { VirtualWindow } from './virtual-window.js';

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => start + i);

export function renderVirtualTable(
  view: MatrixView,
  caption: string,
  sortedByLoad: boolean,
  nav: GridNavigation,
  win: VirtualWindow,
  lang: Language,
  t: Strings,
  { describeCell, headingOf, roleCell, headRow, columnHeader, totalRowHeader, totalCell, shown, ariaRowOf, ariaColumnOf }: TableParts,
): TemplateResult {
  const transposed = view.rowsAre === 'tasks';
  const { rowStart, rowEnd, columnStart, columnEnd } = win.rangeOf();
  const columns = range(columnStart, columnEnd);
  const highlight = nav.focused;
  const { row: activeRow, column: activeColumn } = nav.cursor;
  const cursorRendered = shown(activeRow, rowStart, rowEnd, view.rowCount) && shown(activeColumn, columnStart, columnEnd, view.columnCount);
  // One tab stop always: the cursor's cell, or the window's first while the cursor is scrolled away.
  const tabRow = cursorRendered ? activeRow : rowStart;
  const tabColumn = cursorRendered ? activeColumn : columnStart;
  const highlightColumn = highlight ? activeColumn : -1;
  const gapBefore = `${columnStart * win.columnWidth}px`;
  const gapAfter = `${(view.columnCount - columnEnd) * win.columnWidth}px`;
  const gapCells = (cells: TemplateResult) =>
    html`<td class="gap" aria-hidden="true" ${cssProps({ 'min-width': gapBefore })}></td>${cells}<td
        class="gap"
        aria-hidden="true"
        ${cssProps({ 'min-width': gapAfter })}
      ></td>`;
  const gapRow = (rows: number) =>
    html`<tr class="gap" aria-hidden="true"><td class="gap" ${cssProps({ height: `${rows * win.rowHeight}px` })}></td></tr>`;

  const renderRow = (r: number, rowHighlighted: boolean, tab: number) => {
    const head = headingOf(view.rowItems[r]!, lang, t);
    return html`<tr class=${rowHighlighted ? 'row-hl' : ''} aria-rowindex=${ariaRowOf(r)}>
      <th scope="row" part="row-header" aria-colindex="1">
        <span aria-hidden="true" title=${head.full}>${transposed ? html`<span class="task-number">${head.short}</span>${` ${head.name}`}` : head.full}</span
        ><span class="visually-hidden">${head.full}</span>
      </th>
      ${gapCells(html`${repeat(columns, (c) => c, (c) => roleCell(view.roleAt(r, c), t, c === highlightColumn, c === tab, ariaColumnOf(c)))}`)}
      ${totalCell(view.rowTotals[r]!, t, highlightColumn === view.columnCount, ariaColumnOf(view.columnCount))}
    </tr>`;
  };

  // The frame is no Tab stop (Firefox makes a scrolling box one, unnamed, before the grid): the grid's cell is, and
  // scrolls the frame from the keyboard. The line naming the active cell comes first, seen with the frame: below it, it
  // was under a short window's edge (200% zoom) while the cell scrolled into view.
  // In it, before the table, `.edges` draws a shadow where rows or columns are hidden (scroll-edges.ts).
  // Its `<caption>` names the table, as the whole table's does (table.ts). Browse mode reads only the rows in the page:
  // the note before it, its description, says how large it is and how to reach the rest (review r98 M1).
  return html`<p class="current" aria-hidden="true">${highlight ? describeCell(view, nav.cursor, lang, t) : ''}</p>
    <p id="partial" class="visually-hidden">${transposed ? t.matrixPartial(view.columnCount, view.rowCount) : t.matrixPartial(view.rowCount, view.columnCount)}</p>
    <div class="scroller virtual" tabindex="-1" @scroll=${win.onScroll}><div class="edges"></div>
      <table part="table" role="grid" aria-readonly="true" aria-describedby="partial" @keydown=${nav.onKeydown} @click=${nav.onClick} @focusin=${nav.onFocusIn} @focusout=${nav.onFocusOut} aria-rowcount=${ariaRowOf(view.rowCount)} aria-colcount=${ariaColumnOf(view.columnCount)}>
        <caption id="caption" part="caption"><span class="caption-text">${caption}</span></caption>
        <thead>
          ${headRow(
            transposed,
            t,
            gapCells(html`${repeat(columns, (c) => c, (c) => columnHeader(headingOf(view.columnItems[c]!, lang, t), transposed, lang, c === highlightColumn, ariaColumnOf(c)))}`),
            !transposed && sortedByLoad,
            highlightColumn === view.columnCount,
            ariaColumnOf(view.columnCount),
          )}
        </thead>
        <tbody>
          ${gapRow(rowStart)}
          ${repeat(
            range(rowStart, rowEnd),
            (r) => r,
            (r) => {
              const rowHighlighted = highlight && r === activeRow;
              const tab = r === tabRow ? tabColumn : -1;
              // A row changes only with the grid, the language, the window's columns, its highlight or tab stop, or the highlighted column.
              return guard([view, t, lang, columnStart, columnEnd, rowHighlighted, tab, highlightColumn, win.columnWidth], () => renderRow(r, rowHighlighted, tab));
            },
          )}
          ${gapRow(view.rowCount - rowEnd)}
        </tbody>
        <tfoot>
          <tr class=${highlight && activeRow === view.rowCount ? 'row-hl' : ''} aria-rowindex=${ariaRowOf(view.rowCount)}>
            ${totalRowHeader(t, transposed && sortedByLoad, ariaColumnOf(-1))}
            ${gapCells(html`${repeat(columns, (c) => c, (c) => totalCell(view.columnTotals[c]!, t, c === highlightColumn, ariaColumnOf(c)))}`)}
            ${totalCell(view.totals, t, highlightColumn === view.columnCount, ariaColumnOf(view.columnCount))}
          </tr>
        </tfoot>
      </table>
    </div>`;
}
