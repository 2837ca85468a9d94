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
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleContent } from './cells.js';
import type { MatrixView } from './matrix-view.js';

/** The class of the column tinted because the focused cell is in it. */
const COLUMN_TINT = 'col-hl';

/**
 * One role cell: its role's glyph and word (or nothing), the column tint, the roving tab stop, and in a windowed
 * table (virtual-table.ts) its `aria-colindex`.
 */
export function roleCell(role: Role | null, t: Strings, tinted: boolean, tabStop: boolean, ariaColumn?: number): TemplateResult {
  const base = role ? `cell ${role}` : 'cell empty';
  return html`<td part="cell" class=${tinted ? `${base} ${COLUMN_TINT}` : base} aria-colindex=${ariaColumn ?? nothing} tabindex=${tabStop ? 0 : -1}
    >${role ? roleContent(role, t) : nothing}</td
  >`;
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

/** The three prototype cells of a language (its strings object). */
const prototypesOf = new WeakMap<Strings, Prototypes>();

/** A cell rendered once by Lit from {@link roleCell}, without Lit's markers: its clones are never updated by Lit. */
function prototype(role: Role | null, t: Strings): HTMLTableCellElement {
  const row = document.createElement('tr');
  render(roleCell(role, t, false, false), row);
  const cell = row.querySelector('td')!;
  for (const node of [cell, ...cell.querySelectorAll('*')]) for (const child of [...node.childNodes]) if (child instanceof Comment) child.remove();
  return cell;
}

class RoleCells extends Directive {
  /** Decided on the first update: Lit templates when hydrating a server's cells, else clones. */
  private templated?: boolean;
  /** The cells in the DOM (clones only), what they were built from, and their tinted column and tab stop. */
  private cells: HTMLTableCellElement[] = [];
  private builtFrom: unknown[] = [];
  private tinted = -1;
  private tab = -1;

  /** The cells as Lit templates: on a server, and for a row hydrated from one. */
  render({ view, row, t, tintedColumn, tabColumn }: RoleCellsRow): TemplateResult[] {
    return Array.from({ length: view.columnCount }, (_, c) => roleCell(view.roleAt(row, c), t, c === tintedColumn, c === tabColumn));
  }

  override update(_part: ChildPart, [cells]: [RoleCellsRow]): unknown {
    this.templated ??= cells.hydrating;
    if (this.templated) return this.render(cells);
    const { view, row, t, tintedColumn, tabColumn } = cells;
    const [builtView, builtRow, builtT] = this.builtFrom;
    let fragment: DocumentFragment | typeof noChange = noChange;
    if (builtView !== view || builtRow !== row || builtT !== t) {
      // New cells, all untinted and out of the tab order; the tint and the tab stop are set below.
      let proto = prototypesOf.get(t);
      if (!proto) prototypesOf.set(t, (proto = { lead: prototype('lead', t), participating: prototype('participating', t), empty: prototype(null, t) }));
      fragment = document.createDocumentFragment();
      this.cells = Array.from({ length: view.columnCount }, (_, c) => proto[view.roleAt(row, c) ?? 'empty'].cloneNode(true) as HTMLTableCellElement);
      fragment.append(...this.cells);
      this.builtFrom = [view, row, t];
      this.tinted = this.tab = -1;
    }
    // Moving the focus touches only the cells whose tint or tab stop changes.
    if (tintedColumn !== this.tinted) {
      this.cells[this.tinted]?.classList.remove(COLUMN_TINT);
      this.cells[tintedColumn]?.classList.add(COLUMN_TINT);
      this.tinted = tintedColumn;
    }
    if (tabColumn !== this.tab) {
      this.cells[this.tab]?.setAttribute('tabindex', '-1');
      this.cells[tabColumn]?.setAttribute('tabindex', '0');
      this.tab = tabColumn;
    }
    return fragment;
  }
}

/** The role cells of one row, as clones in the browser and as Lit templates on a server or while hydrating. */
export const roleCells = directive(RoleCells);
