/**
 * The day a sentence's work begins, when it names one, read where its words start in the folded text: a date the work
 * runs from (5月10日起, 自3月起, 3月份起, 从9月开始, 自2023年3月起), the first day of a range of dates or months (4月1日至6月30日,
 * 4月至6月, 7—12月), of the second half (下半年: 1 July) or of a later quarter (二季度: 1 April, 三季度: 1 July, 四季度:
 * 1 October). Not the end of a part of the year (三季度末前, 下半年末前: deadlines), a time since which work was done
 * (3月以来: a past fact), a date in every year (每年3月起) or of another year than the plan's (自2022年3月起), nor 1 January:
 * the plan's own start. It reaches the targets of its sentence as a deadline does, up to a later clause that names the
 * year as a whole (全年, 今年, 年内) or a start of its own.
 */
import { isDigit } from './chars.js';
import type { ClauseState } from './clause-state.js';
import { monthOf } from './deadline.js';
import { isIsoDate } from '../iso-date.js';

/** A month: in digits or Chinese numerals. */
const M = '(\\d{1,2}|十[一二]|[一二三四五六七八九十])';
/** A date the work runs from: 5月10日起, 3月份起, 9月开始 (2023年 before it read at the year). */
const FROM = new RegExp(`^(?:(\\d{4})年)?${M}月份?(?:(\\d{1,2})日)?(?:起|开始)`);
/** The first date of a range: 4月1日至6月30日, 4月至6月, 7—12月 (its first month before an ascending last). */
const RANGE = new RegExp(`^(?:(\\d{4})年)?${M}(?:月(?:(\\d{1,2})日)?)?[至到—~]${M}月`);
/** A part of the year begun after January: 下半年 (not 下半年末前, the year's end), 二季度, 第三季度, 四季度内. */
const PART = /^(?:下半年度?(?![末底]|以来)|第?([二三四2-4])季度(?![末底前]|以来|以前))/;
const QUARTER_FIRST_MONTHS: Readonly<Record<string, number>> = { 二: 4, 三: 7, 四: 10, '2': 4, '3': 7, '4': 10 };

/** A start read: its month and day in the plan's year. */
export interface WorkStart {
  readonly month: number;
  readonly day: number;
}

/**
 * The start whose words begin at `at` of the folded text, in a plan of `year` (the plan's year: without it no start is
 * read, as its date would not be known).
 */
export function startAt(folded: string, at: number, year: number | undefined): WorkStart | undefined {
  // 12—… after a digit, 每年3月起, 前三季度: none; after a year (2023年3月起, 今年下半年) only the plan's.
  const before = folded[at - 1];
  if (year === undefined || isDigit(folded.charCodeAt(at - 1)) || (before !== undefined && '前每'.includes(before))) return undefined;
  if (before === '年' && folded[at - 2] !== '今' && Number(/(\d{4})年$/.exec(folded.slice(Math.max(0, at - 5), at))?.[1]) !== year) return undefined;
  const slice = folded.slice(at, at + 16);
  const part = PART.exec(slice);
  if (part) return { month: part[1] === undefined ? 7 : QUARTER_FIRST_MONTHS[part[1]]!, day: 1 };
  const range = RANGE.exec(slice);
  const found = FROM.exec(slice) ?? range;
  if (!found || (found[1] !== undefined && Number(found[1]) !== year)) return undefined;
  const month = monthOf(found[2]!);
  const day = found[3] === undefined ? 1 : Number(found[3]);
  // A range runs forwards (7—12月, not 12—3月); 1 January is the plan's own start, nothing to say.
  if (month < 1 || month > 12 || (found === range && monthOf(range[4]!) < month) || (month === 1 && day === 1)) return undefined;
  return { month, day };
}

/** Reads the start at `at` into `state`, for the targets of its sentence from its clause on. */
export function readStart(folded: string, at: number, state: ClauseState): void {
  const start = startAt(folded, at, state.yearBefore === undefined ? undefined : state.yearBefore + 1);
  if (start) state.start = { ...start, clauseStart: state.clauseStart };
}

/** A later clause that names the year as a whole (全年, 今年, 年内): its targets run from the plan's start. */
export function endStartAt(state: ClauseState): void {
  if (state.start && state.start.clauseStart < state.clauseStart) state.start = undefined;
}

/**
 * The start of a target of the plan's year (`deadlineYear` undefined) as an ISO date, when its sentence names one; none
 * for a target due in another year, or in a plan of unknown year.
 */
export function startOf(state: ClauseState, deadlineYear: number | undefined): { start?: string } {
  const start = state.start;
  if (!start || deadlineYear !== undefined || state.yearBefore === undefined) return {};
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${state.yearBefore + 1}-${pad(start.month)}-${pad(start.day)}`;
  // 4月31日起: no such day, no start.
  return isIsoDate(iso) ? { start: iso } : {};
}
