import type { PlanIndex } from '../plan-index.js';
import type { Role, Task, Unit } from '../schema.js';
import { getSection, type SectionRef } from './get-section.js';
import { getUnit, type UnitRef } from './get-unit.js';
import { oneOf } from './one-of.js';

/** Counts of roles along a row or column of the matrix. */
export interface RoleTotals {
  /** How many `lead` roles (牽頭). */
  readonly lead: number;
  /** How many `participating` roles (參與). */
  readonly participating: number;
  /** `lead + participating`: the cells with any role. */
  readonly total: number;
}

/** Which part of the plan {@link PlanApi.responsibilityMatrix} covers, and how it orders the units. */
export interface ResponsibilityMatrixOptions {
  /** Only tasks of these sections (numbers or ids). Default: every section. */
  readonly sections?: readonly SectionRef[];
  /** Only these units (ids, names, aliases); the columns are then the tasks they take part in. Default: every unit with a role. */
  readonly units?: readonly UnitRef[];
  /** `order` (default): units in order of first appearance; `load`: most tasks first (lead count breaks ties). */
  readonly sort?: 'order' | 'load';
}

/**
 * Who does what: units (rows) × tasks (columns), each cell the unit's role in the task, with totals. Built by
 * {@link PlanApi.responsibilityMatrix}; `<dz-task-matrix>` renders one.
 */
export interface ResponsibilityMatrix {
  /** Units, one per row. */
  readonly rows: readonly Unit[];
  /** Tasks, one per column, in task order. */
  readonly columns: readonly Task[];
  /**
   * `roles[row][column]`: the unit's role in the task, or `null`. Built on first read (a province-scale plan's grid
   * has 600,000 cells): read one cell with {@link ResponsibilityMatrix.roleAt} instead.
   */
  readonly roles: readonly (readonly (Role | null)[])[];
  /** The role of the unit of `row` in the task of `column` (`roles[row][column]`), without building the grid. */
  roleAt(row: number, column: number): Role | null;
  /** Per row (unit), parallel to `rows`: how many tasks the unit leads and joins among the columns. */
  readonly rowTotals: readonly RoleTotals[];
  /** Per column (task), parallel to `columns`: how many of the rows lead and join the task. */
  readonly columnTotals: readonly RoleTotals[];
  /** Roles in the whole matrix. */
  readonly totals: RoleTotals;
  /** Section and unit references that matched nothing, so callers can report them. */
  readonly unknown: {
    /** Entries of {@link ResponsibilityMatrixOptions.sections} that name no section, as given. */
    readonly sections: readonly SectionRef[];
    /** Entries of {@link ResponsibilityMatrixOptions.units} that name no unit, as given. */
    readonly units: readonly UnitRef[];
  };
}

/**
 * The units × tasks responsibility matrix, with row and column totals.
 *
 * @throws RangeError when `sort` is neither `order` nor `load`.
 */
export function responsibilityMatrix(index: PlanIndex, options: ResponsibilityMatrixOptions = {}): ResponsibilityMatrix {
  const sort = oneOf('sort', options.sort, ['order', 'load']);
  const unknownSections: SectionRef[] = [];
  const unknownUnits: UnitRef[] = [];
  let tasks: Task[] = index.plan.tasks.slice();
  if (options.sections?.length) {
    const ids = new Set<string>();
    for (const ref of options.sections) {
      const section = getSection(index, ref);
      if (section) ids.add(section.id);
      else unknownSections.push(ref);
    }
    tasks = tasks.filter((t) => ids.has(t.sectionId));
  }
  const roleOf = (task: Task, unitId: string): Role | null =>
    task.lead.includes(unitId) ? 'lead' : task.participating.includes(unitId) ? 'participating' : null;

  let units: Unit[];
  if (options.units?.length) {
    const chosen = new Map<string, Unit>();
    for (const ref of options.units) {
      const unit = getUnit(index, ref);
      if (unit) chosen.set(unit.id, unit);
      else unknownUnits.push(ref);
    }
    units = [...chosen.values()];
    tasks = tasks.filter((t) => units.some((u) => roleOf(t, u.id)));
  } else {
    const involved = new Set<string>();
    for (const task of tasks) {
      for (const id of task.lead) involved.add(id);
      for (const id of task.participating) involved.add(id);
    }
    units = index.plan.units.filter((u) => involved.has(u.id));
  }
  const order = (u: Unit) => index.unitOrder.get(u.id) ?? Number.MAX_SAFE_INTEGER;
  units.sort((a, b) => order(a) - order(b));

  // Filled from each task's own lists, never by visiting every cell: linear in the roles, so a province-scale plan
  // (2,000 tasks × 300 units) costs what its roles cost, not 600,000 cells. Totals follow each cell as it is set.
  const rowOf = new Map(units.map((unit, i) => [unit.id, i]));
  let cells: Map<number, Role>[] = units.map(() => new Map());
  const rowCounts = units.map(() => ({ lead: 0, participating: 0 }));
  const columnCounts = tasks.map(() => ({ lead: 0, participating: 0 }));
  const set = (i: number, j: number, role: Role) => {
    const before = cells[i]!.get(j);
    // Lead wins over participating (as `roleOf` says); a unit listed twice is one cell.
    if (before === role || before === 'lead') return;
    if (before) {
      rowCounts[i]![before]--;
      columnCounts[j]![before]--;
    }
    cells[i]!.set(j, role);
    rowCounts[i]![role]++;
    columnCounts[j]![role]++;
  };
  tasks.forEach((task, j) => {
    for (const id of task.participating) {
      const i = rowOf.get(id);
      if (i !== undefined) set(i, j, 'participating');
    }
    for (const id of task.lead) {
      const i = rowOf.get(id);
      if (i !== undefined) set(i, j, 'lead');
    }
  });
  const withTotal = ({ lead, participating }: { lead: number; participating: number }): RoleTotals => ({ lead, participating, total: lead + participating });
  let rowTotals = rowCounts.map(withTotal);
  if (sort === 'load') {
    const rows = units.map((unit, i) => ({ unit, cells: cells[i]!, totals: rowTotals[i]! }));
    rows.sort((a, b) => b.totals.total - a.totals.total || b.totals.lead - a.totals.lead || order(a.unit) - order(b.unit));
    units = rows.map((r) => r.unit);
    cells = rows.map((r) => r.cells);
    rowTotals = rows.map((r) => r.totals);
  }
  const columnTotals = columnCounts.map(withTotal);
  // Summed from the row totals: Array.prototype.flat over the 3,312 cells took two thirds of the whole call.
  const totals = rowTotals.reduce(
    (sum, row) => ({ lead: sum.lead + row.lead, participating: sum.participating + row.participating, total: sum.total + row.total }),
    { lead: 0, participating: 0, total: 0 },
  );
  let grid: (Role | null)[][] | undefined;
  return {
    rows: units,
    columns: tasks,
    // The grid, built on first read and kept.
    get roles() {
      return (grid ??= cells.map((row) => {
        const line = new Array<Role | null>(tasks.length).fill(null);
        for (const [j, role] of row) line[j] = role;
        return line;
      }));
    },
    roleAt: (row, column) => cells[row]?.get(column) ?? null,
    rowTotals,
    columnTotals,
    totals,
    unknown: { sections: unknownSections, units: unknownUnits },
  };
}
