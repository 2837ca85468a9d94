/**
 * Every target's readings in a report at once: the report's entries grouped by target in one pass, each group read by
 * {@link progressHistory}. A diff, a check or a view over every target of a plan would otherwise scan all the entries
 * once per target (10,000 targets × 22,000 entries: a minute). {@link progressHistory} itself stays a scan, the
 * right cost for one target (a gauge): the grouping is kept off the gauge's page (its 30 KB budget).
 */
import { progressHistory, type ProgressReading } from '../latest-progress.js';
import type { ProgressEntry, ProgressReport } from '../progress-report.js';

/**
 * A report's entries grouped by target in one pass: each target with an entry, in the order of its first, and its
 * entries in their order. A view judging every target of a plan (the elements' overview) reads each target's from here,
 * as `{ ...report, entries }`, instead of scanning the entries once per target.
 */
export function entriesByTarget(report: Pick<ProgressReport, 'entries'>): Map<string, ProgressEntry[]> {
  const byTarget = new Map<string, ProgressEntry[]>();
  for (const entry of report.entries) {
    const entries = byTarget.get(entry.target);
    if (entries) entries.push(entry);
    else byTarget.set(entry.target, [entry]);
  }
  return byTarget;
}

/** Each target with an entry in `report`, and its readings in date order (see {@link progressHistory}). */
export function progressHistories(report: ProgressReport): Map<string, ProgressReading[]> {
  return new Map([...entriesByTarget(report)].map(([target, entries]) => [target, progressHistory({ ...report, entries }, target)]));
}
