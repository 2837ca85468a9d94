/**
 * A sheet's 牽頭單位 cell as units of the plan: one home for how it is split (review r68, F131), which the check of a
 * row's target (`targetMismatch`) reads. Whose sheet it is, the cells do not say: its template's line does
 * (`reporting-unit.ts`, review r69 H1).
 */
import { indexPlan } from '../plan-index.js';
import { getUnit } from '../queries/get-unit.js';
import type { Plan, Unit } from '../schema.js';

/**
 * What stands between unit names in a 牽頭單位 cell: the template's `、` (its `; ` in English), and what people type
 * instead, `;`, `；`, `,` and `，` (no unit name of a plan holds one).
 */
const BETWEEN_UNITS = /[、;；,，]/;

/**
 * The units a 牽頭單位 cell names, each found as the template's `unit` option finds it (any name, alias or script:
 * 工信局, 市科学技术局), in the order written; a name that is no unit of the plan is left out.
 *
 * @example
 * ```ts
 * unitsInCell(dezhouPlan, '市科技局，市工信局').map((u) => u.id); // ['science-technology-bureau', 'industry-information-technology-bureau']
 * ```
 */
export function unitsInCell(plan: Plan, cell: string): Unit[] {
  const index = indexPlan(plan);
  return cell.split(BETWEEN_UNITS).flatMap((name) => {
    const unit = name.trim() ? getUnit(index, name.trim()) : undefined;
    return unit ? [unit] : [];
  });
}
