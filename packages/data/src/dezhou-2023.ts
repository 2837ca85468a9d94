/**
 * The Dezhou 2023 plan and its queries. The index is built on the first query, so importing this module does no
 * work, and a bundle that never calls these functions leaves the plan out.
 */
import type { EvaluateOptions, TargetEvaluation, TargetReading } from './evaluate-target.js';
import { dezhouPlanData } from './generated/dezhou-2023.js';
import { createPlanApi, type PlanApi } from './plan-api.js';
import type { ProgressReportResult } from './progress-report.js';
import type { SectionRef } from './queries/get-section.js';
import type { TaskRef } from './queries/get-task.js';
import type { UnitRef } from './queries/get-unit.js';
import type { ResponsibilityMatrix, ResponsibilityMatrixOptions } from './queries/responsibility-matrix.js';
import type { SearchOptions, TaskSearchResult } from './queries/search-tasks.js';
import type { RoleFilter } from './queries/tasks-of-unit.js';
import type { UnitWithRole } from './queries/units-of-task.js';
import type { UnitWorkload } from './queries/unit-workload.js';
import type { Plan, Section, Target, Task, Unit } from './schema.js';

/** The Dezhou 2023 plan: 11 sections, 69 tasks, 48 units and their targets, built from the seed. */
export const dezhouPlan: Plan = dezhouPlanData;

let api: PlanApi | undefined;
/**
 * The Dezhou plan's {@link PlanApi}, built on first use and shared by every later call. The standalone functions of
 * this package (`getTask`, `searchTasks`…) are shorthands for its methods.
 *
 * @example
 * ```ts
 * const api = dezhou();
 * api.plan.tasks.length;            // 69
 * api.index.unitById.size;          // 48
 * ```
 */
export function dezhou(): PlanApi {
  return (api ??= createPlanApi(dezhouPlanData));
}

/**
 * A task of the Dezhou plan by number or id.
 * @example
 * ```ts
 * getTask(9)?.title['zh-Hant'];  // '大力發展數字經濟'
 * getTask('t09')?.lead;          // ['industry-information-technology-bureau']
 * ```
 */
export function getTask(ref: TaskRef): Task | undefined {
  return dezhou().getTask(ref);
}

/**
 * A section of the Dezhou plan by number or id.
 * @example
 * ```ts
 * getSection(4)?.taskIds.length; // 7
 * ```
 */
export function getSection(ref: SectionRef): Section | undefined {
  return dezhou().getSection(ref);
}

/**
 * A unit of the Dezhou plan by id, name or alias, in Traditional, Simplified or English.
 * @example
 * ```ts
 * getUnit('市發改委')?.id === getUnit('市发展改革委')?.id; // true
 * ```
 */
export function getUnit(ref: UnitRef): Unit | undefined {
  return dezhou().getUnit(ref);
}

/**
 * A target of the Dezhou plan by id.
 * @example
 * ```ts
 * getTarget('t09.1')?.value; // 3000
 * ```
 */
export function getTarget(id: string): Target | undefined {
  return dezhou().getTarget(id);
}

/**
 * Tasks a unit leads (`role: 'lead'`), joins (`'participating'`) or either (`'any'`, the default); `undefined` for a
 * unit that matches nothing. See {@link PlanApi.tasksOfUnit}.
 * @example
 * ```ts
 * tasksOfUnit('科技局', { role: 'lead' })?.map((t) => t.number); // [1, 2, 3]
 * ```
 */
export function tasksOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Task[] | undefined {
  return dezhou().tasksOfUnit(unit, options);
}

/**
 * A task's units with their roles, lead units first.
 * @example
 * ```ts
 * unitsOfTask(14).map((u) => u.unit.name['zh-Hant']); // ['市發展改革委', '市自然資源局']
 * ```
 */
export function unitsOfTask(task: TaskRef): UnitWithRole[] {
  return dezhou().unitsOfTask(task);
}

/**
 * The targets stated in a task.
 * @example
 * ```ts
 * targetsOfTask(9)[0].quote; // '新開通5G基站3000個'
 * ```
 */
export function targetsOfTask(task: TaskRef): Target[] {
  return dezhou().targetsOfTask(task);
}

/**
 * The targets of every task a unit leads or joins.
 * @example
 * ```ts
 * targetsOfUnit('市水利局', { role: 'lead' }).length;
 * ```
 */
export function targetsOfUnit(unit: UnitRef, options?: { role?: RoleFilter }): Target[] {
  return dezhou().targetsOfUnit(unit, options);
}

/**
 * The targets of every task in a section.
 * @example
 * ```ts
 * targetsOfSection(4).map((t) => t.id);
 * ```
 */
export function targetsOfSection(section: SectionRef): Target[] {
  return dezhou().targetsOfSection(section);
}

/**
 * The units × tasks responsibility matrix, filtered by sections or units, with totals.
 * @example
 * ```ts
 * const m = responsibilityMatrix({ sections: [4] });
 * m.roles[0][0]; // 'lead' | 'participating' | null
 * ```
 */
export function responsibilityMatrix(options?: ResponsibilityMatrixOptions): ResponsibilityMatrix {
  return dezhou().responsibilityMatrix(options);
}

/**
 * What a unit leads, joins, and the targets of those tasks.
 * @example
 * ```ts
 * unitWorkload('市發展改革委')?.lead.length;
 * ```
 */
export function unitWorkload(unit: UnitRef): UnitWorkload | undefined {
  return dezhou().unitWorkload(unit);
}

/**
 * Tasks of the Dezhou plan matching words in Chinese (any script) or English, best first: {@link PlanApi.searchTasks}
 * describes how.
 * @example
 * ```ts
 * searchTasks('new energy vehicle')[0]?.task.number; // 11
 * ```
 */
export function searchTasks(query: string, options?: SearchOptions): TaskSearchResult[] {
  return dezhou().searchTasks(query, options);
}

/**
 * Evaluates a value against a Dezhou target, paced over 2023.
 * @example
 * ```ts
 * evaluateDezhouTarget('t09.1', { value: 2100, asOf: '2023-06-30' })?.status; // 'onTrack'
 * ```
 */
export function evaluateDezhouTarget(targetId: string, reading: TargetReading, options?: Omit<EvaluateOptions, 'start'>): TargetEvaluation | undefined {
  const target = dezhou().getTarget(targetId);
  return target && dezhou().evaluateTarget(target, reading, options);
}

/**
 * Validates a progress report against the Dezhou plan.
 * @example
 * ```ts
 * parseDezhouProgressReport({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [] }).success; // true
 * ```
 */
export function parseDezhouProgressReport(input: unknown): ProgressReportResult {
  return dezhou().parseProgressReport(input);
}
