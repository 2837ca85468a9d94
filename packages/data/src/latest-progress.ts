/** The latest value a progress report gives for a target, in a module without zod (the elements read feeds with it). */
import type { ProgressReport } from './progress-report.js';

/**
 * The latest entry for a target in a report, with the date it stands at (the entry's own `asOf`, else the
 * report's). Of entries with the same date, the last one wins. `undefined` when the report has no entry for the
 * target.
 *
 * @example
 * ```ts
 * const report = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [
 *   { target: 't09.1', value: 1500, asOf: '2023-03-31' },
 *   { target: 't09.1', value: 2100 },
 * ] };
 * latestProgress(report, 't09.1'); // { value: 2100, asOf: '2023-06-30' }
 * ```
 */
export function latestProgress(
  report: ProgressReport,
  targetId: string,
):
  | {
      /** The value reached, in the target's unit. */
      value: number;
      /** The date the value stands at (ISO `YYYY-MM-DD`). */
      asOf: string;
      /** The entry's remark, if it has one. */
      note?: string;
      /** The entry's baseline, if it gives one. */
      baseline?: number;
    }
  | undefined {
  let best: { value: number; asOf: string; note?: string; baseline?: number } | undefined;
  for (const entry of report.entries) {
    if (entry.target !== targetId) continue;
    const asOf = entry.asOf ?? report.asOf;
    if (!best || asOf >= best.asOf) {
      best = { value: entry.value, asOf, ...(entry.note === undefined ? {} : { note: entry.note }), ...(entry.baseline === undefined ? {} : { baseline: entry.baseline }) };
    }
  }
  return best;
}
