/**
 * The role cells of one row of the matrix, the bulk of its DOM (48 units × 69 tasks = 3,312 cells for the whole
 * plan). Written as Lit templates, a cell costs a template instance and three parts (its class, its tab stop, its
 * content, and the content's own), and the whole table's first render took twice what the browser needs to lay
 * it out. So in the browser a row's cells are clones of three prototype cells (lead, participating, empty), which
 * are themselves rendered once per language from the one cell template below, and a re-render that only moves the
 * focus touches the two or four cells whose tab stop or column tint changed. On a server, and while hydrating what a
 * server drew, the cells stay Lit templates (`render`): the same markup, with the markers hydration needs.
 */
import type { Role } from '@dz-tasks/data';
import { html, noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleContent } from './cells.js';
import type { MatrixView } from './matrix-view.js';

/** The class of the column tinted because the focused cell is in it. */
const COLUMN_TINT = 'col-hl';

/** One role cell: its role's glyph and word (or nothing), the column tint, and the roving tab stop. */
export function roleCell(role: Role | null, content: TemplateResult | undefined, tinted: boolean, tabStop: boolean): TemplateResult {
  const base = role ? `cell ${role}` : 'cell empty';
  return html`<td part="cell" class=${tinted ? `${base} ${COLUMN_TINT}` : base} tabindex=${tabStop ? 0 : -1}>${content ?? nothing}</td>`;
}

/** What a row of role cells shows. */
export interface RoleCellsRow {
  readonly view: MatrixView;
  readonly row: number;
  readonly t: Strings;
  /** The tinted column (the focused cell's), or -1. */
  readonly tintedColumn: number;
  /** The column of this row's tab stop, or -1 when the tab stop is in another row. */
  readonly tabColumn: number;
  /** Whether the element is taking over a server's DOM: then the cells are Lit templates, as the server's were. */
  readonly hydrating: boolean;
}

type Prototypes = Readonly<Record<Role | 'empty', HTMLTableCellElement>>;

/** The three prototype cells of a language (its strings object), rendered from {@link roleCell}. */
const prototypesOf = new WeakMap<Strings, Prototypes>();

function prototypes(t: Strings): Prototypes {
  let found = prototypesOf.get(t);
  if (!found) {
    const cell = (role: Role | null): HTMLTableCellElement => {
      const holder = document.createElement('tr');
      render(roleCell(role, role ? roleContent(role, t) : undefined, false, false), holder);
      const td = holder.querySelector('td')!;
      // Lit's markers are for updating the prototype; its clones are never updated by Lit.
      const markers = document.createTreeWalker(td, NodeFilter.SHOW_COMMENT);
      const comments: Node[] = [];
      while (markers.nextNode()) comments.push(markers.currentNode);
      for (const comment of comments) comment.parentNode!.removeChild(comment);
      return td;
    };
    found = { lead: cell('lead'), participating: cell('participating'), empty: cell(null) };
    prototypesOf.set(t, found);
  }
  return found;
}

class RoleCells extends Directive {
  /** Decided on the first update: Lit templates when hydrating a server's cells, else clones. */
  private templated?: boolean;
  /** The cells in the DOM and what they were built from (clones only). */
  private cells: HTMLTableCellElement[] = [];
  private builtFrom?: { view: MatrixView; row: number; t: Strings };
  private tintedColumn = -1;
  private tabColumn = -1;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('roleCells() goes where a row\'s cells go');
  }

  /** The cells as Lit templates: on a server, and for a row hydrated from one. */
  render(cells: RoleCellsRow): TemplateResult[] {
    const { view, row, t, tintedColumn, tabColumn } = cells;
    const contents = { lead: roleContent('lead', t), participating: roleContent('participating', t) };
    return Array.from({ length: view.columnCount }, (_, c) => {
      const role = view.roleAt(row, c);
      return roleCell(role, role ? contents[role] : undefined, c === tintedColumn, c === tabColumn);
    });
  }

  override update(_part: ChildPart, [cells]: [RoleCellsRow]): unknown {
    this.templated ??= cells.hydrating;
    if (this.templated) return this.render(cells);
    const { view, row, t } = cells;
    const built = this.builtFrom;
    if (!built || built.view !== view || built.row !== row || built.t !== t) return this.build(cells);
    this.moveTint(cells.tintedColumn);
    this.moveTabStop(cells.tabColumn);
    return noChange;
  }

  private build({ view, row, t, tintedColumn, tabColumn }: RoleCellsRow): DocumentFragment {
    const proto = prototypes(t);
    const fragment = document.createDocumentFragment();
    const cells: HTMLTableCellElement[] = new Array(view.columnCount);
    for (let c = 0; c < view.columnCount; c++) {
      const cell = proto[view.roleAt(row, c) ?? 'empty'].cloneNode(true) as HTMLTableCellElement;
      if (c === tintedColumn) cell.classList.add(COLUMN_TINT);
      if (c === tabColumn) cell.tabIndex = 0;
      cells[c] = cell;
      fragment.append(cell);
    }
    this.cells = cells;
    this.builtFrom = { view, row, t };
    this.tintedColumn = tintedColumn;
    this.tabColumn = tabColumn;
    return fragment;
  }

  private moveTint(column: number): void {
    if (column === this.tintedColumn) return;
    this.cells[this.tintedColumn]?.classList.remove(COLUMN_TINT);
    this.cells[column]?.classList.add(COLUMN_TINT);
    this.tintedColumn = column;
  }

  private moveTabStop(column: number): void {
    if (column === this.tabColumn) return;
    if (this.cells[this.tabColumn]) this.cells[this.tabColumn]!.tabIndex = -1;
    if (this.cells[column]) this.cells[column]!.tabIndex = 0;
    this.tabColumn = column;
  }
}

/** The role cells of one row, as clones in the browser and as Lit templates on a server or while hydrating. */
export const roleCells = directive(RoleCells);
