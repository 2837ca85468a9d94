/**
 * Readings as editors write them, and the checks that keep a wrong one from becoming a public status: a value in
 * the wrong scale (a head count for a target in 萬人), a fraction for a percentage, a unit that is not the target's,
 * text that is not a number, a date that does not exist, comes before the target's period or after its deadline.
 * What each problem is, and how it is said, lives in `reading-problems.ts`.
 */
import { formatAmount, unitScale } from './describe-target.js';
import { SCALES, scaleOf } from './format-number.js';
import { elapsedShare, isoDateTime, notIsoDate } from './iso-date.js';
import type { ReadingProblem } from './reading-problems.js';
import type { Target } from './schema.js';
import { PERCENTAGE_POINTS, readsAsChange, signedReading } from './target-kinds.js';

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

/** A unit of measure's multiplier and the unit without it: `萬人` → 10,000 and `人`; `萬億元` → 10¹² and `元`; `個` → 1 and `個`. */
function splitScale(unit: string): { readonly scale: number; readonly base: string } {
  return { scale: unitScale(unit), base: unit.slice(scaleOf(unit).length) };
}

/**
 * How many times the target a value must be before it is taken for a unit mistake rather than a real reading: a
 * thousand times, or a hundred for a target in 萬 or 億 (3000 for 3.3萬人 is a head count, not 30 million people).
 */
export const WRONG_SCALE_RATIO = 1000;
/** {@link WRONG_SCALE_RATIO} for a target whose unit carries 萬 or 億. */
export const WRONG_SCALE_RATIO_SCALED = 100;
/**
 * {@link WRONG_SCALE_RATIO} for a ceiling on a total in 萬 or 億: a city does not use ten years' worth of it, so 1000
 * for 用水總量控制在21.17億立方米以內 is a figure in another unit, not the ceiling exceeded 47 times. A ceiling on a small
 * count (重污染天數控制在5天以內) can be exceeded ten times in a bad year.
 */
export const WRONG_SCALE_RATIO_CEILING = 10;
/**
 * How many times its target a year's growth above 100% (more than doubling) must be before it is taken for a figure
 * mistyped rather than a reading: 200 for 各類貸款年均增速10%以上 is refused, where 150% of a growth of 100% (增長1倍),
 * 150% of 20% or 60% of 5% is a reading, judged.
 */
export const IMPLAUSIBLE_GROWTH_RATIO = 10;

/**
 * Reads a value as an editor types it, in the target's unit: `2100`, `2,100`, `２１００` (full width), `2100個`,
 * `2.1萬` or `21000人` for a target in 萬人 (both 2.1), `8000億` for one in 萬億元 (0.8), `36.4%` for a percentage.
 * For a share of a set ({@link Target.fraction}: 1/3的縣(市、區)) `4/11` is the share in percent, and a count of the
 * set (`4縣(市、區)`, `4個`) a `countForShare` problem, never 4%. For a target of no unit (an index, a coefficient:
 * `unit` `''`) only a bare number (`1.25`): `1.25%`, `1.25個` or `1.25萬` is `wrongUnit`. Returns the number or the
 * {@link ReadingProblem}; a bare number is returned as it is (its magnitude is checked when it is evaluated), but for
 * a fraction of one for a rate in percent (`0.9` for 96%: `fractionForPercent`); `0.9%` is 0.9, as written. A share or
 * rate that is a level in percent (公辦幼兒園占比≥62%, a share of a set) is written as it stands: a signed figure
 * (`+1.4%`, `+4/11`) or points (`1.4个百分点`) is a change, or maybe one (`pointsForLevel`, as the progress import
 * refuses it). Points in either script (`1.4个百分点`, `1.4百分點`) are the unit of a target in 個百分點.
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
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(萬億|万亿|[萬万億亿])?(.*)$/u.exec(written);
  if (!match) return { problem: { code: 'notANumber', text } };
  const number = Number(match[1]!.replace(/,/g, ''));
  const multiplier = match[2] ? SCALES[match[2]]! : 1;
  const rest = match[3]!;
  if (!Number.isFinite(number) || /^[\d.,]/.test(rest)) return { problem: { code: 'notANumber', text } };
  const { scale, base } = splitScale(target.unit);
  // Points in either script (个百分点, 個百分點, 百分點: one unit), and a sign, outside a number in 萬 or 億.
  const points = !match[2] && PERCENTAGE_POINTS.test(rest);
  const signed = /^[+-]/.test(written);
  // In percent: a target in %, or a share of a set written as a fraction (1/3的縣), whose value is the share in percent.
  const percent = target.unit === '%' || target.fraction;
  // A level in per cent (a share: 公辦幼兒園占比≥62%, 1/3的縣) written with a sign (+1.4%, +4/11) or in points (1.4个百分点):
  // a change, or maybe one, not the share, which is written as it stands (r68 H2, F140, r72 M3). The import's rule too
  // (`pointsForLevel`).
  if (percent && !readsAsChange(target) && (points || (signed && !match[2] && /^(%|\/[\d.]+)?$/.test(rest)))) {
    return { problem: { code: 'pointsForLevel', text, signed } };
  }
  // A target in points (a gap between two rates) reads points in either script as its unit.
  if (points && PERCENTAGE_POINTS.test(target.unit)) return { value: number };
  if (target.fraction && !match[2]) {
    // A share of a set (1/3的縣(市、區)): 4/11 is the share in percent; 4縣(市、區), 4個 or 4個縣 a count of the set.
    const whole = /^\/(\d+(?:\.\d+)?)$/.exec(rest);
    if (whole && +whole[1]! > 0) return { value: (number * 100) / +whole[1]! };
    const noun = rest.replace(/^[個个]/, '');
    if (rest && [target.unit, unitIn(target, 'zh-Hans')].some((unit) => unit.startsWith(noun))) return { problem: { code: 'countForShare', text } };
  }
  const wrongUnit = { problem: { code: 'wrongUnit', text, unit: target.unit } } as const;
  // 1.25萬 of an index or a coefficient (unit ''): no magnitude is written of a quantity of no unit.
  if (target.unit === '' && match[2]) return wrongUnit;
  if (rest === '') {
    const value = multiplier === 1 ? number : (number * multiplier) / scale;
    // A share written as a fraction of one (0.9 for 96%): a bare number only. With its % sign (0.5%) it is the percent meant.
    return percent && target.measure === 'rate' && target.value >= 20 && value > 0 && value <= 1
      ? { problem: { code: 'fractionForPercent', value, suggestion: Math.round(value * 10000) / 100 } }
      : { value };
  }
  if (rest === '%') return percent && multiplier === 1 ? { value: number } : wrongUnit;
  // 2.1萬人 for a target in 萬人, 2千萬元 for one in 千萬元: the unit's own, the number is already in the target's unit.
  if (sameUnit((match[2] ?? '') + rest, target.unit, target)) return { value: number };
  // 21000人, 3萬人 or 2100個: the number times its own 萬/億, in units of the base, then in the target's unit.
  if (sameUnit(rest, base, target)) return { value: (number * multiplier) / scale };
  return wrongUnit;
}

/** Whether the unit written matches `unit` (the target's, or its base without 萬/億), in either script. */
function sameUnit(written: string, unit: string, target: Target): boolean {
  if (written === unit) return true;
  return scripts.some((lang) => {
    const inScript = unitIn(target, lang);
    return written === (unit === target.unit ? inScript : splitScale(inScript).base);
  });
}

const scripts = ['zh-Hant', 'zh-Hans'] as const;

/** The target's unit of measure as the language writes it (`萬人`, `万人`). */
export function unitIn(target: Target, lang: 'zh-Hant' | 'zh-Hans'): string {
  return formatAmount(target, '', lang);
}

/** The larger units a value may have been written in by mistake, each of the size `SCALES` gives it. */
const largerUnits = ['萬', '億'] as const;

/**
 * A gross ratio (毛入學率, 學前三年毛入園率): everyone enrolled, of any age, against the children of the age group, so it
 * may pass 100%, where any other rate or share is a part of its whole.
 */
const grossRatio = /毛[^率]*率/;

/**
 * What stops a reading from being judged, or `undefined`: a date that is not real, comes before `start`, after
 * `today` (when given: a RangeError when it is not a real ISO date, whatever the reading) or after the target's
 * deadline, a negative value where none can be (a change or a gap may be: `signedReading`), 0 of a stock, share or
 * total a city always holds or uses ({@link Target.neverZero}), a value a thousand times the target or more (ten times
 * a ceiling on a total in 萬/億: the wrong scale), a rate or share in percent above 100% or a fall of more than 100%,
 * a year's growth above 100% and more than {@link IMPLAUSIBLE_GROWTH_RATIO} times its target. (A number is in the
 * target's unit: 0.9 of a rate in percent is 0.9%, as a report holds what `0.9%` read; a fraction written for it is
 * {@link parseReadingValue}'s to refuse, where the text tells whether a % sign was written.)
 *
 * @example
 * ```ts
 * checkReading(getTarget('t04.3')!, { value: 21000, asOf: '2023-06-30' }, '2023-01-01');
 * // { code: 'wrongScale', value: 21000, suggestion: 2.1 }
 * ```
 */
export function checkReading(
  target: Target,
  reading: { readonly value: number; readonly asOf: string },
  start: string,
  today?: string,
): ReadingProblem | undefined {
  // Today first: a bad one is the caller's mistake, said even when the reading's own date is wrong too.
  const now = today === undefined ? Infinity : isoDateTime(today) ?? notIsoDate('today', today);
  const at = isoDateTime(reading.asOf);
  const from = isoDateTime(start);
  if (at === undefined) return { code: 'invalidDate', asOf: reading.asOf };
  if (at < (from ?? -Infinity)) return { code: 'beforePeriod', asOf: reading.asOf, start };
  if (at > now) return { code: 'afterToday', asOf: reading.asOf, today: today! };
  // A later count may hold the next period's work: the target is judged by its value as of the deadline.
  if (reading.asOf > target.deadline) return { code: 'afterDeadline', asOf: reading.asOf, deadline: target.deadline };
  const { value } = reading;
  const measure = target.measure;
  if (!signedReading(target) && value < 0) return { code: 'negative', value };
  if (value === 0 && target.neverZero) return { code: 'zeroReading', value };
  const goal = Math.abs(target.value);
  const scale = unitScale(target.unit);
  // Within a rounding of the ratio: 2117 / 21.17 is 99.99999999999999.
  if (goal > 0 && Math.abs(value) / goal >= (scale > 1 ? (measure === 'ceiling' ? WRONG_SCALE_RATIO_CEILING : WRONG_SCALE_RATIO_SCALED) : WRONG_SCALE_RATIO) * (1 - 1e-9)) {
    // A suggestion only when the value read in the base unit is a plausible reading (not 0.01億元 for 90億元).
    const inUnit = value / scale;
    return scale > 1 && Math.abs(inUnit) >= goal / 100 ? { code: 'wrongScale', value, suggestion: inUnit } : { code: 'wrongScale', value };
  }
  // Written in a unit 萬 or 億 times the target's (3.2 for 3.2萬 of 30000人, 0.68 for 0.68億 of 6600萬立方米): under a
  // thousandth of what the pace asks by then (a flow's share of the target at the date; a few early in the year are
  // real), where the larger unit makes it a plausible reading (a tenth of that to twice the target).
  const paced = (measure === 'flow' || measure === 'ceiling') && from !== undefined && isoDateTime(target.deadline) !== undefined;
  const asked = goal * (paced ? elapsedShare(start, target.deadline, reading.asOf) : 1);
  // Not a quantity of no unit (an index, a coefficient: unit ''), which no one writes in 萬.
  if (asked > 0 && value > 0 && value * WRONG_SCALE_RATIO <= asked && target.unit !== '%' && target.unit !== '' && target.fraction === undefined && measure !== 'change' && measure !== 'growth') {
    for (const written of largerUnits) {
      const inUnit = Number(((value * SCALES[written]!) / scale).toPrecision(12));
      if (inUnit >= asked / 10 && inUnit <= goal * 2) return { code: 'tooSmall', value, scale: written, suggestion: inUnit };
    }
  }
  // A rate in percent: in %, or a share of a set written as a fraction (1/3的縣), whose value is the share in percent.
  const percent = (target.unit === '%' || target.fraction !== undefined) && measure === 'rate';
  if (percent && value > 100 && !grossRatio.test(target.metric['zh-Hant'])) return { code: 'overWhole', value };
  // A change in percent falls by the whole at most: 下降150% (or a growth of -150%) is a figure mistyped, such as a level
  // entered for a cut; a fall of exactly 100% is a quantity gone.
  // A change stated as a fall (decreaseBy, or a range of a fall: `direction`) falls by its value, any other by its value below zero: `changeDirection`'s
  // rule (change-direction.ts), written here for the one-gauge page's bytes. (A reading of no change is not below zero.)
  if (target.unit === '%' && ((target.direction ?? target.comparator) === 'decreaseBy' ? value : -value) > 100) return { code: 'overWhole', value };
  // A year's growth above the whole (more than doubling) and ten times its target is a figure mistyped: 200 for
  // 年均增速10%以上. Growth past doubling happens, from a small base, but not ten times what the plan asked of it.
  // A year's growth (measure `growth`; a change against a base year may be more), in percent (a growth in 倍 is below 100).
  if (measure === 'growth' && value > 100 && value > IMPLAUSIBLE_GROWTH_RATIO * goal) {
    return { code: 'implausibleGrowth', value };
  }
  return undefined;
}
