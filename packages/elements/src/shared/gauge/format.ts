/** A gauge's words: the status, the reading and the progress, as people read them in each language. */
import { comparatorSymbols, formatAmount, statusLabels, type Language, type Status, type TargetEvaluation } from '@dz-tasks/data';
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

/** A ratio as a whole percentage: `70%`; `∞` guards a zero target. */
export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '∞';
}

/**
 * The value reached, as people read it for the target's semantics: `2100個`, `↓ 8%` (a reduction achieved),
 * `25億立方米` (a ceiling's use).
 */
export function formatReading(evaluation: TargetEvaluation, lang: Language): string {
  const { target, value } = evaluation;
  const amount = formatAmount(target, value, lang);
  if (target.comparator === 'decreaseBy' || target.comparator === 'increaseBy') {
    return `${comparatorSymbols[target.comparator]} ${amount}`;
  }
  return amount;
}

/**
 * How far the value has come, in a few words: `完成 70%`, `↓ 8% of 12%` (reductions and increases compare with
 * the target change), `118% of the ceiling used` (ceilings).
 */
export function formatProgress(evaluation: TargetEvaluation, lang: Language, strings: Strings): string {
  const { target } = evaluation;
  if (target.comparator === 'decreaseBy' || target.comparator === 'increaseBy') {
    return strings.gaugeOfTarget(formatReading(evaluation, lang), formatAmount(target, target.valueText, lang));
  }
  // Not paced (a rate, a level without a baseline): the reading itself, never a "% done".
  if (!isPaced(evaluation)) return formatReading(evaluation, lang);
  const percent = formatPercent(evaluation.progress);
  return evaluation.lowerIsBetter ? strings.gaugeCeilingUsed(percent) : strings.gaugeDone(percent);
}
