import type { PlanIndex } from '../plan-index.js';
import type { Target } from '../schema.js';

/** Looks up a target by id (`t09.1`) in a plan's index ({@link PlanApi.getTarget}, standalone); `undefined` when there is none. */
export function getTarget(index: PlanIndex, id: string): Target | undefined {
  return index.targetById.get(String(id).trim().toLowerCase());
}
