/**
 * Keyboard navigation of the matrix's grid as a reactive controller: one tab stop (a roving `tabindex`), arrow
 * keys, Page Up/Down, Home/End and Ctrl+Home/End over every cell, headers and totals too (the APG's data grid: in a
 * grid a screen reader is in focus mode, and heard the totals only by leaving it, review r105 F3), Enter, Space or a
 * click on a role cell to select. The
 * cursor stays on the same unit and task when the table is re-sorted, transposed or filtered, focus stays on it
 * when a re-render reuses the cells, and comes back to it when the table returns after a loading state. The narrow
 * list has no keys of its own: its links (with a link template) are each a Tab stop, as the unit summary's are, and
 * a focused link is the cursor, so focus follows its unit and task into the table and back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import type { CellPlace, MatrixView } from './matrix-view.js';
import { ariaColumnOf, ariaRowOf } from './virtual-window.js';

/**
 * A cell of the grid by the row and column of its role cells: row and column -1 are the headers', `rowCount` and
 * `columnCount` the totals': the grid's bounds, for the keys and the clamps alike (see {@link within}).
 */
export interface Position {
  readonly row: number;
  readonly column: number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Rows a Page Up or Page Down moves. */
const PAGE = 10;

const clamp = (value: number, last: number): number => Math.max(-1, Math.min(value, last));
/** `at` within the grid: from the headers' row and column (-1) to the totals' (`rowCount` and `columnCount`). */
const within = (view: MatrixView, at: Position): Position => ({ row: clamp(at.row, view.rowCount), column: clamp(at.column, view.columnCount) });

export class GridNavigation implements ReactiveController {
  /** The roving-tabindex cell (the one with `tabindex="0"`). */
  cursor: Position = { row: 0, column: 0 };

  /** Whether focus is in the grid: only then are the active cell's row and column highlighted. */
  focused = false;

  /**
   * The cursor's unit and task, so it stays on them when the table is re-sorted, transposed or filtered: a header or a
   * total stays the same unit's or task's, the grand total the grand total (review r108 F2). A unit or task filtered
   * away: the cursor keeps its place, in the grid.
   */
  private cursorPlace?: CellPlace;
  private refocus = false;
  /** The narrow list or one of its links had focus before the render. */
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
    this.refocus = !!active?.closest('table');
    this.rendering = true;
    // The narrow list or a link of it has focus (a link is the cursor: `onListFocusIn` keeps the cursor on its unit and
    // task; its position is the view's before this render): focus the cursor's link after it, or its cell if the
    // table replaces the list.
    if (active?.closest('.list')) this.itemFocused = true;
    const view = this.grid();
    if (!view || !view.rowCount || !view.columnCount) return;
    // Focus comes back to the grid after this render (from the list's item, or after a loading state that lost it): a
    // table draws it focused now, as the cell's `focusin` then asks for nothing (a list draws no `focused`).
    if (this.itemFocused || (this.focusWhenBack && this.focusIsLost())) this.focused = this.focusAfterRender = true;
    const kept = this.cursorPlace && view.cellOf(this.cursorPlace);
    const next = kept ?? within(view, this.cursor);
    if (next.row !== this.cursor.row || next.column !== this.cursor.column) this.cursor = next;
  }

  /**
   * A re-render reuses cells by position: keep focus on the cell of the same unit and task. The state the render drew
   * (`focused`) stays true across it, so focusing the cell again requests no second update.
   */
  hostUpdated(): void {
    if (this.itemFocused) {
      // The list re-sorted, transposed or filtered: focus the cursor's link (see `listFocus`). While it waits for data
      // (another section's), it comes back focused, unless the reader has put focus somewhere else.
      const stop = this.listFocus();
      const waiting = !stop && !this.grid();
      if (stop || waiting) {
        this.rendering = this.focused = false;
        if (waiting) this.itemFocused = this.focusIsLost();
        else {
          this.itemFocused = this.focusAfterRender = false;
          if ((this.host.renderRoot as ShadowRoot).activeElement !== stop) focusStop(stop!);
        }
        return;
      }
      this.itemFocused = false;
    }
    const cell = this.cellAt(this.cursor);
    this.markStop(cell);
    const pending = this.focusAfterRender;
    this.focusAfterRender = false;
    if (cell) this.focusWhenBack = false;
    this.rendering = false;
    if (pending && cell) {
      this.show(cell);
      return;
    }
    if (this.refocus && cell && (this.host.renderRoot as ShadowRoot).activeElement !== cell) cell.focus({ preventScroll: true });
    // The render took the focused cell away and there is none to focus again: focus has left the grid, as a
    // `focusout` would have said. If the table gave way to the narrow list, focus goes there (see `listFocus`).
    else if (this.focused && !this.table()?.contains((this.host.renderRoot as ShadowRoot).activeElement)) {
      const stop = this.listFocus();
      if (stop) focusStop(stop);
      this.focused = false;
      this.focusWhenBack = !this.grid();
      // Only a table draws `focused`.
      if (this.table()) this.host.requestUpdate();
    }
  }

  /**
   * Where focus goes in the narrow list: the cursor's link, or its row's first link (the cursor on an empty cell, or
   * a task the filter took away), or its column's first (on a column's header or total: review r108 F5), or else the
   * list itself, so that it never falls to the page's body (items are text without a link template). `null` when
   * there is no list.
   */
  private listFocus(): HTMLElement | null {
    const list = this.host.renderRoot.querySelector<HTMLElement>('.list');
    const link = (where: string) => list?.querySelector<HTMLElement>(`a${where}`);
    const row = `[data-row="${this.cursor.row}"]`;
    const column = `[data-column="${this.cursor.column}"]`;
    return link(row + column) ?? link(row) ?? link(column) ?? list;
  }

  /**
   * Makes the cursor's cell, where it is rendered, the grid's one Tab stop: the role cells' templates draw theirs; the
   * headers and totals are drawn without a `tabindex` (a few bytes, and nothing for assistive tech to count as
   * focusable before it is), given it here and where the keys or a click move to them (`show`). A windowed table
   * that scrolled the cursor's cell away has its stop on the window's first role cell (virtual-table.ts): a header's
   * or a total's goes, or Lit, reusing that cell for another column, left a second stop there (review r108 F1).
   */
  private markStop(cell: HTMLTableCellElement | undefined): void {
    for (const stop of this.table()?.querySelectorAll<HTMLElement>('[tabindex="0"]') ?? []) if (cell ? stop !== cell : !stop.matches('.cell')) stop.tabIndex = -1;
    if (cell) cell.tabIndex = 0;
  }

  /** Whether focus is on no element: on the body, or on the host with nothing focused inside it. */
  private focusIsLost(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || (active === this.host && !(this.host.renderRoot as ShadowRoot).activeElement);
  }

  /**
   * Emits `dz-select` for the cell at `at` (a table cell, or a link of the narrow list), cancelable: `false` if a
   * listener cancelled it (a single-page app showing the task itself, not the link's page).
   */
  select(at: Position): boolean {
    const view = this.grid();
    // A header or a total has no unit and task of its own (no key): nothing to select.
    const key = view?.keyOf(at);
    return !key || emit(this.host, 'dz-select', { ...key, role: view!.roleAt(at.row, at.column) }, true);
  }

  // Listeners are arrow functions: Lit calls a listener with the host element as `this`.

  readonly onKeydown = (event: KeyboardEvent): void => {
    const at = this.positionOf(event.target);
    const view = this.grid();
    if (!at || !view) return;
    const toCorner = event.ctrlKey || event.metaKey;
    let { row, column } = at;
    switch (event.key) {
      case 'ArrowRight':
        column++;
        break;
      case 'ArrowLeft':
        column--;
        break;
      case 'ArrowDown':
        row++;
        break;
      case 'ArrowUp':
        row--;
        break;
      case 'PageDown':
        row += PAGE;
        break;
      case 'PageUp':
        row -= PAGE;
        break;
      case 'Home':
        column = -1;
        if (toCorner) row = -1;
        break;
      case 'End':
        column = view.columnCount;
        if (toCorner) row = view.rowCount;
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
    this.moveTo(within(view, { row, column }));
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
    if (this.focused && (!next || !this.table()?.contains(next))) {
      this.focused = false;
      this.host.requestUpdate();
    }
  };

  /** A link of the narrow list followed (a click, or Enter): `dz-select`, and no navigation if a listener cancels it. */
  readonly onListClick = (event: MouseEvent): void => {
    const at = linkAt(event.target);
    if (at && !this.select(at)) event.preventDefault();
  };

  /** A focused link of the narrow list is the cursor (the list draws nothing from it: no update). */
  readonly onListFocusIn = (event: FocusEvent): void => {
    const at = linkAt(event.target);
    if (at) this.setCursor(at, false);
  };

  private table(): HTMLTableElement | null {
    return this.host.renderRoot.querySelector('table');
  }

  /**
   * The cell at a position: by the table's own indexes (its header row first, its row headers first), or by
   * `aria-rowindex`/`aria-colindex` in a windowed table.
   */
  private cellAt(at: Position): HTMLTableCellElement | undefined {
    const table = this.table();
    if (!table?.hasAttribute('aria-rowcount')) return table?.rows[at.row + 1]?.cells[at.column + 1];
    return table.querySelector<HTMLTableCellElement>(`tr[aria-rowindex="${ariaRowOf(at.row)}"] > [aria-colindex="${ariaColumnOf(at.column)}"]`) ?? undefined;
  }

  /** The position of the cell an event happened in, from the table's own row and cell indexes (or ARIA indexes). */
  private positionOf(target: EventTarget | null): Position | undefined {
    const cell = (target as Element | null)?.closest?.('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row || cell.classList.contains('gap')) return undefined;
    const ariaRow = row.getAttribute('aria-rowindex');
    if (ariaRow) return { row: Number(ariaRow) - ariaRowOf(0), column: Number(cell.getAttribute('aria-colindex')) - ariaColumnOf(0) };
    return { row: row.rowIndex - 1, column: cell.cellIndex - 1 };
  }

  private setCursor(at: Position, render = true): void {
    const view = this.grid();
    if (!view) return;
    this.cursor = at;
    this.cursorPlace = view.placeOf(at);
    if (render) this.host.requestUpdate();
  }

  private moveTo(at: Position): void {
    this.setCursor(at);
    const cell = this.reveal(at) ? undefined : this.cellAt(at);
    if (!cell) {
      this.focusAfterRender = true;
      return;
    }
    this.show(cell);
  }

  /**
   * Focuses `cell` and scrolls it into view, the line naming it first: on a page with a sticky site header (and its
   * `scroll-padding-top`), a cell scrolled into view alone stopped under that header with the line, the caption and
   * the grid's header row above it, hidden (review r105 F2). The cell then comes nearest, in the frame and the page.
   */
  private show(cell: HTMLTableCellElement): void {
    cell.tabIndex = 0;
    cell.focus({ preventScroll: true });
    this.host.renderRoot.querySelector('.current')?.scrollIntoView({ block: 'nearest' });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

/**
 * Focuses `target`, a Tab stop while it has focus if it is out of the tab order (the list itself, `tabindex="-1"`):
 * from an element out of the tab order in a shadow root, Chromium's Tab went to the root's first Tab stop (the
 * Download CSV button above it), not on past the matrix (review r105 F4). Its stop goes when focus leaves it (its
 * `onblur`, kept: each later blur finds it out of the tab order already); a window that lost focus keeps it focused in
 * it, and the stop with it.
 */
function focusStop(target: HTMLElement): void {
  if (target.tabIndex < 0) {
    target.tabIndex = 0;
    target.onblur = () => {
      if ((target.getRootNode() as ShadowRoot).activeElement !== target) target.tabIndex = -1;
    };
  }
  target.focus();
}

/** The grid position of the narrow list's link an event happened in: an `<a>` with `data-row` and `data-column`. */
function linkAt(target: EventTarget | null): Position | undefined {
  const link = (target as Element | null)?.closest?.('a') as HTMLElement | null;
  return link ? { row: Number(link.dataset['row']), column: Number(link.dataset['column']) } : undefined;
}
