/** What changed between two progress reports: `dz-plan progress diff old.json new.json`. */
import { evaluatePlanTarget } from '../evaluate-target.js';
import { latestProgress, type ProgressReading } from '../latest-progress.js';
import { localIsoDate } from '../local-date.js';
import type { Status } from '../messages.js';
import type { ProgressReport } from '../progress-report.js';
import { describeReadingProblem, InvalidReadingError, type ReadingProblem } from '../reading-problems.js';
import type { Language, Plan } from '../schema.js';

/** A target's latest reading in one report, and its status then (`undefined`: the reading cannot be judged). */
export interface ReadingWithStatus extends ProgressReading {
  /**
   * The status the plan's `evaluateTarget` gives the reading (paced from its `period.start`); `undefined` when it
   * cannot judge it.
   */
  readonly status: Status | undefined;
  /** The evaluation's sentence, or why it cannot judge the reading (in the language). */
  readonly sentence: string;
  /** Why `evaluateTarget` cannot judge the reading (a date after today, a rate over 100%…); absent when judged. */
  readonly problem?: ReadingProblem;
}

/** Options of {@link diffReports}. */
export interface DiffReportsOptions {
  /**
   * Today, `YYYY-MM-DD`: a reading dated after it is not judged (its `problem` is `afterToday`), as the import
   * refuses it. Default: the local date when the diff runs.
   */
  readonly today?: string;
}

/** One target whose latest reading differs between two reports. */
export interface ReportChange {
  /** The target's id. */
  readonly target: string;
  /** Its latest reading in the old report; `undefined` when it had none. */
  readonly before: ReadingWithStatus | undefined;
  /** Its latest reading in the new report; `undefined` when it has none. */
  readonly after: ReadingWithStatus | undefined;
  /** Whether the status differs (a reading added or removed counts as a change of status). */
  readonly statusChanged: boolean;
}

/**
 * The targets whose latest value or date differs between two reports, in plan order, each with the status of
 * both readings: the value changed, a reading added or removed, and whether the status moved. Each status is the one
 * the plan API's `evaluateTarget` gives and the elements show, paced from the plan's `period.start`. A reading that
 * cannot be judged (dated after `today`, before the plan's period, a rate over 100%…) has no status and says why in
 * `problem` and `sentence`.
 *
 * @example
 * ```ts
 * diffReports(march, june, dezhouPlan, 'en').filter((c) => c.statusChanged).map((c) => c.target);
 * ```
 */
export function diffReports(before: ProgressReport, after: ProgressReport, plan: Plan, lang: Language = 'zh-Hant', options: DiffReportsOptions = {}): ReportChange[] {
  const today = options.today ?? localIsoDate();
  const changes: ReportChange[] = [];
  for (const target of plan.targets) {
    const [old, now] = [latestProgress(before, target.id), latestProgress(after, target.id)];
    if (!old && !now) continue;
    if (old && now && old.value === now.value && old.asOf === now.asOf) continue;
    const judge = (reading: ProgressReading | undefined): ReadingWithStatus | undefined => {
      if (!reading) return undefined;
      try {
        const evaluation = evaluatePlanTarget(plan, target, reading, { lang, today });
        return { ...reading, status: evaluation.status, sentence: evaluation.sentence };
      } catch (error) {
        if (error instanceof InvalidReadingError) return { ...reading, status: undefined, sentence: describeReadingProblem(error.problem, target, lang), problem: error.problem };
        return { ...reading, status: undefined, sentence: (error as Error).message };
      }
    };
    const [b, a] = [judge(old), judge(now)];
    changes.push({ target: target.id, before: b, after: a, statusChanged: b?.status !== a?.status || !b !== !a });
  }
  return changes;
}
