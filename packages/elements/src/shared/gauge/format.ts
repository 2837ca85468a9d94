/** A gauge's words: the status, the reading and the progress, as people read them in each language. */
import { comparatorSymbols, formatAmount, formatPercent, isChangeComparator, paceLines, progressLines, readingInWords, statusLabels, type Language, type Status, type Target, type TargetEvaluation } from '@dz-tasks/data';
import { kebabCase } from '../events.js';
import type { Strings } from '../i18n/ui-strings.js';
import { isPaced } from './geometry.js';

/** The status in words, in the language: `進度正常`, `on track`. */
export function statusLabel(status: Status, lang: Language): string {
  return statusLabels[lang][status];
}

/** The kebab-case name of a status, as used in custom properties and attributes: `on-track`. */
export function statusKey(status: Status | (string & {})): string {
  return kebabCase(status);
}

/**
 * A number as ARIA's `aria-valuenow`, `-min` and `-max` take it: a plain decimal, never exponent notation
 * (`1e+308`, `1e-7`), which axe reports as invalid.
 */
export function ariaNumber(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

/**
 * The progress as a percentage (`70%`), with a tenth where a whole figure would sit on a line it is not on: the target,
 * the pace, half the pace, nothing done, a band's edge (`progressLines`, as the sentence writes it).
 */
export const progressPercent = (evaluation: TargetEvaluation, lang: Language): string => formatPercent(evaluation.progress, progressLines(evaluation), lang);

/**
 * Whether the reading is said as a share done (`完成 70%`): paced, and not gone the wrong way (a level below its
 * baseline, a reduction turned into a rise), which no negative share says: its reading and status say it instead.
 */
export const sharesDone = (evaluation: TargetEvaluation): boolean => isPaced(evaluation) && evaluation.progress >= 0;

/**
 * The pace (序時進度) as a percentage, with a tenth where a whole figure would sit on a line it differs from: the
 * progress, the quarter before which nothing done is "not started", the whole path (`paceLines`).
 */
export const pacePercent = (evaluation: TargetEvaluation, lang: Language): string => formatPercent(evaluation.expected ?? 0, paceLines(evaluation), lang);

/**
 * The value reached, as people read it for the target's semantics: `2100個`, `↓ 8%` (a reduction achieved),
 * `25億立方米` (a ceiling's use). `amount` writes the amount itself (`formatFigure` for a ring's centre).
 */
export function formatReading(evaluation: TargetEvaluation, lang: Language, amount?: (target: Target, value: number, lang: Language) => string): string {
  return formatValue(evaluation.target, evaluation.value, lang, amount);
}

/**
 * A value of `target` as {@link formatReading} writes it (`↓ 8%`, `↑ 1%` for a reduction of -1%): a feed's readings. The
 * arrow and its figure are held together by a no-break space, wherever the words around them wrap.
 */
export function formatValue(target: Target, value: number, lang: Language, amount: (target: Target, value: number, lang: Language) => string = formatAmount): string {
  // A change the wrong way reads as the movement it is: a reduction of -1% is a rise of 1% (`↑ 1%`); none, no arrow (`0%`).
  return value ? readingInWords(target, value, lang, comparatorSymbols, '\u00a0', amount) : amount(target, value, lang);
}

/** A target stated by a change with its direction (`decreaseBy`, `increaseBy`): its readings and target are movements (`↓ 8%`). */
export const isChange = (target: Target): boolean => isChangeComparator(target.comparator);

/**
 * How far the value has come, in a few words: `完成 70%`, `↓ 8% of ↓ 12%` (reductions and increases compare with
 * the target change), `118% of the ceiling used` (ceilings), `現為 2.2%` (a reading with no share done).
 */
export function formatProgress(evaluation: TargetEvaluation, lang: Language, strings: Strings): string {
  const { target } = evaluation;
  // The target with its direction (↓ 12%), clear beside a reading gone the other way (↑ 1%).
  if (isChange(target)) return strings.gaugeOfTarget(formatReading(evaluation, lang), formatValue(target, target.value, lang));
  // Not paced (a rate, a level without a baseline), or gone the wrong way: the reading, said as what it is (`現為 2.2%`),
  // never a "% done", nor a bare figure where others say one (2.2% read as 2.2% done).
  return sharesDone(evaluation) ? formatShareDone(evaluation, strings, lang) : strings.gaugeNow(formatReading(evaluation, lang));
}

/** The share done in words, of a reading that has one ({@link sharesDone}): `完成 70%`, `已用上限 118%` (ceilings). */
export const formatShareDone = (evaluation: TargetEvaluation, strings: Strings, lang: Language): string =>
  (evaluation.lowerIsBetter ? strings.gaugeCeilingUsed : strings.gaugeDone)(progressPercent(evaluation, lang));
