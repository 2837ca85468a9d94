/**
 * Numerals written in Chinese characters that the scan reads as a value: a count before a measure word (新增企業十五家,
 * 建成社區食堂二十個), as the curated completeness test counts them, a share in thousandths or hundredths (千分之二以下: 2‰; 百分之三十: 30%), and a
 * multiple of a year's level or after a change word (達到2020年的兩倍, 增長兩倍). Not the indefinite 一批, 一輪, 一些,
 * nor one alone (一個平台 is rhetoric more often than a count), nor a number before 大 (十大項目: a programme's name),
 * 年 or another unit of time, 級, 類 or 種, nor a size class (百億級, 千億級), nor a multiple of rhetoric (以兩倍的力度).
 */
import { isDigit, isIdeograph } from './chars.js';
import { levelBaseBefore } from './deadline.js';
import { rangeJoinerLength, type Numeral } from './numerals.js';
import { matchUnit } from './units.js';
import { changeWords, suffixWords } from './words.js';

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** The characters of a share's numeral run, with decimal digits after 点 (千分之二点五). */
const RUN = /^[〇零一二两三四五六七八九十百千万]{1,8}(?:点[〇零一二三四五六七八九]{1,3})?/;
/** The characters of a count's or a value's numeral run: a share's, and 亿 (三点二人, 一点五亿元, 一亿五千万元, 两万亿). */
const VALUE_RUN = /^[〇零一二两三四五六七八九十百千万亿]{1,10}(?:点[〇零一二三四五六七八九]{1,3})?/;
/** A scale alone after a numeral (万, 亿, 万亿, 千万): no unit, but part of the number (一亿五, 两万亿, 一千万). */
const SCALE_ALONE = /^(?:[十百千]?万|万?亿)$/;
/** The place of a digit that ends a numeral right after a power: the next lower one (一万五: 1.5 万, 三百五: 350). */
const PLACE_AFTER: Readonly<Record<string, number>> = { 百: 10, 千: 100, 万: 1000, 亿: 10000000 };

/** Whether `ch` may be part of a Chinese numeral (a run's start is one of these). */
export const isChineseNumeralChar = (ch: string | undefined): boolean => ch !== undefined && (ch in DIGITS || ch in POWERS || ch === '万');

/**
 * The value of a run such as 十五, 二十, 一百二十, 三千五百, 两万, 一亿五千万, 一百零五 (零 holds an empty place), 二点五 (a
 * decimal written in characters, its digits one by one after 点); `undefined` if it is not written as a number is. A
 * digit ending the run right after a power is of the next lower one, as it is said: 一万五 is 15000, 三百五 350 (一万零五:
 * 10005).
 */
export function chineseValue(run: string): number | undefined {
  const point = run.indexOf('点');
  if (point >= 0) {
    const whole = run.slice(0, point) === '零' ? 0 : chineseValue(run.slice(0, point));
    const digits = [...run.slice(point + 1)].map((ch) => (ch === '两' ? undefined : DIGITS[ch]));
    if (whole === undefined || !digits.length || digits.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${digits.join('')}`);
  }
  let yi = 0;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    // 一百零五, 两千零五: 零 after a power holds an empty place.
    if (ch === '零' && digit === undefined && yi + section + total > 0) continue;
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined; // 一一, 二三: no number
      digit = DIGITS[ch]!;
    } else if (ch in POWERS) {
      section += (digit ?? (section === 0 && total === 0 ? 1 : undefined) ?? NaN) * POWERS[ch]!;
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      yi = (yi + total + section + (digit ?? 0)) * 100000000;
      total = section = 0;
      digit = undefined;
    }
  }
  const value = yi + total + section + (digit ?? 0) * (PLACE_AFTER[run[run.length - 2] ?? ''] ?? 1);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * A count or amount in Chinese numerals at `at` that a measure word or a unit follows (十五家, 二十万千瓦), or `undefined`. The caller has made sure
 * no numeral or digit stands right before `at`.
 */
export function chineseCountAt(folded: string, at: number): Numeral | undefined {
  // 毫克/千克, 元/千瓦时: after a slash, the denominator of a compound unit (its 千 is the unit's), never a value.
  if (folded[at - 1] === '/') return undefined;
  const run = VALUE_RUN.exec(folded.slice(at, at + 14))?.[0];
  if (!run) return undefined;
  // 二十万千瓦: the run may take the first character of its unit (千 of 千瓦); the longest run a unit follows wins.
  for (let end = at + run.length; end > at; end--) {
    const numeral = folded.slice(at, end);
    // 一千万美元, 五万亩, 一百亿元: a 万 or 亿 ending the number is its unit's scale, as in 1000万美元 and 5万亩 (一万五千人:
    // 15000 人).
    if (numeral.length > 1 && /[万亿]$/.test(numeral)) continue;
    // 一批, 一轮, 一些, 一系列: indefinite; 十大: a programme; one alone: rhetoric as often as a count (一万亩: a number).
    if (/^[批轮些系大]/.test(folded[end] ?? '')) return undefined;
    const unit = matchUnit(folded, end);
    // 一万五, 两万, 十万, 一亿五, 两万亿 with no unit after the scale: the number is the whole run (15000, 20000, 100000,
    // 150000000), said, not read as 1, 2, 10 of a unit 万 or 亿.
    if (unit?.scaled && SCALE_ALONE.test(folded.slice(end, unit.end))) continue;
    if (numeral === '一' && !unit?.scaled) return undefined;
    if (!unit || (unit.kind !== 'count' && unit.kind !== 'amount' && unit.kind !== 'multiple')) continue;
    // 两个平台: rhetoric as 一个 is; 两倍 (达到2020年的两倍): a multiple, 2 倍, if it is a target's. 集聚区两个, 两家以上:
    // a count after its noun, where a target ends, is 2; 两万亩, a number.
    if (numeral === '两' && !unit.scaled && unit.kind !== 'multiple' && !(unit.kind === 'count' && endsTarget(folded, unit.end))) return undefined;
    if (unit.kind === 'multiple' && !isMultipleValue(folded, at, unit.end)) return undefined;
    // 百億級產業集群, 千億級: a class of size, named by its number and unit, no count or amount to reach.
    if (folded[unit.end] === '级') return undefined;
    // 一亿五千万元: the 万 the unit takes is of the whole number, 15000 万元.
    const inWan = numeral.includes('亿') && folded[end] === '万';
    const value = chineseValue(inWan ? `${numeral}万` : numeral);
    if (value !== undefined) return { start: at, end, value: inWan ? value / 10000 : value };
  }
  return undefined;
}

/**
 * A value in Chinese numerals at `at` with no unit after it (新建基站三百), to be said as one in digits is (新建基站300):
 * the whole run, with a power in it (十, 百, 千, 万: 三百, 二十) or a decimal point (三点二), not 统一, 之一, nor 十四五 (no number), nor
 * an ordinal (第三). Whether it ends its clause or item is the caller's to check; the caller has made sure no numeral
 * or digit stands right before `at`.
 */
export function chineseValueAt(folded: string, at: number): Numeral | undefined {
  if (folded[at - 1] === '第' || folded[at - 1] === '/') return undefined;
  const run = VALUE_RUN.exec(folded.slice(at, at + 14))?.[0];
  if (!run || !/[十百千万亿点]/.test(run)) return undefined;
  const value = chineseValue(run);
  return value === undefined ? undefined : { start: at, end: at + run.length, value };
}

/**
 * Whether a multiple in words at `at`, its 倍 ending at `end`, is a target's value: after a year's 的 (达到2020年的两倍,
 * 是上年的三倍) or right after a change word (增长两倍), and where a target ends (at a mark, the text's end or a bound
 * word: 增长两倍以上). Not rhetoric: 以两倍的力度推进, 付出两倍努力, 两倍于全省平均水平.
 */
function isMultipleValue(folded: string, at: number, end: number): boolean {
  if (!endsTarget(folded, end)) return false;
  return levelBaseBefore(folded, at) !== undefined || !!changeWords.matchEndingAt(folded, at)?.value;
}

/**
 * Whether a multiple whose 倍 ends at `end` ends a target: a mark, the text's end or a bound word follows (增长2倍以上),
 * not a noun or 的 it qualifies (以2倍的力度推进, 付出2倍努力, 2倍于全省平均水平: rhetoric), in words or in digits.
 */
export const endsTarget = (folded: string, end: number): boolean => !isIdeograph(folded[end]) || suffixWords.match(folded, end) !== undefined;

/** The shares written in words: 千分之 (‰), 百分之 (%). */
const SHARES_IN_WORDS: Readonly<Record<string, '‰' | '%'>> = { 千分之: '‰', 百分之: '%' };

/**
 * 千分之二, 千分之二点五, 千分之3, 百分之三十: a share in thousandths or hundredths at `at` (its value the numerator, its
 * unit ‰ or %), or `undefined`. 百分之五至百分之六 (到, —): a range, as 5%至6% is, when the same share comes again, greater,
 * right after a joiner (由百分之六降至百分之五 is no range: 降 stands between).
 */
export function shareInWordsAt(folded: string, at: number): Numeral | undefined {
  const share = oneShareAt(folded, at);
  const joiner = share ? rangeJoinerLength(folded, share.end) : 0;
  const upper = joiner ? oneShareAt(folded, share!.end + joiner) : undefined;
  return upper && upper.shareUnit === share!.shareUnit && upper.value > share!.value ? { ...share!, end: upper.end, upperValue: upper.value } : share;
}

/** One share in words at `at` (千分之二, 百分之三十), no range: see {@link shareInWordsAt}. */
function oneShareAt(folded: string, at: number): Numeral | undefined {
  const shareUnit = SHARES_IN_WORDS[folded.slice(at, at + 3)];
  if (!shareUnit) return undefined;
  const from = at + 3;
  let end = from;
  while (isDigit(folded.charCodeAt(end)) || (folded[end] === '.' && isDigit(folded.charCodeAt(end + 1)))) end++;
  const digits = end > from ? Number(folded.slice(from, end)) : undefined;
  // 千分之二点五: a decimal in characters.
  if (digits === undefined) end = from + (RUN.exec(folded.slice(from, from + 12))?.[0].length ?? 0);
  const value = digits ?? chineseValue(folded.slice(from, end));
  return value === undefined || end === from ? undefined : { start: at, end, value, shareUnit };
}
