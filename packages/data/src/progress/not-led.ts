/**
 * A row of a unit's sheet for a target the unit does not lead (review r68 M1): 工信局's sheet with a row for t02.2,
 * which 科技局 leads, was filed as 科技局's figure, and its summary said 已達成 on it. The import refuses such a row,
 * naming both units (`notLeadUnit`); a participating unit's (參與單位) too, as the lead unit reports the target.
 */
import { indexPlan } from '../plan-index.js';
import type { Plan, Target, Unit } from '../schema.js';

/** A target a unit does not lead: the units that do, and whether the unit takes part in its task. */
export interface NotLed {
  /** The task's lead units, in the plan's order. */
  readonly leads: readonly Unit[];
  /** Whether the unit is a participating unit (參與單位) of the target's task. */
  readonly participating: boolean;
}

/**
 * Whether `unit` does not lead `target`'s task, with the units that do; `undefined` when it leads it, or when the task
 * names no lead unit (no unit's figure to be mistaken for).
 *
 * @example
 * ```ts
 * notLedBy(dezhouPlan, getUnit('市工信局')!, getTarget('t02.2')!); // { leads: [市科技局], participating: true }
 * ```
 */
export function notLedBy(plan: Plan, unit: Unit, target: Target): NotLed | undefined {
  const index = indexPlan(plan);
  const task = index.taskById.get(target.taskId);
  if (!task?.lead.length || task.lead.includes(unit.id)) return undefined;
  return { leads: task.lead.flatMap((id) => index.unitById.get(id) ?? []), participating: task.participating.includes(unit.id) };
}
