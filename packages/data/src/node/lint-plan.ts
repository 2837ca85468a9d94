/**
 * What a person should review in a plan built from a document (`dz-plan lint plan.json`): targets an extraction was
 * unsure of, units named only once (often a misread name), tasks with no units, unit kinds guessed from names,
 * English not yet written. Each item names where it is and why.
 */
import type { Plan } from '../schema.js';
import { missingEnglish } from '../english-fallback.js';
import { guessUnitKind } from './unit-kind.js';

/** Below this confidence an extracted target is listed for review. */
export const REVIEW_CONFIDENCE = 0.8;

/** One thing to review. */
export interface ReviewItem {
  /** What kind of thing to review. */
  readonly code: 'lowConfidenceTarget' | 'unitNamedOnce' | 'taskWithoutUnits' | 'taskWithoutTargets' | 'guessedUnitKind' | 'missingEnglish';
  /** Where: a target, unit or task id, or `plan`. */
  readonly at: string;
  /** What to look at, in English, quoting the text. */
  readonly message: string;
}

/**
 * Lists what a person should review before publishing a built plan. An empty list does not mean the plan is
 * right, only that nothing in it looks doubtful to a machine.
 *
 * @example
 * ```ts
 * for (const item of lintPlan(plan)) console.log(`${item.code} ${item.at}: ${item.message}`);
 * ```
 */
export function lintPlan(plan: Plan): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const t of plan.targets) {
    if (t.confidence !== undefined && t.confidence < REVIEW_CONFIDENCE) {
      items.push({ code: 'lowConfidenceTarget', at: t.id, message: `«${t.quote}» read as ${t.comparator} ${t.valueText}${t.unit} (${t.measure ?? 'no measure'}), confidence ${t.confidence}` });
    }
  }
  const uses = new Map<string, number>();
  for (const task of plan.tasks) for (const id of [...task.lead, ...task.participating]) uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const unit of plan.units) {
    if ((uses.get(unit.id) ?? 0) === 1) items.push({ code: 'unitNamedOnce', at: unit.id, message: `«${unit.name['zh-Hant']}» is named in one task only: check it is not a misread or misspelt name` });
    if (!unit.name.en && unit.kind === guessUnitKind(unit.name['zh-Hant'])) {
      items.push({ code: 'guessedUnitKind', at: unit.id, message: `«${unit.name['zh-Hant']}» is taken to be a ${unit.kind} from its name` });
    }
  }
  for (const task of plan.tasks) {
    if (!task.lead.length && !task.participating.length) items.push({ code: 'taskWithoutUnits', at: task.id, message: `task ${task.number} «${task.title['zh-Hant']}» names no responsible unit` });
    if (!task.targetIds.length) items.push({ code: 'taskWithoutTargets', at: task.id, message: `task ${task.number} has no quantitative target: check none was missed` });
  }
  const untranslated = missingEnglish(plan);
  if (untranslated) items.push({ code: 'missingEnglish', at: 'plan', message: `${untranslated} English texts are empty (titles, names, metrics, units of measure): give them in an overlay` });
  return items;
}
