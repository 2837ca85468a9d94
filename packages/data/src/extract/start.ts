/**
 * The day a sentence's work begins, when it names one, read where its words start in the folded text: a date the work
 * runs from (5月10日起, 自3月起, 3月份起, 从9月开始, 自2023年3月起), the first day of a range of dates or months (4月1日至6月30日,
 * 4月至6月, 7—12月), of the second half (下半年: 1 July) or of a later quarter (二季度: 1 April, 三季度: 1 July, 四季度:
 * 1 October). Not the end of a part of the year (三季度末前, 下半年末前: deadlines), a time since which work was done
 * (3月以来: a past fact), a date in every year (每年3月起) or of a year outside the plan's period (自2022年3月起 in a plan
 * of 2023), nor 1 January: the plan's own start. In a plan over years (2023—2025) a start may name a year of its period
 * (2024年下半年, 自2024年3月起, 2024年4月1日至6月30日): it is of the targets due in that year. One that names none
 * (下半年, 自3月起) is of the plan's last year only for a target whose deadline names a month (三季度, 4月1日至6月30日:
 * read in that year too); for one due with the plan it is ambiguous (which year's 下半年?), and no start is read, as no
 * deadline year is read for it. Only a start that governs the work: leading its clause or list item (not 落实10月1日起施行的,
 * 四季度比三季度, 如3月起: a condition) and not a date something else is of (起草, 3月1日起施行新规, 9月开始施工的项目). It
 * reaches the targets of its sentence as a deadline does, up to a later clause that names the year as a whole (全年,
 * 今年, 年内, 年度, 年底前 after a range or a quarter) or a start of its own, and ends a deadline before it.
 */
import { isDigit } from './chars.js';
import { PUSHING, type ClauseState } from './clause-state.js';
import { monthOf, QUALIFIES_NOUN } from './deadline.js';
import { leadingWords } from './words.js';
import { isIsoDate } from '../iso-date.js';

/** A month: in digits or Chinese numerals. */
const M = '(\\d{1,2}|十[一二]|[一二三四五六七八九十])';
/** A date the work runs from: 5月10日起, 3月份起, 9月开始 (2023年 before it read at the year). */
const FROM = new RegExp(`^(?:(\\d{4})年)?${M}月份?(?:(\\d{1,2})日)?(?:起|开始)`);
/** The first date of a range: 4月1日至6月30日 (its words to the last day), 4月至6月, 7—12月 (its first month before an ascending last). */
const RANGE = new RegExp(`^(?:(\\d{4})年)?${M}(?:月(?:(\\d{1,2})日)?)?[至到—~]${M}月(?:\\d{1,2}日)?`);
/** A part of the year begun after January: 下半年 (not 下半年末前, the year's end), 二季度, 第三季度, 四季度内 (2024年 before it read at the year). */
const PART = /^(?:(\d{4})年)?(?:下半年度?(?![末底]|以来)|第?([二三四2-4])季度(?![末底前]|以来|以前))/;
const QUARTER_FIRST_MONTHS: Readonly<Record<string, number>> = { 二: 4, 三: 7, 四: 10, '2': 4, '3': 7, '4': 10 };
/** 起 or 开始 after a part of the year (下半年起, 三季度开始): the start's words still. */
const FROM_WORD = /^(?:起|开始)/;
/** The number of a list item before a start: (1), (一), ①. */
const ITEM = /^(?:\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[\u2460-\u2473])?/;
/** What may stand between the lead words (and a verb of pushing) and a start: 自, 从, 今年, 2024年 (read at the year). */
const BEFORE_START = /^[自从]?(?:今年|\d{4}年)?$/;

/**
 * Whether the words from `from` to a start at `at` of the folded text let it lead: the number of a list item, the
 * words that lead a clause and are not what is measured (其中, 力争, 确保, 全力: {@link leadingWords}), a verb of pushing
 * (推动), 自 or 从, 今年 or a year.
 */
function leadsWork(folded: string, from: number, at: number): boolean {
  let i = from + ITEM.exec(folded.slice(from, at))![0].length;
  for (let lead = leadingWords.match(folded, i); lead && i + lead.word.length <= at; lead = leadingWords.match(folded, i)) i += lead.word.length;
  // The start's first character in the slice: a verb of pushing has words after it.
  if (i < at) i += PUSHING.exec(folded.slice(i, at + 1))?.[0].length ?? 0;
  return BEFORE_START.test(folded.slice(i, at));
}

/** Words after 起 or 开始 that make the date another thing's: 起草 (drafting), a rule in force from it (起施行, 开始实施). */
const NOT_WORK = /^(?:草|施行|实施|执行|生效)/;
/** What ends the words a start leads: a clause's or sentence's end, a value. */
const WORDS_END = /[,:;。!?\n\d]/;

/**
 * A start read: its month and day, in the plan's year or in the `year` its words name (2024 of 2024年下半年 in a plan for
 * 2023—2025; none for 下半年 or 今年下半年), the last month of its range or part (6 of 4月至6月), its words' end.
 */
export interface WorkStart {
  readonly month: number;
  readonly day: number;
  readonly until?: number;
  readonly year?: number;
  readonly end: number;
}

/**
 * The start whose words begin at `at` of the folded text, in a plan of `year` (the plan's year: without it no start is
 * read, as its date would not be known) whose period starts in `first` (`year` but in a plan over years).
 */
export function startAt(folded: string, at: number, year: number | undefined, first = year): WorkStart | undefined {
  // 12—… after a digit, 每年3月起, 前三季度: none; after a year (2023年3月起, 今年下半年) only one of the plan's period.
  const before = folded[at - 1];
  if (year === undefined || isDigit(folded.charCodeAt(at - 1)) || (before !== undefined && '前每'.includes(before))) return undefined;
  const yearBefore = before === '年' && folded[at - 2] !== '今' ? Number(/(\d{4})年$/.exec(folded.slice(Math.max(0, at - 5), at))?.[1]) : undefined;
  const start = startWordsAt(folded, at);
  const named = yearBefore ?? start?.year;
  // 全年下半年 (no year written: NaN), 自2022年3月起 in a plan of 2023: none.
  if (!start || (named !== undefined && !(named >= first! && named <= year))) return undefined;
  const { month, day } = start;
  // 1 January is the plan's own start, nothing to say.
  if (month === 1 && day === 1) return undefined;
  return { month, day, end: start.end, ...(start.until === undefined ? {} : { until: start.until }), ...(named === undefined ? {} : { year: named }) };
}

/**
 * The words of a start at `at` of the folded text, 自, 从 or 今年 before it or not, that govern the work after them (not 起草,
 * 起施行, 开始施工的项目: what follows is a thing, not the work), up to their end (起 or 开始 taken in), and the year
 * they name; none for a range that runs backwards (12—3月) or no month.
 */
export function startWordsAt(folded: string, at: number): { month: number; day: number; until?: number; year?: number; end: number } | undefined {
  const from = at + (/^(?:[自从]?今年|[自从])/.exec(folded.slice(at, at + 3))?.[0].length ?? 0);
  const slice = folded.slice(from, from + 16);
  const part = PART.exec(slice);
  const range = part ? null : RANGE.exec(slice);
  const found = part ? null : (FROM.exec(slice) ?? range);
  let read: { month: number; day: number; until?: number; year?: number; length: number } | undefined;
  if (part) {
    const month = part[2] === undefined ? 7 : QUARTER_FIRST_MONTHS[part[2]]!;
    read = { month, day: 1, until: part[2] === undefined ? 12 : month + 2, ...(part[1] === undefined ? {} : { year: Number(part[1]) }), length: part[0].length };
  } else if (found) {
    const month = monthOf(found[2]!);
    const until = found === range ? monthOf(range[4]!) : undefined;
    // A range runs forwards (7—12月, not 12—3月).
    if (month < 1 || month > 12 || (until !== undefined && until < month)) return undefined;
    read = { month, day: found[3] === undefined ? 1 : Number(found[3]), ...(until === undefined ? {} : { until }), ...(found[1] === undefined ? {} : { year: Number(found[1]) }), length: found[0].length };
  }
  if (!read) return undefined;
  let end = from + read.length;
  end += FROM_WORD.exec(folded.slice(end, end + 2))?.[0].length ?? 0;
  // 起草, 3月1日起施行新规: the date of something else; 9月开始施工的项目完成投资: of a thing's name, not of the work.
  const words = folded.slice(end, end + 40);
  const wordsEnd = words.search(WORDS_END);
  if ((/(?:起|开始)$/.test(folded.slice(from, end)) && NOT_WORK.test(words)) || words.slice(0, wordsEnd < 0 ? undefined : wordsEnd).includes('的') || QUALIFIES_NOUN.test(words)) return undefined;
  const { length: _, ...start } = read;
  return { ...start, end };
}

/**
 * Reads the start at `at` into `state`, for the targets of its sentence from its clause on, if it leads its clause or
 * list item; a deadline of the plan's year before it (6月底前…,7月起…; 上半年…、7—12月…) is not of the targets after it.
 */
export function readStart(folded: string, at: number, state: ClauseState): void {
  const leads = leadsWork(folded, state.listStart, at) || leadsWork(folded, state.clauseStart, at);
  const plan = state.yearBefore === undefined ? undefined : state.yearBefore + 1;
  const start = leads ? startAt(folded, at, plan, state.yearBeforePeriod === undefined ? plan : state.yearBeforePeriod + 1) : undefined;
  if (!start) return;
  const { end: _, ...read } = start;
  state.start = { ...read, clauseStart: state.clauseStart };
  if (state.deadline && state.deadline.year === undefined && state.deadline.month < start.month) state.deadline = undefined;
}

/**
 * A later clause that names the year as a whole (全年, 今年, 年内, 年度), or the whole year in brackets (（全年…）,
 * `bracketed`): its targets run from the plan's start.
 */
export function endStartAt(state: ClauseState, bracketed = false): void {
  if (state.start && (bracketed || state.start.clauseStart < state.clauseStart)) state.start = undefined;
}

/**
 * A deadline at the year's end read in a later clause than a start with an end of its own before December
 * (4月1日至6月30日…,年底前新开工200个; 二季度…): the year's work, from its start.
 */
export function endStartAtYearEnd(state: ClauseState): void {
  const { start, deadline } = state;
  if (start?.until !== undefined && start.until < 12 && start.clauseStart < state.clauseStart && deadline?.year === undefined && deadline?.month === 12) state.start = undefined;
}

/**
 * The start of a target due by `deadline` as an ISO date, when its sentence names one: a start of the plan's year for a
 * target of the plan's year (its deadline naming no year), one of an earlier year of its period (2024年下半年) for a
 * target due in that year; none for a target due in another year, or in a plan of unknown year. In a plan over years a
 * start naming no year (下半年, 自3月起) is of no target due with the plan (no deadline): which year it is of is not said.
 */
export function startOf(state: ClauseState, deadline: ClauseState['deadline']): { start?: string } {
  const { start, yearBefore } = state;
  if (!start || yearBefore === undefined) return {};
  const plan = yearBefore + 1;
  const year = start.year ?? plan;
  if (year !== (deadline?.year ?? plan)) return {};
  if (start.year === undefined && !deadline && state.yearBeforePeriod! < yearBefore) return {};
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${year}-${pad(start.month)}-${pad(start.day)}`;
  // 4月31日起: no such day, no start.
  return isIsoDate(iso) ? { start: iso } : {};
}
