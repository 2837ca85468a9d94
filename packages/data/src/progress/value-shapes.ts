/**
 * The shapes a value cell's text or number may take that are not the figure meant: a date, a mark for no figure, a
 * total's label, a fraction for a percent, a count for a share, a figure scaled a thousand times off the target.
 */
import { anyOf, RISE_WORDS } from '../change-direction.js';
import { onLine, unitScale } from '../format-number.js';
import { elapsedShare, monthsFrom } from '../iso-date.js';
import type { ReadingProblem } from '../reading-problems.js';
import type { Target } from '../schema.js';
import { PERCENTAGE_POINTS } from '../target-kinds.js';
import { countedSince } from '../unpaced.js';
import { monthWithoutDay, readsAsDate } from './date-hints.js';

/**
 * How far a figure written with a magnitude word or in another unit may convert from the target's value before it is a
 * problem (`implausibleScale`): under a thousandth of it, or over a hundred times it. The Dezhou plan's targets run from
 * 0.3 to 2000 in units that carry their own 萬 or 億 (800億元, 21.17億立方米, 3.3萬人): a word that moves the figure by 10⁴
 * or 10⁸ against such a unit lands outside these bounds (1.2万 for 800億元 is 0.00012億元), while a month's share of a
 * five-year flow (1/60) and a year's overshoot of a small count (6× of 2000人) stay inside them.
 */
const IMPLAUSIBLE_SCALE = { below: 1 / 1000, above: 100 } as const;

/**
 * Whether a value written with a magnitude word or in another unit (`1.2万` for 800億元, `21000人` for 萬人: the number
 * read is not the number written) converts to a figure outside {@link IMPLAUSIBLE_SCALE} of the target's value. A plain
 * number, or one in the target's own unit (`2.1萬人` for 萬人), is not judged so: a small honest figure is possible.
 * A share of a set (4/11) is left to its own checks.
 */
export function implausiblyScaled(text: string, value: number, target: Target): boolean {
  const goal = Math.abs(target.value);
  if (target.fraction || goal === 0 || value === 0 || !converted(text, value)) return false;
  const ratio = Math.abs(value) / goal;
  return ratio < IMPLAUSIBLE_SCALE.below || ratio > IMPLAUSIBLE_SCALE.above;
}

/** Whether a value's text is read as another number than it writes: a magnitude word (`8000万`) or another unit (`30人` for 萬人). */
export function converted(text: string, value: number): boolean {
  const written = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return !!written && !onLine(value, Number(written[0].replace(/,/g, '')));
}

/**
 * How many times its goal, and how many times its pace, a flow in 萬 or 億 may read before {@link overPace} calls it the
 * wrong scale: ten times the period's goal at any date (no city does ten times a year's 億元 or 萬噸), thirty times
 * what the pace asks by the reading's date (a month's pace at least: 2.5 times the goal in January). A lumpy real
 * figure (a signing fair's funds, a fast month) stays well under both; the plan's flows in 萬 or 億 (3億元 to 1000億元,
 * 1萬畝 to 6600萬立方米) overshoot by far less.
 */
const WRONG_SCALE = { goal: 10, pace: 30 } as const;

/**
 * A flow in a unit of 萬 or 億 (網絡零售額170億元) read {@link WRONG_SCALE} times its goal, or times what its pace asks
 * by the reading's date, or more: a `wrongScale` problem, or `undefined`. The pace is the share of the period from the
 * day the evaluation paces it from (the target's own start, `countedSince`, else `periodStart`, the plan's) to the
 * deadline, a month's at least. A figure typed in 百萬元 for 億元 (or in 百萬 of a 萬 unit) is a hundred times the
 * real one, ahead of the pace or behind it (r106 M4, r107 H1): 8850 by 30 June for 170億元 (88.5億), 8000 (80億,
 * behind), 15000 at the year's end (150億, short), 40000 by 30 June for 1000億元. Such a slip still passes only for a
 * real figure under a tenth of the goal and under 30% of its pace (a flow barely begun). `checkReading` holds a flow
 * to a hundred times the goal, not paced; the import's rule is in its own code (the one-gauge page's bytes). The value
 * in the target's base unit is offered when it is a plausible reading, a hundredth of the pace or more (300 for
 * 3.3萬人 by 31 March: 0.03萬人).
 */
export function overPace(target: Target, value: number, periodStart: string, asOf: string): ReadingProblem | undefined {
  const scale = unitScale(target.unit);
  if (target.measure !== 'flow' || scale === 1 || target.value <= 0 || value <= 0) return undefined;
  const start = countedSince(target) ?? periodStart;
  const asked = target.value * Math.max(1 / monthsFrom(start, target.deadline), elapsedShare(start, target.deadline, asOf));
  if (value < Math.min(WRONG_SCALE.goal * target.value, WRONG_SCALE.pace * asked) * (1 - 1e-9)) return undefined;
  const inUnit = value / scale;
  return inUnit >= asked / 100 ? { code: 'wrongScale', value, suggestion: inUnit } : { code: 'wrongScale', value };
}

/**
 * Whether a figure out of {@link IMPLAUSIBLE_SCALE} converts cleanly into the target's unit, so that the message says
 * what to write (`「8000万」即 0.8億元:如是,請填 0.8`) rather than that it is too far: `number`, the figure in the
 * target's unit, has three decimals at most (0.8, 0.003; not 0.00012) and is under a thousand times the target.
 */
export function cleanlyScaled(number: string, value: number, target: Target): boolean {
  return /^[+-]?\d+(?:\.\d{1,3})?$/.test(number) && Math.abs(value) < 1000 * Math.abs(target.value);
}

/**
 * Whether a value is a bare whole number (`4`, no % sign, no `/`) for a share of a set (至少1/3的縣(市、區)): a count of
 * the set as likely as the share in percent, and the plan gives no count of the set to turn one into the other, so
 * it is a problem (`bareShare`), not 4%. A whole number written with decimals (4.0) is one too; a decimal (36.4) is no
 * count and is read as the share; 0 is 0 either way.
 */
export function bareCountOrShare(text: string, value: number, target: Target): boolean {
  return target.fraction !== undefined && value !== 0 && /^[+-]?\d+(?:\.0+)?$/.test(text.normalize('NFKC').trim());
}

/**
 * A value typed as a date (`2023-04-11`, `2023/4/11`, `2023年4月11日`, a month {@link monthWithoutDay} reads: `2023年6月`,
 * `2023-06`; not `2023.6`, a number), or a date cell as the reader gives it.
 */
export const isDateText = (text: string): boolean =>
  readsAsDate(text) || (monthWithoutDay(text) !== undefined && !/^\d+\.\d+$/.test(text.normalize('NFKC').trim()));

/**
 * Whether a value cell holds a mark for "no figure" rather than a number, with no digit in it: dashes, a slash (—, -,
 * /, ×), or words for none yet (暫無, 未統計, 年底統計, 待統計, 不適用, 無, N/A).
 */
export function isPlaceholder(text: string): boolean {
  const mark = text.normalize('NFKC').trim();
  return !/\d/.test(mark) && (/^[\p{P}\p{S}\s]+$/u.test(mark) || /[暫暂尚待未無无]|[統统][計计]|不[適适]用|^(?:n\/?a|none|tbd)$/i.test(mark));
}

/** Whether an id cell holds a total's label (合计, 合 計, 總計, 小计, 全市合计, 全区合计, Total) rather than a target id. */
export const isTotal = (id: string): boolean => /^(?:全[市县縣区區])?(?:[合總总小共]\s*[計计])$|^(?:sub)?total$/i.test(id.normalize('NFKC').trim());

/**
 * Whether a note reads as a total of a whole set (全市已建成11家, 全縣合計3家, 累计5个, 共11家), in either script: beside a
 * threshold each member must reach (各縣(市、區)至少1家), whose value is the lowest member's, the figure may be the total
 * (r111). The whole is named before a figure in the same clause, and its words are words of their own: not 總計劃 (a
 * master plan), 結合計劃 or 綜合計分, nor 全市首家 or 全省率先 with no figure (review r112 F3).
 */
export const namesWhole = (note: string): boolean => /(?:全[市省縣县區区]|[合總总共累]\s*[計计](?![劃划分]))[^\d。;；]*\d|共\s*\d/.test(note.normalize('NFKC'));

/** Whether a target's value is in % or in 個百分點 (a rate, a growth, a change; or a target of a plan without measures). */
export const inPercent = (target: Target): boolean =>
  (/^[%％]$/.test(target.unit.trim()) || PERCENTAGE_POINTS.test(target.unit.trim())) && (target.measure === undefined || target.measure === 'rate' || target.measure === 'growth' || target.measure === 'change');

/**
 * Whether a value in % reads as a fraction of one: 0.086 for 8.6%, as a formula (本期-基期)/基期 gives it, or 0.03 for
 * 3% as typed. Between -1 and 1 and not 0, `written` (the number as the sheet shows it) with two decimals or more
 * (one decimal, 0.5 or 0.3, may well be the percent meant), under a tenth of the target `goal` and, as a percent,
 * within three times it: 0.086 or 0.12 for ↓12%, 0.03 or 0.028 for ≥3% are fractions; 0.458 or 0.25 for ↓5% (a real
 * fall of 0.458%, 45.8% as a fraction) and 0.125 for +0.5個百分點 are not. A real figure that small within those bounds
 * (a fall of 0.25% against ↓12%) is refused all the same and asked for with its % sign: read as written, a fraction
 * would pass with its status wrong a hundred times (r106 M3). The sheet's own rule, for a formula's ratio or a typed
 * fraction: a bare fraction of a rate of 20% or more (0.9 for 96%) is refused by `parseReadingValue`, as the elements'
 * `value` is; a number written with its % sign is neither.
 */
export const looksLikeFraction = (value: number, written: string, goal: number): boolean =>
  value !== 0 &&
  Math.abs(value) < Math.min(1, Math.abs(goal) / 10) &&
  100 * Math.abs(value) <= 3 * Math.abs(goal) &&
  (/\.(\d+)$/.exec(written)?.[1]?.length ?? 0) >= 2;

/** The mark between the months of a span (1-9月, 1～9月 after NFKC, 1至9月), a pattern's source. */
export const SPAN_MARK = '[-~至到—–]';

/** A span of months in digits (1-9月, 1 至 9 月), a pattern's source: the one home of its shape. */
export const MONTH_SPAN = String.raw`\d{1,2}\s*${SPAN_MARK}\s*\d{1,2}\s*月`;

/** {@link periodBeforeValue}'s pattern: a span of months or another period, then the value. */
const PERIOD_BEFORE_VALUE = new RegExp(
  String.raw`^((?:${MONTH_SPAN}份?|[上下]半年|[一二三四1-4]\s*季度|前[一二三1-3]\s*季度?|截至\s*\d{1,2}\s*月底?)(?:累[計计])?)\s*[:,]?\s*(\d[\d,]*(?:\.\d+)?(?:\s*[萬万億亿])?)$`,
  'u',
);

/**
 * A period written before the value in its cell (`1-6月2000`, `1～6月：2000`, `上半年2000`, `二季度 300`, `截至6月底2000`):
 * the period and the value, or `undefined`. Read as written, `1-6月2000` would be a range from 1.
 */
export function periodBeforeValue(text: string): { readonly period: string; readonly value: string } | undefined {
  const parts = PERIOD_BEFORE_VALUE.exec(text.normalize('NFKC').trim());
  return parts ? { period: parts[1]!, value: parts[2]! } : undefined;
}

/**
 * The one number a text writes among words, with its 萬 or 億 (`12` of `增加12`, `1.2万` of `新增1.2万`), or `undefined`
 * (none, or several: `2,1`): the clerk's own figure, the example to write, rather than the target's.
 */
export const onlyNumber = (text: string): string | undefined => /^\D*?(\d+(?:\.\d+)?(?:\s*[萬万億亿])?)\D*$/u.exec(text.normalize('NFKC').trim())?.[1];

/**
 * Words of an increase before a number, after what it is counted from (本月, 較上期, 環比): a change's rise words
 * (`change-direction.ts`: 增加, 增長, 提高…), and 新增 and 多 (多了), which say a count grew where a change's words say a
 * direction.
 */
const increaseWords = new RegExp(
  `^(?:本[期月季年]|[比較较]上[期月季年]|[環环]比|同比)?\\s*(?:${anyOf(RISE_WORDS)}|新增|多)了?\\s*(\\d[\\d,]*(?:\\.\\d+)?(?:\\s*[萬万億亿])?)(?![\\d.,]|\\s*(?:%|[個个]?百分))\\D*$`,
  'u',
);

/**
 * An increase written where a total may be asked: a plus sign (`+30`, `signed`) or words of an increase before one
 * number (`增加12`, `新增5`, `較上月增加3項`, `多了2條`; not a growth in per cent, `增長12%`): the number as written after
 * them, or `undefined`.
 */
export function increaseWritten(text: string): { readonly number: string; readonly signed: boolean } | undefined {
  const written = text.normalize('NFKC').trim();
  const signed = /^\+\s*(\d.*)$/u.exec(written)?.[1];
  if (signed !== undefined) return { number: signed, signed: true };
  const worded = increaseWords.exec(written)?.[1];
  return worded === undefined ? undefined : { number: worded, signed: false };
}
