/**
 * The lookups over a plan as it is, in a module of their own: a bundle that calls {@link planLookupsAsIs} carries
 * neither the rest of the plan API nor the English fallback of {@link createPlanLookups}.
 */
import type { PlanLookups } from './plan-api.js';
import { indexPlan } from './plan-index.js';
import { getSection } from './queries/get-section.js';
import { getTarget } from './queries/get-target.js';
import { getTask } from './queries/get-task.js';
import { getUnit } from './queries/get-unit.js';
import { targetsOfTask } from './queries/targets-of.js';
import { unitsOfTask } from './queries/units-of-task.js';
import type { Plan } from './schema.js';

/**
 * The lookups of {@link createPlanLookups} over the plan as it is, without its English fallback: for a plan whose
 * English is complete, or whose English no one reads (a page in Chinese), so the bundle carries no fallback code and
 * the plan is not copied. An English text left empty stays empty.
 *
 * @example
 * ```ts
 * const lookups = planLookupsAsIs(dezhouPlan); // complete in all three languages
 * lookups.getUnit('市發改委')?.name.en; // 'Dezhou Municipal Development and Reform Commission'
 * ```
 */
export function planLookupsAsIs(plan: Plan): PlanLookups {
  const index = indexPlan(plan);
  return {
    plan,
    index,
    getTask: (ref) => getTask(index, ref),
    getSection: (ref) => getSection(index, ref),
    getUnit: (ref) => getUnit(index, ref),
    getTarget: (id) => getTarget(index, id),
    unitsOfTask: (task) => unitsOfTask(index, task),
    targetsOfTask: (task) => targetsOfTask(index, task),
  };
}
