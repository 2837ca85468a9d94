/**
 * `@dz-tasks/data/dezhou-2023`: the Dezhou 2023 plan (11 sections, 69 tasks, 48 units, 157 targets), its
 * {@link PlanApi}, and a few look-ups bound to it. The data lives here and nowhere else: the package root
 * (`@dz-tasks/data`) is code only, so a page that shows another city's plan never downloads this one.
 *
 * The helpers call the query functions of the package root with the plan's index, built on first use; a bundle
 * that imports `getTask` carries `getTask`, the index and the plan, not the other queries and no validator.
 *
 * @example
 * ```ts
 * import { dezhou, getTask, tasksOfUnit, evaluateDezhouTarget } from '@dz-tasks/data/dezhou-2023';
 * getTask(9)?.title['zh-Hant'];                                  // '大力發展數字經濟'
 * tasksOfUnit('科技局', { role: 'lead' })?.map((t) => t.number); // [1, 2, 3]
 * dezhou().searchTasks('新能源汽车')[0]?.task.number;            // 11: every query is a method of dezhou()
 * ```
 *
 * @packageDocumentation
 */
import { evaluatePlanTarget, type EvaluateOptions, type TargetEvaluation, type TargetReading } from './evaluate-target.js';
import { dezhouPlanData } from './generated/dezhou-2023.js';
import { createPlanApi, type PlanApi } from './plan-api.js';
import { indexPlan } from './plan-index.js';
import { getTarget as targetIn } from './queries/get-target.js';
import { getTask as taskIn, type TaskRef } from './queries/get-task.js';
import { getUnit as unitIn, type UnitRef } from './queries/get-unit.js';
import { targetsOfTask as targetsOfTaskIn } from './queries/targets-of.js';
import { tasksOfUnit as tasksOfUnitIn, type RoleFilter } from './queries/tasks-of-unit.js';
import { unitsOfTask as unitsOfTaskIn, type UnitWithRole } from './queries/units-of-task.js';
import type { Plan, Target, Task, Unit } from './schema.js';

/** The Dezhou 2023 plan: 11 sections, 69 tasks, 48 units and their targets, built from the seed. */
export const dezhouPlan: Plan = dezhouPlanData;

/** The plan's lookup tables; `indexPlan` caches them per plan, so these are the tables of `dezhou().index` too. */
const index = () => indexPlan(dezhouPlan);

let api: PlanApi | undefined;
/**
 * The Dezhou plan's {@link PlanApi}, built on first use and shared by every later call: every query, bound to the
 * plan. The functions below are shorthands for the most used of its methods.
 *
 * @example
 * ```ts
 * const api = dezhou();
 * api.plan.tasks.length;                                 // 69
 * api.responsibilityMatrix({ sections: [4] }).rows.length;
 * api.searchTasks('示範').length;
 * ```
 */
export function dezhou(): PlanApi {
  return (api ??= createPlanApi(dezhouPlan));
}

/**
 * A task of the Dezhou plan by number or id: {@link PlanApi.getTask}.
 * @example
 * ```ts
 * getTask(9)?.title['zh-Hant'];  // '大力發展數字經濟'
 * getTask('t09')?.lead;          // ['industry-information-technology-bureau']
 * ```
 */
export function getTask(ref: TaskRef): Task | undefined {
  return taskIn(index(), ref);
}

/**
 * A unit of the Dezhou plan by id, name or alias, in Traditional, Simplified or English: {@link PlanApi.getUnit}.
 * @example
 * ```ts
 * getUnit('市發改委')?.id === getUnit('市发展改革委')?.id; // true
 * ```
 */
export function getUnit(ref: UnitRef): Unit | undefined {
  return unitIn(index(), ref);
}

/**
 * A target of the Dezhou plan by id: {@link PlanApi.getTarget}.
 * @example
 * ```ts
 * getTarget('t09.1')?.value; // 3000
 * ```
 */
export function getTarget(id: string): Target | undefined {
  return targetIn(index(), id);
}

/**
 * Tasks a unit leads (`role: 'lead'`), joins (`'participating'`) or either (`'any'`, the default); `undefined` for a
 * unit that matches nothing: {@link PlanApi.tasksOfUnit}.
 * @example
 * ```ts
 * tasksOfUnit('科技局', { role: 'lead' })?.map((t) => t.number); // [1, 2, 3]
 * ```
 */
export function tasksOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Task[] | undefined {
  return tasksOfUnitIn(index(), unit, options);
}

/**
 * A task's units with their roles, lead units first: {@link PlanApi.unitsOfTask}.
 * @example
 * ```ts
 * unitsOfTask(14).map((u) => u.unit.name['zh-Hant']); // ['市發展改革委', '市自然資源局']
 * ```
 */
export function unitsOfTask(task: TaskRef): UnitWithRole[] {
  return unitsOfTaskIn(index(), task);
}

/**
 * The targets stated in a task: {@link PlanApi.targetsOfTask}.
 * @example
 * ```ts
 * targetsOfTask(9)[0].quote; // '新開通5G基站3000個'
 * ```
 */
export function targetsOfTask(task: TaskRef): Target[] {
  return targetsOfTaskIn(index(), task);
}

/**
 * Evaluates a value against a Dezhou target by id, paced over 2023 ({@link PlanApi.evaluateTarget});
 * `undefined` for an unknown id.
 * @example
 * ```ts
 * evaluateDezhouTarget('t09.1', { value: 2100, asOf: '2023-06-30' })?.status; // 'onTrack'
 * ```
 * @throws RangeError when a date is not an ISO date or the value is not a finite number.
 */
export function evaluateDezhouTarget(targetId: string, reading: TargetReading, options?: Omit<EvaluateOptions, 'start'>): TargetEvaluation | undefined {
  const target = getTarget(targetId);
  return target && evaluatePlanTarget(dezhouPlan, target, reading, options);
}
