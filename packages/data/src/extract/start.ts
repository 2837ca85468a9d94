/**
 * The day a sentence's work begins, when it names one, read where its words start in the folded text: a date the work
 * runs from (5月10日起, 自3月起, 3月份起, 从9月开始, 自2023年3月起), the first day of a range of dates or months (4月1日至6月30日,
 * 4月至6月, 7—12月), of the second half (下半年: 1 July) or of a later quarter (二季度: 1 April, 三季度: 1 July, 四季度:
 * 1 October). Not the end of a part of the year (三季度末前, 下半年末前: deadlines), a time since which work was done
 * (3月以来: a past fact), a date in every year (每年3月起) or of another year than the plan's (自2022年3月起), nor 1 January:
 * the plan's own start. Only a start that governs the work: leading its clause or list item (not 落实10月1日起施行的,
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
/** A part of the year begun after January: 下半年 (not 下半年末前, the year's end), 二季度, 第三季度, 四季度内. */
const PART = /^(?:下半年度?(?![末底]|以来)|第?([二三四2-4])季度(?![末底前]|以来|以前))/;
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

/** A start read: its month and day in the plan's year, the last month of its range or part (6 of 4月至6月), its words' end. */
export interface WorkStart {
  readonly month: number;
  readonly day: number;
  readonly until?: number;
  readonly end: number;
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
  const start = startWordsAt(folded, at);
  if (!start || (start.year !== undefined && start.year !== year)) return undefined;
  const { month, day } = start;
  // 1 January is the plan's own start, nothing to say.
  return month === 1 && day === 1 ? undefined : { month, day, end: start.end, ...(start.until === undefined ? {} : { until: start.until }) };
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
  if (part) read = part[1] === undefined ? { month: 7, day: 1, until: 12, length: part[0].length } : { month: QUARTER_FIRST_MONTHS[part[1]]!, day: 1, until: QUARTER_FIRST_MONTHS[part[1]]! + 2, length: part[0].length };
  else if (found) {
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
  const start = leads ? startAt(folded, at, state.yearBefore === undefined ? undefined : state.yearBefore + 1) : undefined;
  if (!start) return;
  state.start = { month: start.month, day: start.day, ...(start.until === undefined ? {} : { until: start.until }), clauseStart: state.clauseStart };
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
