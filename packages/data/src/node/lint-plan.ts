/**
 * What a person should review in a plan built from a document (`dz-plan lint plan.json`): targets an extraction was
 * unsure of, units named only once (often a misread name), tasks with no units, unit kinds guessed from names,
 * English not yet written, ranges of a change that keep no direction; and, as notes (F239), the dates an extraction read
 * from the text (a start, a deadline before the plan's end). Each item names where it is and why, quoting the plan in
 * its source language, on one line.
 */
import type { Language, LocalizedText, Plan } from '../schema.js';
import { missingEnglish } from '../english-fallback.js';
import { emptyEnglish } from './lint-english.js';
import { guessUnitKind } from './unit-kind.js';
import { lintWords } from './lint-words.js';
import { rangeWithoutDirection } from './range-without-direction.js';

/** Below this confidence an extracted target is listed for review. */
export const REVIEW_CONFIDENCE = 0.8;

/** The kinds of {@link ReviewItem} that are notes: read them, but they need no change (`dz-plan lint --strict` passes). */
const NOTES: ReadonlySet<ReviewItem['code']> = new Set(['datesFromText', 'deadlineAfterPeriod']);

/** One thing to review. */
export interface ReviewItem {
  /** What kind of thing to review. */
  readonly code: 'lowConfidenceTarget' | 'unitNamedOnce' | 'taskWithoutUnits' | 'taskWithoutTargets' | 'guessedUnitKind' | 'missingEnglish' | 'rangeWithoutDirection' | 'datesFromText' | 'deadlineAfterPeriod';
  /**
   * `review`: something that may be wrong, which `dz-plan lint --strict` fails on; `note`: something read that a
   * person should see before publishing but that is likely right (`datesFromText`), which it does not.
   */
  readonly severity: 'review' | 'note';
  /** Where: a target, unit or task id, or `plan`. */
  readonly at: string;
  /** What to look at, in the language asked for (English by default), quoting the plan in its source language. */
  readonly message: string;
}

/**
 * `text` of `plan` as its source document writes it (`plan.sourceLanguage`: a plan built from a Simplified document
 * is quoted in Simplified), or in Traditional where that text is empty.
 */
export const sourceText = (plan: Plan, text: LocalizedText): string => text[plan.sourceLanguage] || text['zh-Hant'];

/** The line breaks of a quote (a target's across a page break, `城市\n- 4 -\n更新…`), with the spaces about them. */
const LINE_BREAKS = /[^\S\n\r\f\u2028\u2029]*[\n\r\f\u2028\u2029]\s*/gu;

/**
 * `text` on one line, as `dz-plan lint` prints one item a line: each line break (and the page break or blank lines
 * with it) shown as ` ⏎ `. The plan keeps the source's text.
 */
export const oneLine = (text: string): string => text.replace(LINE_BREAKS, ' ⏎ ');

/**
 * Lists what a person should review before publishing a built plan, each item said in `lang` (English by default;
 * `lintWords`). An empty list does not mean the plan is right, only that nothing in it looks doubtful to a machine.
 *
 * @example
 * ```ts
 * for (const item of lintPlan(plan)) console.log(`${item.code} ${item.at}: ${item.message}`);
 * lintPlan(plan, { lang: 'zh-Hans' })[0]?.message; // '«中国电信芜湖分公司» 只在一个任务中出现:…'
 * ```
 */
export function lintPlan(plan: Plan, { lang = 'en' }: { readonly lang?: Language } = {}): ReviewItem[] {
  const words = lintWords[lang];
  const items: Omit<ReviewItem, 'severity'>[] = [];
  for (const t of plan.targets) {
    if (t.confidence !== undefined && t.confidence < REVIEW_CONFIDENCE) {
      items.push({ code: 'lowConfidenceTarget', at: t.id, message: words.lowConfidenceTarget(oneLine(t.quote), t, t.comparator, `${t.valueText}${t.unit}`, t.measure, t.confidence) });
    }
    // Due after the plan's period (2025年4月1日至6月30日 in a plan of 2024, r101 L1; 到2025年 in a plan of 2024): paced from
    // the period's start; a note, whoever wrote it, as a target beyond the year is also written on purpose. Else the
    // dates an extraction read (r96 M2): a start moves the pace, an earlier deadline the judgement; a reviewed target has
    // none to say.
    if (t.deadline > plan.period.end) {
      items.push({ code: 'deadlineAfterPeriod', at: t.id, message: words.deadlineAfterPeriod(oneLine(t.quote), t.deadline, plan.period) });
    } else if (t.confidence !== undefined && (t.start !== undefined || t.deadline !== plan.period.end)) {
      items.push({ code: 'datesFromText', at: t.id, message: words.datesFromText(oneLine(t.quote), t, plan.period) });
    }
    // A fall every reader would take as a rise (r85 M2): said here, the one place a plan is reviewed.
    const unkept = rangeWithoutDirection(t);
    if (unkept) items.push({ code: 'rangeWithoutDirection', at: t.id, message: words.rangeWithoutDirection(oneLine(t.quote), unkept.direction, unkept.readAs) });
  }
  const uses = new Map<string, number>();
  for (const task of plan.tasks) for (const id of [...task.lead, ...task.participating]) uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const unit of plan.units) {
    const written = sourceText(plan, unit.name);
    const name = oneLine(written);
    if ((uses.get(unit.id) ?? 0) === 1) items.push({ code: 'unitNamedOnce', at: unit.id, message: words.unitNamedOnce(name) });
    // As `build` guessed it: from the name as the document writes it.
    if (!unit.name.en && unit.kind === guessUnitKind(written)) items.push({ code: 'guessedUnitKind', at: unit.id, message: words.guessedUnitKind(name, unit.kind) });
  }
  for (const task of plan.tasks) {
    if (!task.lead.length && !task.participating.length) items.push({ code: 'taskWithoutUnits', at: task.id, message: words.taskWithoutUnits(task.number, oneLine(sourceText(plan, task.title))) });
    if (!task.targetIds.length) items.push({ code: 'taskWithoutTargets', at: task.id, message: words.taskWithoutTargets(task.number) });
  }
  const untranslated = missingEnglish(plan);
  // Which, by kind (r80 L7): a unit by its name as the document writes it, as an overlay names it.
  const empty = untranslated ? emptyEnglish(plan, (unit) => oneLine(sourceText(plan, unit.name))) : [];
  if (untranslated) items.push({ code: 'missingEnglish', at: 'plan', message: words.missingEnglish(untranslated, empty) });
  return items.map((item) => ({ ...item, severity: NOTES.has(item.code) ? 'note' : 'review' }));
}
