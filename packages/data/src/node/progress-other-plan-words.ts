/**
 * What the progress commands say of a file of another plan (review r80 M3): a sheet whose rows describe other targets
 * than their ids' (the sheet's problem `otherPlan`, then this), a report whose `plan` is not the plan's. Without
 * `--plan` the plan is Dezhou's, and another city's file is to be read with its own; with it, the one given is not
 * the file's.
 */
import type { Language } from '../schema.js';

interface OtherPlanWords {
  /** After a sheet's `otherPlan` problem: what to do, whether `--plan` was given. */
  readonly sheet: (planGiven: boolean) => string;
  /** A report of another plan: its file, the plan it names, the plan read, whether `--plan` was given. */
  readonly report: (file: string, reportPlan: string, plan: string, planGiven: boolean) => string;
}

export const otherPlanWords: Readonly<Record<Language, OtherPlanWords>> = {
  'zh-Hant': {
    sheet: (given) => (given ? ';請核對 --plan 給的是不是此表所屬規劃的檔案' : ';請加 --plan plan.json,給出此表所屬規劃的檔案,不要改動指標編號'),
    report: (file, report, plan, given) =>
      `${file}:此報告屬於另一份規劃「${report}」,不是「${plan}」:${given ? '請核對 --plan 給的檔案,' : '請加 --plan plan.json,'}給出「${report}」的規劃檔`,
  },
  'zh-Hans': {
    sheet: (given) => (given ? ';请核对 --plan 给的是不是此表所属规划的文件' : ';请加 --plan plan.json,给出此表所属规划的文件,不要改动指标编号'),
    report: (file, report, plan, given) =>
      `${file}:此报告属于另一份规划“${report}”,不是“${plan}”:${given ? '请核对 --plan 给的文件,' : '请加 --plan plan.json,'}给出“${report}”的规划文件`,
  },
  en: {
    sheet: (given) => (given ? '; check that --plan names the file of the plan this sheet is for' : "; give --plan plan.json, the file of the plan this sheet is for, and keep the sheet's target ids"),
    report: (file, report, plan, given) =>
      `${file}: this report is for another plan, "${report}", not "${plan}": ${given ? 'check the file --plan names and give' : 'give --plan plan.json,'} the file of plan "${report}"`,
  },
};

/** The plan a report (JSON as read) names, when it is a string and not `planId`; else `undefined`. */
export function otherPlanOf(json: unknown, planId: string): string | undefined {
  const named = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { plan?: unknown }).plan : undefined;
  return typeof named === 'string' && named !== '' && named !== planId ? named : undefined;
}
