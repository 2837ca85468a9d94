/**
 * A total that builds up over the year (a flow: 新增, 完成; a ceiling's use; designations conferred) read lower at a later date than at an
 * earlier one: a late sheet of an earlier month with a figure above the month after (1000 at 31 May, 900 at 30 June),
 * or a month's own figure typed for the year's. Levels and rates may fall; these may not (`runningTotal`), and the import says so.
 */
import type { ProgressReading } from '../latest-progress.js';
import { totalFalls } from '../running-total.js';
import { progressHistories } from './histories.js';
import type { ProgressReport } from '../progress-report.js';
import type { Plan, Target } from '../schema.js';

/** A total read lower than at the date before. */
export interface FallingTotal {
  readonly target: string;
  readonly earlier: ProgressReading;
  readonly later: ProgressReading;
}

export { totalFalls };

/** The targets whose readings are a running total (`runningTotal`: a flow, a ceiling's use, designations) whose readings fall from one date to the next, in plan order. */
export function fallingTotals(report: ProgressReport, plan: Plan): FallingTotal[] {
  const histories = progressHistories(report);
  return plan.targets.flatMap((target) => {
    const history = histories.get(target.id) ?? [];
    return history.slice(1).flatMap((later, i) => (totalFalls(target, history[i]!, later) ? [{ target: target.id, earlier: history[i]!, later }] : []));
  });
}
