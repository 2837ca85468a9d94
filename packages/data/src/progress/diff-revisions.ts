/**
 * The readings of an old (published) report that a new one revises: `dz-plan progress diff` tells a figure already
 * published that changed, though a later reading be the one it compares (review r68, F127).
 */
import type { ProgressReading } from '../latest-progress.js';

/** A reading of the old report that the new one gives another value at its date, or no longer has. */
export interface RevisedReading {
  /** The date the reading stands at. */
  readonly asOf: string;
  /** Its value in the old report. */
  readonly before: number;
  /** Its value in the new report at that date; absent when the new report has no reading of the target then (removed). */
  readonly after?: number;
}

/**
 * Whether the new report carries the old one's readings: most of them (more than half, by target and date, whatever the
 * value) are in it, as in a report appended to with `--into`, or the same period issued again. Only then is a reading missing
 * from it removed: a report of the next period imported alone carries none of the old one's, and drops none.
 */
export function carriesReadings(oldHistories: ReadonlyMap<string, readonly ProgressReading[]>, newHistories: ReadonlyMap<string, readonly ProgressReading[]>): boolean {
  let [readings, carried] = [0, 0];
  for (const [target, history] of oldHistories) {
    const dates = new Set((newHistories.get(target) ?? []).map((r) => r.asOf));
    readings += history.length;
    carried += history.filter((r) => dates.has(r.asOf)).length;
  }
  return carried * 2 > readings;
}

/**
 * The readings of a target's `oldHistory` that `newHistory` gives another value at their date, and, when the new report
 * {@link carriesReadings} (`removals`), those it has no reading at: in date order. A note changed alone is no revision.
 */
export function revisedReadings(oldHistory: readonly ProgressReading[], newHistory: readonly ProgressReading[], removals: boolean): RevisedReading[] {
  const now = new Map(newHistory.map((r) => [r.asOf, r.value]));
  return oldHistory.flatMap(({ asOf, value: before }) => {
    const after = now.get(asOf);
    if (after === undefined) return removals ? [{ asOf, before }] : [];
    return after === before ? [] : [{ asOf, before, after }];
  });
}
