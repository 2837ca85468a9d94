/**
 * What a plan has, said after an element's "not found" (`找不到任務 999` + `:本計劃的任務為 1–69`) so a CMS editor sees what
 * would have been right, in each language. Not in the UI strings every page loads: the words come with the code that
 * finds the range (`plan-ranges.ts`), in the chunk loaded on demand (`problem-words.lazy.ts`), which a page whose names
 * are all found never downloads. Written by hand in the three languages, as the words of reading problems are.
 */
import type { Language } from '@dz-tasks/data';

/**
 * What a plan has where an attribute named what it lacks (`task="999"`, `target="t09.9"`, `section="12"`): its task or
 * section numbers, or target ids, as one range.
 */
export interface KnownRange {
  /** The first and the last, joined by an en dash (`1–69`, `t09.1–t09.5`), or the one there is (`t09.1`). */
  readonly span: string;
  /** How many there are. */
  readonly count: number;
  /** Whether the count is said, the span not telling it: numbers missing between the first and the last, targets of several tasks. */
  readonly counted: boolean;
  /** For targets: the number of the task whose targets these are, when the attribute named a task that has targets (`t09.9`, `9`). */
  readonly task?: number;
}

/** The words after each "not found", in one language: each opens with its separator (`:`, `: `). */
export interface KnownRangeWords {
  /** After `找不到任務 999`: `:本計劃的任務為 1–69`; with gaps `:本計劃的 67 項任務編號為 1–68`. */
  readonly tasks: (known: KnownRange) => string;
  /** After `找不到部分 12`: `:本計劃的部分為 1–11`. */
  readonly sections: (known: KnownRange) => string;
  /** After `找不到目標 t09.9`: `:任務 9 的目標為 t09.1–t09.5`; the plan's, counted: `:本計劃的 157 個目標為 t01.1–t63.3`. */
  readonly targets: (known: KnownRange) => string;
}

/** `this plan's tasks are 1–69`, `this plan's 67 tasks are numbered 1–68`, `this plan's task is 5`. */
const english = (whose: (k: KnownRange) => string, one: string, many: string, numbered: string) => (k: KnownRange) =>
  `: ${whose(k)} ${k.counted ? `${k.count} ${many} are${numbered}` : k.count > 1 ? `${many} are` : `${one} is`} ${k.span}`;

/** The words of each language. */
export const knownRangeWords: Readonly<Record<Language, KnownRangeWords>> = {
  'zh-Hant': {
    tasks: (k) => `:本計劃的${k.counted ? ` ${k.count} 項任務編號為` : '任務為'} ${k.span}`,
    sections: (k) => `:本計劃的${k.counted ? ` ${k.count} 個部分編號為` : '部分為'} ${k.span}`,
    targets: (k) => `:${k.task === undefined ? '本計劃' : `任務 ${k.task} `}的${k.counted ? ` ${k.count} 個目標為` : '目標為'} ${k.span}`,
  },
  'zh-Hans': {
    tasks: (k) => `:本计划的${k.counted ? ` ${k.count} 项任务编号为` : '任务为'} ${k.span}`,
    sections: (k) => `:本计划的${k.counted ? ` ${k.count} 个部分编号为` : '部分为'} ${k.span}`,
    targets: (k) => `:${k.task === undefined ? '本计划' : `任务 ${k.task} `}的${k.counted ? ` ${k.count} 个目标为` : '目标为'} ${k.span}`,
  },
  en: {
    tasks: english(() => "this plan's", 'task', 'tasks', ' numbered'),
    sections: english(() => "this plan's", 'section', 'sections', ' numbered'),
    targets: english((k) => (k.task === undefined ? "this plan's" : `task ${k.task}'s`), 'target', 'targets', ''),
  },
};
