/**
 * A number in one of Word's number formats (`w:numFmt` of a list level), as Word shows it: `3` in `chineseCounting`
 * is 三, in `decimalFullWidth` ３, in `ideographTraditional` 丙, in `chineseLegalSimplified` 叁. A format not here, or a
 * number it has no form for (十一 in `ideographTraditional`, 100 in `chineseCounting`, 10 in the legal 壹 … 玖), has no
 * label: the caller says so.
 */
import { numeralOf } from '../parse/numerals.js';

/** A number's form in a format, or `undefined` when the format has none for it. */
type NumberForm = (n: number) => string | undefined;

const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** `n`'s digits, each written as `digits` writes it. */
const eachDigit = (digits: string): NumberForm => (n) => (n >= 0 ? [...String(n)].map((d) => digits[Number(d)]).join('') : undefined);

/** The `n`th character of `series` (from 1), or none past its end. */
const nthOf = (series: string): NumberForm => (n) => [...series][n - 1];

/** One of the characters from `first` on (`①` …), for 1 to `last`. */
const enclosed = (first: number, last = 20): NumberForm => (n) => (n >= 1 && n <= last ? String.fromCodePoint(first + n - 1) : undefined);

/** 一 … 九十九, as headings are numbered (十一, 二十). */
const counting: NumberForm = (n) => (n >= 1 && n <= 99 ? numeralOf(n) : undefined);

/** a … z, then aa … zz, as Word goes on past z. */
const letter: NumberForm = (n) => (n >= 1 ? String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26)) : undefined);

/** I … MMMCMXCIX. */
function roman(n: number): string | undefined {
  if (n < 1 || n > 3999) return undefined;
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) for (; rest >= value; rest -= value) out += numeral;
  return out;
}

const FORMS: Readonly<Record<string, NumberForm>> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: eachDigit(FULL_WIDTH_DIGITS),
  decimalFullWidth2: eachDigit(FULL_WIDTH_DIGITS),
  decimalEnclosedCircle: enclosed(0x2460),
  decimalEnclosedCircleChinese: enclosed(0x2460),
  decimalEnclosedParen: enclosed(0x2474),
  decimalEnclosedFullstop: enclosed(0x2488),
  chineseCounting: counting,
  chineseCountingThousand: counting,
  taiwaneseCounting: counting,
  taiwaneseCountingThousand: counting,
  japaneseCounting: counting,
  ideographDigital: eachDigit(IDEOGRAPH_DIGITS),
  taiwaneseDigital: eachDigit(IDEOGRAPH_DIGITS),
  // 壹 … 玖 as Word shows them; 10 and on (壹拾?) are said as not written rather than guessed.
  ideographLegalTraditional: nthOf('壹貳參肆伍陸柒捌玖'),
  chineseLegalSimplified: nthOf('壹贰叁肆伍陆柒捌玖'),
  ideographTraditional: nthOf('甲乙丙丁戊己庚辛壬癸'),
  ideographZodiac: nthOf('子丑寅卯辰巳午未申酉戌亥'),
  lowerLetter: letter,
  upperLetter: (n) => letter(n)?.toUpperCase(),
  lowerRoman: (n) => roman(n)?.toLowerCase(),
  upperRoman: roman,
};

/** `n` as Word shows it in `format` (a `w:numFmt` value), or `undefined` when it is not written here. */
export const numberInFormat = (n: number, format: string): string | undefined => (Object.hasOwn(FORMS, format) ? FORMS[format]!(n) : undefined);
