/**
 * The targets a unit's sheet leaves without a value (review r57 L8): a sheet made from the unit's template (`dz-plan
 * progress template --unit 市水利局`) whose rows were deleted or whose values were left blank.
 */
import { createPlanApi } from '../plan-api.js';
import type { Plan, Target, Unit } from '../schema.js';
import { progressTemplate, TemplateScopeError } from './template.js';

/** A sheet's rows as the import reads them: each row's lead units cell, target id and value cell, trimmed. */
export interface LeadRow {
  readonly lead: string;
  readonly target: Target | undefined;
  readonly value: string;
}

/**
 * The unit a sheet is for and the targets it leads that no row gives a value, or `undefined`: the sheet's rows that
 * name lead units (the template's 牽頭單位 column, names split at `、` or `;`, each found as the template's `unit`
 * option finds it) have exactly one unit in common, and some target of its template gets no value. The targets are
 * those `progressTemplate(plan, { unit })` lists, kept to one section when every target the rows name is in that
 * section: the template was made `--section 4` (a unit's whole template left with one section's rows is not told from
 * it, and its other sections are not named).
 */
export function unreportedTargets(plan: Plan, rows: readonly LeadRow[]): { readonly unit: Unit; readonly led: readonly Target[]; readonly missing: readonly Target[] } | undefined {
  const api = createPlanApi(plan);
  const named = rows.filter((row) => row.lead !== '');
  if (!named.length) return undefined;
  const unitsOf = (lead: string) => new Set(lead.split(/[、;；]/).flatMap((name) => (name.trim() ? [api.getUnit(name.trim())?.id ?? ''] : [])));
  const common = named.map((row) => unitsOf(row.lead)).reduce((all, units) => new Set([...all].filter((id) => units.has(id))));
  common.delete('');
  if (common.size !== 1) return undefined;
  const unit = api.getUnit([...common][0]!)!;
  const sections = new Set(rows.flatMap((row) => (row.target ? plan.sections.filter((s) => s.taskIds.includes(row.target!.taskId)) : [])));
  const inSections = (target: Target) => sections.size !== 1 || [...sections][0]!.taskIds.includes(target.taskId);
  let led: readonly Target[];
  try {
    led = progressTemplate(plan, { unit: unit.id }).targets.filter(inSections);
  } catch (error) {
    // A unit that leads no task: no template, nothing it was sent.
    if (error instanceof TemplateScopeError) return undefined;
    throw error;
  }
  const valued = new Set(rows.filter((row) => row.target && row.value !== '').map((row) => row.target!.id));
  const missing = led.filter((target) => !valued.has(target.id));
  return missing.length ? { unit, led, missing } : undefined;
}
