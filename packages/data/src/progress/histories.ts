/**
 * Every target's readings in a report at once: the report's entries grouped by target in one pass, each group read by
 * {@link progressHistory}. A diff or a check over every target of a plan would otherwise scan all the entries once per
 * target (10,000 targets × 10,000 entries).
 */
import { progressHistory, type ProgressReading } from '../latest-progress.js';
import type { ProgressEntry, ProgressReport } from '../progress-report.js';

/** Each target with an entry in `report`, and its readings in date order (see {@link progressHistory}). */
export function progressHistories(report: ProgressReport): Map<string, ProgressReading[]> {
  const byTarget = new Map<string, ProgressEntry[]>();
  for (const entry of report.entries) {
    const entries = byTarget.get(entry.target);
    if (entries) entries.push(entry);
    else byTarget.set(entry.target, [entry]);
  }
  return new Map([...byTarget].map(([target, entries]) => [target, progressHistory({ ...report, entries }, target)]));
}
