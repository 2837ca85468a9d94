/**
 * The whole table's column headers, body rows and column totals: for the whole plan 69 headers, 48 rows of 71
 * cells and 70 totals. As Lit templates each row and cell costs a template instance, its parts and their comment
 * markers, and the table's first render took four times the script of the same table parsed from HTML (issue 10).
 * So in the browser these three directives build them in one pass, as clones of prototypes rendered once from the
 * templates below (the one home of their markup), and a re-render that only moves the focus touches the few
 * elements whose tint or tab stop changes. On a server, and while hydrating what a server drew, they are the
 * templates themselves: the same markup, with the markers hydration needs.
 */
import type { Language, RoleTotals } from '@dz-tasks/data';
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { totalContent, totalsInGlyphs } from './cells.js';
import { headingOf, type Heading } from './labels.js';
import type { MatrixView } from './matrix-view.js';
import { COLUMN_TINT, prototypeOf, roleCellPrototypes, roleCells } from './role-cells.js';

/** The class of the focused cell's row. */
const ROW_TINT = 'row-hl';

/** What the grid shows: the matrix in a language, the focused cell's tint and the roving tab stop. */
export interface GridState {
  readonly view: MatrixView;
  readonly lang: Language;
  readonly t: Strings;
  /** The focused cell's row and column, tinted, or -1 while the focus is elsewhere. */
  readonly tintedRow: number;
  readonly tintedColumn: number;
  /** The cell with `tabindex="0"`. */
  readonly tabRow: number;
  readonly tabColumn: number;
  /** Whether the element is taking over a server's DOM: then the grid is Lit templates, as the server's was. */
  readonly hydrating: boolean;
}

// ---- the templates: what a server draws, and the prototypes' source ----

/**
 * A column header: the task number shown, "任務 24 加快構建…" read, and as the tooltip of the number, hidden from screen
 * readers: on the header, the tooltip was its description, its name read again (review r86 L1). A unit's name when
 * transposed, whole: no tooltip.
 */
export function columnHeader(head: Heading, transposed: boolean, lang: Language, tinted: boolean, ariaColumn?: number): TemplateResult {
  const tint = (base: string) => (tinted ? `${base} ${COLUMN_TINT}` : base);
  return transposed
    ? html`<th scope="col" part="header" class=${tint(lang === 'en' ? 'unit-column' : 'unit-column vertical')} aria-colindex=${ariaColumn ?? nothing}>${head.full}</th>`
    : html`<th scope="col" part="header" class=${tint('task-number')} aria-colindex=${ariaColumn ?? nothing}><span aria-hidden="true" title=${head.full}>${head.short}</span><span class="visually-hidden">${head.full}</span></th>`;
}

/** A row header: the unit's name; when transposed the task's number and title, read as "任務 24 加快構建…". */
export function rowHeader(head: Heading, transposed: boolean): TemplateResult {
  return html`<th scope="row" part="row-header">${transposed
      ? html`<span class="task-number" aria-hidden="true">${head.short}</span><span class="visually-hidden">${head.full}</span><span aria-hidden="true"> ${head.name}</span>`
      : head.full}</th>`;
}

/** A total cell: the sum and its split by role (`ariaColumn`: its `aria-colindex`, in a windowed table). */
export function totalCell(totals: RoleTotals, t: Strings, tinted: boolean, ariaColumn?: number): TemplateResult {
  return html`<td part="total" class=${tinted ? `total ${COLUMN_TINT}` : 'total'} aria-colindex=${ariaColumn ?? nothing}>${totalContent(totals, t)}</td>`;
}

/** A body row around its cells (the totals' row too, table.ts). */
export function bodyRow(tinted: boolean, cells: unknown): TemplateResult {
  return html`<tr class=${tinted ? ROW_TINT : nothing}>${cells}</tr>`;
}

const EMPTY_HEADING: Heading = { id: '', short: '', name: '', full: '' };
const NO_TOTALS: RoleTotals = { lead: 0, participating: 0, total: 0 };

/** The prototypes of a language and a way round, rendered once from the templates above: values empty, untinted. */
interface Prototypes {
  readonly columnHeader: HTMLTableCellElement;
  readonly row: HTMLTableRowElement;
  readonly rowHeader: HTMLTableCellElement;
  readonly total: HTMLTableCellElement;
}

/** Per language (its strings object), units as rows at 0 and tasks as rows at 1. */
const prototypesOf = new WeakMap<Strings, Prototypes[]>();

function prototypes({ view, lang, t }: GridState): Prototypes {
  const transposed = view.rowsAre === 'tasks';
  const ofLanguage = prototypesOf.get(t) ?? [];
  prototypesOf.set(t, ofLanguage);
  return (ofLanguage[+transposed] ??= {
    columnHeader: prototypeOf(columnHeader(EMPTY_HEADING, transposed, lang, false), 'tr'),
    row: prototypeOf(bodyRow(false, nothing), 'tbody'),
    rowHeader: prototypeOf(rowHeader(EMPTY_HEADING, transposed), 'tr'),
    total: prototypeOf(totalCell(NO_TOTALS, t, false), 'tr'),
  });
}

const headingsOf = (items: MatrixView['rowItems'], { lang, t }: GridState) => items.map((item) => headingOf(item, lang, t));

// ---- filling the prototypes' clones: the templates' values, where the templates put them ----

function fillColumnHeader(th: HTMLTableCellElement, head: Heading, transposed: boolean): HTMLTableCellElement {
  if (transposed) {
    th.textContent = head.full;
  } else {
    const shown = th.children[0] as HTMLElement;
    shown.title = head.full;
    shown.textContent = head.short;
    th.children[1]!.textContent = head.full;
  }
  return th;
}

function fillRowHeader(th: HTMLTableCellElement, head: Heading, transposed: boolean): void {
  if (!transposed) {
    th.textContent = head.full;
    return;
  }
  th.children[0]!.textContent = head.short;
  th.children[1]!.textContent = head.full;
  th.children[2]!.textContent = ` ${head.name}`;
}

function fillTotal(td: HTMLTableCellElement, totals: RoleTotals, t: Strings): HTMLTableCellElement {
  td.firstChild!.textContent = String(totals.total);
  const split = td.lastElementChild!;
  split.setAttribute('aria-label', t.matrixTotalsOf(totals.lead, totals.participating));
  split.textContent = totalsInGlyphs(totals);
  return td;
}

// ---- the directives ----

/** Templates when hydrating a server's grid, else clones built once per grid and language, then only re-tinted. */
abstract class GridDirective extends Directive {
  /** Decided on the first update: Lit templates when hydrating a server's grid, else clones. */
  private templated?: boolean;
  private builtFrom: readonly unknown[] = [];

  abstract override render(grid: GridState, totals?: boolean): unknown;

  /** The grid's elements, untinted and out of the tab order. */
  protected abstract build(grid: GridState, totals?: boolean): DocumentFragment;

  /** Sets the tint and the tab stop on the elements built. */
  protected abstract retint(grid: GridState): void;

  override update(_part: ChildPart, [grid, totals]: [GridState, boolean?]): unknown {
    this.templated ??= grid.hydrating;
    if (this.templated) return this.render(grid, totals);
    const { view, t, lang } = grid;
    const [builtView, builtT, builtLang] = this.builtFrom;
    let fragment: DocumentFragment | typeof noChange = noChange;
    if (builtView !== view || builtT !== t || builtLang !== lang) {
      fragment = this.build(grid, totals);
      this.builtFrom = [view, t, lang];
    }
    this.retint(grid);
    return fragment;
  }
}

/** The header cells or the totals of the columns: one cell per column, tinted with its column. */
class ColumnCells extends GridDirective {
  private cells: HTMLTableCellElement[] = [];
  private tinted = -1;

  override render(grid: GridState, totals?: boolean): TemplateResult[] {
    const { view, lang, t, tintedColumn } = grid;
    return totals
      ? view.columnTotals.map((sums, c) => totalCell(sums, t, c === tintedColumn))
      : headingsOf(view.columnItems, grid).map((head, c) => columnHeader(head, view.rowsAre === 'tasks', lang, c === tintedColumn));
  }

  protected build(grid: GridState, totals?: boolean): DocumentFragment {
    const { view, t } = grid;
    const { columnHeader: header, total } = prototypes(grid);
    const clone = (prototype: HTMLTableCellElement) => prototype.cloneNode(true) as HTMLTableCellElement;
    this.cells = totals
      ? view.columnTotals.map((sums) => fillTotal(clone(total), sums, t))
      : headingsOf(view.columnItems, grid).map((head) => fillColumnHeader(clone(header), head, view.rowsAre === 'tasks'));
    this.tinted = -1;
    const fragment = document.createDocumentFragment();
    fragment.append(...this.cells);
    return fragment;
  }

  protected retint({ tintedColumn }: GridState): void {
    if (tintedColumn !== this.tinted) {
      this.cells[this.tinted]?.classList.remove(COLUMN_TINT);
      this.cells[tintedColumn]?.classList.add(COLUMN_TINT);
      this.tinted = tintedColumn;
    }
  }
}

class BodyRows extends GridDirective {
  private rows: HTMLTableRowElement[] = [];
  private tintedRow = -1;
  private tintedColumn = -1;
  private tab?: Element;

  override render(grid: GridState): TemplateResult[] {
    const { view, t, tintedRow, tintedColumn, tabRow, tabColumn } = grid;
    const transposed = view.rowsAre === 'tasks';
    return headingsOf(view.rowItems, grid).map((head, row) =>
      bodyRow(
        row === tintedRow,
        html`${rowHeader(head, transposed)}${roleCells({ view, row, t, tintedColumn, tabColumn: row === tabRow ? tabColumn : -1 })}${totalCell(view.rowTotals[row]!, t, tintedColumn === view.columnCount)}`,
      ),
    );
  }

  /**
   * Each row is one deep clone of a row of empty cells, whose few role cells (186 of the whole plan's 3,312) are then
   * swapped for clones of theirs: a call into the DOM per row and per role, not per cell.
   */
  protected build(grid: GridState): DocumentFragment {
    const { view, t } = grid;
    const transposed = view.rowsAre === 'tasks';
    const parts = prototypes(grid);
    const roles = roleCellPrototypes(t);
    const emptyRow = parts.row.cloneNode(true) as HTMLTableRowElement;
    emptyRow.append(parts.rowHeader.cloneNode(true), ...Array.from({ length: view.columnCount }, () => roles.empty.cloneNode(true)), parts.total.cloneNode(true));
    const fragment = document.createDocumentFragment();
    this.rows = headingsOf(view.rowItems, grid).map((head, row) => {
      const tr = emptyRow.cloneNode(true) as HTMLTableRowElement;
      fillRowHeader(tr.firstElementChild as HTMLTableCellElement, head, transposed);
      fillTotal(tr.lastElementChild as HTMLTableCellElement, view.rowTotals[row]!, t);
      for (let c = 0; c < view.columnCount; c++) {
        const role = view.roleAt(row, c);
        if (role) tr.children[c + 1]!.replaceWith(roles[role].cloneNode(true));
      }
      fragment.append(tr);
      return tr;
    });
    this.tintedRow = this.tintedColumn = -1;
    this.tab = undefined;
    return fragment;
  }

  /** The role cell at a row and column (after the row header). */
  private cellAt(row: number, column: number): Element | undefined {
    return column < 0 ? undefined : this.rows[row]?.children[column + 1];
  }

  protected retint({ tintedRow, tintedColumn, tabRow, tabColumn }: GridState): void {
    if (tintedRow !== this.tintedRow) {
      this.rows[this.tintedRow]?.removeAttribute('class');
      this.rows[tintedRow]?.setAttribute('class', ROW_TINT);
      this.tintedRow = tintedRow;
    }
    if (tintedColumn !== this.tintedColumn) {
      for (let row = 0; row < this.rows.length; row++) {
        this.cellAt(row, this.tintedColumn)?.classList.remove(COLUMN_TINT);
        this.cellAt(row, tintedColumn)?.classList.add(COLUMN_TINT);
      }
      this.tintedColumn = tintedColumn;
    }
    const tab = this.cellAt(tabRow, tabColumn);
    if (tab !== this.tab) {
      this.tab?.setAttribute('tabindex', '-1');
      tab?.setAttribute('tabindex', '0');
      this.tab = tab;
    }
  }
}

const columnCells = directive(ColumnCells);

// The exports typed here: inferred, their declarations name lit-html, which only lit depends on.
/** The header cells of the grid's columns, between the corner and the total's header. */
export const columnHeaders = (grid: GridState): DirectiveResult<typeof ColumnCells> => columnCells(grid);
/** The rows of the grid's body: row header, role cells, row total. */
export const bodyRows: (grid: GridState) => DirectiveResult<typeof BodyRows> = directive(BodyRows);
/** The totals of the grid's columns, between the total row's header and the overall total. */
export const columnTotals = (grid: GridState): DirectiveResult<typeof ColumnCells> => columnCells(grid, true);
