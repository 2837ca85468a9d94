/**
 * What `lintPlan`'s items and `dz-plan lint`'s last line say, in each language (`--lang`; English by default). The
 * quotes (a target's, a unit's name, a task's title) are the plan's own text in its source language; the values a plan
 * JSON holds (a comparator, a measure, a unit kind) are quoted as written there, for an overlay to correct.
 */
import type { Language } from '../schema.js';

/** The words of one language. */
export interface LintWords {
  /** A target read with a confidence under the review's: its quote, comparator, amount, measure (if any) and confidence. */
  readonly lowConfidenceTarget: (quote: string, comparator: string, amount: string, measure: string | undefined, confidence: number) => string;
  /** A unit named in one task only. */
  readonly unitNamedOnce: (name: string) => string;
  /** A unit whose kind was guessed from its name. */
  readonly guessedUnitKind: (name: string, kind: string) => string;
  /** A task, its number and title, that names no unit. */
  readonly taskWithoutUnits: (task: number, title: string) => string;
  /** A task with no target. */
  readonly taskWithoutTargets: (task: number) => string;
  /** How many English texts are empty. */
  readonly missingEnglish: (count: number) => string;
  /** `dz-plan lint`'s last line: how many things to review in `file`. */
  readonly toReview: (count: number, file: string) => string;
}

/** {@link LintWords} in each language. */
export const lintWords: Readonly<Record<Language, LintWords>> = {
  'zh-Hant': {
    lowConfidenceTarget: (quote, comparator, amount, measure, confidence) => `«${quote}» 讀作 ${comparator} ${amount}(${measure ?? '沒有 measure'}),可信度 ${confidence}`,
    unitNamedOnce: (name) => `«${name}» 只在一個任務中出現:請確認它不是讀錯或寫錯的名稱`,
    guessedUnitKind: (name, kind) => `«${name}» 依名稱當作 ${kind}`,
    taskWithoutUnits: (task, title) => `任務 ${task} «${title}» 沒有責任單位`,
    taskWithoutTargets: (task) => `任務 ${task} 沒有量化指標:請確認沒有漏讀`,
    missingEnglish: (count) => `${count} 處英文留空(標題、名稱、指標、計量單位):請在 overlay 裡補上`,
    toReview: (count, file) => `${file} 共有 ${count} 處需要審核`,
  },
  'zh-Hans': {
    lowConfidenceTarget: (quote, comparator, amount, measure, confidence) => `«${quote}» 读作 ${comparator} ${amount}(${measure ?? '没有 measure'}),可信度 ${confidence}`,
    unitNamedOnce: (name) => `«${name}» 只在一个任务中出现:请确认它不是读错或写错的名称`,
    guessedUnitKind: (name, kind) => `«${name}» 依名称当作 ${kind}`,
    taskWithoutUnits: (task, title) => `任务 ${task} «${title}» 没有责任单位`,
    taskWithoutTargets: (task) => `任务 ${task} 没有量化指标:请确认没有漏读`,
    missingEnglish: (count) => `${count} 处英文留空(标题、名称、指标、计量单位):请在 overlay 里补上`,
    toReview: (count, file) => `${file} 共有 ${count} 处需要审核`,
  },
  en: {
    lowConfidenceTarget: (quote, comparator, amount, measure, confidence) => `«${quote}» read as ${comparator} ${amount} (${measure ?? 'no measure'}), confidence ${confidence}`,
    unitNamedOnce: (name) => `«${name}» is named in one task only: check it is not a misread or misspelt name`,
    guessedUnitKind: (name, kind) => `«${name}» is taken to be a ${kind} from its name`,
    taskWithoutUnits: (task, title) => `task ${task} «${title}» names no responsible unit`,
    taskWithoutTargets: (task) => `task ${task} has no quantitative target: check none was missed`,
    missingEnglish: (count) => `${count} English texts are empty (titles, names, metrics, units of measure): give them in an overlay`,
    toReview: (count, file) => `${count} things to review in ${file}`,
  },
};
