/**
 * A running total filled with one month's figure, its note saying so (review r114 F2: 1.6 for 用水總量 ≤ 21.17億立方米
 * beside 9月份用水量, judged 進度正常 as if it were the year's use by 30 September). The import refuses such a row
 * (`monthForTotal`), asking for the total with the month's figure in the note: no year-to-date status can be made of
 * a month's.
 */
import { runningTotal } from '../running-total.js';
import type { Target } from '../schema.js';
import { countedSince } from '../unpaced.js';
import { chineseCountAt, chineseValue, chineseValueAt } from '../extract/chinese-numerals.js';
import { normalizeForExtraction } from '../extract/normalize.js';
import { matchUnit } from '../extract/units.js';
import { countOfOne } from './lone-one.js';
import { parseWithSymbols } from './unit-symbols.js';
import { MONTH_SPAN, SPAN_MARK } from './value-shapes.js';

/**
 * Words of one month's figure, each a word of its own: 當月, 本月 (not 本月底, 本月末: the total up to then), 單月, a
 * month's 月份 (9月份, 九月份; not the end of a span, 1-9月份), 月度 (not 月度計劃, 月度考核, 月度統計: a plan, a
 * review, a statistics form), in either script; in English, this month, a single month, a month's or monthly figure.
 */
const monthWords = new RegExp(
  String.raw`[當当]月|本月(?![底末])|[單单]月|(?<![\d一二三四五六七八九十]\s*${SPAN_MARK}\s*)(?<![\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份|月度(?![計计][劃划]|[目][標标]|[任][務务]|[報报]|[調调]|考核|分析|[統统][計计]|[會会])|\b(?:this|single) month\b|\bmonth(?:ly|'s|’s) (?:figure|value|amount)`,
  'iu',
);

/**
 * Words of a total beside them: 累計, 截至, 至今, 以來, 年初, 全年, 合計, 其中 (the month's figure as part of the total,
 * as the problem's words ask it written), or a span of months (1-9月); in English, a total, to date, so far, since,
 * of which.
 */
const totalWords = new RegExp(String.raw`[累合][計计]|截[至止]|至今|以[來来]|年初|全年|其中|${MONTH_SPAN}|\b(?:total|cumulative|to date|so far|since|of which)\b`, 'iu');

/**
 * Whether `note` says the figure of a {@link runningTotal} (a flow, a ceiling's use, designations) dated `asOf` is one
 * month's, words of a month and none of a total: the day its total is counted from (the target's own start, else
 * `periodStart`), or `undefined`. A month's figure in the first month counted is the total, and passes. `value`, the
 * row's, is no figure of the note's own where the note writes it (本月成交額8億元 beside 8).
 *
 * @example
 * ```ts
 * monthForTotal(getTarget('t26.3')!, '9月份用水量', '2023-09-30', '2023-01-01', 1.6);    // '2023-01-01'
 * monthForTotal(getTarget('t26.3')!, '截至9月底累計', '2023-09-30', '2023-01-01', 15.2); // undefined
 * ```
 */
export function monthForTotal(target: Target, note: string, asOf: string, periodStart: string, value?: number): string | undefined {
  const text = note.normalize('NFKC');
  const start = countedSince(target) ?? periodStart;
  return runningTotal(target) && monthWords.test(text) && !totalWords.test(text) && onlyItsMonth(target, text, asOf, value) && asOf.slice(0, 7) !== start.slice(0, 7)
    ? start
    : undefined;
}

/**
 * Whether `note` writes no figure of its own (本月成交額), only the month of `asOf` (9 in 9月份用水量 dated 30
 * September), a year (2023年, or the year of `asOf`) or the row's `value` (8, 8億元, 80000萬元 beside 8億元: review r117
 * F4); Chinese numerals count only before 月 or as a quantity (五項, 三百個), not inside a word (統一, 進一步). A note with
 * a figure of its own (本月新增5項, 前三季度…,9月份新開通300個), another month (預計12月份完成, 8月份起按季度統計,
 * 10月份數據待反饋) or a span of months (1月至9月份) says nothing of the value's being one month's (review r115 F1). A
 * date written with marks (2023.9, 2023/09/30) is read as one in words ({@link datesInWords}), a year in two digits
 * (23年, dated 2023) is a year, and the power of a unit's symbol (m³, km²) is the unit's (review r118 F5, F8).
 */
function onlyItsMonth(target: Target, note: string, asOf: string, value: number | undefined): boolean {
  const folded = datesInWords(normalizeForExtraction(note));
  // A numeral after 点 is the decimals of one begun before it (一点六亿), read with it.
  return [...folded.matchAll(/\d+(?:\.\d+)?|(?<![\d.点])[〇零一二两三四五六七八九十百千万亿]+/gu)].every(({ 0: written, index: at }) => {
    const digits = /^\d/.test(written);
    const before = folded.slice(0, at);
    const after = folded.slice(at + written.length);
    if (/^\s*月/.test(after)) return (digits ? Number(written) : chineseValue(written)) === Number(asOf.slice(5, 7));
    // A year (2023年, 23年, or the row's own) or a day after its month (9月30日) is a date, no figure; m3 and km2 (m³,
    // km²) the power of a unit's symbol.
    const year = (/^\d{4}$/.test(written) || written === asOf.slice(2, 4)) && /^\s*年/.test(after);
    if (digits && (year || written === asOf.slice(0, 4) || (/月\s*$/.test(before) && /^\s*[日号]/.test(after)) || (/^[23]$/.test(written) && /m$/i.test(before)))) return true;
    if (digits) return value !== undefined && isValue(target, written, after, value);
    // A numeral in words is a figure only as a quantity (五项, 三百个, 八亿元), not inside a word (统一, 进一步, 前三季度);
    // a lone 一 is one where it counts one of something ({@link countOfOne}), which the readers of counts leave out.
    const one = written === '一' && countOfOne(before, after) ? { value: 1, end: at + 1 } : undefined;
    const numeral = one ?? chineseCountAt(folded, at) ?? chineseValueAt(folded, at);
    if (!numeral) return true;
    // 八亿, 一点六亿: the 万 or 亿 ending a numeral is read with the unit after it, as in 8亿 (review r118 F5).
    const scaled = /^(.+?)([万亿]+)$/u.exec(folded.slice(at, numeral.end));
    const head = scaled ? chineseValue(scaled[1]!) : undefined;
    const [number, rest] = head === undefined ? [numeral.value, folded.slice(numeral.end)] : [head, scaled![2]! + folded.slice(numeral.end)];
    return value !== undefined && isValue(target, String(number), rest, value);
  });
}

/**
 * `folded` with each date written with marks, a year of four digits and its month (2023.9, 2023.09, 2023/9, 2023-09,
 * and its day: 2023/09/30; the fold writes - as —), written in words (2023年9月, 2023年09月30日), as {@link onlyItsMonth}
 * reads dates; not a number whose decimals are no month (2023.95).
 */
const datesInWords = (folded: string): string =>
  folded.replace(/(?<![\d.])((?:19|20)\d{2})\s*[./\-—–]\s*(0?[1-9]|1[0-2])(?:\s*[./\-—–]\s*(0?[1-9]|[12]\d|3[01]))?(?![\d.])/gu, (_, year: string, month: string, day?: string) =>
    `${year}年${month}月${day === undefined ? '' : `${day}日`}`,
  );

/**
 * Whether `number` with the unit after it (`rest`) is `value`: read in `target`'s unit as the import reads a value cell
 * where it converts (8, 8亿元, 80000万元 for 8億元), else as written, in the note's own unit (1.6亿立方米 beside 1.6億元).
 */
function isValue(target: Target, number: string, rest: string, value: number): boolean {
  // m3, km2 (m³, km²): a symbol's power is of its word.
  const word = /^(?:[^\d\s,，;；:：、。()（）]|(?<=m)[23](?!\d)){0,8}/iu.exec(rest)![0];
  const unitEnd = Math.min(matchUnit(rest, 0)?.end ?? 0, word.length);
  let read = Number(number);
  for (let length = word.length; length >= unitEnd; length--) {
    const inUnit = parseWithSymbols(number + word.slice(0, length), target);
    if ('value' in inUnit) {
      read = inUnit.value;
      break;
    }
  }
  return Number(read.toPrecision(12)) === Number(value.toPrecision(12));
}
