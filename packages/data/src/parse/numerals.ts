/** Chinese heading numerals (一 … 九十九), both ways. */

/** 十, then each digit at its own index: 一 at 1 … 九 at 9; also the characters a heading numeral is written in. */
export const NUMERAL_CHARACTERS = '十一二三四五六七八九';

/** The numeral for `n`, which the caller knows is an integer from 1 to 99 (the parser's own numbers are). */
export function numeralOf(n: number): string {
  const ones = n % 10;
  const tens = (n - ones) / 10;
  return (
    (tens > 1 ? NUMERAL_CHARACTERS[tens]! : '') + (tens ? NUMERAL_CHARACTERS[0]! : '') + (ones ? NUMERAL_CHARACTERS[ones]! : '')
  );
}

/** Every heading numeral, 一 to 九十九, at its number less one; made on first use. */
let numerals: string[] | undefined;

/** The number a heading numeral stands for, or `undefined` if it is not written the way {@link numeralOf} writes it (一一, 十十, 一十). */
export function readChineseNumeral(numeral: string): number | undefined {
  numerals ??= Array.from({ length: 99 }, (_, i) => numeralOf(i + 1));
  return numerals.indexOf(numeral) + 1 || undefined;
}
