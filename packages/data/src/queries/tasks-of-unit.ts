import type { PlanIndex } from '../plan-index.js';
import type { Task } from '../schema.js';
import { getUnit, type UnitRef } from './get-unit.js';
import { oneOf } from './one-of.js';

/** Which of a unit's roles to include. */
export type RoleFilter = 'lead' | 'participating' | 'any';

/**
 * Tasks a unit leads, joins, or either (`role`, default `'any'`), in task order; `undefined` for a unit that matches
 * nothing (as {@link getUnit}), so a misspelt unit is not mistaken for one without tasks.
 *
 * @throws RangeError when `role` is none of the three.
 */
export function tasksOfUnit(index: PlanIndex, unit: UnitRef, options: { role?: RoleFilter } = {}): Task[] | undefined {
  const role = oneOf('role', options.role, ['lead', 'participating', 'any']) ?? 'any';
  const found = getUnit(index, unit);
  if (!found) return undefined;
  const assignments = index.assignmentsByUnit.get(found.id) ?? [];
  return assignments.filter((a) => role === 'any' || a.role === role).map((a) => a.task);
}
