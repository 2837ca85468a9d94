import { normalizeKey, type PlanIndex } from '../plan-index.js';
import type { Unit } from '../schema.js';

/** A unit by id, name (Traditional, Simplified or English), or alias such as 市發改委 / 市发改委. */
export type UnitRef = string | Unit;

/** Looks up a unit; `undefined` when there is none. */
export function getUnit(index: PlanIndex, ref: UnitRef): Unit | undefined {
  if (typeof ref === 'object' && ref !== null) return index.unitById.get(ref.id);
  return index.unitById.get(ref) ?? index.unitByKey.get(normalizeKey(String(ref)));
}
