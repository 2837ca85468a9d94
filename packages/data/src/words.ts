/**
 * The shape of the data package's words in one language: status names and comparator words (`words-zh-hant.ts`,
 * `words-zh-hans.ts`, `words-en.ts`), and the sentences' pieces (`sentence-zh-hant.ts`…). A module per language, so
 * the CDN build of the elements loads zh-Hans and English with their UI strings and a page carries no other's words.
 */
import type { Comparator } from './schema.js';
import type { Status } from './messages.js';

/** A language's words: the name of each status, the word before an amount for each comparator. */
export interface DataWords {
  readonly status: Readonly<Record<Status, string>>;
  readonly comparator: Readonly<Record<Comparator, string>>;
  /**
   * What bounds a change's amount (`floor`: 增長10%以上, `approx`: 增長6%左右), as the words before the amount (English:
   * `an increase of at least 10%`) and after it (Chinese).
   */
  readonly changeBound: Readonly<Record<'floor' | 'approx', { readonly before: string; readonly after: string }>>;
  /**
   * What a target the plan strives for (力爭, 爭創: a target's `firmness` `strive`) is said with before its amount:
   * `compact` in `describeTarget` (`力爭 ≥ 10%`, `aim ≥ 10%`), `words` in `describeTargetInWords`, with the space that
   * follows it in English (`力爭增長10%以上`, `aiming for an increase of at least 10%`).
   */
  readonly strive: { readonly compact: string; readonly words: string };
}

/** The pieces of `evaluateTarget`'s sentence for screen readers, in one language (`sentence-zh-hant.ts`…). */
export interface SentenceWords {
  /**
   * `each`: for a threshold each member of a set must reach, the set, whose lowest member the reading is;
   * `comparison`: empty when it would say the status again.
   */
  sentence(metric: string, reached: string, date: string, goal: string, comparison: string, status: string, each: string | undefined): string;
  comma: string;
  done(share: string): string;
  used(share: string): string;
  pace(share: string): string;
  pathFrom(year: number, share: string): string;
  reached: string;
  inBand: string;
  below: string;
  aboveBand: string;
  wrongWay: string;
  /** A level further from its target than its baseline: `較基數950家下降`, for a limit `較基數50上升` (`rose`). */
  movedFrom: (baseline: string, rose: boolean) => string;
  noPace: string;
  /** Why a designation below its target is not paced. */
  conferred: string;
  /** Why a flow of one thing below its target is not paced. */
  single: string;
  /** Why a flow of a few whole things (新增上市企業4家) may be one thing short of the pace and on it. */
  few: string;
  /** Why a rate to reach by the deadline below it is not judged behind. */
  byDeadline: string;
  /** Why a change against a base year read inside a year is not paced: it is not an annual figure. */
  notAnnual: string;
  /**
   * Beside a ceiling used faster than the pace (r82 M4): what is left of it in words (`0.17億立方米`), or `''` when it
   * is used up (the sentence's date and the target's deadline say how long there is to go).
   */
  left: (left: string) => string;
  /** Beside a target met beyond its goal (超額完成, r82 L1; `metBeyondGoal`). */
  exceeded: string;
}
