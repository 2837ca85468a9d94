/**
 * What a plan has where an attribute named what it lacks (`task="999"`, `target="t09.9"`, `section="12"`), said after
 * the element's "not found": its task or section numbers, or a task's or the plan's target ids, as a range (`1–69`,
 * `t09.1–t09.5`). It loads with the words on demand (`problem-words.lazy.ts`): a page whose names are all found never
 * downloads it.
 */
import { referenceText, type Language, type PlanLookups } from '@dz-tasks/data';
import { knownRangeWords, type KnownRange } from './i18n/known-range-words.js';

/** `sorted` as a range, `undefined` when it is empty; `counted` when the span does not tell how many there are. */
function rangeOf(sorted: readonly string[], counted: boolean, task?: number): KnownRange | undefined {
  if (!sorted.length) return undefined;
  const span = sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted[0]!;
  return task === undefined ? { span, count: sorted.length, counted } : { span, count: sorted.length, counted, task };
}

/** Task or section numbers as a range, counted when some between the first and the last are missing. */
function numbersOf(numbers: readonly number[]): KnownRange | undefined {
  const sorted = [...numbers].sort((a, b) => a - b);
  return rangeOf(sorted.map(String), sorted[sorted.length - 1]! - sorted[0]! + 1 !== sorted.length);
}

/** `known` in the words of `lang`, after the "not found"; `''` when there is nothing to say (a plan without any). */
const said = (known: KnownRange | undefined, say: (known: KnownRange) => string): string => (known ? say(known) : '');

/** The plan's task numbers, after `找不到任務 999`: `:本計劃的任務為 1–69`. */
export const knownTasks = (api: PlanLookups, lang: Language): string => said(numbersOf(api.plan.tasks.map((task) => task.number)), knownRangeWords[lang].tasks);

/** The plan's section numbers, after `找不到部分 12`: `:本計劃的部分為 1–11`. */
export const knownSections = (api: PlanLookups, lang: Language): string =>
  said(numbersOf(api.plan.sections.map((section) => section.number)), knownRangeWords[lang].sections);

/**
 * The targets near `ref`, after `找不到目標 t09.9`: those of the task it starts with (`t09.9`, `9.9`, `9` name task 9),
 * counted when their places have gaps (`:任務 9 的目標為 t09.1–t09.5`); else the plan's, from its first id to its last,
 * counted (`:本計劃的 157 個目標為 t01.1–t63.3`). A target's id is its task's number and its place (`t09.5`, as the plan
 * schema checks), so the targets alone tell (a CDN page may not have loaded the tasks).
 */
export function knownTargets(api: PlanLookups, ref: string, lang: Language): string {
  const placed = api.plan.targets
    .map(({ id }) => ({ id, at: id.slice(1).split('.').map(Number) as [task: number, place: number] }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  const named = /^t?(\d+)/.exec(referenceText(ref))?.[1];
  const task = named === undefined ? undefined : Number(named);
  const own = placed.filter(({ at }) => at[0] === task);
  const known = own.length
    ? rangeOf(own.map(({ id }) => id), own.some(({ at }, i) => at[1] !== own[0]!.at[1] + i), task)
    : rangeOf(placed.map(({ id }) => id), placed.length > 1);
  return said(known, knownRangeWords[lang].targets);
}
