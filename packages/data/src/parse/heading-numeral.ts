/**
 * The heading numeral a reader writes (an element's heading, a section's label), in a module of its own: what reads
 * numerals (`numerals.ts`, in every page's look-ups) need not carry it.
 */
import { numeralOf } from './numerals.js';

/**
 * The Chinese numeral for 1–99 as used in headings: 一, 十, 十一, 二十, 二十一.
 *
 * @example
 * ```ts
 * chineseNumeral(4);  // '四'
 * chineseNumeral(11); // '十一'
 * chineseNumeral(20); // '二十'
 * ```
 * @throws RangeError for a number that is not an integer from 1 to 99.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no heading numeral for ${n}`);
  return numeralOf(n);
}
