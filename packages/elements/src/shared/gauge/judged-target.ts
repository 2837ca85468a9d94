/**
 * A target with what a progress report says of it: the one judgement the gauge, the card, the unit summary and the
 * overview share.
 */
import type { Language, PlanLookups, ProgressReading, ProgressReport, Target, TargetEvaluation } from '@dz-tasks/data';
import type { TemplateResult } from 'lit';
import type { Strings } from '../i18n/ui-strings.js';
import { judgeFeed } from './judged-feed.js';

export { judgeReading } from './judge-reading.js';

/** One target, with what the feed says of it. */
export interface JudgedTarget {
  readonly target: Target;
  /** Its deadline differs from the end of the plan, so it is shown. */
  readonly due: boolean;
  /**
   * The evaluation of the feed's reading ({@link readingShown}: its latest, or once due the last by the deadline), when
   * it can be judged.
   */
  readonly evaluation?: TargetEvaluation;
  /**
   * How far the evaluation missed at its deadline or is over its ceiling, in words (`差50個`, `超出上限0.13億立方米`:
   * `judgeReading`, review r100 M2), shown beside its status and in its meter's spoken value, but not for a `stale` reading (its status is not the report's).
   */
  readonly gap?: string;
  /** Why the feed's reading cannot be judged (a value in the wrong scale), in the element's language. */
  readonly problem?: string;
  /** The remark of the feed's entry. */
  readonly note?: string;
  /** A feed is loaded and has no entry for the target (said 尚無進度數據 before its deadline, then {@link unreportedStatus}). */
  readonly unreported: boolean;
  /**
   * Of a target the report has no entry for once the report's date has reached its deadline: its status, 未報送 with its
   * glyph, as an office says it and the unit summary counts it (review r100 L8), where the element draws a status (its
   * `part`). Drawn by the feed's judging code (`judged-feed.ts`), which brings the word: a page with no feed never loads it.
   */
  readonly unreportedStatus?: (t: Strings, part?: string) => TemplateResult;
  /** The report's own date (`asOf`), when a report is loaded: the date its views stand at. */
  readonly reportAsOf?: string;
  /**
   * The reading is older than the month of the report's date and the deadline ({@link staleReading}): not reported this period. Its
   * evaluation stands at its own date, so its status is not the report's.
   */
  readonly stale?: true;
  /** The feed's readings of the target in date order, when it gives more than one. */
  readonly history?: readonly ProgressReading[];
}

/**
 * `target` judged against the report's reading ({@link readingShown}: a reading dated after today, else the latest, or once due the last by the deadline;
 * none without a report; a reading dated after today, anywhere in the history, is the problem shown), at the reading's own date; a reading older than the month of the report's date and the deadline is `stale`
 * (not reported this period), unless its status can no longer change (a running total over its ceiling, or met: the
 * data package's `settledStatus`). A running total read lower than an earlier reading ({@link totalFalls}: 2900 base
 * stations after 3100) is not judged: the readings contradict each other, and the problem names the earlier figure
 * (the data package's `contradictedBy`, `belowEarlier`). Without `words` (a view that only counts what cannot
 * be judged, as the overview's tally) a problem is its code, no gap is said, and their words are not loaded.
 */
export function judgeTarget(api: PlanLookups, target: Target, report: ProgressReport | undefined, lang: Language, words = true): JudgedTarget {
  const bare = { target, due: target.deadline !== api.plan.period.end, unreported: false };
  // A report comes through the validators (a feed's or a `progress` property's), which bring its judging (`judged-feed.ts`)
  // in the CDN build: a page of gauges given values never loads it.
  return report ? judgeFeed(api, bare, report, lang, words) : bare;
}

