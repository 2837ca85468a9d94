/**
 * The words of every reading problem in three languages, and how far a target missed: the chunk `problem-words.ts`
 * loads on demand.
 */
import { describeGap, type Language, type PlanLookups, type Target, type TargetEvaluation } from '@dz-tasks/data';
import { isBundled } from './default-plan.js';
import * as ranges from './plan-ranges.js';

export { describeReadingProblem } from '@dz-tasks/data';
/** The "did you mean" after an unknown unit, which `suggest-units.ts` asks of this chunk (the plan's names searched). */
export { unitSuggestion } from './unit-suggestion.js';

/**
 * Said after an error on the bundled plan (an element with no `plan-src`), so a CMS editor whose own plan was meant
 * sees why the element knows another's: the words of each language.
 */
export const bundledPlanNote: Readonly<Record<Language, string>> = {
  'zh-Hant': '(未設 plan-src:這是內建的德州市2023年計劃;您的計劃請用 plan-src)',
  'zh-Hans': '(未设 plan-src:这是内置的德州市2023年计划;您的计划请用 plan-src)',
  en: ' (no plan-src: this is the bundled Dezhou 2023 plan; for your own plan use plan-src)',
};

/** `said` of `api`, with the note of the bundled plan when it is that. */
const noted = (api: PlanLookups, lang: Language, said: string): string => said + (isBundled(api) ? bundledPlanNote[lang] : '');

/**
 * What a plan has where an attribute named what it lacks, in words (`plan-ranges.ts`), which `onDemand` asks of this
 * chunk after a "not found"; on the bundled plan, with its note.
 */
export const knownTasks = (api: PlanLookups, lang: Language): string => noted(api, lang, ranges.knownTasks(api, lang));
export const knownSections = (api: PlanLookups, lang: Language): string => noted(api, lang, ranges.knownSections(api, lang));
export const knownTargets = (api: PlanLookups, ref: string, lang: Language): string => noted(api, lang, ranges.knownTargets(api, ref, lang));

/**
 * How far `evaluation` of `target` missed, in words (`差50個`, `超出上限0.13億立方米`, `0.4 percentage points short`: the
 * data package's `describeGap`, the words the summary prints), which `judgeReading` asks of this chunk for a reading
 * missed or over its ceiling; `''` for another status.
 */
export const sayGap = (target: Target, evaluation: TargetEvaluation, lang: Language): string =>
  describeGap(target, evaluation.value, evaluation.status, lang) ?? '';
