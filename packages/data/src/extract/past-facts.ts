/**
 * Past facts in a plan's text (截至2023年底,全市已建成5G基站3000个; 上年末…; 去年…; 2023年… in a plan of 2024): a clause
 * led by a time before the plan's year (before its period, in a plan over years) states what was done, no target, to
 * the end of its sentence or a later clause that names the plan's year or after it (its period). Read in the scan's one
 * forward pass, into {@link ClauseState.past}.
 */
import { CLAUSE_ENDS, SENTENCE_ENDS, type ClauseState } from './clause-state.js';
import { OTHER_YEAR_BEFORE, planYearSource, THIS_YEAR_WORDS } from './plan-year-words.js';
import { boundWords, suffixWords } from './words.js';

/** 截至, 截止, 截止到, 截至到: the state at the date after it. */
const AS_OF = /^截[至止]到? ?/;
/**
 * A time that may lead a clause: years (2022—2023年), a year (2023年), the year before (上年, 去年, 上一年; not 上半年),
 * now (目前: after 截至 only).
 */
const LEAD_TIME = /^(?:(\d{4})年?[—~至到](\d{4})年|(\d{4})年|[上去]一?年|(目前))/;
/**
 * What after a {@link LEAD_TIME} is part of it: 底, 末 (上年年末), 度, 全年, a half, a quarter (前三季度), a month or months
 * (1—11月底), 以来.
 */
const TIME_TAIL = /^(?:年?[底末]|度|全年|[上下]半年|[第前]?[一二三四]季度末?|\d{1,2}(?:[—~]\d{1,2})?月份?[底末]?|以来)/;
/**
 * After the time, a base (2023年基础上, 上年同期相比, 2023年为基数) or a deadline (2023年底前, 2023年6月底前, not
 * 2023年前三季度): the time states no past.
 */
const NOT_PAST_AFTER = /^(?:同期)?(?:相比|基础|为基|水平)|^以?前(?![一二三四五六七八九十\d个])/;
/** The plan's year and the year after it (明年, 次年), named without a number: a time no past fact is stated at. */
const THIS_YEAR = new RegExp(`${THIS_YEAR_WORDS.join('|')}|明年|次年`);
/** A year named in a clause. */
const NAMED_YEAR = /(\d{4})年/g;

/**
 * A short subject before a year that may lead a clause (全市2023年新建5G基站3000个): the city, county or district as a
 * whole; the year after it is the clause's time as if it led the clause.
 */
export const SHORT_SUBJECT = /^[全我本][市县区]/;

/**
 * The first year of the plan's period, if known: the plan's year, or 2021 of a plan for 2021—2025 (2023年新增… is a
 * target due then, not a past fact). A time before it is past.
 */
const firstYearOf = (state: ClauseState): number | undefined => (state.yearBeforePeriod === undefined ? undefined : state.yearBeforePeriod + 1);

/**
 * Reads the time that leads the clause starting at `at` into `state.past`: a clause led by a time before the plan's
 * year (截至2023年底, 截止到上年末, 截至目前, 上年末, 去年, 上一年度, 2023年上半年, 2022—2023年 in a plan of 2024) states
 * past facts, to the end of the sentence or a later clause that names a time of the plan's year or after it. A plan
 * of unknown year reads only the forms that say so by their words (上年, 去年, 截至上年末, 截至目前), not a year, after
 * 截至 or not; a year after a short subject ({@link SHORT_SUBJECT}: 全市2023年) as a year leading it. Not a past:
 * 截至6月底 and 截至2024年底 in a plan of 2024 (a state the plan is to reach), a base (2023年基础上,
 * 上年同期相比; 较上年末, 比2023年, 在2023年基础上 lead with their word), a deadline (2023年底前, 到2025年); a clause led
 * by a time of the plan's year or after it (2024年, 今年, 明年) ends the sentence's past.
 */
export function readLead(text: string, at: number, state: ClauseState): void {
  if (state.past?.clauseOnly) state.past = undefined;
  let i = at;
  while (text[i] === ' ') i++;
  if (text[i] === '在') {
    readPastBase(text, i, state);
    return;
  }
  const asOf = AS_OF.exec(text.slice(i, i + 4));
  // 全市2023年…: a year after a short subject leads its clause too (a year only: 全市上年 is rare, 全市目前 no past).
  const subjectYear = !asOf && SHORT_SUBJECT.test(text.slice(i, i + 2)) ? LEAD_TIME.exec(text.slice(i + 2, i + 14)) : null;
  const afterSubject = subjectYear && (subjectYear[1] ?? subjectYear[3]) !== undefined ? subjectYear : null;
  const from = i + (asOf?.[0].length ?? 0) + (afterSubject ? 2 : 0);
  const time = afterSubject ?? LEAD_TIME.exec(text.slice(from, from + 12));
  if (!time || (time[4] !== undefined && !asOf)) {
    if (THIS_YEAR.test(text.slice(from, from + 2))) state.past = undefined;
    return;
  }
  const tail = TIME_TAIL.exec(text.slice(from + time[0].length, from + time[0].length + 8));
  const end = from + time[0].length + (tail?.[0].length ?? 0);
  if (NOT_PAST_AFTER.test(text.slice(end, end + 6))) return;
  const written = time[2] ?? time[3];
  const first = firstYearOf(state);
  // 上年, 去年, 截至目前: the year before the plan's, or now; a year, if before the plan's period (its year in a plan of
  // one). 2024年 in a plan of 2024, 2023年 in a plan for 2021—2025, or a year in a plan of unknown year (截至2025年底 may
  // be a target's), ends the sentence's past.
  // After a short subject, the time alone is when (全市2023年…: 2023年); the subject stays in the metric (scan.ts).
  const start = afterSubject ? from : i;
  state.past = written === undefined || (first !== undefined && Number(written) < first) ? { start, end, clauseStart: state.clauseStart, ...(afterSubject ? { subject: i } : {}) } : undefined;
}

/** How long a clause of a base (在2023年新建3000个的基础上) may be. */
const BASE_CLAUSE = 40;
/** The end of a clause of a base: 基础上, 的基础上. */
const BASE_ENDS = /基础上$/;

/**
 * Reads a clause of a base led by 在 at `at` (在2023年新建3000个的基础上, 在上年…的基础上) into `state.past`: what it says of
 * a year before the plan's is a past fact, its clause alone (the clause after it says the target). A year with no value
 * after it (在2023年基础上) is only a base, as {@link NOT_PAST_AFTER} reads it.
 */
function readPastBase(text: string, at: number, state: ClauseState): void {
  const from = at + 1;
  const time = LEAD_TIME.exec(text.slice(from, from + 12));
  if (!time || time[4] !== undefined) return;
  const end = from + time[0].length;
  if (NOT_PAST_AFTER.test(text.slice(end, end + 6))) return;
  let close = end;
  while (close < text.length && close - at < BASE_CLAUSE && !SENTENCE_ENDS.has(text[close]!) && !CLAUSE_ENDS.has(text[close]!)) close++;
  if (!BASE_ENDS.test(text.slice(end, close).trimEnd())) return;
  const written = time[2] ?? time[3];
  // A base is what the plan builds on: in a plan over years, one of a year of its period before its last (在2023年新建
  // 3000个的基础上,2025年达到5000个 in a plan for 2021—2025) states it as done, as a year before the period does.
  const plan = state.yearBefore === undefined ? undefined : state.yearBefore + 1;
  if (written === undefined || (plan !== undefined && Number(written) < plan)) state.past = { start: from, end, clauseStart: state.clauseStart, clauseOnly: true };
}

/**
 * Whether the numeral at `at` states a past fact: a past time led its sentence ({@link readLead}), and no later
 * clause of it names a time of the plan's year or after it before the numeral, from `from` on (2023年新建3000个,
 * 2024年再新建2000个; 去年新建300个,力争今年新建500个: the second is a target), which ends the past. In a plan of
 * unknown year, any year a later clause names ends it.
 */
export function pastAt(text: string, state: ClauseState, from: number, at: number): boolean {
  const past = state.past;
  if (!past) return false;
  if (state.clauseStart === past.clauseStart) return true;
  const clause = text.slice(Math.max(from, state.clauseStart), at);
  const first = firstYearOf(state);
  if (THIS_YEAR.test(clause) || [...clause.matchAll(NAMED_YEAR)].some((m) => first === undefined || Number(m[1]) >= first)) {
    state.past = undefined;
    return false;
  }
  return true;
}

/**
 * The past time that opens a bracket at `at` (its `(`), [start, end) of the text: (上年为5.2%), (上年增长5.2%),
 * (2023年实际增长5.2%) in a plan of 2024, last year's figure beside the target, a past fact; none for a base
 * (上年同期相比) or a time of the plan's year or after it. A bare year before its value word (2023年为) is read as
 * the year of that value already (deadline.ts).
 */
export function pastInBracket(text: string, at: number, state: ClauseState): { readonly start: number; readonly end: number } | undefined {
  const from = at + 1;
  const time = LEAD_TIME.exec(text.slice(from, from + 12));
  if (!time || time[4] !== undefined) return undefined;
  const tail = TIME_TAIL.exec(text.slice(from + time[0].length, from + time[0].length + 8));
  const end = from + time[0].length + (tail?.[0].length ?? 0);
  if (NOT_PAST_AFTER.test(text.slice(end, end + 6))) return undefined;
  const written = time[2] ?? time[3];
  const first = firstYearOf(state);
  return written === undefined || (first !== undefined && Number(written) < first) ? { start: from, end } : undefined;
}

/** 已完成, 已建成, 已实现 (folded: 已實現 too): what the clause says is done already. */
const DONE = /已(?:完成|建成|实现)/g;
/** 截至, 截止 anywhere in the sentence: a state at a date (a past one leads a past fact already: {@link readLead}). */
const AS_OF_WITHIN = /截[至止]/;
/**
 * The plan's year named in words a sentence of 已完成 may use besides {@link THIS_YEAR} (which reads 今年, 本年 anywhere):
 * the other shared words, 年内, 全年, 当年, 年度, and 期末, the end of the plan's period (not 上年度, 上期末: a past
 * time; nor after a digit or 年, 2023年内: a year named is read by its number, {@link NAMED_YEAR}).
 */
const PLAN_TIME_WORDS = new RegExp(`(?<![\\d年${OTHER_YEAR_BEFORE}])(?:${planYearSource(...THIS_YEAR_WORDS)}|期末)`);
/**
 * A deadline with no year (年底前, 6月底前, 期末前): of the plan's year. One after a year (2023年底前) is read by its year.
 */
const DEADLINE_WORDS = /(?<![\d年])(?:年?[底末]|期末|\d{1,2}月份?[底末]?)前/;
/**
 * An aim before 已完成 (确保全市已完成…, 力争全市已建成…, 争取, 要, 实现): what is to be done, a target; not 主要, 重要,
 * 需要, 要求, nor the 实现 of 已实现.
 */
const AIM = /确保|保证|力争|争取|(?<![主重需必只])要(?!求)|(?<!已)实现/;

/** A value of its own in a clause: digits not of a date (2024年, 6月, 30日). */
const VALUE_IN_CLAUSE = /\d(?![\d.]*[年月日号])/;

/**
 * Where what the sentence says of the numeral at `at` ends: the rest of its clause (3000个以上) and the clauses after it
 * (,2024年底前完成), up to the end of the sentence or the first clause with a value of its own (,2025年达到8万亩: a
 * target of its own, which leaves the numeral before it a past fact).
 */
const tailEndOf = (text: string, at: number): number => {
  let i = at;
  while (i < text.length && /[\d.]/.test(text[i]!)) i++;
  let clauseStart = -1;
  for (; i < text.length && !SENTENCE_ENDS.has(text[i]!); i++) {
    if (!CLAUSE_ENDS.has(text[i]!)) continue;
    if (clauseStart >= 0 && VALUE_IN_CLAUSE.test(text.slice(clauseStart, i))) return clauseStart - 1;
    clauseStart = i + 1;
  }
  return clauseStart >= 0 && VALUE_IN_CLAUSE.test(text.slice(clauseStart, i)) ? clauseStart - 1 : i;
};

/**
 * The word that makes the numeral at `at` a past fact with no time (全市已完成造林面积5万亩, 全市已建成5G基站3000个),
 * [start, end) of the text: 已完成, 已建成 or 已实现 in its clause before it, from `from` on, with no aim before it
 * (确保, 力争), no bound in its sentence (已建成污水处理厂负荷率达到80%, 已建成5G基站3000个以上: a target of what is
 * built), and no deadline, time of the plan's year (年内, 全年, 当年, 期末) or later year in its sentence, before the
 * number or after it (到2025年,全市已完成造林5万亩; 已建成5G基站3000个,2024年底前完成: done by then, a target;
 * 截至6月底: a state to reach); after it, up to a clause with a value of its own (全市已完成造林面积5万亩,2025年达到8万亩:
 * the first a past fact, {@link tailEndOf}). Said as a past fact is, the word as its time.
 */
export function doneAt(text: string, state: ClauseState, from: number, at: number): { readonly start: number; readonly end: number } | undefined {
  if (state.deadline || state.clauseDeadline) return undefined;
  const start = Math.max(from, state.clauseStart);
  const found = [...text.slice(start, at).matchAll(DONE)].at(-1);
  if (!found) return undefined;
  const end = start + found.index + found[0].length;
  const first = firstYearOf(state);
  const sentence = text.slice(state.sentenceStart, tailEndOf(text, at));
  if (AIM.test(text.slice(state.sentenceStart, end - found[0].length)) || boundWords.occursIn(sentence) || suffixWords.occursIn(sentence)) return undefined;
  // 截至6月底,全市已建成5G基站300个: a state at a date of the plan's year to reach, a target.
  if (AS_OF_WITHIN.test(sentence) || THIS_YEAR.test(sentence) || PLAN_TIME_WORDS.test(sentence) || DEADLINE_WORDS.test(sentence)) return undefined;
  if ([...sentence.matchAll(NAMED_YEAR)].some((m) => first === undefined || Number(m[1]) >= first)) return undefined;
  return { start: end - found[0].length, end };
}
