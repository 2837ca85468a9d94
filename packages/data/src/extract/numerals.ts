/**
 * Arabic numerals in the folded text: `3000`, `3.3`, `1,700`, a range `2—3` (or `2~3`, `2至3`), a fraction `1/3`,
 * and the shapes that are never a target's value: telephone numbers (`0534—2688888`), dates (`2023—06—30`,
 * `2023.6.30`), clock times and ratios (`8:30`, `1:1`).
 */
import { isDigit } from './chars.js';
import { PER_POPULATION } from './units.js';

/** A numeral, maybe compound, read at one position. */
export interface Numeral {
  readonly start: number;
  /** Index just past the numeral (the whole range or fraction). */
  readonly end: number;
  readonly value: number;
  readonly upperValue?: number;
  readonly fraction?: { readonly numerator: number; readonly denominator: number };
  /** Why it cannot be a value: a telephone number, a date, a time or ratio, or a number too long to be a quantity. */
  readonly notAValue?: 'phone' | 'date' | 'timeOrRatio';
  /** The unit after the lower end of a range that writes it at both ends (the `%` of `7%—8%`): not part of the value's text. */
  readonly innerUnit?: { readonly start: number; readonly end: number };
  /** A share written in words (千分之二: ‰; 百分之三十: %): its unit, none written after it. */
  readonly shareUnit?: '‰' | '%';
}

/** A plain number at `at`: digits, `,ddd` groups after one to three digits, and a decimal part. */
function readNumber(text: string, at: number): { end: number; value: number; intDigits: number; decimal: boolean } {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  let intDigits = i - at;
  let digits = text.slice(at, i);
  if (intDigits <= 3) {
    while (text[i] === ',' && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
      digits += text.slice(i + 1, i + 4);
      intDigits += 3;
      i += 4;
    }
  }
  let decimal = false;
  if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
    const from = i + 1;
    i = from;
    while (isDigit(text.charCodeAt(i))) i++;
    digits += '.' + text.slice(from, i);
    decimal = true;
  }
  return { end: i, value: Number(digits), intDigits, decimal };
}

/** Joiners of a range's ends (after folding, every dash is `—`). */
export function rangeJoinerLength(text: string, at: number): number {
  if (text.startsWith('——', at)) return 2;
  const ch = text[at];
  return ch === '—' || ch === '~' || ch === '至' || ch === '到' ? 1 : 0;
}

/**
 * Whether the joiner before `at` is no range's but punctuation before a year (控制在1.3——2025年降至1.25以下): a year
 * with 年 after a number that is none (a period, 2023—2025年, is a range of years).
 */
const yearAfterJoiner = (text: string, first: { readonly intDigits: number; readonly decimal: boolean }, at: number): boolean =>
  /^\d{4}年/.test(text.slice(at, at + 5)) && (first.intDigits !== 4 || first.decimal);

/** The numeral starting at `at` (where the folded text has an ASCII digit). */
export function readNumeral(text: string, at: number): Numeral {
  const first = readNumber(text, at);
  let end = first.end;
  // Runs of digits joined by dashes or dots: a telephone number or a date, never a quantity.
  if (text[end] === '.' && isDigit(text.charCodeAt(end + 1))) {
    while (text[end] === '.' || isDigit(text.charCodeAt(end))) end++;
    return { start: at, end, value: first.value, notAValue: 'date' };
  }
  if (text[end] === ':' && isDigit(text.charCodeAt(end + 1))) {
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
    return { start: at, end, value: first.value, notAValue: 'timeOrRatio' };
  }
  const phoneOrDate = (e: number, runs: number, digits: number, leadingZero: boolean): Numeral | undefined => {
    if (leadingZero && first.intDigits >= 3 && !first.decimal) return { start: at, end: e, value: first.value, notAValue: 'phone' };
    if (runs > 2) return { start: at, end: e, value: first.value, notAValue: first.intDigits === 4 ? 'date' : 'phone' };
    if (runs === 2 && digits >= 7) return { start: at, end: e, value: first.value, notAValue: 'phone' };
    if (runs === 1 && digits >= 11 && !first.decimal) return { start: at, end: e, value: first.value, notAValue: 'phone' };
    return undefined;
  };
  const leadingZero = text[at] === '0' && first.intDigits > 1;
  const joiner = rangeJoinerLength(text, end);
  if (joiner > 0 && isDigit(text.charCodeAt(end + joiner)) && !yearAfterJoiner(text, first, end + joiner)) {
    let runs = 1;
    let digits = first.intDigits;
    let e = end;
    let second: ReturnType<typeof readNumber> | undefined;
    let last = first;
    // 1.2—1.3——2025年降至1.25以下: the run stops before a dash and a year, as at its first joiner.
    for (let j = rangeJoinerLength(text, e); j > 0 && isDigit(text.charCodeAt(e + j)) && !yearAfterJoiner(text, last, e + j) && runs < 8; j = rangeJoinerLength(text, e)) {
      const next = readNumber(text, e + j);
      second ??= next;
      last = next;
      runs++;
      digits += next.intDigits;
      e = next.end;
    }
    // 2000—3000个: two ends of like length, the second the greater, are a range, however many digits they have.
    const range = runs === 2 && !leadingZero && second!.value > first.value && first.intDigits <= 5 && Math.abs(second!.intDigits - first.intDigits) <= 1;
    const odd = range ? undefined : phoneOrDate(e, runs, digits, leadingZero);
    if (odd) return odd;
    return { start: at, end: e, value: first.value, upperValue: second!.value };
  }
  // 10/10万: a rate per a population, whose unit (`units.ts`) is the rest.
  if (text[end] === '/' && isDigit(text.charCodeAt(end + 1)) && !PER_POPULATION.test(text.slice(end, end + 6))) {
    const denominator = readNumber(text, end + 1);
    const numerator = first.value;
    if (first.decimal || denominator.decimal || text[denominator.end] === '/' || numerator >= denominator.value || denominator.value > 100) {
      let e = denominator.end;
      while (text[e] === '/' || isDigit(text.charCodeAt(e))) e++;
      return { start: at, end: e, value: numerator, notAValue: 'date' };
    }
    return {
      start: at,
      end: denominator.end,
      value: (100 * numerator) / denominator.value,
      fraction: { numerator, denominator: denominator.value },
    };
  }
  return phoneOrDate(end, 1, first.intDigits, leadingZero) ?? { start: at, end, value: first.value };
}
