/**
 * One plan, indexed once, with every query bound to it. `loadPlan` returns one, `dezhou()` of
 * `@dz-tasks/data/dezhou-2023` Dezhou's. No validator here: a progress report is checked with
 * `parseProgressReport(json, api.plan)`, so binding the queries never loads zod.
 */
import { withEnglishFallback } from './english-fallback.js';
import { evaluatePlanTarget, targetObject, type EvaluateOptions, type TargetEvaluation, type TargetReading } from './evaluate-target.js';
import { indexPlan, type PlanIndex } from './plan-index.js';
import { planLookupsAsIs } from './plan-lookups.js';
import { getSection, type SectionRef } from './queries/get-section.js';
import { getTarget } from './queries/get-target.js';
import { getTask, type TaskRef } from './queries/get-task.js';
import { getUnit, type UnitRef } from './queries/get-unit.js';
import { responsibilityMatrix, type ResponsibilityMatrix, type ResponsibilityMatrixOptions } from './queries/responsibility-matrix.js';
import { searchTasks, type SearchOptions, type TaskSearchResult } from './queries/search-tasks.js';
import { targetsOfSection } from './queries/targets-of-section.js';
import { targetsOfTask, targetsOfUnit } from './queries/targets-of.js';
import { tasksOfUnit, type RoleFilter } from './queries/tasks-of-unit.js';
import { unitsOfTask, type UnitWithRole } from './queries/units-of-task.js';
import { unitWorkload, type UnitWorkload } from './queries/unit-workload.js';
import type { Plan, Section, Target, Task, Unit } from './schema.js';

/**
 * The queries of one plan, bound to its index: what {@link createPlanApi}, {@link loadPlan} and `dezhou()` (of
 * `@dz-tasks/data/dezhou-2023`) return. Lookups (and {@link PlanApi.tasksOfUnit}) return `undefined` for a reference that matches nothing, the other
 * list queries an empty array; none throws on unknown references.
 *
 * @example
 * ```ts
 * const api = loadPlan(json);
 * for (const task of api.tasksOfUnit('市發改委', { role: 'lead' }) ?? []) console.log(task.number, task.title.en);
 * ```
 */
export interface PlanApi {
  /** The (validated) plan the queries answer from. */
  readonly plan: Plan;
  /** The plan's lookup tables, for the standalone query functions and your own queries. */
  readonly index: PlanIndex;
  /**
   * A task by number (`9`), numeric string (`'9'`), id (`'t09'`) or the task object itself; `undefined` when there
   * is none.
   *
   * @example
   * ```ts
   * api.getTask(9)?.title.en; // 'Vigorously develop the digital economy'
   * api.getTask('t09')?.number; // 9
   * ```
   */
  getTask(ref: TaskRef): Task | undefined;
  /**
   * A section by number (`4`), numeric string (`'4'`), id (`'s04'`) or the section object; `undefined` when there is
   * none.
   *
   * @example
   * ```ts
   * api.getSection(4)?.taskIds.length; // 7 in the Dezhou plan
   * ```
   */
  getSection(ref: SectionRef): Section | undefined;
  /**
   * A unit by id, by name in any of the three languages, or by alias; spaces, case, full-width letters, the script
   * (Traditional, Simplified, variants, mixed) and the plan's city prefix (德州市, 德州 or 市 in Dezhou's plan, 濟南市 in
   * Jinan's; `Dezhou Municipal`, `Dezhou` or `Municipal`: the city of its issuer) are ignored. `undefined` when
   * nothing matches.
   *
   * @example
   * ```ts
   * api.getUnit('市發改委')?.id; // 'development-reform-commission'
   * api.getUnit('发改委')?.name.en; // 'Dezhou Municipal Development and Reform Commission'
   * api.getUnit('德州市科技局')?.id; // 'science-technology-bureau'
   * api.getUnit('Science and Technology Bureau')?.id; // 'science-technology-bureau'
   * ```
   */
  getUnit(ref: UnitRef): Unit | undefined;
  /**
   * A target by id (`t09.1`: task 9, first target); `undefined` when there is none.
   *
   * @example
   * ```ts
   * api.getTarget('t09.1')?.quote; // '新開通5G基站3000個'
   * ```
   */
  getTarget(id: string): Target | undefined;
  /**
   * Tasks a unit leads (`role: 'lead'`), joins (`'participating'`) or either (`'any'`, the default), in task order;
   * `undefined` for a unit that matches nothing (as {@link PlanApi.getUnit}), so a misspelt name is not mistaken
   * for a unit without tasks. The unit is found as `getUnit` finds it.
   *
   * @example
   * ```ts
   * api.tasksOfUnit('市科技局', { role: 'lead' })?.map((t) => t.number); // [1, 2, 3]
   * api.tasksOfUnit('科技局')?.length;  // the same unit
   * api.tasksOfUnit('科技');            // undefined: no such unit
   * ```
   */
  tasksOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Task[] | undefined;
  /**
   * A task's units with their roles: lead units first, then participating units, each in document order.
   *
   * @example
   * ```ts
   * api.unitsOfTask(14).map((u) => `${u.unit.name['zh-Hant']} (${u.role})`); // ['市發展改革委 (lead)', '市自然資源局 (lead)']
   * ```
   */
  unitsOfTask(task: TaskRef): UnitWithRole[];
  /**
   * The targets stated in a task, in text order; empty for a task without targets or an unknown task.
   *
   * @example
   * ```ts
   * api.targetsOfTask(9).map((t) => t.id); // ['t09.1', 't09.2', 't09.3', 't09.4', 't09.5']
   * ```
   */
  targetsOfTask(task: TaskRef): Target[];
  /**
   * The targets of every task a unit leads, joins or either (`role`, default `'any'`), in task order; empty for an
   * unknown unit.
   *
   * @example
   * ```ts
   * api.targetsOfUnit('市水利局', { role: 'lead' }).length;
   * ```
   */
  targetsOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Target[];
  /**
   * The targets of every task in a section, in task order.
   *
   * @example
   * ```ts
   * api.targetsOfSection(4).map((t) => t.id); // ['t25.1', 't26.1', 't26.2', …]
   * ```
   */
  targetsOfSection(section: SectionRef): Target[];
  /**
   * The units × tasks responsibility matrix, optionally narrowed to some sections or units, with row, column and
   * grand totals.
   *
   * @example
   * ```ts
   * const m = api.responsibilityMatrix({ sections: [4], sort: 'load' });
   * m.rows[0].name.en; // the unit with the most tasks in section 4
   * m.roles[0][0];     // 'lead' | 'participating' | null
   * ```
   */
  responsibilityMatrix(options?: ResponsibilityMatrixOptions): ResponsibilityMatrix;
  /**
   * What a unit leads and joins, and the targets of those tasks; `undefined` for an unknown unit.
   *
   * @example
   * ```ts
   * const w = api.unitWorkload('市發展改革委');
   * w && `${w.lead.length} led, ${w.participating.length} joined, ${w.targets.length} targets`;
   * ```
   */
  unitWorkload(unit: UnitRef): UnitWorkload | undefined;
  /**
   * Tasks matching words in Chinese or English, best first. (The one description of search: `searchTasks` of the
   * package root and of `queries/search-tasks` refer here.)
   *
   * - Terms are separated by spaces and punctuation; a run of Chinese stays one term, matched as a substring.
   * - Every term must match somewhere. Per term: 100 for the task's number or id (`9`, `t09`), 10 for the title,
   *   5 a target's metric, 4 a unit's name or alias, 3 the section title, 2 the body; summed over the terms.
   * - Chinese in any script matches: standard Traditional, Taiwan and Hong Kong forms, variants, Simplified, and
   *   any mix fold to one Simplified form in the query and in the text (示範 finds 示范, 製造 finds 制造).
   * - English is case-insensitive and lightly stemmed (plurals, `-ing`, `-ed`): `smart city` finds `smart cities`.
   * - At most 20 results unless `options.limit` says otherwise.
   *
   * @example
   * ```ts
   * api.searchTasks('新能源汽车')[0]?.task.number; // 11
   * api.searchTasks('示範').length === api.searchTasks('示范').length; // true
   * api.searchTasks('5G', { limit: 1 })[0]?.matchedIn; // ['target', 'body']
   * ```
   */
  searchTasks(query: string, options?: SearchOptions): TaskSearchResult[];
  /**
   * {@link evaluateTarget} paced over the plan's period: expected progress runs from the plan's `period.start`.
   *
   * @example
   * ```ts
   * api.evaluateTarget(api.getTarget('t09.1')!, { value: 2100, asOf: '2023-06-30' }).status; // 'onTrack'
   * ```
   * @throws RangeError when a date is not an ISO date or the value is not a finite number; TypeError when `target`
   * is not a target (an id: look it up with {@link PlanApi.getTarget} first).
   */
  evaluateTarget(target: Target, reading: TargetReading, options?: Omit<EvaluateOptions, 'start'>): TargetEvaluation;
}

/**
 * Binds every query to a plan that is already known to be valid (use {@link loadPlan} for untrusted JSON). English
 * not yet written (empty, in a plan built by `dz-plan build`) reads as the text in the document's own script.
 *
 * @example
 * ```ts
 * const api = createPlanApi(dezhouPlan);
 * api.getTask(9)?.title.en;
 * ```
 */
export function createPlanApi(input: Plan): PlanApi {
  const lookups = createPlanLookups(input);
  const { plan, index } = lookups;
  return {
    ...lookups,
    responsibilityMatrix: (options) => responsibilityMatrix(index, options),
    tasksOfUnit: (unit, options) => tasksOfUnit(index, unit, options),
    targetsOfUnit: (unit, options) => targetsOfUnit(index, unit, options),
    targetsOfSection: (section) => targetsOfSection(index, section),
    unitWorkload: (unit) => unitWorkload(index, unit),
    searchTasks: (query, options) => searchTasks(index, query, options),
    evaluateTarget: (target, reading, options) => evaluatePlanTarget(plan, targetObject(target, 'api.getTarget'), reading, options),
  };
}

/**
 * The part of a {@link PlanApi} that looks things up, without search, matrices, workloads and evaluation: what
 * {@link createPlanLookups} binds, so a page that only shows a plan does not download the rest.
 */
export type PlanLookups = Pick<
  PlanApi,
  'plan' | 'index' | 'getTask' | 'getSection' | 'getUnit' | 'getTarget' | 'unitsOfTask' | 'targetsOfTask'
>;

/**
 * The lookups of {@link createPlanApi} alone (the same plan with its English fallback, the same index): a bundle that
 * calls this carries no search, matrix or evaluation code. Evaluate a target with `evaluatePlanTarget(lookups.plan, …)`,
 * build a matrix with `responsibilityMatrix(lookups.index, …)`.
 *
 * @example
 * ```ts
 * const lookups = createPlanLookups(dezhouPlan);
 * lookups.getTarget('t09.1')?.quote; // '新開通5G基站3000個'
 * ```
 */
export function createPlanLookups(input: Plan): PlanLookups {
  // English not yet written (a plan built from a document) reads as the source text, never as nothing.
  return planLookupsAsIs(withEnglishFallback(input));
}
