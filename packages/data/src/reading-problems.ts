/**
 * Why a reading cannot be judged, and how that is said: the problems `parseReadingValue` and
 * `checkReading` find, the error `evaluateTarget` throws for them, and each in words in every language (the words of
 * each in its own file, `reading-problem-words-<lang>.ts`).
 */
import { formatAmount, formatNumber } from './describe-target.js';
import { formatIsoDate } from './iso-date.js';
import { languageOption } from './library-inputs.js';
import { scaleOf } from './format-number.js';
import { anyOf, changeDirection, FALL_WORDS, RISE_WORDS } from './change-direction.js';
import { unitIn } from './read-value.js';
import { unitNameAt } from './progress/unit-symbols.js';
import type { ReadingProblemWords } from './reading-problem-words.js';
import { words as en } from './reading-problem-words-en.js';
import { words as zhHans } from './reading-problem-words-zh-hans.js';
import { words as zhHant } from './reading-problem-words-zh-hant.js';
import type { Language, Target } from './schema.js';
import { isChangeComparator, readsAsChange } from './target-kinds.js';

/** The text is not a number: `二千`, `abc`, `2,1`. */
export interface NotANumberProblem {
  /** Which problem: `'notANumber'`. */
  readonly code: 'notANumber';
  /** The text as given. */
  readonly text: string;
  /**
   * The figure to give as an example of a count or an amount, where the caller knows one that fits (the import: the
   * target's own, `400` for 不少於四百家); without it, `2100 or 2.1萬`.
   */
  readonly example?: string;
}

/**
 * The text names a unit other than the target's: `2100元` for a target in 個. What follows the number may be no unit
 * at all: a range (`2.1-2.2`) or 十, 百 or 千, which are not read as multipliers (`2.1千`); the words then say so.
 */
export interface WrongUnitProblem {
  /** Which problem: `'wrongUnit'`. */
  readonly code: 'wrongUnit';
  /** The text as given. */
  readonly text: string;
  /** The target's unit, as written in the plan. */
  readonly unit: string;
}

/**
 * A count of a set for a share of it ({@link Target.fraction}: 1/3的縣(市、區)): `4縣(市、區)` or `4個` is 4 counties, not 4%;
 * the share is written in percent (36.4%) or as a fraction (4/11).
 */
export interface CountForShareProblem {
  /** Which problem: `'countForShare'`. */
  readonly code: 'countForShare';
  /** The text as given. */
  readonly text: string;
}

/**
 * A signed figure (`+1.4%`) or points (`1.4个百分点`) for a share or a rate that is a level in per cent (公辦幼兒園占比
 * ≥62%): a change, or maybe one (points alone may be either), not the share, which is written as it stands (62%).
 */
export interface PointsForLevelProblem {
  /** Which problem: `'pointsForLevel'`. */
  readonly code: 'pointsForLevel';
  /** The text as given. */
  readonly text: string;
  /** Whether it has a sign (`+1.4%`, `-0.5个百分点`): a change; points without one (`1.4個百分點`) may be. */
  readonly signed: boolean;
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

/**
 * The value is under a thousandth of the target, and 萬 or 億 times it would be a plausible reading: most likely
 * written in a larger unit than the target's (3.2 meaning 3.2萬 for a target of 30000人).
 */
export interface TooSmallProblem {
  /** Which problem: `'tooSmall'`. */
  readonly code: 'tooSmall';
  /** The value as given. */
  readonly value: number;
  /** The larger unit it seems written in: `萬` (10⁴) or `億` (10⁸). */
  readonly scale: '萬' | '億';
  /** The value in the target's unit, read in that larger unit: `32000` for 3.2 (萬) and a target in 人. */
  readonly suggestion: number;
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

/**
 * A rate or share in percent above 100%: more than the whole (973 for 97.3%, or a format that showed 85 as 8500%); or
 * a change in percent that falls by more than 100% (下降150%, a growth of -150%: a level entered for a cut).
 */
export interface OverWholeProblem {
  /** Which problem: `'overWhole'`. */
  readonly code: 'overWhole';
  /** The value as given. */
  readonly value: number;
}

/** A negative value for a quantity that cannot go below zero (a count, a level, a rate, a ceiling's use). */
export interface NegativeProblem {
  /** Which problem: `'negative'`. */
  readonly code: 'negative';
  /** The value as given. */
  readonly value: number;
}

/**
 * A reading of 0 where the city always has some ({@link Target.neverZero}): of a total it always uses (用水總量), a stock
 * it already holds (新能源發電裝機, 科技型中小企業) or a share it holds (優良水體比例): a report not made, not a use
 * within the ceiling nor a level short of the target.
 */
export interface ZeroReadingProblem {
  /** Which problem: `'zeroReading'`. */
  readonly code: 'zeroReading';
  /** The value as given: 0. */
  readonly value: number;
}

/**
 * A year's growth above 100% (more than doubling) that is also more than ten times its target: 200 for
 * 各類貸款年均增速10%以上, a figure mistyped (an amount, or a level, for the growth), not a reading.
 */
export interface ImplausibleGrowthProblem {
  /** Which problem: `'implausibleGrowth'`. */
  readonly code: 'implausibleGrowth';
  /** The value as given. */
  readonly value: number;
}

/** The date is not a real ISO date: `2023-02-30`, `30/06/2023`. */
export interface InvalidDateProblem {
  /** Which problem: `'invalidDate'`. */
  readonly code: 'invalidDate';
  /** The date as given. */
  readonly asOf: string;
  /**
   * The whole date the text seems to stand for, when a sheet's import can tell: a month without its day (`month`:
   * 2023年6月, its last day 2023-06-30 asked for), an Excel date serial that lost its date format (`serial`: 45107,
   * 2023-06-30), a whole date written nearly right (`date`: 2023年6月30号, 2023-6-30T00:00:00) or a quarter or a half
   * (`period`: 2023年二季度, 上半年, its last day 2023-06-30 asked for; no `date` when the import cannot tell its year).
   */
  readonly looksLike?: {
    /**
     * `month`: a year and a month, no day; `serial`: a number that is a date as Excel counts days; `date`: a whole date
     * in another form; `period`: a quarter or a half of a year.
     */
    readonly shape: 'month' | 'serial' | 'date' | 'period';
    /** The whole date to write (`2023-06-30`); absent for a `period` whose year the import cannot tell. */
    readonly date?: string;
  };
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

/** The date is after today: a value cannot stand at a day to come (2032 typed for 2023). */
export interface AfterTodayProblem {
  /** Which problem: `'afterToday'`. */
  readonly code: 'afterToday';
  /** The date as given. */
  readonly asOf: string;
  /** Today, as the reading was judged. */
  readonly today: string;
}

/**
 * The date is after the target's deadline: a count of March 2024 may hold 2024's work, so a 2023 target is judged by
 * its value as of the deadline (a year-end figure reported in January is dated at the deadline).
 */
export interface AfterDeadlineProblem {
  /** Which problem: `'afterDeadline'`. */
  readonly code: 'afterDeadline';
  /** The date as given. */
  readonly asOf: string;
  /** The target's deadline. */
  readonly deadline: string;
}

/**
 * A running total (`runningTotal`: a flow, a ceiling's use, designations conferred) read lower than at an earlier
 * date: the readings contradict each other, and neither status can be trusted until one is corrected.
 */
export interface BelowEarlierProblem {
  /** Which problem: `'belowEarlier'`. */
  readonly code: 'belowEarlier';
  /** The value as given. */
  readonly value: number;
  /** The earlier reading's value, higher (`contradictedBy`). */
  readonly earlier: number;
  /** The earlier reading's date. */
  readonly earlierAsOf: string;
}

/** Why a reading cannot be judged: each names what was given and, where it can, what was expected. */
export type ReadingProblem =
  | NotANumberProblem
  | WrongUnitProblem
  | CountForShareProblem
  | PointsForLevelProblem
  | WrongScaleProblem
  | TooSmallProblem
  | FractionForPercentProblem
  | OverWholeProblem
  | NegativeProblem
  | ZeroReadingProblem
  | ImplausibleGrowthProblem
  | InvalidDateProblem
  | BeforePeriodProblem
  | AfterTodayProblem
  | AfterDeadlineProblem
  | BelowEarlierProblem;

export { InvalidReadingError } from './invalid-reading-error.js';

/** A target's own unit as a sheet may write it, in either script, with its 萬 or 億 and without (萬人, 万人, 人). */
const ownUnits = (target: Target): string[] =>
  [target.unit, unitIn(target, 'zh-Hant'), unitIn(target, 'zh-Hans')].flatMap((unit) => [unit, unit.slice(scaleOf(unit).length)]).filter((unit) => unit !== '');

/**
 * What follows the number of a value in the wrong unit, when it is no unit: a `range` (`2.1-2.2`, `2.1～2.2`,
 * `2.1至2.2`), a `multiplier` not read (`2.1千`: only 萬 and 億 are read, as the plan writes its figures), an
 * `approximate` figure (`60余个`, `60多家`, `240左右`, `2.1万余`: after the 萬 or 億 the number may carry), a `bound`
 * (`60以上`, `60+`, `200家以上`), or a `note` beside the number (on a second line of the cell, in brackets, or
 * `2100含室分`); the bound and the note after the target's own unit too (`25家(新三板)`, `2100个(累计)`), in either script.
 */
function notAUnit(text: string, target: Target): 'range' | 'multiplier' | 'approximate' | 'bound' | 'note' | undefined {
  const rest = /^[+-]?[\d.,]+\s*[萬万億亿]?\s*(.*)$/su.exec(text.normalize('NFKC'))?.[1] ?? '';
  if (/^[-−–~至到]\s*[\d.]/u.test(rest)) return 'range';
  // 千米, 千克, 千瓦 are units (the import's table of their names), not 千 and a unit.
  if (/^[十百千]/u.test(rest) && !unitNameAt(rest)) return 'multiplier';
  // The target's own unit (萬人, or 人 after a 萬 the number carries), the longest first: what follows it is the point.
  const unit = ownUnits(target).filter((u) => rest.startsWith(u)).sort((a, b) => b.length - a.length)[0] ?? '';
  const after = rest.slice(unit.length).trim();
  if (/[\r\n]/u.test(text.trim()) || /^(?:[(\[【]|含|其中|包括|不含)/u.test(after)) return 'note';
  if (/^(?:以上|以下|以[內内]|\+)$/u.test(after)) return 'bound';
  return /^(?:[余餘多約约]|左右)|左右$/u.test(rest) ? 'approximate' : undefined;
}

/** Words before a number that bound it rather than give it: `超过200家`, `不少于50家`, `不低於90%`, `≥60`. */
const boundBefore = /^(?:超[過过]|不少[於于]|不低[於于]|不超[過过]|不高[於于]|至少|最少|大[於于]|高[於于]|多[於于]|低[於于]|少[於于]|不到|不足|[≥≤><])\s*\d/u;

/** A change's words (`change-direction.ts`), after what it is against (同比, 較2020年), before its size and unit. */
const directed = new RegExp(
  `^(?:同比|比上年|[較较]上年|[較较比与與]\\s*\\d{4}\\s*年\\s*(?:相比)?)?\\s*(${anyOf(FALL_WORDS)}|${anyOf(RISE_WORDS)})了?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:%|[個个]?百分[點点])?$`,
  'u',
);

/**
 * A change written with its direction (`下降7%`, `回落7%`, `↓7%`, `同比增长8.5%`, `較2020年下降7%`, `与2020年相比下降7%`,
 * `增長8.5個百分點`; the words of `change-direction.ts`): whether it says a fall, and its size; `undefined` for any
 * other text. The import reads a change in points so written for a share as points (`pointsForLevel`).
 */
export function directedChange(text: string): { readonly fall: boolean; readonly size: number } | undefined {
  const written = directed.exec(text.normalize('NFKC').trim());
  return written ? { fall: FALL_WORDS.includes(written[1]!), size: Number(written[2]!.replace(/,/g, '')) } : undefined;
}

/**
 * The share to show as an example where a level in per cent was written as a change (`pointsForLevel`): the target's
 * own figure (`62%` for 占比≥62%), of its kind and size, where a fixed `63.4%` was an odd example for a rate of 96%;
 * for a share of a set (1/3的縣), whose value is 33.333333333333336, the share its other messages give (`36.4%`, 4/11).
 */
export const shareExample = (target: Pick<Target, 'value' | 'fraction'>): string => (target.fraction ? '36.4%' : `${target.value}%`);

/** The first number written in a text, with its 萬 or 億: `60` of `60余个` or `約60`, `2.1万` of `2.1万余`. */
const firstNumber = (text: string) => /\d[\d.,]*(?:\s*[萬万億亿])?/u.exec(text.normalize('NFKC'))?.[0]?.replace(/\s/g, '') ?? '';

/**
 * What a target that is never 0 ({@link Target.neverZero}) holds, for the words of a reading of 0: a `total` used over
 * the year (a ceiling's use: 用水總量), a `share` (a rate: 優良水體比例) or a `stock` (a level: 新能源發電裝機).
 */
const heldKind = (target: Target): 'total' | 'share' | 'stock' =>
  target.measure === 'rate' ? 'share' : target.measure === 'level' ? 'stock' : 'total';

/** What 十, 百 and 千 multiply by. */
const small: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The whole number a figure with 十, 百 or 千 meant, with what follows them when that is nothing, 萬 or 億, or the
 * target's own unit (`ownUnits`): `1200` of `1.2千`, `3000萬` of `3千萬`, `1200個` of `1.2千個` for a target in 個;
 * `undefined` where the text is not one number and one of them (`2千5百`) or another unit follows (`1.2千元` for 個:
 * no figure of the wrong unit offered, r107 M2).
 */
function wholeOf(text: string, target: Target): string | undefined {
  const written = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*([十百千])\s*([萬万億亿]?)\s*(\D*)$/u.exec(text.normalize('NFKC').trim());
  if (!written || (written[4] !== '' && !ownUnits(target).includes(written[4]!))) return undefined;
  return `${Number((Number(written[1]!.replace(/,/g, '')) * small[written[2]!]!).toPrecision(12))}${written[3]}${written[4]}`;
}

/** A cell's text quoted on one line: a line break shown as ⏎. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n]/g, '⏎');

/**
 * A {@link ReadingProblem} in words, in the language, naming what was given and what was expected:
 * `21,000 is 6,364 times the target (33,000 people): the value is read in units of 10,000 people; for 21,000 people,
 * write 2.1`. A `lang` the package does not speak is read as `resolveLanguage` reads a tag (`zh-CN` is zh-Hans, `fr`
 * English).
 */
export function describeReadingProblem(problem: ReadingProblem, target: Target, language: Language): string {
  const lang = languageOption(language, 'en');
  const en = lang === 'en';
  const unit = en ? target.unit : unitIn(target, lang);
  // Where the unit itself is the point, English says it as an amount, as its page writes amounts (萬人: "units of
  // 10,000 people"), not the plan's Chinese word (r110 F5); a target of no unit (an index, a coefficient) names none.
  const named = en && target.unit !== '%' && target.unit !== '' ? `units of ${formatAmount(target, 1, 'en')}` : unit;
  // The target as the page shows it: `3.3萬人`, `33,000 people`.
  const goal = target.unit === '%' ? `${target.valueText}%` : formatAmount(target, target.valueText, lang);
  const n = (value: number) => formatNumber(value, lang);
  const w = problemWords[lang];
  switch (problem.code) {
    case 'notANumber': {
      const written = problem.text.normalize('NFKC').trim();
      // 約60, 大约60: a number all the same, but not an exact one; nor is a bound (超过200家, 不少于50家).
      if (/^大?[約约]\s*\d/u.test(written)) return w.approximate(problem.text, firstNumber(problem.text));
      if (boundBefore.test(written)) return w.bound(problem.text);
      const direction = changeDirection(target);
      const change = direction && directedChange(problem.text);
      if (change) {
        // The target gives the direction: 下降7% for a cut is 7; a rise for a cut (增长3%) is -3, as negativeChange says.
        const fall = direction === 'decreaseBy';
        const moved = w.moved(change.fall, `${n(change.size)}${target.unit === '%' ? '%' : unit}`);
        return change.fall === fall ? w.sizeOnly(problem.text, moved, n(change.size)) : w.againstTarget(problem.text, moved, n(change.size), fall);
      }
      // The example fits the target: a change's own size (5), a rate (85), a share of a set (36.4%, as countForShare
      // asks: 三分之一 was told 2100 or 2.1萬, r60 Low 5), a count or an amount (2100 or 2.1萬).
      const example = target.fraction ? shareExample(target) : target.unit !== '%' ? problem.example : readsAsChange(target) ? target.valueText : '85';
      return w.notANumber(problem.text, example);
    }
    case 'wrongUnit': {
      const shape = notAUnit(problem.text, target);
      if (shape === 'approximate') return w.approximate(problem.text, firstNumber(problem.text));
      if (shape === 'bound') return w.bound(problem.text);
      if (shape === 'multiplier') return w.multiplier(oneLine(problem.text), wholeOf(problem.text, target));
      if (shape) return w[shape](oneLine(problem.text));
      // An index, a coefficient or a ratio (unit ''): any unit written is wrong, and the number alone is what to write.
      if (target.unit === '') return w.noUnit(problem.text, firstNumber(problem.text).replace(/[萬万億亿]$/u, ''));
      // A share of a set (1/3的縣(市、區)) is written in percent: naming the set's noun would invite a count of it.
      if (target.unit === '%' || target.fraction) return w.wrongUnit(problem.text, '%');
      // English names the unit in words, which cannot be typed: also the number with the plan's unit, in its base unit
      // where it is scaled (21000人 for a target in 萬人, as a gauge reads it: r112 F2).
      const number = firstNumber(problem.text);
      return w.wrongUnit(problem.text, named, en && number ? number + target.unit.slice(scaleOf(target.unit).length) : undefined);
    }
    case 'countForShare':
      return w.countForShare(problem.text);
    case 'pointsForLevel':
      // The words the import gives too (progress/read-row.ts): one wording, for a gauge and a sheet; lower case in an English clause.
      return w.pointsForLevel(problem.text, /百分[點点]/.test(problem.text), problem.signed, lang === 'en' ? target.metric.en.charAt(0).toLowerCase() + target.metric.en.slice(1) : target.metric[lang], shareExample(target));
    case 'wrongScale': {
      // The suggestion reads the value in the base unit (23500 as 立方米 for a target in 萬立方米), and says so (r60 Low 3):
      // `21000人 即 2.1萬人`; English says the amount and the figure to write for it (`for 21,000 people, write 2.1`).
      const { suggestion } = problem;
      const read = suggestion === undefined ? undefined : en ? { given: formatAmount(target, suggestion, 'en'), write: n(suggestion) } : { given: n(problem.value) + unit.slice(scaleOf(unit).length), write: n(suggestion) + unit };
      // How many times the target by size: -1400 for 1.4個百分點 (a gap or a change may be negative) is 1000 times it.
      return w.wrongScale(n(problem.value), n(Math.round(Math.abs(problem.value / target.value))), goal, named, read);
    }
    case 'tooSmall':
      // Quoted as typed (0.0234, not 0.02: 0.02億 is not 234萬), as a fraction is below (r87 M1).
      return w.tooSmall(String(Number(problem.value.toPrecision(6))), goal, named, lang === 'zh-Hans' ? (problem.scale === '萬' ? '万' : '亿') : problem.scale, en ? formatAmount(target, problem.suggestion, 'en') : `${n(problem.suggestion)}${unit}`);
    case 'fractionForPercent':
      // Quoted as typed (0.364, not 0.36): the clerk looks for what was written; a formula's result (1/3) to 6 digits.
      return w.fraction(String(Number(problem.value.toPrecision(6))), goal, n(problem.suggestion));
    case 'overWhole':
      // A fall of more than the whole: a change to fall read above 100, or any change read below -100 (漲幅控制在3%以內 at -150).
      return problem.value < 0 || changeDirection(target) === 'decreaseBy'
        ? w.fallOverWhole(n(Math.abs(problem.value)), isChangeComparator(target.comparator) ? w.change(target.comparator, `${target.valueText}%`) : goal)
        : w.overWhole(n(problem.value), goal);
    case 'negative':
      return w.negative(n(problem.value));
    case 'zeroReading':
      return w.zeroReading(target.metric[lang], heldKind(target));
    case 'implausibleGrowth':
      // A growth in percent: checkReading checks no other (as overWhole's change, written with its %).
      return w.implausibleGrowth(`${n(problem.value)}%`, n(Math.round(problem.value / Math.abs(target.value))), `${target.valueText}%`);
    case 'invalidDate':
      if (problem.looksLike?.shape === 'period') return w.period(problem.asOf, problem.looksLike.date);
      return problem.looksLike ? w[problem.looksLike.shape](problem.asOf, problem.looksLike.date!) : w.invalidDate(problem.asOf);
    case 'beforePeriod':
      return w.beforePeriod(problem.asOf, problem.start);
    case 'afterToday':
      return w.afterToday(problem.asOf, problem.today);
    case 'afterDeadline':
      return w.afterDeadline(problem.asOf, problem.deadline);
    case 'belowEarlier':
      // Both figures with the target's unit, as the summary and the other problems say a figure (140家, 150家).
      return w.belowEarlier(formatAmount(target, problem.value, lang), formatIsoDate(problem.earlierAsOf, lang), formatAmount(target, problem.earlier, lang));
  }
}

const problemWords: Readonly<Record<Language, ReadingProblemWords>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };
