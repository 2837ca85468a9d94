/**
 * A whole progress report judged against its plan at a date (review r84 M5): what `dz-plan progress summary` says of
 * each target, and the counts, for a page that shows how the plan is going. No rule of its own: each reading is judged
 * by `judgedTargets` (the one judgement of `progress diff`, `progress summary` and the elements' `judgeTarget`), "not
 * reported this period" is `notReportedBy`'s.
 */
import { isoDateTime } from './iso-date.js';
import { languageOption } from './library-inputs.js';
import { latestIsoDate } from './local-date.js';
import { Status } from './messages.js';
import { judgedTargets, type ReadingWithStatus } from './progress/diff-judged.js';
import { notReportedBy } from './progress/diff-reports.js';
import { entryDate } from './progress/entry-date.js';
import { fallStoredAsRise } from './progress/fall-stored-as-rise.js';
import { levelForChange } from './progress/level-for-change.js';
import type { ProgressReport } from './progress-report.js';
import { targetIdIn } from './queries/target-id-in.js';
import type { Language, Plan, Target } from './schema.js';
import { validationWords } from './validation-words.js';

/**
 * What a report says of a target: the {@link Status} of its reading, or why it has none for the report's date:
 * - `stale`: its reading is older than the report and the deadline (not reported this period, `staleReading`); the
 *   reading keeps the status it had at its own date;
 * - `contradicts`: a running total read lower than an earlier reading (數值矛盾): not judged, the problem `belowEarlier`;
 * - `unjudged`: a reading that cannot be judged otherwise (a date after today, a rate over 100%…), its `problem` says why;
 * - `unreported`: the report has no reading of it by the date.
 */
export type ReportStatus = Status | 'stale' | 'contradicts' | 'unjudged' | 'unreported';

/** Every {@link ReportStatus} in the order counts list them: the statuses in the data's order, then those that judge nothing. */
export const reportStatusOrder: readonly ReportStatus[] = [...Object.values(Status), 'stale', 'contradicts', 'unjudged', 'unreported'];

/** One target of the plan and what the report says of it. */
export interface EvaluatedTarget {
  /** The target, as the plan shows it in the language asked (a metric not yet in English in the document's script). */
  readonly target: Target;
  /** What the report says of it: its reading's status, or why there is none for the date. */
  readonly status: ReportStatus;
  /**
   * The reading its status is shown for (`readingShown`: one dated after today, else the last by the deadline), judged
   * at the reading's own date, with its sentence, or the `problem` that stops it being judged; `undefined` when the
   * report has none.
   */
  readonly reading: ReadingWithStatus | undefined;
  /**
   * What to check of the reading, its status standing as it is: `fallStoredAsRise`, a range of a fall
   * (較2020年下降10%—12%) read below zero, a rise, which a template of an older dz-plan may have had a clerk store for a
   * fall (it asked for a rise of such a range). Judged as stored, never with its sign flipped: the message says what
   * to store if it fell. `levelForChange`, a change or growth read more than twice its target's size its way (31.2 for
   * 較2020年下降5%), perhaps the metric's level written where the change belongs: judged as written. The two never
   * meet (one is below zero, the other above). Absent for any other reading, and for one that cannot be judged.
   */
  readonly warning?: ReportWarning;
}

/** Something to check of a reading a report holds, in the language asked ({@link EvaluatedTarget.warning}). */
export interface ReportWarning {
  /**
   * `fallStoredAsRise`: a range of a fall read below zero, perhaps a fall stored as a negative rise; `levelForChange`:
   * a change or growth read more than twice its target, perhaps the metric's level (as `progress import` warns).
   */
  readonly code: 'fallStoredAsRise' | 'levelForChange';
  /** The warning in words: the value, what it reads as, and what to store if it was meant otherwise. */
  readonly message: string;
}

/** A progress report judged against its plan at a date ({@link evaluateReport}). */
export interface ReportEvaluation {
  /** The date the report is judged at: `options.asOf`, else the report's own date. */
  readonly asOf: string;
  /** Every target of the plan, in plan order. */
  readonly targets: readonly EvaluatedTarget[];
  /** How many targets say each {@link ReportStatus}, every one listed (zero included), statuses first in the data's order. */
  readonly counts: Readonly<Record<ReportStatus, number>>;
}

/** Options of {@link evaluateReport}. */
export interface EvaluateReportOptions {
  /**
   * The date to judge at, `YYYY-MM-DD`: the report as it stood then (each entry at its own date, else the report's;
   * those dated later left out), as `dz-plan progress summary --as-of` reads it. September's report appended to since
   * June gives June's statuses at `2023-06-30`; a date before every reading, every target `unreported`; a date after
   * the report's, its readings older than that date (`stale`) and the deadlines passed by then due. Default: the
   * report's own date. A date that is not a real ISO date, or after `today`, is a `RangeError`.
   */
  readonly asOf?: string;
  /**
   * The language of each reading's `sentence` and of the targets as shown, read as `resolveLanguage` reads a tag
   * (`zh-CN` is zh-Hans, `fr` English). Default zh-Hant, as `evaluateTarget` and `diffReports`.
   */
  readonly lang?: Language;
  /**
   * Today, `YYYY-MM-DD`: a reading dated after it is not judged (`unjudged`, the problem `afterToday`). Default: the
   * date where it is latest on Earth (`latestIsoDate()`), as the elements and the CLI judge. Not a real ISO date: a
   * `RangeError`.
   */
  readonly today?: string;
}

/** An `asOf` after `today`, in each language (a report stands at a date that has come). */
const afterTodayWords: Readonly<Record<Language, (asOf: string, today: string) => string>> = {
  'zh-Hant': (asOf, today) => `${asOf} 在今天(${today})之後:報告只能判斷到已經到來的日期`,
  'zh-Hans': (asOf, today) => `${asOf} 在今天(${today})之后:报告只能判断到已经到来的日期`,
  en: (asOf, today) => `"${asOf}" is after today (${today}): a report stands at a date that has come`,
};

/** A `RangeError` naming `option` unless `date` is a real ISO date, in `lang` as the schema says it (`asOf: 应为 ISO 日期…`). */
function checkedDate(option: 'asOf' | 'today', date: string, lang: Language): void {
  if (isoDateTime(date) === undefined) throw new RangeError(`${option}: ${validationWords[lang].isoDate()}${receivedWords[lang](date)}`);
}

/** What was given, after what was expected. */
const receivedWords: Readonly<Record<Language, (text: string) => string>> = {
  'zh-Hant': (text) => `,收到「${text}」`,
  'zh-Hans': (text) => `,收到“${text}”`,
  en: (text) => `, received "${text}"`,
};

/**
 * `report`'s entries with each target read as the plan's id (`t9.1` → `t09.1`, as `parseProgressReport` reads them
 * against a plan); a `RangeError` in `parseProgressReport`'s words for a report of another plan (said once, not as
 * each of its entries), else for the targets the plan does not have (the first five, and how many more).
 */
function ofPlan(report: ProgressReport, plan: Plan, lang: Language): ProgressReport {
  const words = validationWords[lang];
  // As `issueLine` writes an issue (issues.ts, which loads zod's messages: not for this page).
  if (report.plan !== plan.id) throw new RangeError(`plan: ${words.otherPlan(report.plan, plan.id)}`);
  const idOf = targetIdIn(plan.targets.map((t) => t.id));
  const unknown: string[] = [];
  const entries = report.entries.map((entry, i) => {
    const id = idOf(entry.target);
    if (id === undefined) unknown.push(`entries[${i}].target: ${words.unknownId('target', entry.target)}`);
    return id === entry.target || id === undefined ? entry : { ...entry, target: id };
  });
  if (unknown.length) throw new RangeError([...unknown.slice(0, 5), ...(unknown.length > 5 ? [words.andMore(unknown.length - 5)] : [])].join('\n'));
  return { ...report, entries };
}

/**
 * `report` as it stood at `date`: each entry at its own date (else the report's), those dated after `date` left out,
 * the report dated `date`. `dz-plan progress summary --as-of`'s reading of a report.
 */
export function reportAsOf(report: ProgressReport, date: string): ProgressReport {
  const entries = report.entries.flatMap((entry) => {
    const asOf = entryDate(entry, report);
    return asOf <= date ? [{ ...entry, asOf }] : [];
  });
  return { ...report, asOf: date, entries };
}

/**
 * What `report` says of each of `plan`'s targets at `today`, in plan order: the one rule of `evaluateReport` and of
 * `dz-plan progress summary` (`progressSummary`). No reading: `unreported`; a reading that cannot be judged: `contradicts`
 * for a running total read lower than before (as `progress diff` counts it), else `unjudged`; a reading older than the
 * report and the deadline: `stale`; else the reading's status. A range of a fall read below zero is judged as stored
 * and warned of (`fallStoredAsRise`), and so is a change read far beyond its target (`levelForChange`).
 */
export function reportStatuses(report: ProgressReport, plan: Plan, lang: Language, today: string): EvaluatedTarget[] {
  const stale = new Set(notReportedBy(report, plan, { today }).map((s) => s.target));
  return judgedTargets(report, plan, lang, today).map(({ target, reading }) => {
    const problem = reading?.problem && (reading.problem.code === 'belowEarlier' ? 'contradicts' : 'unjudged');
    // Said beside the status, which stands on the value as stored (review r90 M4: say it, do not guess the sign; r92 M3).
    const warning = reading && readingWarning(target, reading, lang);
    return { target, status: !reading ? 'unreported' : (problem ?? (stale.has(target.id) ? 'stale' : reading.status!)), reading, ...(warning ? { warning } : {}) };
  });
}

/** What to check of `reading` of `target` (as shown in `lang`), judged as it stands ({@link ReportWarning}); `undefined` if nothing. */
function readingWarning(target: Target, reading: ReadingWithStatus, lang: Language): ReportWarning | undefined {
  const stored = fallStoredAsRise(target, reading.value, lang);
  if (stored) return { code: 'fallStoredAsRise', message: stored };
  // A reading that cannot be judged says its problem instead, as the summary has always said it (F231).
  const level = !reading.problem && levelForChange(target, reading.value, lang);
  return level ? { code: 'levelForChange', message: level } : undefined;
}

/**
 * A progress report judged against its plan: every target in plan order with what the report says of it (its
 * reading's {@link Status}, or `stale`, `contradicts`, `unjudged`, `unreported`: {@link ReportStatus}) and the reading
 * that says it, and how many say each. The same judgement as `dz-plan progress summary` for the same report and date,
 * and as the elements show: each reading judged at its own date by the plan's `evaluateTarget`, a target due by the
 * date judged at its deadline (a later reading is history only).
 *
 * Pass a report `parseProgressReport(json, plan)` accepted: this checks only that it is the plan's. A report of
 * another plan, or an entry naming a target the plan does not have (a target is read as `getTarget` reads it, `t9.1`
 * as `t09.1`), is a `RangeError` worded as `parseProgressReport` words the issue, in `options.lang`; so is a date
 * option that is not a real ISO date, or an `asOf` after today. A date before every reading is no error: every target
 * is `unreported`.
 *
 * @example
 * ```ts
 * const parsed = parseProgressReport(await (await fetch('/progress.json')).json(), plan, { lang: 'en' });
 * if (parsed.success) {
 *   const { targets, counts } = evaluateReport(parsed.data, plan, { asOf: '2023-06-30', lang: 'en' });
 *   counts.behind + counts.seriouslyBehind;                       // targets behind the pace
 *   targets.filter((t) => t.status === 'stale').map((t) => t.target.id); // not reported this period
 * }
 * ```
 * @throws RangeError for a report of another plan, a target the plan does not have, or a date option that is not a
 *   real ISO date (or an `asOf` after today).
 */
export function evaluateReport(report: ProgressReport, plan: Plan, options: EvaluateReportOptions = {}): ReportEvaluation {
  const lang = languageOption(options.lang, 'zh-Hant');
  const today = options.today ?? latestIsoDate();
  checkedDate('today', today, lang);
  const { asOf } = options;
  if (asOf !== undefined) {
    checkedDate('asOf', asOf, lang);
    if (asOf > today) throw new RangeError(`asOf: ${afterTodayWords[lang](asOf, today)}`);
  }
  // Checked whole, before the date leaves entries out: an unknown target is said at its place in the report given.
  const ofThePlan = ofPlan(report, plan, lang);
  const read = asOf === undefined ? ofThePlan : reportAsOf(ofThePlan, asOf);
  const targets = reportStatuses(read, plan, lang, today);
  const counts = Object.fromEntries(reportStatusOrder.map((s) => [s, 0])) as Record<ReportStatus, number>;
  for (const { status } of targets) counts[status]++;
  return { asOf: read.asOf, targets, counts };
}
