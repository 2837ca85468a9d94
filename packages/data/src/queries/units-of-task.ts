import type { PlanIndex } from '../plan-index.js';
import type { Role, Unit } from '../schema.js';
import { getTask, type TaskRef } from './get-task.js';

/** A unit with its role in a task. */
export interface UnitWithRole {
  /** The unit. */
  readonly unit: Unit;
  /** Whether it leads the task (牽頭單位) or takes part (參與單位). */
  readonly role: Role;
}

/** The units of a task: lead units first, then participating units, each in document order. */
export function unitsOfTask(index: PlanIndex, task: TaskRef): UnitWithRole[] {
  const found = getTask(index, task);
  if (!found) return [];
  const out: UnitWithRole[] = [];
  for (const role of ['lead', 'participating'] as const) {
    for (const id of found[role]) {
      const unit = index.unitById.get(id);
      if (unit) out.push({ unit, role });
    }
  }
  return out;
}
