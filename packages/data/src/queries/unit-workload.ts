import type { PlanIndex } from '../plan-index.js';
import type { Target, Task, Unit } from '../schema.js';
import { getUnit, type UnitRef } from './get-unit.js';
import { targetsOfUnit } from './targets-of.js';
import { tasksOfUnit } from './tasks-of-unit.js';

/** What a unit is responsible for. */
export interface UnitWorkload {
  /** The unit the workload is of. */
  readonly unit: Unit;
  /** Tasks it leads. */
  readonly lead: Task[];
  /** Tasks it takes part in. */
  readonly participating: Task[];
  /** Targets of all those tasks, in task order. */
  readonly targets: Target[];
}

/** A unit's tasks led and joined, and their targets; `undefined` for an unknown unit. */
export function unitWorkload(index: PlanIndex, unit: UnitRef): UnitWorkload | undefined {
  const found = getUnit(index, unit);
  if (!found) return undefined;
  return {
    unit: found,
    lead: tasksOfUnit(index, found, { role: 'lead' }) ?? [],
    participating: tasksOfUnit(index, found, { role: 'participating' }) ?? [],
    targets: targetsOfUnit(index, found),
  };
}
