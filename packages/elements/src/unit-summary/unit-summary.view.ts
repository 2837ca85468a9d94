/** What `<dz-unit-summary>` draws, derived from the plan, the unit and the progress feed: free of Lit and the DOM. */
import { tasksOfUnit, type Language, type PlanLookups, type ProgressReport, type Role, type Task, type Unit } from '@dz-tasks/data';
import type { Loadable } from '../shared/base-element.js';
import { judgeTarget, type JudgedTarget } from '../shared/gauge/judged-target.js';
import { tallyKeyOf, tallyOrder, type TallyKey } from '../shared/status-tally.js';
import { wordsInput, wordsOf } from '../shared/words-input.js';

/** The parts a summary can show (the `show` attribute). */
export const SummaryPart = {
  /** The tasks the unit leads and joins. */
  tasks: 'tasks',
  /** The targets of those tasks. */
  targets: 'targets',
} as const;
export type SummaryPart = (typeof SummaryPart)[keyof typeof SummaryPart];

/** What separates the parts in `show`, as the element reads them: a space, a comma (with a space or not) or 、. */
export type SummarySeparator = ' ' | ',' | ', ' | '、';

/**
 * What `show` takes from code: a part, both in the order shown, separated as the element reads them
 * (`"targets tasks"`, `"tasks,targets"`, `"tasks、targets"`; each once: `"tasks tasks"` would show the tasks, as
 * `"tasks"` does), or the parts as a list. (An attribute is read more freely still: any letter case or width; a word
 * not allowed is noticed and left out.)
 */
export type SummaryShow = SummaryPart | { [First in SummaryPart]: `${First}${SummarySeparator}${Exclude<SummaryPart, First>}` }[SummaryPart] | readonly SummaryPart[];

/** One task of the unit, with its role. */
export interface SummaryTask {
  readonly task: Task;
  readonly role: Role;
}

/** One group of the unit's targets: those whose readings say the same. */
export interface TargetGroup {
  readonly key: TallyKey;
  /** The targets, each with the number of its task and the unit's role in it (a joined task's targets are marked). */
  readonly targets: readonly (JudgedTarget & { readonly taskNumber: number; readonly role: Role })[];
}

/** The summary when its unit is found. */
export interface SummaryReady {
  readonly unit: Unit;
  /** Tasks the unit leads or joins, in task order. */
  readonly tasks: readonly SummaryTask[];
  /** How many of them it leads. */
  readonly lead: number;
  /** How many of them it joins. */
  readonly participating: number;
  /** The parts shown, in the order of the `show` attribute's words. */
  readonly parts: readonly SummaryPart[];
  /** The targets of its tasks, grouped by status (most urgent first); one group without a feed. */
  readonly groups: readonly TargetGroup[];
  /** Whether the groups are by status (a feed is loaded); without a feed there is one list of targets. */
  readonly grouped: boolean;
  /** How many targets its tasks state. */
  readonly targetCount: number;
  /** The progress report's own date, when one is loaded: the date the summary stands at. */
  readonly asOf?: string;
  /** Whether a progress feed is still loading (the targets show a skeleton meanwhile). */
  readonly feedLoading: boolean;
}

/** How `show` is taken: a list of the parts' words; one not allowed is noticed (with the closest) and left out. */
export const showInput = wordsInput(Object.values(SummaryPart));

/** `"targets tasks"` → the parts in that order; the words not allowed left out; none (or none allowed) → both. */
export function showParts(text: string | undefined | null): SummaryPart[] {
  const parts = wordsOf(text).filter((word): word is SummaryPart => (showInput.choices as readonly string[]).includes(word));
  return parts.length ? [...new Set(parts)] : [SummaryPart.tasks, SummaryPart.targets];
}

/** The summary of `unit`: its tasks by `tasksOfUnit`, its targets judged against the feed (when loaded). */
export function summaryOf(api: PlanLookups, unit: Unit, parts: readonly SummaryPart[], feed: Loadable<ProgressReport> | undefined, lang: Language): SummaryReady {
  const lead = tasksOfUnit(api.index, unit, { role: 'lead' }) ?? [];
  const participating = tasksOfUnit(api.index, unit, { role: 'participating' }) ?? [];
  const leadIds = new Set(lead.map((task) => task.id));
  const tasks = (tasksOfUnit(api.index, unit) ?? []).map((task) => ({ task, role: leadIds.has(task.id) ? ('lead' as const) : ('participating' as const) }));
  const report = feed?.state === 'ready' ? feed.value : undefined;
  const judged = tasks.flatMap(({ task, role }) => api.targetsOfTask(task).map((target) => ({ ...judgeTarget(api, target, report, lang), taskNumber: task.number, role })));
  const groups = report
    ? tallyOrder.map((key) => ({ key, targets: judged.filter((j) => tallyKeyOf(j) === key) })).filter((group) => group.targets.length > 0)
    : judged.length
      ? [{ key: 'unreported' as const, targets: judged }]
      : [];
  return {
    unit,
    tasks,
    lead: lead.length,
    participating: participating.length,
    parts,
    groups,
    grouped: !!report,
    targetCount: judged.length,
    feedLoading: feed?.state === 'loading',
    ...(report ? { asOf: report.asOf } : {}),
  };
}
