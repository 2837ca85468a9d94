/**
 * The date a report's entry stands at: its own `asOf`, else the report's. The one rule of the Node code that reads
 * a report's history; `progressHistory` (`latest-progress.ts`, in the pages' chunk, where a shared function would cost
 * bytes it has not) writes the same rule inline.
 */
import type { ProgressEntry, ProgressReport } from '../progress-report.js';

/**
 * The date `entry` of `report` stands at.
 *
 * @example
 * ```ts
 * entryDate({ target: 't09.1', value: 1500 }, { asOf: '2023-06-30' }); // '2023-06-30'
 * ```
 */
export const entryDate = (entry: Pick<ProgressEntry, 'asOf'>, report: Pick<ProgressReport, 'asOf'>): string => entry.asOf ?? report.asOf;
