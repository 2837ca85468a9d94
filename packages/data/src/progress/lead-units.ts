/**
 * A sheet's 牽頭單位 cell as units of the plan: one home for how it is split (review r68, F131), which the checks of a
 * row's target (`targetMismatch`) and of whose sheet it is (`sheetUnit`) both read.
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

/**
 * The unit a sheet is for: the one unit every row's 牽頭單位 cell names (a unit's template, `dz-plan progress template
 * --unit 市水利局`, names it in each row), rows that leave the cell empty aside; `undefined` when the cells name none in
 * common, or more than one (the office's own sheet of the whole plan, a section's, a template of rows co-led by the
 * same units), or no row names any.
 */
export function sheetUnit(plan: Plan, cells: readonly string[]): Unit | undefined {
  const named = cells.filter((cell) => cell.trim() !== '');
  if (!named.length) return undefined;
  const common = named
    .map((cell) => new Set(unitsInCell(plan, cell).map((unit) => unit.id)))
    .reduce((all, ids) => new Set([...all].filter((id) => ids.has(id))));
  return common.size === 1 ? indexPlan(plan).unitById.get([...common][0]!) : undefined;
}
