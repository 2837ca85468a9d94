/**
 * What `<dz-plan-overview>` draws: per section (or unit), its tasks and targets and its targets counted by status;
 * the totals; optionally ranked by targets behind. Free of Lit and the DOM.
 */
import { entriesByTarget, responsibilityMatrix, targetsOfSection, type Language, type PlanLookups, type ProgressReport, type Role, type Section, type Target, type Unit } from '@dz-tasks/data';
import { judgeTarget, type JudgedTarget } from '../shared/gauge/judged-target.js';
import { tallyOf, type StatusTally } from '../shared/status-tally.js';
import { splitSections } from '../task-matrix/matrix-view.js';

/** What the rows are: the plan's sections (default) or its units. */
export const OverviewRows = { sections: 'sections', units: 'units' } as const;
export type OverviewRows = (typeof OverviewRows)[keyof typeof OverviewRows];

/** Row order: the plan's (default) or the most targets behind first (a 督查 ranking; needs a feed). */
export const OverviewSort = { order: 'order', behind: 'behind' } as const;
export type OverviewSort = (typeof OverviewSort)[keyof typeof OverviewSort];

/** One row: a section or a unit, its counts and its targets by status. */
export interface OverviewRow {
  /** The section or unit. */
  readonly item: Section | Unit;
  /** How many tasks (of a unit: those it leads, 牽頭). */
  readonly tasks: number;
  /** How many targets those tasks state. */
  readonly targets: number;
  /** The targets counted by what the feed says (all unreported without a feed): what a ranking ranks by. */
  readonly tally: StatusTally;
  /**
   * Of a unit: how many targets of the tasks it joins (參與) are behind (`behindStatuses`), shown apart and never
   * ranked by: the lead unit answers for them.
   */
  readonly joinedBehind?: number;
  /** Place in the ranking (1 = most behind; ties share a place), with `sort="behind"`. */
  readonly rank?: number;
}

/** The overview when there is something to show. */
export interface OverviewReady {
  readonly rowsAre: OverviewRows;
  readonly rows: readonly OverviewRow[];
  /** The whole of what is shown, each task and target counted once. */
  readonly total: Omit<OverviewRow, 'item' | 'rank' | 'joinedBehind'>;
  /** The sections the `section` attribute named (for the caption). */
  readonly sections: readonly Section[];
  /** Whether the rows are ranked by targets behind. */
  readonly ranked: boolean;
}

/** What the attributes asked for; errors are put into words by the element. */
export type OverviewResult =
  | { readonly kind: 'unknown'; readonly sections: readonly string[] }
  | { readonly kind: 'needs-feed' }
  | { readonly kind: 'empty' }
  | ({ readonly kind: 'ready' } & OverviewReady);

export interface OverviewQuery {
  readonly section: string | undefined;
  readonly rows: OverviewRows;
  readonly sort: OverviewSort;
}

/**
 * The overview of `api` for the query, its targets judged against `report` (none: every target unreported). A unit's
 * row counts the tasks it leads and their targets; the targets behind in tasks it only joins are counted apart
 * (`joinedBehind`). Each target is judged once, however many rows count it, and the report's entries are read once.
 * With `sort="behind"`, rows with more targets behind (`behindStatuses` of `status-tally.ts`) come first, then a larger
 * share of their targets not reported (no reading, or a stale one: the office's attention), then more in alert, then
 * plan order.
 */
export function computeOverview(api: PlanLookups, query: OverviewQuery, report: ProgressReport | undefined, lang: Language): OverviewResult {
  const refs = splitSections(query.section);
  const unknown = refs.filter((ref) => !api.getSection(ref));
  if (unknown.length) return { kind: 'unknown', sections: unknown };
  const ranked = query.sort === OverviewSort.behind;
  if (ranked && !report) return { kind: 'needs-feed' };
  const sections = refs.length ? [...new Set(refs.map((ref) => api.getSection(ref)!))] : api.plan.sections;
  // Each target's entries from one pass over the report, not a scan per target (10,000 targets × 22,000 entries).
  const byTarget = report && entriesByTarget(report);
  const reportOf = (target: Target) => report && { ...report, entries: byTarget!.get(target.id) ?? [] };
  // Each target judged once, however many rows count it (its task's lead units, the units joining it, the total).
  // Counted, never shown: a reading that cannot be judged is `unjudged` without its words.
  const judged = new Map<string, JudgedTarget>();
  const judge = (target: Target): JudgedTarget =>
    judged.get(target.id) ?? judged.set(target.id, judgeTarget(api, target, reportOf(target), lang, false)).get(target.id)!;
  const tally = (targets: readonly Target[]) => tallyOf(targets.map(judge));

  let rows: OverviewRow[];
  // The tasks the totals count: the sections' all, or by unit those some unit leads (a task that names no unit is in no row).
  let counted = sections.flatMap((section) => section.taskIds);
  if (query.rows === OverviewRows.sections) {
    rows = sections.map((section) => {
      const targets = targetsOfSection(api.index, section);
      return { item: section, tasks: section.taskIds.length, targets: targets.length, tally: tally(targets) };
    });
  } else {
    const matrix = responsibilityMatrix(api.index, { sections: sections.map((s) => s.id) });
    const shown = new Set(matrix.columns.map((task) => task.id));
    rows = matrix.rows.map((unit) => {
      // The unit's tasks from the index, in task order: never a test of every cell of its row (1,000 units × 10,000 tasks).
      const tasksAs = (role: Role) =>
        (api.index.assignmentsByUnit.get(unit.id) ?? []).filter((a) => a.role === role && shown.has(a.task.id)).map((a) => a.task);
      const led = tasksAs('lead');
      const targets = led.flatMap((task) => api.targetsOfTask(task));
      const joinedBehind = tally(tasksAs('participating').flatMap((task) => api.targetsOfTask(task))).behind;
      return { item: unit, tasks: led.length, targets: targets.length, tally: tally(targets), joinedBehind };
    });
    counted = counted.filter((id) => api.index.taskById.get(id)!.lead.length);
  }
  if (rows.length === 0) return { kind: 'empty' };
  const allTargets = counted.flatMap((id) => api.targetsOfTask(id));
  const total = { tasks: counted.length, targets: allTargets.length, tally: tally(allTargets) };
  return { kind: 'ready', rowsAre: query.rows, rows: ranked ? rank(rows) : rows, total, sections: refs.length ? sections : [], ranked };
}

/** How many of a tally's targets were not reported: no reading, or one older than the report (`stale`). */
const notReported = ({ counts }: StatusTally): number => (counts.get('unreported') ?? 0) + (counts.get('stale') ?? 0);

/**
 * Which of two tallies has the larger share of its targets not reported (positive: `b`), compared as n·t′ against
 * n′·t so that equal shares tie exactly; a row without targets has a share of 0.
 */
const byShareNotReported = (a: StatusTally, b: StatusTally): number =>
  notReported(b) * Math.max(a.total, 1) - notReported(a) * Math.max(b.total, 1);

/** Which of two rows ranks first: most targets behind, then the larger share not reported, then most in alert; 0 for a tie. */
const byUrgency = (a: OverviewRow, b: OverviewRow): number =>
  b.tally.behind - a.tally.behind || byShareNotReported(a.tally, b.tally) || b.tally.alert - a.tally.alert;

/**
 * Most targets behind first; of as many behind, the larger share of targets not reported (a unit that reported nothing
 * needs the office's attention first, however few targets it leads), then most in alert, then plan order; ties share a
 * place (1, 2, 2, 4).
 */
function rank(rows: readonly OverviewRow[]): OverviewRow[] {
  const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => byUrgency(a.row, b.row) || a.i - b.i);
  let place = 0;
  return sorted.map(({ row }, i) => {
    const previous = sorted[i - 1]?.row;
    if (!previous || byUrgency(previous, row) !== 0) place = i + 1;
    return { ...row, rank: place };
  });
}
