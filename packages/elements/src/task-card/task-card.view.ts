/** What `<dz-task-card>` draws, derived from the plan, the task and the progress feed: free of Lit and the DOM. */
import {
  describeReadingProblem,
  evaluatePlanTarget,
  InvalidReadingError,
  progressHistory,
  type Language,
  type PlanLookups,
  type ProgressReading,
  type ProgressReport,
  type Section,
  type Target,
  type TargetEvaluation,
  type TargetReading,
  type Task,
  type UnitWithRole,
} from '@dz-tasks/data';
import type { Loadable } from '../shared/base-element.js';

/** One target of the card, with what the feed says of it. */
export interface CardTarget {
  readonly target: Target;
  /** Its deadline differs from the end of the plan, so the card shows it. */
  readonly due: boolean;
  /** The evaluation of the feed's latest reading, when it can be judged. */
  readonly evaluation?: TargetEvaluation;
  /** Why the feed's reading cannot be judged (a value in the wrong scale), in the card's language. */
  readonly problem?: string;
  /** The remark of the feed's entry. */
  readonly note?: string;
  /** A feed is loaded and has no entry for the target. */
  readonly unreported: boolean;
  /** The feed's readings of the target in date order, when it gives more than one. */
  readonly history?: readonly ProgressReading[];
}

/** The card when its task is found. */
export interface CardReady {
  readonly task: Task;
  readonly section: Section | undefined;
  readonly units: readonly UnitWithRole[];
  readonly targets: readonly CardTarget[];
  /** Whether a progress feed is still loading (the targets show a skeleton meanwhile). */
  readonly feedLoading: boolean;
}

/** The card of `task`, its targets judged against the feed's latest readings (when a feed is given and loaded). */
export function cardOf(api: PlanLookups, task: Task, feed: Loadable<ProgressReport> | undefined, lang: Language): CardReady {
  const report = feed?.state === 'ready' ? feed.value : undefined;
  return {
    task,
    section: api.getSection(task.sectionId),
    units: api.unitsOfTask(task),
    feedLoading: feed?.state === 'loading',
    targets: api.targetsOfTask(task).map((target) => {
      const history = report ? progressHistory(report, target.id) : [];
      const reading = history.at(-1);
      return {
        target,
        due: target.deadline !== api.plan.period.end,
        ...(reading ? evaluateOrExplain(api, target, reading, lang) : {}),
        ...(reading?.note === undefined ? {} : { note: reading.note }),
        unreported: !!report && !reading,
        ...(history.length > 1 ? { history } : {}),
      };
    }),
  };
}

/**
 * The evaluation of a feed's reading, or why it cannot be judged (a value in the wrong scale, a date before the
 * period), in the language: the card shows the target with the problem instead of a wrong status.
 */
function evaluateOrExplain(api: PlanLookups, target: Target, reading: TargetReading, lang: Language): { evaluation: TargetEvaluation } | { problem: string } {
  try {
    return { evaluation: evaluatePlanTarget(api.plan, target, reading, { lang }) };
  } catch (error) {
    if (error instanceof InvalidReadingError) return { problem: describeReadingProblem(error.problem, target, lang) };
    throw error;
  }
}
