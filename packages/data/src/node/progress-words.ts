/**
 * The words of the lines `dz-plan progress` prints itself (beyond the sheets' problems, `sheet-problems.ts`, and
 * why a file cannot be read, `unreadable-reasons.ts`), per language: `progress diff`'s summary and the readings it
 * cannot judge, and the figures `progress import --into` replaces.
 */
import type { Language } from '../schema.js';

interface ProgressCommandWords {
  /** In place of a status, for a reading `progress diff` cannot judge. */
  readonly cannotJudge: string;
  /** A reading of a report, a target and a date, then what is said of it: `now.json: t09.1 at 2999-06-30: …`. */
  readonly readingAt: (file: string, target: string, asOf: string, text: string) => string;
  /** `progress diff`'s last line on stdout. */
  readonly changed: (targets: number, inStatus: number) => string;
  /** `progress diff`'s last line on stderr when some readings cannot be judged. */
  readonly cannotBeJudged: (readings: number) => string;
  /** What `--into` says of a figure it replaces (after {@link ProgressCommandWords.readingAt}'s place). */
  readonly replaced: (before: string, after: string) => string;
}

/** The words of `dz-plan progress`'s own lines, per language (written by hand in each, as `sheetProblemWords`). */
export const progressCommandWords: Readonly<Record<Language, ProgressCommandWords>> = {
  'zh-Hant': {
    cannotJudge: '無法判斷',
    readingAt: (file, target, asOf, text) => `${file}:指標 ${target}(${asOf}):${text}`,
    changed: (targets, inStatus) => `${targets} 個指標有變動,其中 ${inStatus} 個狀態改變(*)`,
    cannotBeJudged: (readings) => `dz-plan:${readings} 個數值無法判斷(見上)`,
    replaced: (before, after) => `${before} 改為 ${after}`,
  },
  'zh-Hans': {
    cannotJudge: '无法判断',
    readingAt: (file, target, asOf, text) => `${file}:指标 ${target}(${asOf}):${text}`,
    changed: (targets, inStatus) => `${targets} 个指标有变动,其中 ${inStatus} 个状态改变(*)`,
    cannotBeJudged: (readings) => `dz-plan:${readings} 个数值无法判断(见上)`,
    replaced: (before, after) => `${before} 改为 ${after}`,
  },
  en: {
    cannotJudge: 'cannot judge',
    readingAt: (file, target, asOf, text) => `${file}: ${target} at ${asOf}: ${text}`,
    changed: (targets, inStatus) => `${targets} targets changed, ${inStatus} of them in status (*)`,
    cannotBeJudged: (readings) => `dz-plan: ${readings} ${readings === 1 ? 'reading cannot' : 'readings cannot'} be judged (above)`,
    replaced: (before, after) => `${before} replaced by ${after}`,
  },
};
