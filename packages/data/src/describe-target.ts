import { comparatorLabels, comparatorSymbols } from './messages.js';
import type { Language, Target } from './schema.js';

/** The numeral with its unit: `3000個`, `2—3個`, `12%`; English uses the normalized unit. */
export function formatAmount(target: Target, value: number | string, lang: Language): string {
  const text = typeof value === 'number' ? formatNumber(value, lang) : value;
  if (lang === 'en') return target.unit === '%' ? `${text}%` : `${text} ${target.unitEn}`;
  return `${text}${target.unit}`;
}

/** A number as people of the language write it: grouping in English, plain in Chinese. */
export function formatNumber(value: number, lang: Language): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(rounded);
}

/**
 * The target alone, compactly: `≥ 3000個`, `≤ 21.17億立方米`, `↓ 12%` (symbolic, for display).
 *
 * @example
 * ```ts
 * describeTarget(getTarget('t09.1')!, 'zh-Hant'); // '3000個'
 * ```
 */
export function describeTarget(target: Target, lang: Language): string {
  const symbol = comparatorSymbols[target.comparator];
  const amount = formatAmount(target, target.valueText, lang);
  return symbol ? `${symbol} ${amount}` : amount;
}

/** The target in words, for screen readers: `at least 3,000 units`, `不超過21.17億立方米`. */
export function describeTargetInWords(target: Target, lang: Language): string {
  const word = comparatorLabels[lang][target.comparator];
  const amount = formatAmount(target, target.valueText, lang);
  const baseline =
    target.baselineYear === undefined ? '' : lang === 'en' ? ` from ${target.baselineYear}` : `(較${target.baselineYear}年)`;
  if (!word) return amount + baseline;
  return lang === 'en' ? `${word} ${amount}${baseline}` : `${word}${amount}${baseline}`;
}
