/**
 * Dates as a sheet's cells write them nearly right (a month without its day, an Excel serial, a quarter, 6月底): the
 * whole date each seems to stand for, said in the hint of an `invalidDate` problem, and the year a row's date names.
 */
import { chineseValue } from '../extract/chinese-numerals.js';
import { lastDayOf } from '../iso-date.js';
import type { InvalidDateProblem } from '../reading-problems.js';
import { isTimeOfDay, planDateOfTimestamp, sheetDate } from './sheet-date.js';
import { serialDate } from './xlsx-date-formats.js';

/**
 * Whether a cell reads as a date in ISO's shape once {@link sheetDate} reads it (`2023-06-30`, `2023/6/30`,
 * `2023年6月30日`): the shape alone, so that `2023-02-30` is one too and left for the date check to refuse
 * (`isIsoDate` of `iso-date.ts` is the stricter rule, a real date).
 */
export const readsAsDate = (text: string): boolean => /^\d{4}-\d\d-\d\d$/.test(sheetDate(text.trim()));

/**
 * The last day of the month a text names without its day (`2023年6月`, `2023-06` as a cell formatted to show no day
 * reads, `2023/6`, `2023.6`): `2023-06-30`; `undefined` for any other text.
 */
export function monthWithoutDay(text: string): string | undefined {
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text.normalize('NFKC').trim());
  const [year, number] = [Number(month?.[1]), Number(month?.[2])];
  return month && number >= 1 && number <= 12 ? lastDayOf(year, number) : undefined;
}

/**
 * The whole date a text in the date column seems to stand for: an Excel date serial that lost its date format (45107,
 * 2023-06-30), a month without its day ({@link monthWithoutDay}: its last day), a whole date written nearly right
 * ({@link wholeDate}) or a quarter or a half ({@link periodEnd}: its last day, in `year` or by `today` when the text
 * names no year; no date when neither tells it).
 */
export function looksLike(text: string, year: string | undefined, today: string): InvalidDateProblem['looksLike'] {
  const serial = serialDate(text.trim());
  if (serial !== undefined) return { shape: 'serial', date: serial };
  const month = monthWithoutDay(text);
  if (month !== undefined) return { shape: 'month', date: month };
  const date = wholeDate(text) ?? otherWholeDate(text, today);
  if (date !== undefined) return { shape: 'date', date };
  const end = periodEnd(text, year, today);
  return end === undefined ? undefined : end === null ? { shape: 'period' } : { shape: 'period', date: end };
}

/**
 * A real date, year first, written nearly right (`2023年6月30号`, `2023-6-30T00:00:00`): `2023-06-30`; a timestamp with
 * its zone in any form (`2023-06-29T16:00:00.000Z`, `2023-06-29 16:00:00+00:00`: China's midnight exported as UTC) by
 * its date in the plan's time zone ({@link planDateOfTimestamp}: 2023-06-30, not the UTC date); else, or with a time
 * that is none (`T24:00:00`), `undefined`.
 */
function wholeDate(text: string): string | undefined {
  const zoned = planDateOfTimestamp(text);
  if (zoned !== undefined) return zoned;
  // A time with a zone is dated by planDateOfTimestamp alone, never by its UTC date; a time that is none (24:00) is no date.
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:[T\s]\s*(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?$/.exec(text.normalize('NFKC').trim());
  if (!parts || (parts[4] !== undefined && !isTimeOfDay(parts[4], parts[5]!, parts[6]))) return undefined;
  return realDate(+parts[1]!, +parts[2]!, +parts[3]!);
}

/** The ISO date of a year, a month and a day that make a real date (not 2023-02-30), else `undefined`. */
function realDate(year: number, month: number | undefined, day: number | undefined): string | undefined {
  if (month === undefined || day === undefined || year < 1000) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * A whole date in another form, when only one date can be meant (r87 L8): its digits run together (`20230630`), in
 * Chinese numerals (`二〇二三年六月三十日`), a year of two digits first (`23.6.30`, where 23 June 2030 is yet to come by
 * `today`), the year last with a day over 12 (`6/30/2023`, `30/06/2023`). `6/7/2023`, either June or July, is not guessed.
 */
function otherWholeDate(text: string, today: string): string | undefined {
  const written = text.normalize('NFKC').trim();
  const chinese = /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]?$/u.exec(written);
  if (chinese) return realDate(Number([...chinese[1]!].map((ch) => '〇一二三四五六七八九'.indexOf(ch === '零' ? '〇' : ch)).join('')), chineseValue(chinese[2]!), chineseValue(chinese[3]!));
  const compact = /^(\d{4})(\d\d)(\d\d)$/.exec(written);
  if (compact) return realDate(+compact[1]!, +compact[2]!, +compact[3]!);
  const short = /^(\d\d)([./-])(\d{1,2})\2(\d{1,2})$/.exec(written);
  if (short) {
    const other = realDate(2000 + +short[4]!, +short[3]!, +short[1]!);
    return other !== undefined && other <= today ? undefined : realDate(2000 + +short[1]!, +short[3]!, +short[4]!);
  }
  const yearLast = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(written);
  if (!yearLast) return undefined;
  const [first, second, year] = [+yearLast[1]!, +yearLast[3]!, +yearLast[4]!];
  // The day is the part over 12 (or both parts are one number): 6/30/2023 and 30/06/2023; 6/7/2023 is either.
  return first > 12 || first === second ? realDate(year, second, first) : second > 12 ? realDate(year, first, second) : undefined;
}

/**
 * The last day of a quarter or a half (`2023年二季度`, `第3季度`, `Q2`, `上半年`, `前三季度`): `2023-06-30`. A text naming no
 * year takes `year` (the one year the sheet's other rows are dated in), else the year by `today`: this year's when the
 * period has ended (上半年 in December), last year's when this year's has not begun (下半年 in January); `null` while it
 * is under way (no year guessed: r58 M2, the deadline's year put a 2023 sheet in 2025). Any other text: `undefined`.
 */
function periodEnd(text: string, year: string | undefined, today: string): string | null | undefined {
  const monthEnd = monthOrYearEnd(text, year, today);
  if (monthEnd !== undefined) return monthEnd;
  const parts = /^(?:(\d{4})\s*年?)?\s*(?:([上下])半年|(前)?第?([一二三四1-4])\s*季度?|Q([1-4]))\s*末?$/i.exec(text.normalize('NFKC').trim());
  if (!parts) return undefined;
  // The quarter the period ends with: 上半年 the second, 下半年 the fourth, 三季度 or Q3 the third.
  const quarter = parts[2] ? (parts[2] === '上' ? 2 : 4) : parts[5] ? +parts[5] : '一二三四'.indexOf(parts[4]!) + 1 || +parts[4]!;
  // Its first month: January for 上半年 and 前三季度, July for 下半年, else the quarter's.
  const first = parts[2] ? (parts[2] === '上' ? 1 : 7) : parts[3] ? 1 : quarter * 3 - 2;
  return endInYear((y) => lastDayOf(y, quarter * 3), first, parts[1] ?? year, today);
}

/**
 * The last day of a period (`end`, by its year) in `named` (the text's year, else the one year of the sheet's other
 * rows), else in the year by `today`: this year's once the period has ended (上半年 in December), last year's when this
 * year's has not begun (`first` month: 下半年 in January), `null` while it is under way (no year guessed: r58 M2, the
 * deadline's year put a 2023 sheet in 2025; r60 M2, 年底 in December). Quarters, halves and month or year ends alike.
 */
function endInYear(end: (year: number) => string, first: number, named: string | undefined, today: string): string | null {
  if (named) return end(Number(named));
  const thisYear = Number(today.slice(0, 4));
  if (end(thisYear) <= today) return end(thisYear);
  return today < `${thisYear}-${String(first).padStart(2, '0')}-01` ? end(thisYear - 1) : null;
}

/**
 * The last day of a month's or a year's end (`6月底`, `2023年6月底`, `6月末`, `年底`, `2023年末`, `2023年年底`; with 前
 * after it or 截至 before it: `6月底前`, `截至6月底`): `2023-06-30`. A text naming no year takes its year as
 * {@link periodEnd} does ({@link endInYear}): `null` while the month is under way (December, for a year's end). Any
 * other text: `undefined`.
 */
function monthOrYearEnd(text: string, year: string | undefined, today: string): string | null | undefined {
  // The year and month as a date writes them (2023.6月底, 2023-06月底) too (r60 Low 6).
  const parts = /^(?:截至|截止|到|至)?\s*(?:(\d{4})\s*(?:年\s*(?:(\d{1,2})\s*月|年)?|[-/.]\s*(\d{1,2})\s*月)|(\d{1,2})\s*月|年)\s*[底末]\s*(?:前|止|为止|為止)?$/.exec(text.normalize('NFKC').trim());
  const month = parts ? Number(parts[2] ?? parts[3] ?? parts[4] ?? 12) : NaN;
  if (!parts || !(month >= 1 && month <= 12)) return undefined;
  // A month's end is under way from its first day; a year's end is December's (年底 is 12月底): last year's in January,
  // when a year-end sheet is filled, as 12月底, 下半年 and 四季度 are (r69 L1), and under way in December (r60 M2).
  return endInYear((y) => lastDayOf(y, month), month, parts[1] ?? year, today);
}

/**
 * The year a row's date cell names, when it names one: a date (`2023-06-30`, an Excel date), or a text starting with
 * its year (`2023年二季度`, `2023.6`); else `undefined`.
 */
export function yearOfDate(text: string): string | undefined {
  if (readsAsDate(text)) return sheetDate(text.trim()).slice(0, 4);
  return /^(\d{4})\s*[-/.年]/.exec(text.normalize('NFKC').trim())?.[1];
}
