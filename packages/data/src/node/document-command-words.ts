/**
 * What `dz-plan parse`, `summary` and `build` say in their own words (not a diagnostic's, not a file's), in each
 * language the CLI speaks (`--lang`): the role labels beside a task's units, the counts, and `build`'s last lines.
 * Without `--lang` the CLI says them in English, as the diagnostics they come with (the role labels excepted: they
 * stand among the document's names, in its script).
 */
import type { Language } from '../schema.js';

/** What `summary` and `build` count of a plan or a parsed document. */
export interface DocumentCounts {
  readonly sections: number;
  readonly tasks: number;
  readonly units: number;
  /** Each lead or participating unit of a task. */
  readonly assignments: number;
  readonly targets: number;
  /** Of the targets, those whose text gave a start (`build`'s count; F239). */
  readonly started?: number;
}

/** The words of one language. */
export interface DocumentCommandWords {
  /** The labels `parse` gives a task's lead and participating units. */
  readonly lead: string;
  readonly participating: string;
  /** `summary`'s count lines, one label and number to a line. */
  readonly countLines: (counts: DocumentCounts) => string;
  /** What follows a section's title in `summary` of a plan: its tasks and targets. */
  readonly sectionCounts: (tasks: number, targets: number) => string;
  /** `parse`'s last line before its diagnostics. */
  readonly parsed: (sections: number, tasks: number, units: number) => string;
  /** `build` wrote no plan: for `errors` errors in the document (0: what stopped it is said above, no error --lenient lifts). */
  readonly noPlan: (errors: number) => string;
  /** `build` wrote no plan: the overlay names what the plan does not have. */
  readonly overlayDoesNotFit: string;
  /** `build`'s plan `id` and its counts, and the file it went to (none: standard output). */
  readonly built: (id: string, counts: DocumentCounts, output: string | undefined) => string;
  /** What to run next on the plan in `file`. */
  readonly next: (file: string) => string;
}

const to = (output: string | undefined) => (output ? ` → ${output}` : '');

/** {@link DocumentCommandWords} in each language. */
export const documentCommandWords: Readonly<Record<Language, DocumentCommandWords>> = {
  'zh-Hant': {
    lead: '牽頭',
    participating: '參與',
    countLines: (c) => `部分:${c.sections}\n任務:${c.tasks}\n單位:${c.units}\n分工:${c.assignments}\n指標:${c.targets}`,
    sectionCounts: (tasks, targets) => `${tasks} 項任務、${targets} 個指標`,
    parsed: (sections, tasks, units) => `${sections} 個部分、${tasks} 項任務、${units} 個單位`,
    noPlan: (errors) => (errors ? `未寫出計劃:文件中有 ${errors} 個錯誤(請修正,或加上 --lenient)` : '未寫出計劃:請見上面列出的問題'),
    overlayDoesNotFit: '未寫出計劃:overlay 與計劃不符',
    built: (id, c, output) => `${id}: ${c.sections} 個部分、${c.tasks} 項任務、${c.units} 個單位、${c.assignments} 項分工、${c.targets} 個指標${c.started ? `(其中 ${c.started} 個有開始日期)` : ''}${to(output)}`,
    next: (file) => `下一步:dz-plan lint ${file} 列出需要審核的地方`,
  },
  'zh-Hans': {
    lead: '牵头',
    participating: '参与',
    countLines: (c) => `部分:${c.sections}\n任务:${c.tasks}\n单位:${c.units}\n分工:${c.assignments}\n指标:${c.targets}`,
    sectionCounts: (tasks, targets) => `${tasks} 项任务、${targets} 个指标`,
    parsed: (sections, tasks, units) => `${sections} 个部分、${tasks} 项任务、${units} 个单位`,
    noPlan: (errors) => (errors ? `未写出计划:文件中有 ${errors} 个错误(请修正,或加上 --lenient)` : '未写出计划:请见上面列出的问题'),
    overlayDoesNotFit: '未写出计划:overlay 与计划不符',
    built: (id, c, output) => `${id}: ${c.sections} 个部分、${c.tasks} 项任务、${c.units} 个单位、${c.assignments} 项分工、${c.targets} 个指标${c.started ? `(其中 ${c.started} 个有开始日期)` : ''}${to(output)}`,
    next: (file) => `下一步:dz-plan lint ${file} 列出需要审核的地方`,
  },
  en: {
    lead: 'lead',
    participating: 'participating',
    countLines: (c) => `sections: ${c.sections}\ntasks: ${c.tasks}\nunits: ${c.units}\nassignments: ${c.assignments}\ntargets: ${c.targets}`,
    sectionCounts: (tasks, targets) => `${tasks} tasks, ${targets} targets`,
    parsed: (sections, tasks, units) => `${sections} sections, ${tasks} tasks, ${units} units`,
    noPlan: (errors) =>
      `no plan written: ${errors ? `${errors === 1 ? '1 error' : `${errors} errors`} in the document (fix ${errors === 1 ? 'it' : 'them'}, or give --lenient)` : 'see the problems above'}`,
    overlayDoesNotFit: 'no plan written: the overlay does not fit the plan',
    built: (id, c, output) => `${id}: ${c.sections} sections, ${c.tasks} tasks, ${c.units} units, ${c.assignments} assignments, ${c.targets} targets${c.started ? ` (${c.started} with a start)` : ''}${to(output)}`,
    next: (file) => `next: dz-plan lint ${file} lists what to review`,
  },
};
