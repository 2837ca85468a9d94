/**
 * Readings as editors write them, and the checks that keep a wrong one from becoming a public status: a value in
 * the wrong scale (a head count for a target in 萬人), a fraction for a percentage, a unit that is not the target's,
 * text that is not a number, a date that does not exist or comes before the target's period.
 */
import { formatAmount, formatNumber, unitScale } from './describe-target.js';
import { isoDateTime } from './iso-date.js';
import type { Language, Target } from './schema.js';

/** The text is not a number: `二千`, `abc`, `2,1`. */
export interface NotANumberProblem {
  /** Which problem: `'notANumber'`. */
  readonly code: 'notANumber';
  /** The text as given. */
  readonly text: string;
}

/** The text names a unit other than the target's: `2100元` for a target in 個. */
export interface WrongUnitProblem {
  /** Which problem: `'wrongUnit'`. */
  readonly code: 'wrongUnit';
  /** The text as given. */
  readonly text: string;
  /** The target's unit, as written in the plan. */
  readonly unit: string;
}

/** The value is a thousand times the target or more: most likely in a smaller unit (21000 for a target in 萬人). */
export interface WrongScaleProblem {
  /** Which problem: `'wrongScale'`. */
  readonly code: 'wrongScale';
  /** The value as given. */
  readonly value: number;
  /** The value in the target's unit, when its 萬/億 tells the scale: `2.1` for 21000 and 萬人. */
  readonly suggestion?: number;
}

/** A share written as a fraction (0.9) for a target in percent (96%). */
export interface FractionForPercentProblem {
  /** Which problem: `'fractionForPercent'`. */
  readonly code: 'fractionForPercent';
  /** The value as given. */
  readonly value: number;
  /** The value in percent: `90` for 0.9. */
  readonly suggestion: number;
}

/** A negative value for a quantity that cannot go below zero (a count, a level, a rate, a ceiling's use). */
export interface NegativeProblem {
  /** Which problem: `'negative'`. */
  readonly code: 'negative';
  /** The value as given. */
  readonly value: number;
}

/** The date is not a real ISO date: `2023-02-30`, `30/06/2023`. */
export interface InvalidDateProblem {
  /** Which problem: `'invalidDate'`. */
  readonly code: 'invalidDate';
  /** The date as given. */
  readonly asOf: string;
}

/** The date comes before the start of the period the target is judged over. */
export interface BeforePeriodProblem {
  /** Which problem: `'beforePeriod'`. */
  readonly code: 'beforePeriod';
  /** The date as given. */
  readonly asOf: string;
  /** The first day of the target's period (for a change, the day after its base year). */
  readonly start: string;
}

/** Why a reading cannot be judged: each names what was given and, where it can, what was expected. */
export type ReadingProblem =
  | NotANumberProblem
  | WrongUnitProblem
  | WrongScaleProblem
  | FractionForPercentProblem
  | NegativeProblem
  | InvalidDateProblem
  | BeforePeriodProblem;

/** What {@link parseReadingValue} returns: the value in the target's unit, or why there is none. */
export type ParsedReadingValue =
  | {
      /** The value, in the target's unit. */
      readonly value: number;
    }
  | {
      /** Why the text cannot be read as a value of the target. */
      readonly problem: ReadingProblem;
    };

/** Thrown by `evaluateTarget` for a reading it cannot judge; `problem` says why, `describeReadingProblem` in words. */
export class InvalidReadingError extends RangeError {
  constructor(
    /** What is wrong with the reading. */
    readonly problem: ReadingProblem,
    target: Target,
  ) {
    super(`target ${target.id}: ${describeReadingProblem(problem, target, 'en')}`);
    this.name = 'InvalidReadingError';
  }
}

/** 萬 and 億 (and their Simplified forms) as multipliers of a number written with them (`2.1萬`). */
const scaleChars: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** A unit of measure's multiplier and the unit without it: `萬人` → 10,000 and `人`; `個` → 1 and `個`. */
function splitScale(unit: string): { readonly scale: number; readonly base: string } {
  const scale = unitScale(unit);
  return { scale, base: scale === 1 ? unit : unit.slice(1) };
}

/**
 * How many times the target a value must be before it is taken for a unit mistake rather than a real reading: a
 * thousand times, or a hundred for a target in 萬 or 億 (3000 for 3.3萬人 is a head count, not 30 million people).
 */
export const WRONG_SCALE_RATIO = 1000;
/** {@link WRONG_SCALE_RATIO} for a target whose unit carries 萬 or 億. */
export const WRONG_SCALE_RATIO_SCALED = 100;

/**
 * Reads a value as an editor types it, in the target's unit: `2100`, `2,100`, `２１００` (full width), `2100個`,
 * `2.1萬` or `21000人` for a target in 萬人 (both 2.1), `36.4%` for a percentage. Returns the number or the
 * {@link ReadingProblem}; a bare number is returned as it is (its magnitude is checked when it is evaluated).
 *
 * @example
 * ```ts
 * const graduates = getTarget('t04.3')!;       // 新集聚大學生3.3萬人
 * parseReadingValue('2.1萬', graduates);       // { value: 2.1 }
 * parseReadingValue('21000人', graduates);     // { value: 2.1 }
 * parseReadingValue('二千', graduates);        // { problem: { code: 'notANumber', text: '二千' } }
 * ```
 */
export function parseReadingValue(text: string, target: Target): ParsedReadingValue {
  const written = text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–]/g, '-');
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([萬万億亿])?(.*)$/u.exec(written);
  if (!match) return { problem: { code: 'notANumber', text } };
  const number = Number(match[1]!.replace(/,/g, ''));
  const multiplier = match[2] ? scaleChars[match[2]]! : 1;
  const rest = match[3]!;
  if (!Number.isFinite(number) || /^[\d.,]/.test(rest)) return { problem: { code: 'notANumber', text } };
  const { scale, base } = splitScale(target.unit);
  if (rest === '') return { value: multiplier === 1 ? number : (number * multiplier) / scale };
  if (rest === '%') return (target.unit === '%' || target.fraction) && multiplier === 1 ? { value: number } : { problem: { code: 'wrongUnit', text, unit: target.unit } };
  // 2.1萬人 for a target in 萬人: the 萬 is the unit's own, the number is already in the target's unit.
  if (match[2] && scale > 1 && sameUnit(match[2] + rest, target.unit, target)) return { value: number };
  // 21000人, 3萬人 or 2100個: the number times its own 萬/億, in units of the base, then in the target's unit.
  if (sameUnit(rest, base, target)) return { value: (number * multiplier) / scale };
  return { problem: { code: 'wrongUnit', text, unit: target.unit } };
}

/** Whether the unit written matches a unit of the target, in either script. */
function sameUnit(written: string, unit: string, target: Target): boolean {
  if (written === unit) return true;
  const hans = unitIn(target, 'zh-Hans');
  return written === (unit === target.unit ? hans : splitScale(hans).base);
}

/** The target's unit of measure as the language writes it (`萬人`, `万人`). */
function unitIn(target: Target, lang: 'zh-Hant' | 'zh-Hans'): string {
  return formatAmount(target, '', lang);
}

/**
 * What stops a reading from being judged, or `undefined`: a date that is not real or comes before `start`, a
 * negative value where none can be, a value a thousand times the target or more (the wrong scale), a share
 * written as a fraction for a percentage target.
 *
 * @example
 * ```ts
 * checkReading(getTarget('t04.3')!, { value: 21000, asOf: '2023-06-30' }, '2023-01-01');
 * // { code: 'wrongScale', value: 21000, suggestion: 2.1 }
 * ```
 */
export function checkReading(target: Target, reading: { readonly value: number; readonly asOf: string }, start: string): ReadingProblem | undefined {
  const at = isoDateTime(reading.asOf);
  if (at === undefined) return { code: 'invalidDate', asOf: reading.asOf };
  if (at < (isoDateTime(start) ?? -Infinity)) return { code: 'beforePeriod', asOf: reading.asOf, start };
  const { value } = reading;
  const measure = target.measure;
  if (value < 0 && measure !== 'change' && measure !== 'growth' && target.comparator !== 'decreaseBy' && target.comparator !== 'increaseBy') {
    return { code: 'negative', value };
  }
  const goal = Math.abs(target.value);
  const scale = unitScale(target.unit);
  if (goal > 0 && Math.abs(value) / goal >= (scale > 1 ? WRONG_SCALE_RATIO_SCALED : WRONG_SCALE_RATIO)) {
    // A suggestion only when the value read in the base unit is a plausible reading (not 0.01億元 for 90億元).
    const inUnit = value / scale;
    return scale > 1 && Math.abs(inUnit) >= goal / 100 ? { code: 'wrongScale', value, suggestion: inUnit } : { code: 'wrongScale', value };
  }
  if (target.unit === '%' && measure === 'rate' && goal >= 20 && value > 0 && value <= 1) {
    return { code: 'fractionForPercent', value, suggestion: Math.round(value * 10000) / 100 };
  }
  return undefined;
}

/**
 * A {@link ReadingProblem} in words, in the language, naming what was given and what was expected:
 * `21000 is 6,364 times the target (3.3萬人): the value is read in 萬人; 21000 people is 2.1`.
 */
export function describeReadingProblem(problem: ReadingProblem, target: Target, lang: Language): string {
  const unit = lang === 'zh-Hans' ? unitIn(target, 'zh-Hans') : target.unit;
  // Where the unit itself is the point, English says what it is (萬人: "10,000 people") beside the unit as written.
  const named = lang === 'en' && target.unit !== '%' ? `${target.unit} (${formatAmount(target, 1, 'en')})` : unit;
  const goal = `${target.valueText}${target.unit === '%' ? '%' : unit}`;
  const n = (value: number) => formatNumber(value, lang);
  const w = problemWords[lang];
  switch (problem.code) {
    case 'notANumber':
      return w.notANumber(problem.text);
    case 'wrongUnit':
      return w.wrongUnit(problem.text, target.unit === '%' ? '%' : named);
    case 'wrongScale':
      return w.wrongScale(n(problem.value), n(Math.round(problem.value / Math.abs(target.value))), goal, named, unit, problem.suggestion === undefined ? undefined : n(problem.suggestion));
    case 'fractionForPercent':
      return w.fraction(n(problem.value), goal, n(problem.suggestion));
    case 'negative':
      return w.negative(n(problem.value));
    case 'invalidDate':
      return w.invalidDate(problem.asOf);
    case 'beforePeriod':
      return w.beforePeriod(problem.asOf, problem.start);
  }
}

interface ProblemWords {
  notANumber(text: string): string;
  wrongUnit(text: string, unit: string): string;
  wrongScale(value: string, times: string, goal: string, named: string, unit: string, suggestion: string | undefined): string;
  fraction(value: string, goal: string, suggestion: string): string;
  negative(value: string): string;
  invalidDate(asOf: string): string;
  beforePeriod(asOf: string, start: string): string;
}

const problemWords: Readonly<Record<Language, ProblemWords>> = {
  'zh-Hant': {
    notANumber: (text) => `「${text}」不是數字,請用阿拉伯數字填寫,如 2100 或 2.1萬`,
    wrongUnit: (text, unit) => `「${text}」的單位與目標不符,目標單位是「${unit}」`,
    wrongScale: (value, times, goal, named, unit, suggestion) =>
      `${value} 是目標(${goal})的 ${times} 倍,數值應以「${named}」為單位${suggestion === undefined ? '' : `:${value} 即 ${suggestion}${unit}`}`,
    fraction: (value, goal, suggestion) => `${value} 像是小數比例,目標(${goal})以百分比計:請填 ${suggestion} 或 ${suggestion}%`,
    negative: (value) => `${value} 是負數,此指標不會小於零`,
    invalidDate: (asOf) => `「${asOf}」不是有效日期(YYYY-MM-DD)`,
    beforePeriod: (asOf, start) => `日期 ${asOf} 早於目標考核期的開始(${start})`,
  },
  'zh-Hans': {
    notANumber: (text) => `“${text}”不是数字,请用阿拉伯数字填写,如 2100 或 2.1万`,
    wrongUnit: (text, unit) => `“${text}”的单位与目标不符,目标单位是“${unit}”`,
    wrongScale: (value, times, goal, named, unit, suggestion) =>
      `${value} 是目标(${goal})的 ${times} 倍,数值应以“${named}”为单位${suggestion === undefined ? '' : `:${value} 即 ${suggestion}${unit}`}`,
    fraction: (value, goal, suggestion) => `${value} 像是小数比例,目标(${goal})以百分比计:请填 ${suggestion} 或 ${suggestion}%`,
    negative: (value) => `${value} 是负数,此指标不会小于零`,
    invalidDate: (asOf) => `“${asOf}”不是有效日期(YYYY-MM-DD)`,
    beforePeriod: (asOf, start) => `日期 ${asOf} 早于目标考核期的开始(${start})`,
  },
  en: {
    notANumber: (text) => `"${text}" is not a number: write digits, such as 2100 or 2.1萬`,
    wrongUnit: (text, unit) => `"${text}" is not in the target's unit, ${unit}`,
    wrongScale: (value, times, goal, named, unit, suggestion) =>
      `${value} is ${times} times the target (${goal}): the value is read in ${named}${suggestion === undefined ? '' : `; ${value} would be ${suggestion}${unit}`}`,
    fraction: (value, goal, suggestion) => `${value} looks like a fraction, but the target (${goal}) is in percent: write ${suggestion} or ${suggestion}%`,
    negative: (value) => `${value} is negative, and this measure cannot go below zero`,
    invalidDate: (asOf) => `"${asOf}" is not a real date (YYYY-MM-DD)`,
    beforePeriod: (asOf, start) => `${asOf} is before the start of the target's period (${start})`,
  },
};
