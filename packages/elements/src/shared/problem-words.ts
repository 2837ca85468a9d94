/**
 * The words of a reading that cannot be judged (`describeReadingProblem`: every problem in three languages, about a
 * kilobyte): a chunk of its own, loaded by the first such reading on the page, so a page of gauges that all judge pays
 * nothing for them. Until they are there, the element that wanted them shows its loading state (`DzElement` sees
 * `problemWords.missed` move while it derives its view), as it does for the validators.
 */
import type { Language, ReadingProblem, Target } from '@dz-tasks/data';
import { lazyModule, type LazyModule } from './base-element.modules.js';

/** The module of the words, imported on first use. */
export const problemWordsModule: LazyModule<typeof import('./problem-words.lazy.js')> = lazyModule(() => import('./problem-words.lazy.js'));

/** How many times the words were wanted before they were there: an element compares it before and after its view. */
export const problemWords = { missed: 0 };

/**
 * `problem` in words in the language; `''` while the words load (counted in `problemWords.missed`, so the element
 * waits for them); its code if their chunk cannot be loaded (a CDN folder updated under a cached loader).
 */
export function sayProblem(problem: ReadingProblem, target: Target, lang: Language): string {
  return problemWordsModule.failed ? problem.code : onDemand((words) => words.describeReadingProblem(problem, target, lang));
}

/**
 * What `say` gives from the words' chunk: a reading problem in words, how far a reading missed (`sayGap`), a unit's
 * "did you mean", what a plan has after a "not found" (`plan-ranges.ts`: `:本計劃的任務為 1–69`); `''` while the chunk loads (counted in `problemWords.missed`,
 * so the element waits for it) or when it cannot be loaded (a message then ends at what was not found).
 */
export function onDemand(say: (words: typeof import('./problem-words.lazy.js')) => string): string {
  const words = problemWordsModule.loaded;
  if (words) return say(words);
  if (!problemWordsModule.failed) problemWords.missed++;
  return '';
}
