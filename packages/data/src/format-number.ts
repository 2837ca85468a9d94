/** Numbers as each language writes them, and the scale a unit as written carries (萬, 億, 萬億, 千萬). */
import type { Language } from './schema.js';

/**
 * What a leading scale of a unit as written multiplies by (萬億元, 千萬元, 萬人), as does 萬, 億 or 萬億 after a number
 * (`2.1萬`). Longest first: a unit's scale is the first that begins it (萬億元 is 10¹², not 萬 of 億元).
 */
export const SCALES: Readonly<Record<string, number>> = { 萬億: 1e12, 万亿: 1e12, 千萬: 1e7, 千万: 1e7, 百萬: 1e6, 百万: 1e6, 十萬: 1e5, 十万: 1e5, 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** The scale a unit as written begins with: `萬億` of `萬億元`, `萬` of `萬人`; `''` for `個`, or a scale alone (`萬`). */
export function scaleOf(unit: string): string {
  const scale = Object.keys(SCALES).find((s) => unit.startsWith(s)) ?? '';
  return unit.length > scale.length ? scale : '';
}

/** The factor a unit as written carries: `1e4` for `萬人`, `1e8` for `億元`, `1e12` for `萬億元`, `1` for `個` or `%`. */
export function unitScale(unit: string): number {
  return SCALES[scaleOf(unit)] ?? 1;
}

/**
 * Whether `value` is on `line` but for floating-point error: 4/12·100 and 100/3, 0.1 + 0.2 and 0.3.
 */
export const onLine = (value: number, line: number): boolean => Math.abs(line - value) <= 1e-9 * Math.max(1, Math.abs(line));

/**
 * `value` rounded to `digits` decimals, or to more where that figure would be one of `lines` the value is not on, so a
 * figure never contradicts the judgement beside it: 5.699萬 of a band from 5.7萬 is `5.699`, not `5.7` (a value on a
 * line but for floating-point error is on it: {@link onLine}). Past `more`
 * decimals more it steps the last one off the line, on the value's side; a value exactly at its figure stays as it
 * is. Returns the figure and its decimals.
 *
 * @example
 * ```ts
 * roundOff(5.699, 2, [5.7]);    // [5.699, 3]
 * roundOff(5.6991, 2);          // [5.7, 2]
 * roundOff(99.996, 0, [100], 1); // [99.9, 1]
 * ```
 */
export function roundOff(value: number, digits: number, lines: readonly number[] = [], more = 4): [number, number] {
  for (let d = digits; ; d++) {
    const f = 10 ** d;
    const n = Math.round(value * f);
    const line = n / f === value ? undefined : lines.find((l) => !onLine(value, l) && Math.round(l * f) === n);
    if (line === undefined) return [n / f, d];
    if (d >= digits + more) return [(n + (value < line ? -1 : 1)) / f, d];
  }
}

/**
 * A number as people of the language write it, to two decimals, or more where two would write one of `lines` it is
 * not on (`5.699`, not `5.7`, of a band from 5.7): digit grouping in English, plain in Chinese. A figure that rounds to
 * zero is `0`, never `-0`.
 *
 * @example
 * ```ts
 * formatNumber(1234567.891, 'en');      // '1,234,567.89'
 * formatNumber(1234567.891, 'zh-Hant'); // '1234567.89'
 * formatNumber(5.699, 'zh-Hant', [5.7]); // '5.699'
 * ```
 */
export function formatNumber(value: number, lang: Language, lines?: readonly number[]): string {
  const [figure, decimals] = roundOff(value, 2, lines);
  // -0.001 rounds to -0, which English would write with its sign: + 0 makes it 0.
  const rounded = figure + 0;
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: decimals }) : String(rounded);
}
