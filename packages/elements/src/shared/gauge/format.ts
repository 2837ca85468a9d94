/** A gauge's words: the status, the reading and the progress, as people read them in each language. */
import { comparatorSymbols, formatAmount, formatPercent, onLine, paceLines, progressLines, statusLabels, targetLines, unitScale, type Language, type Status, type Target, type TargetEvaluation } from '@dz-tasks/data';
import type { Strings } from '../i18n/ui-strings.js';
import { isPaced } from './geometry.js';

/** The status in words, in the language: `進度正常`, `on track`. */
export function statusLabel(status: Status, lang: Language): string {
  return statusLabels[lang][status];
}

/** The kebab-case name of a status, as used in custom properties and attributes: `on-track`. */
export function statusKey(status: Status | (string & {})): string {
  return status.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
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
export const progressPercent = (evaluation: TargetEvaluation): string => formatPercent(evaluation.progress, progressLines(evaluation));

/**
 * Whether the reading is said as a share done (`完成 70%`): paced, and not gone the wrong way (a level below its
 * baseline, a reduction turned into a rise), which no negative share says: its reading and status say it instead.
 */
export const sharesDone = (evaluation: TargetEvaluation): boolean => isPaced(evaluation) && evaluation.progress >= 0;

/**
 * The pace (序時進度) as a percentage, with a tenth where a whole figure would sit on a line it differs from: the
 * progress, the quarter before which nothing done is "not started", the whole path (`paceLines`).
 */
export const pacePercent = (evaluation: TargetEvaluation): string => formatPercent(evaluation.expected ?? 0, paceLines(evaluation));

/**
 * The value reached, as people read it for the target's semantics: `2100個`, `↓ 8%` (a reduction achieved),
 * `25億立方米` (a ceiling's use). `amount` writes the amount itself: {@link formatFigure} for a ring's centre.
 */
export function formatReading(
  evaluation: TargetEvaluation,
  lang: Language,
  amount: (target: Target, value: number, lang: Language) => string = formatAmount,
): string {
  return formatValue(evaluation.target, evaluation.value, lang, amount);
}

/** A value of `target` as {@link formatReading} writes it (`↓ 8%`, `↑ 1%` for a reduction of -1%): a feed's readings. */
export function formatValue(target: Target, value: number, lang: Language, amount: (target: Target, value: number, lang: Language) => string = formatAmount): string {
  const by = target.comparator;
  // A change the wrong way reads as the movement it is: a reduction of -1% is a rise of 1% (`↑ 1%`); none, no arrow (`0%`).
  if ((by === 'decreaseBy' || by === 'increaseBy') && value) return `${comparatorSymbols[value < 0 ? (by === 'decreaseBy' ? 'increaseBy' : 'decreaseBy') : by]} ${amount(target, Math.abs(value), lang)}`;
  return amount(target, value, lang);
}

/** Compact number formats by language and significant digits, each made once: a page of gauges writes many figures. */
const figureFormats: Record<string, Intl.NumberFormat> = {};

/**
 * An amount as a figure short enough for a ring's centre, its unit left to the words beside it: the language's own
 * large-number words, to four significant digits (`693.5萬`, `693.5万`, `6.935M` for 693.5萬千瓦; `2.6` for
 * 2.6標臺), a percentage with its sign (`14.99%`, `6.67%` of counties). More digits where four would write a value
 * the target turns on that the amount is not on (`89.9996%` of 90% held, not `90%`).
 */
export function formatFigure(target: Target, value: number, lang: Language): string {
  const percent = target.unit === '%' || target.fraction !== undefined;
  const scale = percent ? 1 : unitScale(target.unit);
  const lines = targetLines(target).filter((l) => !onLine(value, l));
  for (let digits = 4; ; digits++) {
    const format = (figureFormats[lang + digits] ??= new Intl.NumberFormat(lang, { notation: 'compact', maximumSignificantDigits: digits }));
    const figure = format.format(value * scale);
    if (digits === 21 || !lines.some((l) => format.format(l * scale) === figure)) return figure + (percent ? '%' : '');
  }
}

/**
 * How far the value has come, in a few words: `完成 70%`, `↓ 8% of ↓ 12%` (reductions and increases compare with
 * the target change), `118% of the ceiling used` (ceilings).
 */
export function formatProgress(evaluation: TargetEvaluation, lang: Language, strings: Strings): string {
  const { target } = evaluation;
  if (target.comparator === 'decreaseBy' || target.comparator === 'increaseBy') {
    // The target with its direction (↓ 12%), clear beside a reading gone the other way (↑ 1%).
    return strings.gaugeOfTarget(formatReading(evaluation, lang), formatValue(target, target.value, lang));
  }
  // Not paced (a rate, a level without a baseline), or gone the wrong way: the reading itself, never a "% done".
  if (!sharesDone(evaluation)) return formatReading(evaluation, lang);
  const percent = progressPercent(evaluation);
  return evaluation.lowerIsBetter ? strings.gaugeCeilingUsed(percent) : strings.gaugeDone(percent);
}
