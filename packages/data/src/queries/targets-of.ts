import type { PlanIndex } from '../plan-index.js';
import type { Target, Task } from '../schema.js';
import { getTask, type TaskRef } from './get-task.js';
import { tasksOfUnit, type RoleFilter } from './tasks-of-unit.js';
import type { UnitRef } from './get-unit.js';

/** The targets of `tasks`, in their order and text order. */
export function targetsOfTasks(index: PlanIndex, tasks: readonly Task[]): Target[] {
  return tasks.flatMap((task) => task.targetIds.map((id) => index.targetById.get(id)).filter((t): t is Target => !!t));
}

/** The targets stated in a task, in text order. */
export function targetsOfTask(index: PlanIndex, task: TaskRef): Target[] {
  const found = getTask(index, task);
  return found ? targetsOfTasks(index, [found]) : [];
}

/** The targets of every task a unit leads or joins (`role`, default `'any'`); empty for an unknown unit. */
export function targetsOfUnit(index: PlanIndex, unit: UnitRef, options: { role?: RoleFilter } = {}): Target[] {
  return targetsOfTasks(index, tasksOfUnit(index, unit, options) ?? []);
}
