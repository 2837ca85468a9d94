import type { PlanIndex } from '../plan-index.js';
import type { Task } from '../schema.js';
import { getUnit, type UnitRef } from './get-unit.js';

/** Which of a unit's roles to include. */
export type RoleFilter = 'lead' | 'participating' | 'any';

/** Tasks a unit leads, joins, or either (`role`, default `'any'`), in task order; empty for an unknown unit. */
export function tasksOfUnit(index: PlanIndex, unit: UnitRef, options: { role?: RoleFilter } = {}): Task[] {
  const found = getUnit(index, unit);
  if (!found) return [];
  const role = options.role ?? 'any';
  const assignments = index.assignmentsByUnit.get(found.id) ?? [];
  return assignments.filter((a) => role === 'any' || a.role === role).map((a) => a.task);
}
