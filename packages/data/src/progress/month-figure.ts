/**
 * A running total filled with one month's figure, its note saying so (review r114 F2: 1.6 for 用水總量 ≤ 21.17億立方米
 * beside 9月份用水量, judged 進度正常 as if it were the year's use by 30 September). The import refuses such a row
 * (`monthForTotal`), asking for the total with the month's figure in the note: no year-to-date status can be made of
 * a month's.
 */
import { runningTotal } from '../running-total.js';
import type { Target } from '../schema.js';
import { countedSince } from '../unpaced.js';

/**
 * Words of one month's figure, each a word of its own: 當月, 本月 (not 本月底, 本月末: the total up to then), 單月, a
 * month's 月份 (9月份, 九月份; not the end of a span, 1-9月份), 月度 (not 月度計劃, 月度考核, 月度統計: a plan, a
 * review, a statistics form), in either script; in English, this month, a single month, a month's or monthly figure.
 */
const monthWords =
  /[當当]月|本月(?![底末])|[單单]月|(?<![\d一二三四五六七八九十]\s*[-~至到—–]\s*)(?<![\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份|月度(?![計计][劃划]|[目][標标]|[任][務务]|[報报]|[調调]|考核|分析|[統统][計计]|[會会])|\b(?:this|single) month\b|\bmonth(?:ly|'s|’s) (?:figure|value|amount)/iu;

/**
 * Words of a total beside them: 累計, 截至, 至今, 以來, 年初, 全年, 合計, 其中 (the month's figure as part of the total,
 * as the problem's words ask it written), or a span of months (1-9月); in English, a total, to date, so far, since,
 * of which.
 */
const totalWords = /[累合][計计]|截[至止]|至今|以[來来]|年初|全年|其中|\d{1,2}\s*[-~至到—–]\s*\d{1,2}\s*月|\b(?:total|cumulative|to date|so far|since|of which)\b/iu;

/**
 * Whether `note` says the figure of a {@link runningTotal} (a flow, a ceiling's use, designations) dated `asOf` is one
 * month's, words of a month and none of a total: the day its total is counted from (the target's own start, else
 * `periodStart`), or `undefined`. A month's figure in the first month counted is the total, and passes.
 *
 * @example
 * ```ts
 * monthForTotal(getTarget('t26.3')!, '9月份用水量', '2023-09-30', '2023-01-01');    // '2023-01-01'
 * monthForTotal(getTarget('t26.3')!, '截至9月底累計', '2023-09-30', '2023-01-01'); // undefined
 * ```
 */
export function monthForTotal(target: Target, note: string, asOf: string, periodStart: string): string | undefined {
  const text = note.normalize('NFKC');
  const start = countedSince(target) ?? periodStart;
  return runningTotal(target) && monthWords.test(text) && !totalWords.test(text) && onlyItsMonth(text, asOf) && asOf.slice(0, 7) !== start.slice(0, 7)
    ? start
    : undefined;
}

/** Chinese numerals of a month (一 to 十二), by their value. */
const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Whether every number `note` writes is the month of `asOf` (9 in 9月份用水量 dated 30 September), or it writes none
 * (本月成交額): a note with a figure of its own (本月新增5項, 前三季度…,9月份新開通300個), another month (預計12月份完成,
 * 8月份起按季度統計, 10月份數據待反饋) or a span of months (1月至9月份) says nothing of the value's being one month's
 * (review r115 F1: each of those was refused).
 */
function onlyItsMonth(note: string, asOf: string): boolean {
  const month = Number(asOf.slice(5, 7));
  return (note.match(/\d+(?:\.\d+)?|[一二三四五六七八九十〇零兩两]+/gu) ?? []).every((n) => Number(n) === month || CHINESE_MONTHS.indexOf(n) + 1 === month);
}
