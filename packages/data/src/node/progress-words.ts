/**
 * The words of the lines `dz-plan progress` prints itself (beyond the sheets' problems, `sheet-problems.ts`, and
 * why a file cannot be read, `unreadable-reasons.ts`), per language: `progress diff`'s summary and the readings it
 * cannot judge, the figures `progress import --into` replaces, and the counts `template` and `import` end with.
 */
import type { Language } from '../schema.js';

interface ProgressCommandWords {
  /** In place of a status, for a reading `progress diff` cannot judge. */
  readonly cannotJudge: string;
  /** A reading of a report, a target and a date: `now.json: t09.1 at 2999-06-30`. */
  readonly readingPlace: (file: string, target: string, asOf: string) => string;
  /** A reading of a report, a target and a date, then what is said of it: `now.json: t09.1 at 2999-06-30: …`. */
  readonly readingAt: (file: string, target: string, asOf: string, text: string) => string;
  /** `progress diff`'s last line on stdout. */
  readonly changed: (targets: number, inStatus: number) => string;
  /** `progress diff`'s last line on stderr when some readings cannot be judged. */
  readonly cannotBeJudged: (readings: number) => string;
  /** What `--into` says of a figure it replaces (after {@link ProgressCommandWords.readingAt}'s place). */
  readonly replaced: (before: string, after: string) => string;
  /** `progress template`'s line on stderr: how many targets, and the file written. */
  readonly templateWritten: (targets: number, file: string | undefined) => string;
  /** `progress import`'s last line when it writes: what it read, and the file written. */
  readonly imported: (counts: ImportCounts, file: string | undefined) => string;
  /** `progress import`'s last line when problems stop it (no `--partial`). */
  readonly nothingWritten: (problems: number, accepted: number) => string;
  /** `progress import`'s last line when no row gives a value. */
  readonly noValue: () => string;
  /** With `--partial`, the rows left out (`發改委.xlsx/進度:5`), and the readings of the `--into` report left out. */
  readonly rejectedRows: (rows: readonly string[]) => string;
}

interface ImportCounts {
  readonly accepted: number;
  readonly files: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly replaced: number;
}

const arrow = (file: string | undefined) => (file === undefined ? '' : ` → ${file}`);

/** A reading of a report by its target and date, per language ({@link ProgressCommandWords.readingPlace}). */
const place: Readonly<Record<Language, (file: string, target: string, asOf: string) => string>> = {
  'zh-Hant': (file, target, asOf) => `${file}:指標 ${target}(${asOf})`,
  'zh-Hans': (file, target, asOf) => `${file}:指标 ${target}(${asOf})`,
  en: (file, target, asOf) => `${file}: ${target} at ${asOf}`,
};

/** The words of `dz-plan progress`'s own lines, per language (written by hand in each, as `sheetProblemWords`). */
export const progressCommandWords: Readonly<Record<Language, ProgressCommandWords>> = {
  'zh-Hant': {
    cannotJudge: '無法判斷',
    readingPlace: place['zh-Hant'],
    readingAt: (file, target, asOf, text) => `${place['zh-Hant'](file, target, asOf)}:${text}`,
    changed: (targets, inStatus) => `${targets} 個指標有變動,其中 ${inStatus} 個狀態改變(*)`,
    cannotBeJudged: (readings) => `dz-plan:${readings} 個數值無法判斷(見上)`,
    replaced: (before, after) => `${before} 改為 ${after}`,
    templateWritten: (targets, file) => `${targets} 個指標${arrow(file)}`,
    imported: (c, file) =>
      `${c.accepted} 個數值,來自 ${c.files} 個檔案${c.rejected ? `,${c.rejected} 行未採用` : ''}${c.skipped ? `,略過 ${c.skipped} 行只有備註的行` : ''}${c.replaced ? `,取代 ${c.replaced} 個數值` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) => `dz-plan:未寫入:有 ${problems} 個問題(請改正,或加 --partial 只寫入 ${accepted} 個沒有問題的數值)`,
    noValue: () => 'dz-plan:未寫入:沒有一行填了完成值',
    rejectedRows: (rows) => `未採用的行:${rows.join('、') || '無'}`,
  },
  'zh-Hans': {
    cannotJudge: '无法判断',
    readingPlace: place['zh-Hans'],
    readingAt: (file, target, asOf, text) => `${place['zh-Hans'](file, target, asOf)}:${text}`,
    changed: (targets, inStatus) => `${targets} 个指标有变动,其中 ${inStatus} 个状态改变(*)`,
    cannotBeJudged: (readings) => `dz-plan:${readings} 个数值无法判断(见上)`,
    replaced: (before, after) => `${before} 改为 ${after}`,
    templateWritten: (targets, file) => `${targets} 个指标${arrow(file)}`,
    imported: (c, file) =>
      `${c.accepted} 个数值,来自 ${c.files} 个文件${c.rejected ? `,${c.rejected} 行未采用` : ''}${c.skipped ? `,略过 ${c.skipped} 行只有备注的行` : ''}${c.replaced ? `,替换 ${c.replaced} 个数值` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) => `dz-plan:未写入:有 ${problems} 个问题(请改正,或加 --partial 只写入 ${accepted} 个没有问题的数值)`,
    noValue: () => 'dz-plan:未写入:没有一行填了完成值',
    rejectedRows: (rows) => `未采用的行:${rows.join('、') || '无'}`,
  },
  en: {
    cannotJudge: 'cannot judge',
    readingPlace: place.en,
    readingAt: (file, target, asOf, text) => `${place.en(file, target, asOf)}: ${text}`,
    changed: (targets, inStatus) => `${targets} targets changed, ${inStatus} of them in status (*)`,
    cannotBeJudged: (readings) => `dz-plan: ${readings} ${readings === 1 ? 'reading cannot' : 'readings cannot'} be judged (above)`,
    replaced: (before, after) => `${before} replaced by ${after}`,
    templateWritten: (targets, file) => `${targets} targets${arrow(file)}`,
    imported: (c, file) =>
      `${c.accepted} readings from ${c.files} files${c.rejected ? `, ${c.rejected} rows rejected` : ''}${c.skipped ? `, ${c.skipped} note-only rows skipped` : ''}${c.replaced ? `, ${c.replaced} replaced` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) => `dz-plan: nothing written: ${problems} problems (fix them, or give --partial to write the ${accepted} good readings)`,
    noValue: () => 'dz-plan: nothing written: no row gives a value',
    rejectedRows: (rows) => `rejected rows (left out): ${rows.join(', ') || 'none'}`,
  },
};
