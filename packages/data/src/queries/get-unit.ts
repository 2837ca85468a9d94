import { normalizeKey, stripUnitPrefix, unitPrefixes, type PlanIndex } from '../plan-index.js';
import type { Unit } from '../schema.js';

/**
 * A unit by id, name (Traditional, Simplified or English), or alias such as 市發改委 / 市发改委; with or without the
 * plan's city prefix (發改委, 德州市科技局, Finance Bureau, Dezhou Finance Bureau), in any mix of scripts.
 */
export type UnitRef = string | Unit;

/** Looks up a unit in a plan's index ({@link PlanApi.getUnit}, standalone); `undefined` when there is none. */
export function getUnit(index: PlanIndex, ref: UnitRef): Unit | undefined {
  if (typeof ref === 'object' && ref !== null) return index.unitById.get(ref.id);
  const byId = index.unitById.get(ref);
  if (byId) return byId;
  const key = normalizeKey(String(ref));
  // By the key, then without the city's prefix. Nothing left (white space, quotes, invisible characters) names no
  // unit, whatever names are empty in the plan.
  return key ? (index.unitByKey.get(key) ?? index.unitByKey.get(stripUnitPrefix(key, unitPrefixes(index.plan)) ?? key)) : undefined;
}
