/** What `<dz-task-card>` draws, derived from the plan, the task and the progress feed: free of Lit and the DOM. */
import type { Language, PlanLookups, ProgressReport, Section, Task, UnitWithRole } from '@dz-tasks/data';
import type { Loadable } from '../shared/base-element.js';
import { judgeTarget, type JudgedTarget } from '../shared/gauge/judged-target.js';

/** One target of the card, with what the feed says of it. */
export type CardTarget = JudgedTarget;

/** The card when its task is found. */
export interface CardReady {
  readonly task: Task;
  /**
   * The script the body is shown in: the page's, else (English, which the body is not written in) the plan's own
   * source script (`plan.sourceLanguage`), so a plan built from a Simplified document never shows a Traditional it did not write.
   */
  readonly bodyLang: 'zh-Hant' | 'zh-Hans';
  readonly section: Section | undefined;
  readonly units: readonly UnitWithRole[];
  readonly targets: readonly CardTarget[];
  /** Whether a progress feed is still loading (the targets show a skeleton meanwhile). */
  readonly feedLoading: boolean;
  /** The progress report's own date, when one is loaded: the date the card's progress stands at. */
  readonly asOf?: string;
}

/** The card of `task`, its targets judged against the feed's latest readings (when a feed is given and loaded). */
export function cardOf(api: PlanLookups, task: Task, feed: Loadable<ProgressReport> | undefined, lang: Language): CardReady {
  const report = feed?.state === 'ready' ? feed.value : undefined;
  return {
    task,
    bodyLang: lang === 'en' ? (api.plan.sourceLanguage === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant') : lang,
    section: api.getSection(task.sectionId),
    units: api.unitsOfTask(task),
    feedLoading: feed?.state === 'loading',
    targets: api.targetsOfTask(task).map((target) => judgeTarget(api, target, report, lang)),
    ...(report ? { asOf: report.asOf } : {}),
  };
}
