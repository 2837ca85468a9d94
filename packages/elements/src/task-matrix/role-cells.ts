/**
 * The role cells of the matrix, the bulk of its DOM (48 units × 69 tasks = 3,312 cells for the whole plan), as one
 * Lit template per cell ({@link roleCell}): what a server draws, what a windowed table renders, and what the
 * browser's whole table clones (table-grid.ts): three prototype cells per language (lead, participating, empty),
 * rendered once from that template.
 */
import type { Role } from '@dz-tasks/data';
import { html, nothing, render, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleContent } from './cells.js';
import type { MatrixView } from './matrix-view.js';

/** The class of a cell, header or total in the tinted column, the focused cell's. */
export const COLUMN_TINT = 'col-hl';

/**
 * One role cell: its role's glyph and word (or nothing), the column tint, the roving tab stop, and in a windowed
 * table (virtual-table.ts) its `aria-colindex`. A cell without a role is empty to the eye (the legend says what a
 * blank means) and named "無分工" / "no role" for screen readers, which would otherwise read it as "blank": a label
 * rather than hidden text, so the whole plan's 3,126 empty cells stay one element each, cloned with it from the
 * language's prototype.
 */
export function roleCell(role: Role | null, t: Strings, tinted: boolean, tabStop: boolean, ariaColumn?: number): TemplateResult {
  const base = role ? `cell ${role}` : 'cell empty';
  return html`<td part="cell" class=${tinted ? `${base} ${COLUMN_TINT}` : base} aria-colindex=${ariaColumn ?? nothing} tabindex=${tabStop ? 0 : -1} aria-label=${role ? nothing : t.matrixNoRole}>${role ? roleContent(role, t) : nothing}</td>`;
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
}

/** The role cells of one row as Lit templates: on a server, while hydrating a server's table, and in its tests. */
export function roleCells({ view, row, t, tintedColumn, tabColumn }: RoleCellsRow): TemplateResult[] {
  return Array.from({ length: view.columnCount }, (_, c) => roleCell(view.roleAt(row, c), t, c === tintedColumn, c === tabColumn));
}

/**
 * The element `template` renders to inside a `<container>`, without Lit's comment markers: a prototype to clone,
 * never updated by Lit.
 */
export function prototypeOf<E extends Element>(template: TemplateResult, container: string): E {
  const holder = document.createElement(container);
  render(template, holder);
  const element = holder.firstElementChild as E;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  return element;
}

type Prototypes = Readonly<Record<Role | 'empty', HTMLTableCellElement>>;

/** The three prototype cells of a language (its strings object). */
const prototypesOf = new WeakMap<Strings, Prototypes>();

/** The untinted, out-of-tab-order cells of the three roles in a language, rendered once from {@link roleCell}. */
export function roleCellPrototypes(t: Strings): Prototypes {
  let prototypes = prototypesOf.get(t);
  if (!prototypes) {
    const cell = (role: Role | null) => prototypeOf<HTMLTableCellElement>(roleCell(role, t, false, false), 'tr');
    prototypesOf.set(t, (prototypes = { lead: cell('lead'), participating: cell('participating'), empty: cell(null) }));
  }
  return prototypes;
}
