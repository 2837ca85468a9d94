/**
 * Which rows and columns of a large matrix are rendered: the ones in the scroller's view and a margin, from its
 * scroll position and the measured row height and column width. Small tables (up to {@link VIRTUAL_ABOVE} cells) and
 * printing render everything. Scrolling re-renders at most once per animation frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Position } from './grid-navigation.js';
import type { MatrixView } from './matrix-view.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Above this many role cells the table renders only a window; the seed's whole plan (3312 cells) stays whole. */
export const VIRTUAL_ABOVE = 10_000;

/**
 * `aria-rowindex` of grid row `r` (the header row is 1) and `aria-colindex` of grid column `c` (the row header is 1);
 * of `rowCount` and `columnCount`, the total row and column, which are also `aria-rowcount` and `aria-colcount`.
 */
export const ariaRowOf = (row: number): number => row + 2;
export const ariaColumnOf = (column: number): number => column + 2;

/** Rows and columns rendered beyond each edge of the view, so a fast scroll or an arrow key rarely meets a gap. */
const ROW_MARGIN = 6;
const COLUMN_MARGIN = 4;

/**
 * Guesses until the first window is laid out and measured (px): the sizes the default styles give at a 16px root font
 * (a row 3rem high, a role column 4.5em of 0.875rem). Guessed right, the first window is the one the measure asks for
 * and is rendered once; guessed wrong, it is rendered again at once in the same update, a second render and layout
 * before the first rows.
 */
const GUESS = { rowHeight: 48, columnWidth: 63, headTop: 68, headLeft: 158 };

/** Half-open ranges of grid rows and columns. */
export interface WindowRange {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

export class VirtualWindow implements ReactiveController {
  /** Whether the whole table is rendered for printing. */
  printing = false;
  /** The measured height of a body row and width of a role column, and where the body starts in the table. */
  rowHeight = GUESS.rowHeight;
  columnWidth = GUESS.columnWidth;
  private headTop = GUESS.headTop;
  private headLeft = GUESS.headLeft;
  private measured?: MatrixView;
  /** The grid {@link VirtualWindow.range} was computed for. */
  private rangeFor?: MatrixView;
  private range: WindowRange = { rowStart: 0, rowEnd: 0, columnStart: 0, columnEnd: 0 };
  private frame = 0;
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(
    private readonly host: Host,
    private readonly grid: () => MatrixView | undefined,
    /** The cell to keep rendered when it is close to the view (the focused one). */
    private readonly keep: () => Position | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.addEventListener('change', this.onPrintChange);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Whether `view` is rendered as a window now. */
  isVirtual(view: MatrixView): boolean {
    return !this.printing && view.rowCount * view.columnCount > VIRTUAL_ABOVE;
  }

  /** Before each render: a new grid (first render, filter, transposition) starts from the scroll position, with the guesses. */
  hostUpdate(): void {
    const view = this.grid();
    if (!view || !this.isVirtual(view) || view === this.rangeFor) return;
    this.rangeFor = view;
    this.measured = undefined;
    this.range = this.fromScroll(view);
  }

  /** The rows and columns to render: read-only, for the template. */
  rangeOf(): WindowRange {
    return this.range;
  }

  /**
   * Right after a render, in the same update: measures the first window of a grid (a row, a role cell, where the body
   * starts), once per grid. Returns whether the measured sizes ask for another window, which the host then renders at
   * once, before its update ends: the measure-then-adjust of a virtual list without a second update (nor the frame
   * and the focus handling of one in between).
   */
  measure(): boolean {
    const view = this.grid();
    if (!view || !this.isVirtual(view) || this.measured === view) return false;
    const table = this.host.renderRoot.querySelector<HTMLTableElement>('table[aria-rowcount]');
    const row = table?.querySelector<HTMLTableRowElement>('tbody tr[aria-rowindex]');
    const cell = row?.querySelector<HTMLTableCellElement>('td.cell');
    if (!table || !row || !cell) return false;
    this.measured = view;
    this.rowHeight = row.offsetHeight || GUESS.rowHeight;
    this.columnWidth = cell.offsetWidth || GUESS.columnWidth;
    this.headTop = row.offsetTop - (this.range.rowStart * this.rowHeight);
    this.headLeft = row.cells[0]?.offsetWidth ?? GUESS.headLeft;
    return this.reframe();
  }

  /** After an update: follow the scroll position. */
  hostUpdated(): void {
    const view = this.grid();
    // A render can move the scroll position without a scroll event (Firefox clamps, then restores it): check next frame.
    if (view && this.isVirtual(view)) this.onScroll.handleEvent();
  }

  /** A scroll of the table: compute the window in the next frame, once however many scroll events come. */
  readonly onScroll = {
    handleEvent: (): void => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.refresh();
      });
    },
    passive: true,
  };

  /**
   * Makes `at` rendered: scrolls the table so the cell is about in view (from the measured sizes) and renders the
   * window there. Returns whether a render is needed before the cell exists.
   */
  reveal(at: Position): boolean {
    const view = this.grid();
    const scroller = this.scroller();
    if (!view || !scroller || !this.isVirtual(view)) return false;
    const { rowStart, rowEnd, columnStart, columnEnd } = this.range;
    // The header and total rows and columns are always rendered.
    const rowRendered = shown(at.row, rowStart, rowEnd, view.rowCount);
    const columnRendered = shown(at.column, columnStart, columnEnd, view.columnCount);
    // A rendered cell is scrolled into view exactly by the caller, which honours the scroll padding; so is a rendered
    // row or column: only the other direction is scrolled on estimated sizes here (Home or End keeps its row still).
    if (rowRendered && columnRendered) return false;
    // Scroll just enough (as `scrollIntoView({ block: 'nearest' })` would), clear of the sticky header, column and totals.
    const top = rowRendered ? undefined : nearest(scroller.scrollTop, scroller.clientHeight, this.headTop, at.row, this.rowHeight);
    const left = columnRendered ? undefined : nearest(scroller.scrollLeft, scroller.clientWidth, this.headLeft, at.column, this.columnWidth);
    if (top !== undefined) scroller.scrollTop = top;
    if (left !== undefined) scroller.scrollLeft = left;
    this.range = this.fromScroll(view, at);
    this.host.requestUpdate();
    return true;
  }

  private refresh(): void {
    if (this.reframe()) this.host.requestUpdate();
  }

  /** Computes the window from the scroll position; returns whether it changed. */
  private reframe(): boolean {
    const view = this.grid();
    if (!view || !this.isVirtual(view)) return false;
    const next = this.fromScroll(view, this.keep());
    const now = this.range;
    if (next.rowStart === now.rowStart && next.rowEnd === now.rowEnd && next.columnStart === now.columnStart && next.columnEnd === now.columnEnd) return false;
    this.range = next;
    return true;
  }

  private fromScroll(view: MatrixView, keep?: Position): WindowRange {
    const scroller = this.scroller();
    const top = scroller?.scrollTop ?? 0;
    const left = scroller?.scrollLeft ?? 0;
    // Before the scroller exists: as high as its default maximum (70vh), as wide as the element.
    const height = scroller?.clientHeight || innerHeight * 0.7;
    const width = scroller?.clientWidth || this.host.clientWidth || 1000;
    const rowStart = clamp(Math.floor((top - this.headTop) / this.rowHeight) - ROW_MARGIN, 0, view.rowCount);
    const rowEnd = clamp(Math.ceil((top + height) / this.rowHeight) + ROW_MARGIN, rowStart, view.rowCount);
    const columnStart = clamp(Math.floor((left - this.headLeft) / this.columnWidth) - COLUMN_MARGIN, 0, view.columnCount);
    const columnEnd = clamp(Math.ceil((left + width) / this.columnWidth) + COLUMN_MARGIN, columnStart, view.columnCount);
    // Keep the focused cell rendered when it is near: losing it would drop the focus to the page.
    const rows = keep && grow(keep.row, rowStart, rowEnd, view.rowCount, ROW_MARGIN * 4);
    const columns = keep && grow(keep.column, columnStart, columnEnd, view.columnCount, COLUMN_MARGIN * 4);
    return rows && columns ? { rowStart: rows[0], rowEnd: rows[1], columnStart: columns[0], columnEnd: columns[1] } : { rowStart, rowEnd, columnStart, columnEnd };
  }

  private scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.measured = undefined;
    this.rangeFor = undefined;
    this.host.requestUpdate();
  }

  // Print the whole table: render everything before the print layout (Lit's update runs in this task's microtasks).
  private readonly onBeforePrint = (): void => this.setPrinting(true);
  private readonly onAfterPrint = (): void => this.setPrinting(false);
  private readonly onPrintChange = (event: MediaQueryListEvent): void => this.setPrinting(event.matches);
}

/** Whether row or column `at` of `count` is rendered in a window from `start` to `end`: headers and totals always are. */
export const shown = (at: number, start: number, end: number, count: number): boolean => at < 0 || at >= count || (at >= start && at < end);

/**
 * The window from `start` to `end` along one axis, grown to hold row or column `at` of `count` when it is within
 * `margin` of it; `undefined` when it is farther. A header or total (-1 or `count`) is in every rendered row or column:
 * the window as it is, kept by the other axis alone (review r108 F4).
 */
function grow(at: number, start: number, end: number, count: number, margin: number): [number, number] | undefined {
  if (at < 0 || at >= count) return [start, end];
  return at >= start - margin && at < end + margin ? [Math.min(start, at), Math.max(end, at + 1)] : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * The scroll position along one axis that brings item `index` (each `size` long, after the sticky `head`) into a view
 * `client` long scrolled to `scroll`: clear of the head at the start and of two items (the sticky totals) at the end;
 * `undefined` when it is in view.
 */
function nearest(scroll: number, client: number, head: number, index: number, size: number): number | undefined {
  const start = head + index * size;
  if (start < scroll + head) return start - head;
  return start + size > scroll + client - size * 2 ? start + size * 3 - client : undefined;
}
