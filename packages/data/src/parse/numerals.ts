/** Chinese heading numerals (一 … 九十九), both ways. */

const DIGITS = '一二三四五六七八九';

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
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]}十`;
  return tensPart + (ones === 0 ? '' : DIGITS[ones - 1]);
}

/** 1–9 for 一–九, 0 for nothing. */
function ones(c: string | undefined): number {
  return c === undefined ? 0 : DIGITS.indexOf(c) + 1;
}

/** The number a heading numeral stands for, or `undefined` if it is not written the way {@link chineseNumeral} writes it (一一, 十十). */
export function readChineseNumeral(numeral: string): number | undefined {
  const ten = numeral.indexOf('十');
  let n: number;
  if (ten === -1) n = numeral.length === 1 ? ones(numeral) : 0;
  else {
    const tens = ten === 0 ? 1 : ten === 1 ? ones(numeral[0]) : 0;
    const rest = numeral.slice(ten + 1);
    n = tens * 10 + (rest.length <= 1 ? ones(rest[0]) : -100);
  }
  // Round-tripping rejects every spelling chineseNumeral would not produce, such as 一十 or 二二.
  return n >= 1 && n <= 99 && chineseNumeral(n) === numeral ? n : undefined;
}
