/**
 * The matrix as `<dz-task-matrix>` shows it: parsed attributes, the data package's responsibility matrix, optionally
 * transposed (tasks as rows), and the words of its caption. Free of Lit and the DOM, so the table, the narrow list
 * and the CSV are all built from one computation.
 */
import { responsibilityMatrix, type Language, type PlanLookups, type ResponsibilityMatrix, type Role, type RoleTotals, type Section, type Task, type Unit } from '@dz-tasks/data';
import { sectionHeading } from '../shared/section-heading.js';
import { splitSections } from '../shared/section-list.js';

export { splitSections };

/** What the rows of the table are: units (default) or tasks (the transposed table). */
export const RowsOption = { units: 'units', tasks: 'tasks' } as const;
export type RowsOption = (typeof RowsOption)[keyof typeof RowsOption];

/** Row order: plan order (default) or most tasks first. */
export const SortOption = { order: 'order', load: 'load' } as const;
export type SortOption = (typeof SortOption)[keyof typeof SortOption];

/**
 * A unit name in a list: a run of characters other than 、 , ; (either width) and `(`, or a part in brackets with
 * whatever it holds (either width; an unclosed one runs to the end), as plans write 各縣(市、區)政府.
 */
const UNIT_NAME = /(?:[(（][^)）]*[)）]?|[^,，、;；(（])+/gu;

/**
 * `"市發改委、市財政局"` → two names; `"各縣(市、區)政府"` → one, a separator inside brackets being part of the name, as
 * another city's plan writes its county governments. Spaces stay: English unit names contain them.
 */
export function splitUnits(text: string | undefined): string[] {
  return (text?.match(UNIT_NAME) ?? []).map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * `ref`'s space-separated words when it names no unit but one of them does (`市發改委 市財政局`, `市發改委 市財政`):
 * names listed with spaces, as `section="4 5"` is, each then found or reported on its own. Otherwise `ref` (English
 * names have spaces).
 */
function spacedUnits(api: PlanLookups, ref: string): string[] {
  const words = ref.split(/\s+/);
  return words.length > 1 && !api.getUnit(ref) && words.some((word) => api.getUnit(word)) ? words : [ref];
}

/** One grid of the element: `rowCount × columnCount` role cells, whichever way round the matrix is shown. */
export interface MatrixView {
  readonly matrix: ResponsibilityMatrix;
  readonly rowsAre: RowsOption;
  /** The sections the `section` attribute named (for the caption and the file name). */
  readonly sections: readonly Section[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** Units or tasks, one per row. */
  readonly rowItems: readonly (Unit | Task)[];
  /** Tasks or units, one per column. */
  readonly columnItems: readonly (Unit | Task)[];
  readonly rowTotals: readonly RoleTotals[];
  readonly columnTotals: readonly RoleTotals[];
  readonly totals: RoleTotals;
  roleAt(row: number, column: number): Role | null;
  /** The unit and task of a role cell; none for a header or a total (row or column -1, `rowCount` or `columnCount`). */
  keyOf(at: { row: number; column: number }): CellKey | undefined;
  /** The place of any cell, a header or a total too, by its unit and task. */
  placeOf(at: { row: number; column: number }): CellPlace;
  /** Where the cell at a place is, if its unit and task are shown. */
  cellOf(place: CellPlace): { row: number; column: number } | undefined;
}

/** A cell of the grid by the ids of its unit and its task, which stay its own however the grid is sorted or turned. */
export interface CellKey {
  readonly unitId: string;
  readonly taskId: string;
}

/** A place on one axis of the grid: a unit's or a task's id, or -1 for the headers and 1 for the totals. */
export type Place = string | -1 | 1;

/**
 * A cell by its unit and task, headers and totals too: a unit's header stays that unit's, a task's total that task's,
 * the grand total the grand total, however the grid is sorted, turned or filtered.
 */
export interface CellPlace {
  readonly unit: Place;
  readonly task: Place;
}

/** What the attributes asked for, before any language is chosen; errors are turned into words at render time. */
export type MatrixResult =
  | { readonly kind: 'invalid'; readonly attribute: 'rows' | 'sort'; readonly value: string; readonly allowed: readonly string[] }
  | { readonly kind: 'unknown'; readonly sections: readonly string[]; readonly units: readonly string[] }
  | { readonly kind: 'empty'; readonly view: MatrixView }
  | { readonly kind: 'ready'; readonly view: MatrixView };

export interface MatrixQuery {
  readonly section: string | undefined;
  readonly unit: string | undefined;
  readonly rows: string;
  readonly sort: string;
}

function isOneOf<T extends string>(values: Record<string, T>, value: string): value is T {
  return (Object.values(values) as string[]).includes(value);
}

/** Runs the query against a plan. Unknown references are reported even when others matched: input is never dropped. */
export function computeMatrix(api: PlanLookups, query: MatrixQuery): MatrixResult {
  if (!isOneOf(RowsOption, query.rows)) return { kind: 'invalid', attribute: 'rows', value: query.rows, allowed: Object.values(RowsOption) };
  if (!isOneOf(SortOption, query.sort)) return { kind: 'invalid', attribute: 'sort', value: query.sort, allowed: Object.values(SortOption) };
  const sectionRefs = splitSections(query.section);
  const unitRefs = splitUnits(query.unit).flatMap((ref) => spacedUnits(api, ref));
  const matrix = responsibilityMatrix(api.index, { sections: sectionRefs, units: unitRefs, sort: query.sort });
  if (matrix.unknown.sections.length || matrix.unknown.units.length) {
    return { kind: 'unknown', sections: matrix.unknown.sections.map(String), units: matrix.unknown.units.map(String) };
  }
  const sections = [...new Set(sectionRefs.map((ref) => api.getSection(ref)).filter((s): s is Section => !!s))];
  const view = viewOf(matrix, query.rows, sections);
  return { kind: view.rowCount && view.columnCount ? 'ready' : 'empty', view };
}

const placeOn = (items: readonly (Unit | Task)[], i: number): Place => items[i]?.id ?? (i < 0 ? -1 : 1);
const indexOn = (items: readonly unknown[], place: Place, index: Map<string, number>): number | undefined =>
  place === -1 ? -1 : place === 1 ? items.length : index.get(place);

/** The matrix with units as rows, or transposed with tasks as rows. */
export function viewOf(matrix: ResponsibilityMatrix, rowsAre: RowsOption, sections: readonly Section[] = []): MatrixView {
  const transposed = rowsAre === RowsOption.tasks;
  const unitIndex = new Map(matrix.rows.map((unit, i) => [unit.id, i]));
  const taskIndex = new Map(matrix.columns.map((task, i) => [task.id, i]));
  const { rows: units, columns: tasks, roleAt } = matrix;
  return {
    matrix,
    rowsAre,
    sections,
    rowCount: transposed ? tasks.length : units.length,
    columnCount: transposed ? units.length : tasks.length,
    rowItems: transposed ? tasks : units,
    columnItems: transposed ? units : tasks,
    rowTotals: transposed ? matrix.columnTotals : matrix.rowTotals,
    columnTotals: transposed ? matrix.rowTotals : matrix.columnTotals,
    totals: matrix.totals,
    roleAt: transposed ? (row, column) => roleAt(column, row) : roleAt,
    keyOf({ row, column }) {
      const [unit, task] = transposed ? [units[column], tasks[row]] : [units[row], tasks[column]];
      return unit && task && { unitId: unit.id, taskId: task.id };
    },
    placeOf({ row, column }) {
      const [unit, task] = transposed ? [column, row] : [row, column];
      return { unit: placeOn(units, unit), task: placeOn(tasks, task) };
    },
    cellOf({ unit, task }) {
      const u = indexOn(units, unit, unitIndex);
      const t = indexOn(tasks, task, taskIndex);
      if (u === undefined || t === undefined) return undefined;
      return transposed ? { row: t, column: u } : { row: u, column: t };
    },
  };
}

export function isTask(item: Unit | Task): item is Task {
  return 'sectionId' in item;
}

/**
 * What the table is about: the plan's title, then the sections and units asked for (a section printed or cut out must
 * still say whose it is).
 */
export function captionSubject(api: PlanLookups, view: MatrixView, unitFilter: boolean, lang: Language, separator: string): string {
  const parts = view.sections.map((section) => sectionHeading(section, lang));
  if (unitFilter) parts.push(...view.matrix.rows.map((unit) => unit.name[lang]));
  const title = api.plan.title[lang];
  return parts.length ? `${title} — ${parts.join(separator)}` : title;
}
