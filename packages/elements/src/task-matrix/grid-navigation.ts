/**
 * Keyboard navigation of the matrix's grid as a reactive controller: one tab stop (a roving `tabindex`), arrow
 * keys, Page Up/Down, Home/End and Ctrl+Home/End between the role cells, Enter, Space or a click to select. The
 * cursor stays on the same unit and task when the table is re-sorted, transposed or filtered, focus stays on it
 * when a re-render reuses the cells, and comes back to it when the table returns after a loading state. The narrow
 * list is one tab stop too: its item at the cursor (or its first), arrow keys, Page Up/Down, Home and End between its
 * items.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import type { MatrixView } from './matrix-view.js';
import { ariaColumnOf, ariaRowOf } from './virtual-table.js';

/** A role cell, by row and column of the grid (headers and totals not counted). */
export interface Position {
  readonly row: number;
  readonly column: number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Rows (in the narrow list, items) a Page Up or Page Down moves. */
const PAGE = 10;

export class GridNavigation implements ReactiveController {
  /** The roving-tabindex cell (the one with `tabindex="0"`). */
  cursor: Position = { row: 0, column: 0 };

  /** Whether the cursor is one a reader chose (a focus or a move), not the first cell by default. */
  get placed(): boolean {
    return !!this.cursorKey;
  }

  /** Whether focus is in the grid: only then are the active cell's row and column highlighted. */
  focused = false;

  /** The cursor's unit and task, so it stays on them when the table is re-sorted, transposed or filtered. */
  private cursorKey?: { unitId: string; taskId: string };
  private refocus = false;
  /** An item of the narrow list had focus before the render. */
  private itemFocused = false;
  /** A move to a cell that was not rendered yet: focus it after the render that adds it. */
  private focusAfterRender = false;
  /** Between the host's render and its end: a blur then is the render's, which focuses the cursor's cell again after. */
  private rendering = false;
  /**
   * A render took the focused cell away with the grid (the loading state of a language, section or plan still to
   * come): focus the cursor's cell when the grid is back, unless the reader has put focus somewhere else meanwhile.
   */
  private focusWhenBack = false;

  /**
   * @param grid The grid shown now, or `undefined` when there is none (loading, an error, no match).
   * @param reveal Renders the cell at a position if it is not (a large table renders a window); returns whether a
   *   render must come first.
   */
  constructor(
    private readonly host: Host,
    private readonly grid: () => MatrixView | undefined,
    private readonly reveal: (at: Position) => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** Before each render: remember whether a cell has focus, and keep the cursor on its unit and task, inside the grid. */
  hostUpdate(): void {
    const active = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.refocus = !!active && active.matches('td.cell');
    this.rendering = true;
    // An item of the narrow list has focus (the cursor's: `onListFocusIn` keeps the cursor on its unit and task; its
    // position is the view's before this render): focus the cursor's item after it, or its cell if the table
    // replaces the list.
    if (active?.matches('button.item')) this.itemFocused = true;
    const view = this.grid();
    if (!view || !view.rowCount || !view.columnCount) return;
    // Focus comes back to the grid after this render (from the list's item, or after a loading state that lost it): a
    // table draws it focused now, as the cell's `focusin` then asks for nothing (a list draws no `focused`).
    if (this.itemFocused || (this.focusWhenBack && this.focusIsLost())) this.focused = this.focusAfterRender = true;
    const kept = this.cursorKey && view.cellOf(this.cursorKey.unitId, this.cursorKey.taskId);
    const next = kept ?? {
      row: Math.min(this.cursor.row, view.rowCount - 1),
      column: Math.min(this.cursor.column, view.columnCount - 1),
    };
    if (next.row !== this.cursor.row || next.column !== this.cursor.column) this.cursor = next;
  }

  /**
   * A re-render reuses cells by position: keep focus on the cell of the same unit and task. The state the render drew
   * (`focused`) stays true across it, so focusing the cell again requests no second update.
   */
  hostUpdated(): void {
    if (this.itemFocused) {
      // The list re-sorted, transposed or filtered: focus its tab stop, the cursor's item (or the first). While it
      // waits for data (another section's), it comes back focused, unless the reader has put focus somewhere else.
      const stop = this.host.renderRoot.querySelector<HTMLElement>('button.item[tabindex="0"]');
      const waiting = !stop && !this.grid();
      if (stop || waiting) {
        this.rendering = this.focused = false;
        if (waiting) this.itemFocused = this.focusIsLost();
        else {
          this.itemFocused = this.focusAfterRender = false;
          if ((this.host.renderRoot as ShadowRoot).activeElement !== stop) stop!.focus();
        }
        return;
      }
      this.itemFocused = false;
    }
    const cell = this.cellAt(this.cursor);
    const pending = this.focusAfterRender;
    this.focusAfterRender = false;
    if (cell) this.focusWhenBack = false;
    this.rendering = false;
    if (pending && cell) {
      cell.focus({ preventScroll: true });
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    if (this.refocus && cell && (this.host.renderRoot as ShadowRoot).activeElement !== cell) cell.focus({ preventScroll: true });
    // The render took the focused cell away and there is none to focus again: focus has left the grid, as a
    // `focusout` would have said. If the table gave way to the narrow list, focus goes to the cursor's item there
    // (or its row's first item, when the cursor is on an empty cell).
    else if (this.focused && !this.tbody()?.contains((this.host.renderRoot as ShadowRoot).activeElement)) {
      const { row, column } = this.cursor;
      const items = this.host.renderRoot.querySelectorAll<HTMLElement>(`button.item[data-row="${row}"]`);
      ([...items].find((item) => item.dataset['column'] === `${column}`) ?? items[0])?.focus();
      this.focused = false;
      this.focusWhenBack = !this.grid();
      // Only a table draws `focused`.
      if (this.tbody()) this.host.requestUpdate();
    }
  }

  /** Whether focus is on no element: on the body, or on the host with nothing focused inside it. */
  private focusIsLost(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || (active === this.host && !(this.host.renderRoot as ShadowRoot).activeElement);
  }

  /** Emits `dz-select` for the cell at `at` (a table cell, or an item of the narrow list). */
  select(at: Position): void {
    const view = this.grid();
    if (!view || at.row >= view.rowCount || at.column >= view.columnCount) return;
    emit(this.host, 'dz-select', {
      taskId: view.taskAt(at.row, at.column).id,
      unitId: view.unitAt(at.row, at.column).id,
      role: view.roleAt(at.row, at.column),
    });
  }

  // Listeners are arrow functions: Lit calls a listener with the host element as `this`.

  readonly onKeydown = (event: KeyboardEvent): void => {
    const at = this.positionOf(event.target);
    const view = this.grid();
    if (!at || !view) return;
    const lastRow = view.rowCount - 1;
    const lastColumn = view.columnCount - 1;
    const toCorner = event.ctrlKey || event.metaKey;
    let { row, column } = at;
    switch (event.key) {
      case 'ArrowRight':
        column = Math.min(column + 1, lastColumn);
        break;
      case 'ArrowLeft':
        column = Math.max(column - 1, 0);
        break;
      case 'ArrowDown':
        row = Math.min(row + 1, lastRow);
        break;
      case 'ArrowUp':
        row = Math.max(row - 1, 0);
        break;
      case 'PageDown':
        row = Math.min(row + PAGE, lastRow);
        break;
      case 'PageUp':
        row = Math.max(row - PAGE, 0);
        break;
      case 'Home':
        column = 0;
        if (toCorner) row = 0;
        break;
      case 'End':
        column = lastColumn;
        if (toCorner) row = lastRow;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(at);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo({ row, column });
  };

  readonly onClick = (event: MouseEvent): void => {
    const at = this.positionOf(event.target);
    if (!at) return;
    this.moveTo(at);
    this.select(at);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const at = this.positionOf(event.target);
    if (!at) return;
    if (!this.focused) {
      this.focused = true;
      this.host.requestUpdate();
    }
    if (at.row !== this.cursor.row || at.column !== this.cursor.column) this.setCursor(at);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    // A render that removes or moves the focused cell blurs it (Chromium): the cursor's cell is focused after it.
    if (this.rendering && !next) return;
    if (this.focused && (!next || !this.tbody()?.contains(next))) {
      this.focused = false;
      this.host.requestUpdate();
    }
  };

  /** A click on an item of the narrow list (or Enter or Space, which press its button). */
  readonly onListClick = (event: MouseEvent): void => {
    const at = itemAt(event.target);
    if (at) this.select(at);
  };

  /**
   * A focused item of the narrow list is the cursor, and so the list's tab stop. An item that is the tab stop already
   * (the one a render focuses again after a re-sort, transpose or filter) would render the same: no update for it.
   */
  readonly onListFocusIn = (event: FocusEvent): void => {
    const at = itemAt(event.target);
    if (at) this.setCursor(at, (event.target as HTMLElement).tabIndex !== 0);
  };

  /**
   * Arrow keys move item to item across the list's groups and entries (no wrapping), Page Up and Page Down by
   * {@link PAGE} items (as the table's rows: not the page's scroll, which took the focused item off the screen), Home
   * and End to its ends.
   */
  readonly onListKeydown = (event: KeyboardEvent): void => {
    // With a modifier the keys are the browser's (Alt+ArrowLeft goes back) or the reader's (Shift+End selects).
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>('button.item')];
    const i = items.indexOf(event.target as HTMLElement);
    const last = items.length - 1;
    const next = ({ ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, PageDown: i + PAGE, PageUp: i - PAGE, Home: 0, End: last } as Record<string, number>)[event.key];
    if (i < 0 || next === undefined) return;
    event.preventDefault();
    items[Math.max(0, Math.min(next, last))]!.focus();
  };

  private tbody(): HTMLTableSectionElement | null {
    return this.host.renderRoot.querySelector('tbody');
  }

  /** The cell at a position: by the table's own indexes, or by `aria-rowindex`/`aria-colindex` in a windowed table. */
  private cellAt(at: Position): HTMLTableCellElement | undefined {
    const tbody = this.tbody();
    if (!tbody?.parentElement?.hasAttribute('aria-rowcount')) return tbody?.rows[at.row]?.cells[at.column + 1];
    return tbody.querySelector<HTMLTableCellElement>(`tr[aria-rowindex="${ariaRowOf(at.row)}"] > td[aria-colindex="${ariaColumnOf(at.column)}"]`) ?? undefined;
  }

  /** The position of the role cell an event happened in, from the table's own row and cell indexes (or ARIA indexes). */
  private positionOf(target: EventTarget | null): Position | undefined {
    const cell = (target as Element | null)?.closest?.('td.cell') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return undefined;
    const ariaRow = row.getAttribute('aria-rowindex');
    if (ariaRow) return { row: Number(ariaRow) - ariaRowOf(0), column: Number(cell.getAttribute('aria-colindex')) - ariaColumnOf(0) };
    return { row: row.sectionRowIndex, column: cell.cellIndex - 1 };
  }

  private setCursor(at: Position, render = true): void {
    const view = this.grid();
    if (!view) return;
    this.cursor = at;
    this.cursorKey = { unitId: view.unitAt(at.row, at.column).id, taskId: view.taskAt(at.row, at.column).id };
    if (render) this.host.requestUpdate();
  }

  private moveTo(at: Position): void {
    this.setCursor(at);
    const cell = this.reveal(at) ? undefined : this.cellAt(at);
    if (!cell) {
      this.focusAfterRender = true;
      return;
    }
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

/** The grid position of the narrow list's item an event happened in: a button with `data-row` and `data-column`. */
function itemAt(target: EventTarget | null): Position | undefined {
  const item = (target as Element | null)?.closest?.('button.item') as HTMLElement | null;
  return item ? { row: Number(item.dataset['row']), column: Number(item.dataset['column']) } : undefined;
}
