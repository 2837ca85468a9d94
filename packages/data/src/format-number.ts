/** Numbers as each language writes them, and the scale a unit as written carries (萬, 億). */
import type { Language } from './schema.js';

/** What a leading 萬/万 or 億/亿 of a unit as written multiplies by. */
const SCALES: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** The factor a unit as written carries: `1e4` for `萬人`, `1e8` for `億元`, `1` for `個` or `%`. */
export function unitScale(unit: string): number {
  return unit.length > 1 ? (SCALES[unit[0]!] ?? 1) : 1;
}

/**
 * A number as people of the language write it, rounded to two decimals: digit grouping in English, plain in Chinese.
 *
 * @example
 * ```ts
 * formatNumber(1234567.891, 'en');      // '1,234,567.89'
 * formatNumber(1234567.891, 'zh-Hant'); // '1234567.89'
 * ```
 */
export function formatNumber(value: number, lang: Language): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(rounded);
}
