/** One plan, indexed once, with every query bound to it. `loadPlan` returns one; the package root exposes Dezhou's. */
import { evaluateTarget, type EvaluateOptions, type TargetEvaluation, type TargetReading } from './evaluate-target.js';
import { toValidationIssues, type ValidationIssue } from './issues.js';
import { indexPlan, type PlanIndex } from './plan-index.js';
import { parseProgressReport, type ProgressReportResult } from './progress-report.js';
import { getSection, type SectionRef } from './queries/get-section.js';
import { getTarget } from './queries/get-target.js';
import { getTask, type TaskRef } from './queries/get-task.js';
import { getUnit, type UnitRef } from './queries/get-unit.js';
import { responsibilityMatrix, type ResponsibilityMatrix, type ResponsibilityMatrixOptions } from './queries/responsibility-matrix.js';
import { searchTasks, type SearchOptions, type TaskSearchResult } from './queries/search-tasks.js';
import { targetsOfSection, targetsOfTask, targetsOfUnit } from './queries/targets-of.js';
import { tasksOfUnit, type RoleFilter } from './queries/tasks-of-unit.js';
import { unitsOfTask, type UnitWithRole } from './queries/units-of-task.js';
import { unitWorkload, type UnitWorkload } from './queries/unit-workload.js';
import { PlanSchema, type Plan, type Section, type Target, type Task, type Unit } from './schema.js';

/** The queries of one plan. */
export interface PlanApi {
  readonly plan: Plan;
  readonly index: PlanIndex;
  getTask(ref: TaskRef): Task | undefined;
  getSection(ref: SectionRef): Section | undefined;
  getUnit(ref: UnitRef): Unit | undefined;
  getTarget(id: string): Target | undefined;
  tasksOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Task[];
  unitsOfTask(task: TaskRef): UnitWithRole[];
  targetsOfTask(task: TaskRef): Target[];
  targetsOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Target[];
  targetsOfSection(section: SectionRef): Target[];
  responsibilityMatrix(options?: ResponsibilityMatrixOptions): ResponsibilityMatrix;
  unitWorkload(unit: UnitRef): UnitWorkload | undefined;
  searchTasks(query: string, options?: SearchOptions): TaskSearchResult[];
  /** {@link evaluateTarget} paced over the plan's period. */
  evaluateTarget(target: Target, reading: TargetReading, options?: Omit<EvaluateOptions, 'start'>): TargetEvaluation;
  /** {@link parseProgressReport} checked against this plan. */
  parseProgressReport(input: unknown): ProgressReportResult;
}

/**
 * Binds every query to a plan that is already known to be valid (use {@link loadPlan} for untrusted JSON).
 *
 * @example
 * ```ts
 * const api = createPlanApi(dezhouPlan);
 * api.getTask(9)?.title.en;
 * ```
 */
export function createPlanApi(plan: Plan): PlanApi {
  const index = indexPlan(plan);
  return {
    plan,
    index,
    getTask: (ref) => getTask(index, ref),
    getSection: (ref) => getSection(index, ref),
    getUnit: (ref) => getUnit(index, ref),
    getTarget: (id) => getTarget(index, id),
    tasksOfUnit: (unit, options) => tasksOfUnit(index, unit, options),
    unitsOfTask: (task) => unitsOfTask(index, task),
    targetsOfTask: (task) => targetsOfTask(index, task),
    targetsOfUnit: (unit, options) => targetsOfUnit(index, unit, options),
    targetsOfSection: (section) => targetsOfSection(index, section),
    responsibilityMatrix: (options) => responsibilityMatrix(index, options),
    unitWorkload: (unit) => unitWorkload(index, unit),
    searchTasks: (query, options) => searchTasks(index, query, options),
    evaluateTarget: (target, reading, options) => evaluateTarget(target, reading, { ...options, start: plan.period.start }),
    parseProgressReport: (input) => parseProgressReport(input, plan),
  };
}

/** Thrown by {@link loadPlan}; `issues` lists every problem with its path. */
export class PlanValidationError extends Error {
  override readonly name = 'PlanValidationError';
  constructor(readonly issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
    super(`Invalid plan:\n${shown.join('\n')}${more}`);
  }
}

/**
 * Plain JSON data: keys whose value is `undefined` are dropped and `-0` becomes `0`, so an accepted plan equals its
 * own `JSON.parse(JSON.stringify(plan))`. (The schema has no record types, so every key here is a known field.)
 */
function toJsonData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(toJsonData) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = toJsonData(item);
    }
    return out as T;
  }
  return (Object.is(value, -0) ? 0 : value) as T;
}

/** Validates plan JSON; never throws. An accepted plan comes back as plain JSON data: no `undefined` keys, no `-0`. */
export function validatePlan(input: unknown): { success: true; plan: Plan; issues: readonly [] } | { success: false; issues: readonly ValidationIssue[] } {
  const result = PlanSchema.safeParse(input);
  return result.success ? { success: true, plan: toJsonData(result.data), issues: [] } : { success: false, issues: toValidationIssues(result.error.issues) };
}

/**
 * Validates any plan JSON (another city's, say) against the schemas and returns the same indexed API as the
 * Dezhou plan's.
 *
 * @example
 * ```ts
 * const api = loadPlan(await (await fetch('/plans/other-city-2024.json')).json());
 * api.tasksOfUnit('市發改委', { role: 'lead' });
 * ```
 * @throws PlanValidationError naming each problem's path, e.g. `tasks[3].lead[0]: unknown unit id "foo"`.
 */
export function loadPlan(input: unknown): PlanApi {
  const result = validatePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  return createPlanApi(result.plan);
}
