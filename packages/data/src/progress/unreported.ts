/**
 * The targets a unit's sheets leave without a value (review r57 L8): sheets made from the unit's template (`dz-plan
 * progress template --unit 市水利局`) whose rows were deleted or whose values were left blank, read together (r69 M5).
 */
import type { Plan, Target, Unit } from '../schema.js';
import { progressTemplate, TemplateScopeError } from './template.js';

/** A sheet's rows as the import reads them: each row's target and value cell, trimmed. */
export interface ValueRow {
  readonly target: Target | undefined;
  readonly value: string;
}

/**
 * The targets the unit whose sheets give `rows` (every row of them; the sheets' line above the header names the unit)
 * leads that no row gives a value, or `undefined` when they give each a value. The targets are those
 * `progressTemplate(plan, { unit })` lists, kept to one section when every target the rows name is in that section:
 * the template was made `--section 4` (a unit's whole template left with one section's rows is not told from it, and
 * its other sections are not named). A target in `valuedElsewhere` (given a value by another sheet of the same import:
 * a co-lead's, the office's own) is not missing (r100 L5: the count is of the targets no one reported, as `progress
 * summary` counts them).
 */
export function unreportedTargets(
  plan: Plan,
  unit: Unit,
  rows: readonly ValueRow[],
  valuedElsewhere: ReadonlySet<string> = new Set(),
): { readonly led: readonly Target[]; readonly missing: readonly Target[] } | undefined {
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
  const missing = led.filter((target) => !valued.has(target.id) && !valuedElsewhere.has(target.id));
  return missing.length ? { led, missing } : undefined;
}
