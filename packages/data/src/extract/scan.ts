/**
 * The extractor's one pass over the folded text: words update the clause state (`clause-state.ts`), each numeral
 * is checked against the non-target rules (`non-targets.ts`) and, if it stands, read into a proposal
 * (`classify.ts`). Every look-around is bounded, so the pass is linear in the length of the text.
 */
import { joinsNumerals, leadUpTo, newClauseLead, type ClauseLead } from './clause-lead.js';
import { eachSet } from './each.js';
import { chineseCountAt, chineseValueAt, endsTarget, isChineseNumeralChar, shareInWordsAt } from './chinese-numerals.js';
import { comparesAt, DEADLINE_STARTS, deadlineAt, levelBaseAt, levelBaseBefore, periodAloneAt, TIME_BEFORE, WORK_DONE, yearAloneAt, type Deadline } from './deadline.js';
import { CLOSING, OPENING, isAsciiLetter, isDigit, isIdeograph } from './chars.js';
import { lastDayOf } from '../iso-date.js';
import type { ProposedTarget } from '../extract-targets.js';
import type { Comparator } from '../schema.js';
import { CLAUSE_ENDS, PUSHING, SENTENCE_ENDS, WORD_STARTS, baselineYearOf, firmnessAt, initialState, leadingTime, readWord, statementDash, type ClauseState } from './clause-state.js';
import { SHORT_SUBJECT, doneAt, pastAt, readLead } from './past-facts.js';
import { readAboveLevel, riseAboveLevelBefore } from './above-level.js';
import { baseOfPoints, changeAsked, confidenceOf, GROWTH_RATE, heldAt, measureOfChange, readComparator, readMeasure, toleranceOf } from './classify.js';
import { foldForReading, normalizeForExtraction, type ReadingText } from './normalize.js';
import { rangeJoinerLength, readNumeral, type Numeral } from './numerals.js';
import { finishedWithin, NAME_MARK_CODES, nameEnd, reasonAfter, reasonBefore } from './non-targets.js';
import { lettersUnitEnd, statedAt, statedInWordsAt, type UnreadForm } from './stated-unread.js';
import { respectiveAhead, respectiveListHead, respectiveName, respectivePeer, respectiveStated, respectiveWords, urbanRuralGroups } from './respectively.js';
import { endsInPeer, gapAlone, multipleWordsAtEnd, peerInBracket, RATE_OF_CHANGE, regionAboveCity } from './peer.js';
import { foldToSimplified } from '../fold.js';
import { triggerAt } from './trigger.js';
import { endStartAt, endStartAtYearEnd, readStart, startOf, startWordsAt } from './start.js';
import { inPoints, matchUnit, PER_POPULATION, type UnitMatch } from './units.js';
import { measuresNoUnit } from './dimensionless.js';
import { asMilestone, isMilestone } from './milestone.js';
import { planYearSource } from './plan-year-words.js';
import { BROUGHT_DOWN_WORDS, COMPARISON_WORDS, PER_HEAD, boundWords, bracketedSuffix, firmnessWords, FLOW_NOUNS, FROM_TO, REACHED_ADJACENT, REACHED_WORDS, changeWords, flowWords, leadingWords, levelWords, measureNouns, namedLevelPattern, rateWords, reachedLevelWords, seasonalPattern, shareOfPattern, suffixWords, titleLevelPattern, trailingWords } from './words.js';

/** How far before a numeral its metric may start, and after its unit the metric may run. */
const METRIC_BEFORE = 40;
const METRIC_AFTER = 20;
/** How long an item of a 、-list may be (less its leading words) to share the one value after the list: 博士、硕士研究生. */
const SHARING_ITEM = 4;
/** The confidence of a metric read through 分别 that may be another item's. */
const DOUBTFUL = 0.65;
/** The number of an item of a list: (1), 1. or 1、 (not 1.5), or ① to ⑳. */
const ITEM_NUMBER = /^(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[\u2460-\u2473])/;
/** How far before the end of a metric a deadline at its end may start: the longest, with 到 before it and 的 after. */
const DEADLINE_TAIL = 14;


/**
 * Every target proposed in `text`; offsets are `base` plus the index in `text`. `lead` keeps what each clause says
 * before its numerals, read once (a test passes its own to count the characters read). `year` is the plan's, if known
 * (较上年末: a change since the end of the year before it), and `periodStart` the first year of a plan over years. A PDF's space between a number and an ideograph (较 2020 年)
 * is read as if it were not there ({@link foldForReading}); quotes keep it, as written.
 */
export function scanTargets(text: string, base: number, lead: ClauseLead = newClauseLead(), unread: UnreadNumeral[] = [], year?: number, periodStart?: number): ProposedTarget[] {
  const reading = foldForReading(text);
  const folded = reading.folded;
  const state = initialState(year, periodStart);
  const out: ProposedTarget[] = [];
  let nameUntil = -1;
  let deadlineFound: Deadline | undefined;
  /** Where the clause that set the sentence's deadline starts. */
  let deadlineClause = 0;
  /** Where the time leading the clause, read as its deadline, ends (2024年4月1日至6月30日: after 30日). */
  let leadEnd = -1;
  let wordNumeral: Numeral | undefined;
  let said: ReturnType<typeof statedInWordsAt>;
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    // 截至2023年底,…; 上年末…; 2023年… in a plan of 2024: a clause led by a past time states past facts.
    if (i === state.clauseStart) {
      // 森林覆盖率2025年达到30%,今年完成造林5万亩: a year alone set the deadline of its clause, and of the next one only
      // if that names no metric of its own (readTarget).
      state.carriedDeadline = undefined;
      if (state.clauseDeadline && state.clauseDeadline.clauseStart !== i) {
        state.carriedDeadline = { deadline: state.deadline, previous: state.clauseDeadline.previous };
        state.deadline = state.clauseDeadline.previous;
        state.clauseDeadline = undefined;
      }
      readLead(folded, i, state);
      // …,2025年达到30%,今年完成造林5万亩: a clause led by the plan's year in words is due with the plan.
      if (PLAN_YEAR_LEADING.test(folded.slice(i, i + 3))) {
        if (state.deadline?.year !== undefined) state.deadline = undefined;
        state.carriedDeadline = undefined;
        endStartAt(state);
      }
      // 2025年全市森林覆盖率达到22%, …,2025年达到22% in a plan of 2024: a later year alone leading a clause is the
      // deadline of its sentence's targets, as 到2025年 is; the plan's year leading a later clause (…,2024年达到21%)
      // sets its targets back to the plan's.
      const time = leadingTime(folded, state);
      if (time?.deadline) {
        // 2024年1—6月 in a plan of 2024: the end of June of the plan's year.
        state.deadline = time.year !== state.yearBefore! + 1 ? { year: time.year, month: time.month } : { month: time.month };
        deadlineClause = state.clauseStart;
        leadEnd = time.end;
        if (time.month < 12) state.periodYear = time.year;
      } else if (time) {
        // 2025年1—6月…,下半年… in a plan of 2025, 上半年…,2025年下半年…, 到2026年…,2025年…: the plan's year (to its end)
        // is due with the plan, not in June nor in a later year.
        state.deadline = undefined;
      }
    }
    // 上半年完成全年任务的50%,全年新建…: a later clause that says 全年 is due at the year's end, not at the half, and
    // runs from the plan's start (下半年…,全年…; 二季度…,年度新建…; 下半年新建700个(全年新建1000个): the bracket's).
    if ((code === 0x5168 && folded[i + 1] === '年') || (i === state.clauseStart && folded.startsWith('年度', i))) {
      if (state.deadline && state.deadline.year === undefined && state.deadline.month < 12 && deadlineClause < state.clauseStart) state.deadline = undefined;
      endStartAt(state, folded[i - 1] === '(');
    }
    // 4月1日至6月30日, 自3月起, 下半年, 三季度: the day the sentence's work begins (a deadline may start there too).
    const mayBeDate = i > nameUntil && DEADLINE_STARTS.has(folded[i]!);
    if (mayBeDate) readStart(folded, i, state);
    if (mayBeDate && (deadlineFound = deadlineAt(folded, i))) {
      // 6月底前, 三季度末前, 上半年, 2025年底前: the deadline of the sentence's targets, read whole (its 年底前 is not read
      // again as the plan's year end, nor its 2025 as a numeral); not one inside a name (《“十四五”末期评估报告》), nor
      // the level of a year past in the plan's a percentage is of (恢复到2023年的120% in a plan of 2024: its base).
      if (deadlineFound.bare) readBareYear(deadlineFound, i, state);
      // 2024年4月1日至6月30日 leading its clause: its 6月30日 is read there, in its year, not again in the plan's.
      else if (i >= leadEnd && !levelBaseAt(folded, i, state.yearBefore)) {
        // 2025年1—3月…,二季度… in a plan of 2024: a quarter or month naming no year, in a later clause than a range of
        // months of a later year than the plan's, is of the range's year.
        // 2025年1—6月…,下半年…: the range's year too, as the clause's lead read it.
        const ofPeriod =
          deadlineFound.year === undefined && state.periodYear !== undefined && state.periodYear !== state.yearBefore! + 1 && (deadlineClause < state.clauseStart || deadlineFound.part) && folded[i] !== '今';
        // 上半年新建300个,下半年新建700个: a part of the year that ends with it is due with the plan, not with the half
        // before it.
        state.deadline = ofPeriod ? { ...deadlineFound, year: state.periodYear } : deadlineFound.part ? undefined : deadlineFound;
        deadlineClause = state.clauseStart;
        endStartAtYearEnd(state);
        // 去年新建300个,年底前再新建500个: a deadline in a later clause than a past time's is a target's.
        if (state.past && state.past.clauseStart < state.clauseStart) state.past = undefined;
      }
      i += deadlineFound.length;
    } else if (isDigit(code)) {
      const numeral = withUnitAtBothEnds(folded, readNumeral(folded, i));
      // 超过2019年水平10%: a rise since 2019, as 比2019年增长10% is.
      readAboveLevel(folded, numeral.start, numeral.end, state);
      if (i > nameUntil) {
        const proposal = readTarget(text, reading, numeral, state, base, lead, unread);
        if (proposal) out.push(proposal);
      }
      i = Math.max(numeral.end, i + 1);
      // 10/10万: the population is the numeral's unit, no numeral of its own.
      i += PER_POPULATION.exec(folded.slice(i, i + 6))?.[0].length ?? 0;
    } else if (isAsciiLetter(code)) {
      // PM2.5, G20: letters and the digits that run on from them are a name.
      while (i < folded.length && (isAsciiLetter(folded.charCodeAt(i)) || isDigit(folded.charCodeAt(i)) || (folded[i] === '.' && isDigit(folded.charCodeAt(i + 1))))) i++;
    } else if (NAME_MARK_CODES.has(code)) {
      // Not at a name's own closing mark: a straight quote closes with itself, and read again as an opening it took
      // the text up to the next name's for a name ("双碳"行动,6月底前完成"放管服"…).
      const close = i > nameUntil ? nameEnd(folded, i) : -1;
      if (close > nameUntil) nameUntil = close;
      i++;
    } else if ((said = statedInWordsAt(folded, i, state)) !== undefined) {
      // 粮食产量翻一番, 出口额增长三成: a value in words the parser does not read, said.
      if (i > nameUntil) unread.push({ offset: base + reading.start(i), numeral: text.slice(reading.start(i), reading.end(said.end)), reason: said.reason });
      i = said.end;
    } else if (isChineseNumeralChar(folded[i]) && (wordNumeral = wordNumeralAt(folded, i))) {
      // 新增企业十五家, 千分之二以下: a value written in words.
      if (i > nameUntil) {
        const proposal = readTarget(text, reading, wordNumeral, state, base, lead, unread);
        if (proposal) out.push(proposal);
      }
      i = wordNumeral.end;
    } else if (WORD_STARTS[code]) {
      // 当PM2.5浓度达到150微克/立方米时: a condition, whose values are no targets.
      if (code === 0x5f53) state.trigger = triggerAt(folded, i) ?? state.trigger;
      i = readWord(folded, i, state);
    } else i++;
  }
  return out;
}

/**
 * A year alone right before its bound or change word (森林覆盖率2025年达到30%, deadlineAt's `bare`), in its clause only:
 * a later year than the plan's is the deadline; the plan's own year none (as when it leads a clause), and a year of the
 * clause's own, so no change since the sentence's base (单位GDP能耗下降13.5%(2024年下降3%)); an earlier year makes the
 * value right after it a past fact (2023年下降3.2%), unless it is of the plan's period (in a plan for 2021—2025: due
 * then, a deadline as a later year is). In a plan of unknown year, a deadline and a year of its own.
 */
function readBareYear(found: Deadline, at: number, state: ClauseState): void {
  const plan = state.yearBefore === undefined ? undefined : state.yearBefore + 1;
  if (state.yearBeforePeriod !== undefined && found.year! <= state.yearBeforePeriod) {
    state.pastValue = { start: at, end: at + found.length, clauseStart: state.clauseStart };
    return;
  }
  const deadline = plan !== undefined && found.year === plan ? undefined : found;
  // A later year is the deadline of the sentence's change (比2020年下降13.5%,2025年下降15%: since 2020 still).
  if (plan === undefined || found.year === plan) state.ownBase = true;
  if (state.deadline?.year === deadline?.year) return;
  state.clauseDeadline ??= { clauseStart: state.clauseStart, previous: state.deadline };
  state.deadline = deadline;
}

/**
 * The plan's year in words leading a clause: 今年, 本年, 年内, 全年 (not 全年任务的, a share of the year's work). 当年 and
 * 年度 of the shared words are left out, as they were before sharing them: leading a clause, neither is read as the
 * plan's year (当年 may be a year named before it), and reading them so would change readings.
 */
const PLAN_YEAR_LEADING = new RegExp(`^(?!全年任务)(?:${planYearSource('当年', '年度')})`);

/**
 * Whether [start, end) of the folded text names a time: a deadline that ends within it (2025年 before its word, 到2025年,
 * 年底前) or the plan's year in words (今年, 年内).
 */
function namesTime(folded: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    if (PLAN_YEAR_LEADING.test(folded.slice(at, at + 3))) return true;
    const found = DEADLINE_STARTS.has(folded[at]!) ? deadlineAt(folded, at) : undefined;
    if (found && at + found.length <= end) return true;
  }
  return false;
}

/**
 * 控制在1.3以内, 达到5以上: a numeral a bound word or a comparator after it holds, as a target's value is held; in a
 * 分别 list, the bound word after the list (`list.bound`: 分别为0.4、2.2以下) or before its first value (`list.head`:
 * 分别不高于1.3和0.8). 保持在 and 稳定在 set no bound of their own, but hold the value or the range after them
 * (PUE值保持在1.3, PUE值保持在1.2-1.3).
 */
function boundedWithoutUnit(folded: string, numeral: Numeral, state: ClauseState, list: { readonly bound?: Comparator; readonly head: number }): boolean {
  if (list.bound || suffixWords.match(folded, numeral.end)) return true;
  return state.bound !== undefined && list.head - state.bound.end <= 1;
}

/**
 * Whether a value bounded with no unit is that of a quantity that has none: its metric names an index, a coefficient
 * or a ratio ({@link measuresNoUnit}: 数据中心PUE值控制在1.3以内, 基尼系数低于0.4), so it is read as a target of unit
 * `''`; else its unit is missing (新建基站达到500以上: `noUnit`), said, not read. The metric is the words of its clause
 * or list item before the value, as a target's starts, less a time leading the clause and the words around it
 * (trimMetric: 到2025年, 一是, 控制在) and the value it goes from (由1.5降至1.3以下); in a 分别 list, the item paired with
 * the value (PUE值、WUE值分别控制在1.3、0.8以内: WUE值 for 0.8), or the noun it shares with the last item.
 */
function namesNoUnit(folded: string, numeral: Numeral, state: ClauseState, lead: ClauseLead): boolean {
  const paired = respectiveName(folded, lead, numeral.start);
  if (paired) {
    const [start, end] = trimMetric(folded, ...paired.name);
    const shared = sharedNoun(folded, start, end, trimMetric(folded, ...paired.last));
    return measuresNoUnit(folded, start, end) || (shared !== undefined && measuresNoUnit(folded, ...shared));
  }
  const start = metricStartOf(folded, numeral, state, lead);
  const [from, trimmed] = trimMetric(folded, start, numeral.start, false, state.yearBefore);
  const end = trimmed - (FROM_VALUE.exec(folded.slice(from, trimmed))?.[0].length ?? 0);
  if (measuresNoUnit(folded, from, end)) return true;
  // PUE值控制在1.3,2025年降至1.25以下: a clause that names nothing is about the metric its sentence named last, as
  // readTarget takes it.
  const named = state.sentenceMetric === undefined ? '' : foldToSimplified(state.sentenceMetric);
  return !lead.respectively && isScrap(folded.slice(from, end).trim()) && measuresNoUnit(named, 0, named.length);
}

/**
 * A value of no unit that a verb of its clause states (a flow's, 新建基站300; a change's or a bound's, 基站增长300), the
 * last of its clause (before a comma, a 、 and no other value, a period, or a dash that starts a clause: {@link
 * statementDash}): a target's value whose unit is missing, not a name's number. Gives what its words name, less their
 * verbs as a later clause takes them ({@link withoutVerbs}: 基站), `''` for none; undefined if it is no such value.
 */
function statedWithoutUnit(text: string, folded: string, numeral: Numeral, state: ClauseState, lead: ClauseLead): { readonly metric: string } | undefined {
  if (lead.respectively || !endsClause(folded, numeral.end)) return undefined;
  const start = metricStartOf(folded, numeral, state, lead);
  const [from, end] = trimMetric(folded, start, numeral.start, false, state.yearBefore);
  // 力争500, 确保500: a firmness word right before the value states it, as a verb does; 新建基站300和换电站200: so does
  // the verb of the item said before it, joined to it.
  const joined = state.saidEnd > state.clauseStart && start === state.saidEnd;
  let verb = joined || state.bound !== undefined || state.change !== undefined || firmnessWords.matchEndingAt(folded, numeral.start, start) !== undefined;
  for (let i = from; !verb && i < end; i++) {
    const hit = flowWords.match(folded, i);
    verb = hit !== undefined && !FLOW_NOUNS.has(hit.word);
  }
  if (!verb) return undefined;
  const words = text.slice(from, end).trim();
  return { metric: isScrap(foldToSimplified(words)) ? '' : withoutVerbs(text, folded, from, end, words) };
}

/**
 * Whether a clause ends at `at`, or the item of a list: the text's end, a comma, a period, a 、, 和 or 与 before no
 * value (300和换电站, not 300和500个), or a dash before a statement; after a bracketed remark that is no unit nor bound word
 * (300(含改造), not 500(含)以上).
 */
function endsClause(folded: string, at: number): boolean {
  const ch = folded[at];
  if (ch === undefined || CLAUSE_ENDS.has(ch) || SENTENCE_ENDS.has(ch)) return true;
  if (joinsNumerals(ch)) return !isDigit(folded.charCodeAt(at + 1));
  if (ch === '(') {
    // Looked for within the remark's reach (the pass stays linear); the end after it, not another bracket.
    const close = folded.slice(at, at + REMARK_LENGTH).indexOf(')') + at;
    if (close < at || /[(,:。;]/.test(folded.slice(at + 1, close)) || bracketedSuffix(folded, at) || matchUnit(folded, at + 1)) return false;
    return folded[close + 1] !== '(' && endsClause(folded, close + 1);
  }
  return ch === '—' && statementDash(folded, at) > 0;
}
/** The longest bracketed remark after a value {@link endsClause} looks past: (含改造), (其中新建200). */
const REMARK_LENGTH = 20;

/**
 * Whether a value of no unit at `numeral` goes on to another of no unit (由1.5降至1.3以下): it is that one's baseline,
 * as 由45000元 is of 48000元 (a value with a unit is read so where it stands: {@link goesFrom}).
 */
function goesFromNoUnit(folded: string, numeral: Numeral, state: ClauseState): { readonly by: number; readonly next: number } | undefined {
  const goes = goesFrom(folded, numeral, numeral.end, state);
  return goes && !matchUnit(folded, readNumeral(folded, goes.next).end) ? goes : undefined;
}

/** 由1.5 at the end of a metric: the value a quantity goes from (由1.5降至1.3, its 降至 trimmed). */
const FROM_VALUE = /由\d+(?:\.\d+)?$/;

/**
 * A value in words at `at` (千分之二, 百分之三十, 十五家), unless a numeral, a digit or a scale (300亿千瓦时: 千瓦 is its unit) runs on
 * into it from before.
 */
function wordNumeralAt(folded: string, at: number): Numeral | undefined {
  const before = folded[at - 1];
  if (isChineseNumeralChar(before) || isDigit(before?.charCodeAt(0) ?? 0) || before === '.' || before === '亿') return undefined;
  return shareInWordsAt(folded, at) ?? chineseCountAt(folded, at) ?? unitlessWordNumeralAt(folded, at);
}

/**
 * 新建基站三百,…; 达到三百以上: a value in words with no unit that ends its clause or item, or that a bound word holds,
 * as one in digits may be (readTarget says it, `noUnit`, where a verb or a bound states it).
 */
function unitlessWordNumeralAt(folded: string, at: number): Numeral | undefined {
  const numeral = chineseValueAt(folded, at);
  return numeral && (endsClause(folded, numeral.end) || suffixWords.match(folded, numeral.end)) ? numeral : undefined;
}

/**
 * `numeral` as a range if its unit comes again after a joiner and a greater number (7%—8%, 3万户至4万户), ending before
 * the second unit as `2—3个` ends before its one; else `numeral` itself.
 */
function withUnitAtBothEnds(folded: string, numeral: Numeral): Numeral {
  if (numeral.upperValue !== undefined || numeral.fraction || numeral.notAValue) return numeral;
  const unit = matchUnit(folded, numeral.end);
  const joiner = unit ? rangeJoinerLength(folded, unit.end) : 0;
  if (!unit || joiner === 0 || !isDigit(folded.charCodeAt(unit.end + joiner))) return numeral;
  const upper = readNumeral(folded, unit.end + joiner);
  if (upper.upperValue !== undefined || upper.fraction || upper.notAValue || upper.value <= numeral.value) return numeral;
  const again = matchUnit(folded, upper.end);
  // The same unit, or its magnitude carried into the unit (1.5万—2万人).
  if (!again || !folded.slice(upper.end, again.end).startsWith(folded.slice(numeral.end, unit.end))) return numeral;
  return { start: numeral.start, end: upper.end, value: numeral.value, upperValue: upper.value, innerUnit: { start: numeral.end, end: unit.end } };
}

/** The noun a share counts: `县(市、区)` of `1/3的县(市、区)建有`, up to a verb, a mark or a few characters. */
function sharedSet(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && i - at < 12) {
    const ch = folded[i]!;
    if (ch === '(') {
      const close = folded.slice(i, i + 12).indexOf(')');
      if (close < 0) break;
      i += close + 1;
      break;
    }
    if (!isIdeograph(ch) || (i > at && '建有设配实达完开纳通具中'.includes(ch))) break;
    i++;
  }
  return i;
}

/**
 * Strips leading words (力争, 积极) and trailing ones (达到, 分别, 较2020年, 上年的 before a multiple, and one change word
 * unless `keepChange`: the rate of change is what a ceiling caps; a change word before it names what changes, 增速 of
 * 增速提高2个百分点) from [start, end) of the folded text. `yearBefore` is the year before the plan's, if known.
 */
function trimMetric(folded: string, start: number, end: number, keepChange = false, yearBefore?: number): [number, number] {
  for (let guard = 0; guard < 8 && start < end; guard++) {
    const ch = folded[start]!;
    // ——其中: a dash of punctuation before the words. “四新”经济增加值: an opening quote closed within the metric is
    // the metric's (a name in it); one closed after it, or none, is not.
    const close = ch === '“' ? folded.indexOf('”', start + 1) : -1;
    if (ch === ' ' || (ch === '“' && (close < 0 || close >= end)) || ch === '”' || ch === ')' || ch === '的' || ch === '—') {
      start++;
      continue;
    }
    // 到2025年建成…, 2025年底前完成…, 6月底前新建…, 于2025年6月前…, 在2023年底前…: the deadline (the target's `deadline`) is
    // no part of its metric.
    const by = '到至于於在'.includes(folded[start]!) ? 1 : 0;
    const until = deadlineAt(folded, start + by);
    if (until) {
      const past = start + by + until.length + (folded[start + by + until.length] === ',' ? 1 : 0);
      if (past < end) {
        start = past;
        continue;
      }
    }
    // 7月起新建基站, 自11月起新建, 下半年起新建: the start (the target's `start`) is no part of its metric either.
    const from = startWordsAt(folded, start);
    if (from && from.end + (folded[from.end] === ',' ? 1 : 0) < end) {
      start = from.end + (folded[from.end] === ',' ? 1 : 0);
      continue;
    }
    // (1)完成投资, 1.完成投资, ①改造小区: the number of an item in the task's own list is no part of its metric.
    const item = ITEM_NUMBER.exec(folded.slice(start, start + 5));
    if (item && start + item[0].length <= end) {
      start += item[0].length;
      continue;
    }
    const lead = leadingWords.match(folded, start);
    if (!lead || start + lead.word.length > end) break;
    start += lead.word.length;
  }
  for (let guard = 0; guard < 8 && start < end; guard++) {
    // 推进节能降耗(2024年下降3%): the bracket opened before the value is none of the metric's.
    if (folded[end - 1] === ' ' || OPENING.includes(folded[end - 1]!)) {
      end--;
      continue;
    }
    // 低保标准提高到每人每月900元: what the amount is per is no part of the metric's name (低保标准); the quote keeps it.
    const perHead = PER_HEAD_END.exec(folded.slice(start, end));
    if (perHead && perHead.index > 0) {
      end = start + perHead.index;
      continue;
    }
    // 达到2020年的1.5倍, 是上年的1.1倍, 恢复到2019年的120%: the base of a multiple (or of a share of a past year's level),
    // and 恢复到 or 到 before it as 达到 (a trailing word), are not the metric.
    const level = levelBaseBefore(folded, end, yearBefore);
    if (level && level.start >= start) {
      end = restoredFrom(folded, start, level.start);
      continue;
    }
    // 光纤覆盖率三季度末前达到95%, 森林覆盖率到2025年达到, 提高到2025年的22%: the deadline is no part of the metric either.
    const tail = deadlineWithin(folded, Math.max(start, end - DEADLINE_TAIL), end, true);
    if (tail && tail[0] > start) {
      end = tail[0];
      continue;
    }
    // 恢复并超过2019年水平, 比2019年水平高: a rise over a year's level, its change and base, is not the metric (before a
    // percentage only: 超过2019年水平10亿元 keeps its words).
    const above = riseAboveLevelBefore(folded, start, end);
    if (above && above.start > start) {
      end = above.start;
      continue;
    }
    // 较2020年, 比上半年, 比“十四五”末, 与2020年相比: the base of comparison is not the metric.
    const base = baseBefore(folded, start, end);
    if (base !== undefined) {
      end = base;
      continue;
    }
    // 快于全省平均增速1个百分点: the peer's 增速 is what is compared, no change word to trim (peer.ts).
    if (endsInPeer(folded, start, end)) break;
    const change = changeWords.matchEndingAt(folded, end, start);
    const trail = trailingWords.matchEndingAt(folded, end, start) ?? (change?.value && !keepChange ? change : undefined);
    if (!trail) break;
    if (trail === change) keepChange = true;
    end = trail.start;
  }
  return [start, end];
}

/** {@link PER_HEAD} ending a metric's words. */
const PER_HEAD_END = new RegExp(`(?:${PER_HEAD.source})$`);

/** A total's word (共计, 累计, 总计, 合计): what follows is summed over everyone, not an amount each. */
const TOTAL_WORD = /[共累总合]计/;

/**
 * Whether an amount at `end` of the folded text is one per person, a level set, from the clause at `start`: 每人 or
 * 每户 (每人每月) right before the value or its comparison verb (低保标准提高到每人每月900元, 生活补贴每人每月提高到100元,
 * 财政补助每人每年不低于610元; 460元 at mid-year is short of 900元, not half the way: reviews r113 F2, r117), and no
 * total's word in the clause (为困难群众每户发放…共计2000万元: a total; 每户最高30万元: a cap on each, review r115).
 */
function perHeadBefore(folded: string, start: number, end: number): boolean {
  const clause = folded.slice(start, end);
  if (TOTAL_WORD.test(clause)) return false;
  const verb = boundWords.matchEndingAt(folded, end, start) ?? changeWords.matchEndingAt(folded, end, start);
  return PER_HEAD_END.test(clause) || (verb !== undefined && PER_HEAD_END.test(folded.slice(start, verb.start)));
}

/**
 * Where a bare 到 before a level's base at `end` starts, at `start` or after; else `end`. Not that of 达到, 提高到 or
 * 恢复到 (全市旅游收入恢复到2019年的1.2倍): trailing words, which the metric's trim takes off next.
 */
function restoredFrom(folded: string, start: number, end: number): number {
  return folded[end - 1] === '到' && end - 1 > start && !trailingWords.matchEndingAt(folded, end, start) ? end - 1 : end;
}

/**
 * Where a base of comparison that ends at `end` starts, at `start` or after: 较 or 比 and a date (较2020年, 比2020年底,
 * 比上半年, 比“十四五”末, 比2023年同期), or 与 and a date and 相比 (与2020年相比). (比上年, 较去年 are words of comparison, `trailingWords`.)
 */
function baseBefore(folded: string, start: number, end: number): number | undefined {
  const compared = folded.startsWith('相比', end - 2) ? 2 : 0;
  // 比2023年同期, 较2019年水平, 较2019年的水平, 较2019年同期水平: the same period of that year, that year's level.
  const dateEnd = end - compared - (compared ? 0 : (/(?:同期|同期水[平准]|的?水[平准])$/.exec(folded.slice(Math.max(start, end - 4), end))?.[0].length ?? 0));
  for (let at = Math.max(start, end - DEADLINE_TAIL); at < dateEnd - 1; at++) {
    if (compared ? !'与同和'.includes(folded[at]!) : !comparesAt(folded, at)) continue;
    const date = deadlineAt(folded, at + 1, true);
    // 相比2020年: the 相 of 相比 with it.
    if (date && at + 1 + date.length === dateEnd) return folded[at - 1] === '相' && at > start ? at - 1 : at;
  }
  return undefined;
}

/**
 * Where the base before a change word that ends at `end` starts and ends, at `start` or after, with a deadline right
 * before it (单位GDP能耗到2025年较2020年下降: 到2025年较2020年): what a metric that keeps its change word leaves out.
 */
function baseBeforeChange(folded: string, start: number, end: number): [number, number] | undefined {
  const change = changeWords.matchEndingAt(folded, end, start);
  const base = change?.value ? baseBefore(folded, start, change.start) : undefined;
  if (base === undefined) return undefined;
  const until = deadlineWithin(folded, Math.max(start, base - DEADLINE_TAIL), base, true);
  return [until && until[0] > start ? until[0] : base, change!.start];
}

/**
 * The first deadline that starts after `start` and ends by `end` (at `end` if `atEnd`) in the folded text, with the 到,
 * 至, 于 or 在 before it and the 的 after it (森林覆盖率到2025年, 提高到2025年的): where its words start and end.
 */
function deadlineWithin(folded: string, start: number, end: number, atEnd = false): [number, number] | undefined {
  for (let at = start + 1; at < end; at++) {
    const found = DEADLINE_STARTS.has(folded[at]!) ? deadlineAt(folded, at) : undefined;
    if (!found) continue;
    const from = at - 1 > start && TIME_BEFORE.includes(folded[at - 1]!) ? at - 1 : at;
    // 2024—2025年底前, 2024年至2025年底前: a range's first year goes with it.
    const range = (folded[from] === '到' || folded[from] === '至' ? /20\d\d年?$/ : /20\d\d年?[—–~－-]$/).exec(folded.slice(start, from));
    const to = at + found.length + (folded[at + found.length] === '的' ? 1 : 0);
    if (to === end || (to < end && !atEnd)) return [range ? from - range[0].length : from, to];
  }
  return undefined;
}

/** An ordinal leading an item of a list: 第一, 二, 三. */
const ORDINAL = /^第?[一二三四五六七八九十]/;

/**
 * Qualifiers that a 分别 list names before one noun: in 城镇、农村居民人均可支配收入 the first item is 城镇居民人均可支配收入.
 * An item's length alone says little of where the last one's qualifier ends (新建和改扩建学校, 省级和国家级园区,
 * 电和天然气消费量 named 新建建学校, 省级级园区, 电然气消费量).
 */
const QUALIFIERS: readonly string[] = [
  ...['城镇', '农村', '城市', '乡村', '城乡', '城区', '乡镇', '县城', '市区', '县域', '全市', '公办', '民办', '国有', '民营'],
  ...['国家级', '省级', '市级', '县级', '国家', '中央', '省', '市', '县', '区', '乡', '镇', '村', '男', '女'],
  ...['养老', '医疗', '失业', '生育'],
];

/** The longest of {@link QUALIFIERS} that `words` start with, if any. */
const qualifierOf = (words: string): string | undefined => QUALIFIERS.filter((q) => words.startsWith(q)).sort((a, b) => b.length - a.length)[0];

/** 肉, meat, and 奶, milk: what a list of animals shares with its last item (牛、羊肉产量; 牛、羊奶产量). */
const ANIMAL_PRODUCTS = '肉奶';
/** The city as an item of a list beside a region above it: 全市, 本市, 市. */
const CITY_THEN_REGION = /^(?:全|本)?市$/;
/** A region above the city leading the last item of a list (全国地区生产总值, 全省): its noun follows. */
const REGION_LEADING = /^(?:全[省国]|省|国家)/;

/**
 * What an item of a 分别 list leaves to the last item (`last`, trimmed), as a span of the text: a qualifier
 * ({@link QUALIFIERS}) the last item's noun after its own qualifier (城镇、农村居民人均可支配收入: 城镇居民人均可支配收入;
 * 省级和国家级园区: 省级园区; 养老、医疗保险参保率: 养老保险参保率); an ordinal what the last ordinal numbers (第一、二、
 * 三产业: 第一产业); a thing of one character the measure noun that ends the last item ({@link measureNouns}: 电和天然气
 * 消费量: 电消费量; an animal's with the meat or milk: 牛、羊肉产量: 牛肉产量; 牛、羊奶产量: 牛奶产量); a parallel word of two characters, ending as
 * the last item's first two do, the words after them (一产、二产增加值; 一类和二类疫苗接种率); the city beside a region above it the noun after the region (全市和全国地区生产总值:
 * 全市地区生产总值); else the last item's rate of growth (全市和县域增速: each one's 增速). A cut
 * by length alone made up names (高铁公路里程, 公办性幼儿园覆盖率, 新建建学校, 煤炭石能源消费比重).
 */
function sharedNoun(folded: string, start: number, end: number, last: readonly [number, number] | undefined): readonly [number, number] | undefined {
  if (!last || start >= last[0]) return undefined;
  const [lastStart, lastEnd] = last;
  const length = end - start;
  const lastQualifier = QUALIFIERS.includes(folded.slice(start, end)) ? qualifierOf(folded.slice(lastStart, lastEnd)) : undefined;
  // Two characters at least: 城区、镇区 share no 区.
  if (lastQualifier && lastEnd - lastStart - lastQualifier.length >= 2) return [lastStart + lastQualifier.length, lastEnd];
  // 电和天然气消费量, 水和大气环境质量: a thing of one character, the noun of what is measured that ends the last item.
  const measured = length === 1 ? measureNouns.matchEndingAt(folded, lastEnd, lastStart + 1) : undefined;
  // 牛、羊肉产量, 牛、羊奶产量: the meat or milk of each, with the noun (牛肉产量, 牛奶产量).
  if (measured && measured.start === lastStart + 2 && ANIMAL_PRODUCTS.includes(folded[lastStart + 1]!)) return [lastStart + 1, lastEnd];
  if (measured) return [measured.start, lastEnd];
  const ordinal = ORDINAL.exec(folded.slice(lastStart, lastEnd));
  if (ordinal && ORDINAL.exec(folded.slice(start, end))?.[0].length === length && lastEnd > lastStart + ordinal[0].length) {
    return [lastStart + ordinal[0].length, lastEnd];
  }
  // 一产、二产、三产增加值, 一类和二类疫苗: parallel words, the same character last, cut where the item ends.
  const parallel = length === 2 && lastEnd - lastStart > 2 * length && folded[lastStart + 1] === folded[end - 1];
  if (parallel) return [lastStart + length, lastEnd];
  // 全市和全国地区生产总值: the city beside a region above it, the noun after the region (全市地区生产总值); not a level
  // (全市和省级示范区).
  const region = CITY_THEN_REGION.test(folded.slice(start, end)) ? REGION_LEADING.exec(folded.slice(lastStart, lastEnd)) : null;
  if (region && lastEnd - lastStart - region[0].length >= 2 && folded[lastStart + region[0].length] !== '级') return [lastStart + region[0].length, lastEnd];
  const rate = GROWTH_RATE.exec(folded.slice(lastStart, lastEnd));
  return rate && lastEnd - rate[0].length > lastStart && !GROWTH_RATE.test(folded.slice(start, end)) ? [lastEnd - rate[0].length, lastEnd] : undefined;
}

/**
 * Whether the clause before the current one, in its sentence, is a time alone (2023年,全市…; 2024—2025年,全市…): a year
 * or a range of years, of months or a half of a year ({@link yearAloneAt}, {@link periodAloneAt}) and nothing else.
 */
function timeClauseBefore(folded: string, state: ClauseState): boolean {
  const previous = state.previousClauseStart;
  const time = previous === undefined ? undefined : (yearAloneAt(folded, previous) ?? periodAloneAt(folded, previous));
  return time !== undefined && folded.slice(time.end, state.clauseStart - 1).trim() === '';
}

/**
 * One level of a list of levels (省、市、县三级; 国家、省、市三级; 市、县(区)两级): the country, province, city, county,
 * district, town or village, one character (国家 two), a level beside it in brackets (县(区)).
 */
const LEVEL = '(?:国家|[国省市县区乡镇村])(?:\\([市县区乡镇]\\))?';
const LEVEL_ITEM = new RegExp(`^${LEVEL}$`);
/**
 * The longest noun after the count of a list of levels read as each level's (公共服务平台覆盖率: a noun of two words and
 * the measure, 9): the noun runs up to 分别 with no stop in it, so a longer run is more likely words of a clause than
 * a name; such a list is left to read as before.
 */
const LEVEL_NOUN_LENGTH = 10;
/**
 * The last item of a list of levels and how many they are: 县三级, 县(区)两级; a noun after them each level's (县三级财政:
 * 省级财政, 市级财政, 县级财政; 县两级财政投入: 市级财政投入), up to {@link LEVEL_NOUN_LENGTH} characters.
 */
const LEVEL_LAST = new RegExp(`^${LEVEL}[两二三四五]级[\\u4e00-\\u9fff]{0,${LEVEL_NOUN_LENGTH}}$`);
/**
 * Verbs of setting up that lead the words after 分别 in a list of levels (分别设立服务站, 分别建立工作专班): what is set up
 * is each level's item (县级服务站), as after the verbs of a flow (分别建成示范点: 省级示范点). With them the verbs of
 * putting into use, which follow 建成 before a one-off (建成投用平台1个: 平台).
 */
const SET_UP = /^(?:设立|建立|成立|组建|投用|投运)/;
/** The number of levels a list of levels names. */
const LEVEL_COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * The level that `name` names in a list of levels (省、市、县三级分别建成示范点10个、5个、3个: 省级, 市级, 县级; each value a
 * title at that level, 省级示范点), as `text` writes it: one character each in the folded text, the last with the count
 * of them and 级 (written 級 or 级, as the list writes it). `undefined` for any other list.
 */
function levelListItem(text: string, folded: string, items: readonly (readonly [number, number])[], name: readonly [number, number]): string | undefined {
  const last = items[items.length - 1]!;
  const lastText = folded.slice(...last).trim();
  const levelEnd = lastText.lastIndexOf('级') + 1;
  if (!LEVEL_LAST.test(lastText) || LEVEL_COUNT[lastText[levelEnd - 2]!] !== items.length || !items.slice(0, -1).every((item) => LEVEL_ITEM.test(folded.slice(...item).trim()))) return undefined;
  const lastAt = last[0] + folded.slice(...last).indexOf(lastText);
  const levelAt = lastAt + levelEnd - 1;
  // The level as written (国家, 县(区)): the item's words, the last one's without its count and 级; then the noun after
  // 级, if any (财政).
  const itemAt = name === last ? lastAt : name[0] + folded.slice(...name).indexOf(folded.slice(...name).trim());
  const itemEnd = name === last ? levelAt - 1 : itemAt + folded.slice(...name).trim().length;
  return text.slice(itemAt, itemEnd) + text.slice(levelAt, lastAt + lastText.length);
}

/**
 * Whether the item of a 分别 list that names the current value (`respective.name`), with the noun it shares
 * ({@link sharedNoun}), names a level of title: each item is read by what it names (国家级示范区和标准化厂房: a
 * designation and a count; 国家级、省级、市级龙头企业: 国家级 and 省级 designations, 市级 the city's own, a flow).
 */
function itemNamesLevel(folded: string, respective: { readonly name: readonly [number, number]; readonly last: readonly [number, number] }): boolean {
  const [start, end] = trimMetric(folded, ...respective.name);
  const shared = sharedNoun(folded, start, end, trimMetric(folded, ...respective.last));
  return namedLevelPattern.test(folded.slice(start, end) + (shared ? folded.slice(...shared) : ''));
}

/**
 * A metric that names nothing: empty, no word (a word in Latin letters counts: GDP, PM2.5, 5G, not a list's (a)), or only a word of
 * comparison (同比, 比上年, 年均).
 */
const NAMING_NOTHING = [...COMPARISON_WORDS, '年均', '全年', '累计', '其中', '共', '合计'];
const SCRAP_WORDS = new RegExp(`^(?:${NAMING_NOTHING.join('|')})?$`);
/** One of those words anywhere: a period or a base a value's quote keeps (年均增长7%), as its metric does not. */
const NAMING_NOTHING_IN = new RegExp(NAMING_NOTHING.join('|'));
const isScrap = (metric: string): boolean => !/[\u4e00-\u9fff]|[A-Za-z][A-Za-z\d]|\d[A-Za-z]/.test(metric) || SCRAP_WORDS.test(metric);

/**
 * The metric without the flow verbs that lead or end it (新建5G基站 → 5G基站, 移动端可办事项新增 → 移动端可办事项): what
 * a later clause of its sentence counts. A noun that ends it stays (全市外贸进出口, 居民人均可支配收入: {@link FLOW_NOUNS}).
 * Not `leading`, the verbs that lead it stay: the words after a mark of work done (已完成造林面积: 造林面积).
 */
function withoutVerbs(text: string, folded: string, start: number, end: number, metric: string, leading = true): string {
  const own = text.slice(start, end).trim();
  if (!own || !metric.startsWith(own)) return metric;
  let i = start;
  let e = end;
  while (folded[e - 1] === ' ') e--;
  for (let hit = leading ? flowWords.match(folded, i) : undefined; hit && i + hit.word.length < e; hit = flowWords.match(folded, i)) i += hit.word.length;
  for (let hit = flowWords.matchEndingAt(folded, e, i); hit && hit.start > i && !FLOW_NOUNS.has(hit.word); hit = flowWords.matchEndingAt(folded, e, i)) e = hit.start;
  return text.slice(i, e).trim() + metric.slice(own.length);
}

/** A one-off: one thing (1个, 1家), no range, no share, no scale (1万个 is many). */
const isOneOff = (numeral: Numeral, unit: UnitMatch | undefined): boolean =>
  numeral.value === 1 && numeral.upperValue === undefined && !numeral.fraction && !numeral.shareUnit && unit?.kind === 'count' && !unit.scaled;

/** The last character of a place leading a metric before its verb (南陵县建成…, 全市新建…): the subject, kept when the verb goes. */
const PLACE_ENDS = '省市县区镇乡村';
/** How long a place before a one-off's verb may be: 全市, 南陵县, 经济开发区. */
const PLACE_LENGTH = 6;

/**
 * A one-off's metric without the verbs that lead it, or lead it after a place (建成市级政务云灾备中心: 市级政务云灾备中心;
 * 南陵县建成省级绿色食品产业园: 南陵县省级绿色食品产业园): the verbs of a flow ({@link flowWords}, not its nouns) and of
 * setting up ({@link SET_UP}), which name nothing, as in a list of levels. `metric` as it is when no such verb leads it,
 * or nothing of two characters would be left.
 */
function oneOffName(metric: string): string {
  const folded = foldToSimplified(metric);
  const verbAt = (at: number): number => {
    const flow = flowWords.match(folded, at);
    if (flow && !FLOW_NOUNS.has(flow.word)) return flow.word.length;
    return SET_UP.exec(folded.slice(at))?.[0].length ?? 0;
  };
  for (let start = 0; start <= PLACE_LENGTH && start < folded.length; start++) {
    // At the start, or after a place of two characters or more.
    if (start > 0 && (start < 2 || !PLACE_ENDS.includes(folded[start - 1]!))) continue;
    let end = start;
    for (let length = verbAt(end); length > 0; length = verbAt(end)) end += length;
    if (end > start) return folded.length - end >= 2 ? metric.slice(0, start) + metric.slice(end) : metric;
  }
  return metric;
}

/** Whether the folded `metric` is a verb and a place alone (实现行政村, 建成全市): what is measured is unnamed. */
function verbAndPlace(metric: string): boolean {
  const verb = metric.startsWith('实现') ? 2 : (flowWords.match(metric, 0)?.word.length ?? 0);
  const place = metric.slice(verb);
  return verb > 0 && place.length >= 2 && place.length <= PLACE_LENGTH && PLACE_ENDS.includes(place[place.length - 1]!);
}

/** Nothing, or a bracket alone (a note: 增长6%(2023年为5.2%),高于全省1个百分点): between a value and a gap after it. */
const noteOnly = (between: string): boolean => /^\s*(?:\([^()]*\)\s*)?$/.test(between);

/**
 * The subject of a gap to a peer (`gap`, {@link gapAlone}) right after a value of `metric`: the metric, and the rate of
 * its `change` if it measures one and the gap names none (增长6%,高于全省1个百分点: 全市地区生产总值增速; 下降3%: 降幅),
 * as the gap of a change is a gap of its rate.
 */
function gapSubject(metric: string, change: 'increaseBy' | 'decreaseBy' | undefined, gap: 'gap' | 'rate' | undefined): string {
  return change && gap === 'gap' && !GROWTH_RATE.test(metric) ? metric + RATE_OF_CHANGE[change] : metric;
}

/**
 * What a gap after a value of `metric` compares: the metric without the change word a range keeps (`keptChange`:
 * 地区生产总值增长5.5%—6%: 地区生产总值, its rate named by the gap) and without a multiple's peer (固定资产投资增速是全省的
 * 1.2倍: 固定资产投资增速).
 */
function gapMetric(metric: string | undefined, keptChange: boolean): string | undefined {
  if (metric === undefined) return undefined;
  const folded = foldToSimplified(metric);
  let end = folded.length - multipleWordsAtEnd(folded);
  const change = keptChange ? changeWords.matchEndingAt(folded, end) : undefined;
  if (change?.value) end = change.start;
  return metric.slice(0, end).trim() || metric;
}

/** 已, before a verb of work done ({@link WORK_DONE}: 已建成, 已完成, 已实现): work said to be done. */
const DONE_MARK = '已';

/** Words that join a verb of work done to another verb (已建成和在建): the phrase is what is counted, kept whole. */
const JOINED_VERB = /^[和及与、]/;

/**
 * Where work said to be done (已建成, 已完成, 已实现, and a 的 after it) stands in [start, end) of the folded text, [its
 * start, its end]: what a later clause of the sentence counts leaves it out (全市已建成5G基站3000个,2025年达到6000个:
 * 全市5G基站; 已建成的污水处理厂: 污水处理厂), but not a verb joined to another (已建成和在建5G基站: both are counted).
 */
function markedDone(folded: string, start: number, end: number): [number, number] | undefined {
  for (let at = start; at < end - 2; at++) {
    if (folded[at] !== DONE_MARK || !WORK_DONE.test(folded.slice(at + 1, at + 3))) continue;
    if (JOINED_VERB.test(folded.slice(at + 3, at + 4))) return undefined;
    return [at, folded[at + 3] === '的' ? at + 4 : at + 3];
  }
  return undefined;
}

/**
 * The metric the clause before the current one names with no value of its own (全市粮食产量,2023年达到72亿斤…; 全市文旅收入
 * 2023年恢复到2019年水平,2025年较2019年水平增长50%): its words up to a digit, a bound or a change word, trimmed, when they
 * end in what is measured ({@link namesMeasure}: 产量, 收入, 率, 总额) and lead with no verb (推进节能降耗, 加强粮食生产 name
 * no metric); else `undefined`. Read from `text`, as the other metrics are.
 */
function namedBefore(text: string, folded: string, state: ClauseState): string | undefined {
  const start = state.previousClauseStart;
  if (start === undefined || start < state.sentenceStart) return undefined;
  const limit = state.clauseStart - 1;
  let end = start;
  for (; end < limit && end - start <= METRIC_BEFORE; end++) {
    if (isDigit(folded.charCodeAt(end)) || boundWords.match(folded, end) || changeWords.match(folded, end)?.value) break;
  }
  if (end - start > METRIC_BEFORE) return undefined;
  const [from, to] = trimMetric(folded, start, end);
  const verb = flowWords.match(folded, from);
  if (to - from < 2 || (verb && !FLOW_NOUNS.has(verb.word)) || !namesMeasure(folded, from, to)) return undefined;
  return text.slice(from, to).trim();
}

/**
 * Whether [start, end) of the folded text ends in what is measured: a flow's noun (产量, 收入), a rate (率, 比重), a level
 * (总额, 规模), an area or a count (面积, 数量), or a rate of growth (增速).
 */
function namesMeasure(folded: string, start: number, end: number): boolean {
  const flow = flowWords.matchEndingAt(folded, end, start);
  if (flow && FLOW_NOUNS.has(flow.word)) return true;
  if (rateWords.matchEndingAt(folded, end, start) || reachedLevelWords.matchEndingAt(folded, end, start) || levelWords.matchEndingAt(folded, end, start)?.value) return true;
  return GROWTH_RATE.test(folded.slice(Math.max(start, end - 4), end));
}

/** Whether [start, end) of the folded text is nothing but words of a flow (开工建设, 新建). */
function onlyVerbs(folded: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const hit = flowWords.match(folded, i);
    if (!hit || i + hit.word.length > end) return false;
    i += hit.word.length;
  }
  return true;
}

/**
 * Where the words naming a value's metric may start, before `numeral`: not before the list item it shares a noun with
 * ({@link listStart}), the last target, a value said without a unit and its joiner (`saidEnd`), {@link METRIC_BEFORE}
 * characters back, or a time leading the clause (`time`, found here unless the caller has it: 2025年全市森林覆盖率: its
 * subject, else its end). One home for the metric readTarget reads and the two checks of a value without a unit.
 */
function metricStartOf(folded: string, numeral: Numeral, state: ClauseState, lead: ClauseLead, time = leadingTime(folded, state)): number {
  const start = Math.max(listStart(folded, lead, state.lastTargetEnd, numeral.start), state.lastTargetEnd, state.saidEnd, numeral.start - METRIC_BEFORE, time?.subject ?? time?.end ?? 0);
  // 新建基站300个和换电站200个: a joiner right after a complete item (a value and its unit) starts the next item after it;
  // a word that only begins with one (和美乡村, at a clause's start) is no joiner there.
  return start === state.lastTargetEnd && start > state.clauseStart ? start + (ITEM_JOINER.exec(folded.slice(start, start + 2))?.[0].length ?? 0) : start;
}

/** Words that join the items of a list: 和, 与, 及, 以及, 、. */
const ITEM_JOINER = /^(?:以及|[和与及、])/;

/**
 * Where the metric of a numeral at `at` in the clause's current 、-list item (`lead` read up to it) may start: the
 * item's start, or the list's when the items before it are short words that share its one value (博士、硕士研究生1700人
 * 以上; 新建、改扩建中小学幼儿园30所; 省、市级…). Not over the last target (完成投资10亿元、新增就业1000人), nor in a 分别
 * list, which pairs items and values, nor over an item that starts with its own verb after one that is more than a
 * verb (开展试点、建设新型研发机构5家: two actions, the value the second's).
 */
function listStart(folded: string, lead: ClauseLead, lastTargetEnd: number, at: number): number {
  let start = lead.itemStart;
  if (lead.respectively) return start;
  let next: [number, number] = [lead.itemStart, at];
  // 新建中小学、幼儿园30所: an item's verbs are not counted against its length when the last item names what the value
  // counts (幼儿园); before a short one whose noun follows the value (豆腐窝、头屯2处中型灌区) they still are.
  const verbsLead = !weakWords(folded, ...trimMetric(folded, lead.itemStart, at));
  for (let k = lead.items.length - 1; k >= 0; k--) {
    const [itemStart, itemEnd] = lead.items[k]!;
    const words = trimMetric(folded, itemStart, itemEnd)[0];
    if (itemStart < lastTargetEnd || itemEnd === words || itemEnd - (verbsLead ? nounStart(folded, words, itemEnd) : words) > SHARING_ITEM) break;
    if (flowWords.match(folded, trimMetric(folded, ...next)[0]) && !onlyVerbs(folded, words, itemEnd)) break;
    start = itemStart;
    next = [itemStart, itemEnd];
  }
  return start;
}

/** A level alone (市级, 区县级, 省级): of a noun named elsewhere. */
const LEVEL_ALONE = /^[\u4e00-\u9fff]{1,3}级$/;
/** 其中 opening a bracket (its colon or none after it): the parts of the total before it. */
const PART_OF = /^其中/;
/** The opening of such a bracket left in a metric when no colon follows 其中 (其中市级): none of the metric's. */
const PART_OPENING = /^[(（]其中[:：]?/;

/**
 * The words that name no thing of their own, alone in a clause: a total or a length (总数, 总长, 总产量, 里程, 总里程,
 * 长度) or a verb (净增, 完工, 改造提升). Such a clause is of the noun its sentence named before (口袋公园总数,
 * 市场主体净增, 高标准农田改造提升). The totals also end a sentence's noun (市场主体总量: 市场主体), with what else
 * measures it (粮食播种面积: 粮食), which the word alone stands in for.
 */
const TOTALS = '总?(?:里程|长度)|总(?:数|长|量|产量|规模)';
const OF_SENTENCE_NOUN = new RegExp(`^(?:${TOTALS}|净增|完工|竣工|改造提升|提升改造)$`);
/**
 * The value of output alone (产值, 总产值): of the noun its sentence measured before (新能源汽车产量增长30%,产值突破
 * 100亿元: 新能源汽车产值, review r113 F7), when that metric ends in a measure ({@link SENTENCE_MEASURE}) to take off.
 */
const OUTPUT_VALUE = /^总?产值$/;
const SENTENCE_MEASURE = new RegExp(`(?:${TOTALS}|播种面积|面积|数量|产量)$`);
/**
 * The verbs of a stage of work (开工, 完成, 建成, 投用), alone in a part of a total (其中第三季度末前开工100个, 其中上半年
 * 完成260亿元): of the noun the whole counts (城镇老旧小区开工, 投资完成), as {@link OF_SENTENCE_NOUN}'s are in any clause.
 * Outside a part, 完成 alone is read as the work before it continued, or as it is (see `continued`).
 */
const OF_WHOLE_NOUN = /^(?:新?开工|完成|建成|投产|投用|投运|交付|签约|落地|开业|到位)$/;
/**
 * The noun a level alone in a part of a total (其中…、省级80家) counts: the total's (农业产业化龙头企业); after an item
 * of the part (from `partStart`) that named its own, that item's noun less its level (其中国家级专精特新企业12家、省级80家:
 * 专精特新企业, review r115), or none if it has no level to replace (the level alone, for lint to flag).
 */
function nounOfPart(state: ClauseState, partStart: number): string {
  const noun = state.sentenceMetric ?? '';
  if (state.lastTargetEnd <= partStart) return noun;
  const own = noun.replace(PART_OPENING, '').replace(PART_OF, '');
  // Read folded (國家級 as 国家级), index for index; the noun as written (專精特新企業).
  const level = LEADING_LEVEL.exec(normalizeForExtraction(own));
  if (level) return own.slice(own.length - level[1]!.length);
  // 其中国家级12家、省级80家: the item before was a level alone, counting the total's noun, which the sentence keeps.
  return own === noun && state.lastTarget?.metric !== noun ? noun : '';
}

/** A level leading a noun (国家级专精特新企业), not a floor of levels (省级以上): the noun after it. */
const LEADING_LEVEL = /^[\u4e00-\u9fff]{1,3}级(?!及?以上)(.+)$/;

/** Whether the clause from `state.clauseStart` to `end` of the folded text is a part of a total: it opens with 其中. */
const inPart = (folded: string, state: ClauseState, end: number): boolean => PART_OF.test(folded.slice(state.clauseStart, end).trimStart().replace(/^[(（]/, ''));

/** The noun a sentence's metric names, less the total or measure it ends in (市场主体总量: 市场主体), two characters at least. */
function nounOfSentence(metric: string | undefined): string | undefined {
  if (metric === undefined) return undefined;
  const measure = SENTENCE_MEASURE.exec(foldToSimplified(metric));
  return measure && measure.index >= 2 ? metric.slice(0, measure.index) : metric;
}

/**
 * What the clause before the current one, in its sentence, names before its deadline (老旧小区改造6月底前开工: 老旧小区改造),
 * when it names no value: the noun a later word alone is of (10月底前完工120个: 老旧小区改造完工).
 */
function namedBeforeDeadline(text: string, folded: string, state: ClauseState): string | undefined {
  const start = state.previousClauseStart;
  if (start === undefined || start < state.sentenceStart || state.lastTargetEnd > start) return undefined;
  const [from, to] = trimMetric(folded, start, state.clauseStart - 1);
  const until = deadlineWithin(folded, from, to);
  if (!until || until[0] - from < 2 || /\d/.test(folded.slice(from, until[0]))) return undefined;
  return text.slice(from, until[0]).trim();
}

/** A verb of completion alone (完成, 实现): it names nothing counted, what its sentence counted before is. */
const COMPLETION = /^(?:完成|实现)$/;
/** The verb of work started (开工, 新开工): what is completed of it is not what was started. */
const STARTED = /开工/;

/**
 * Whether the clause from `state.clauseStart` to `end` of the folded text sets a deadline of its own (6月底前完成) for
 * the work of the target before, no part of a total (其中) and no work started ({@link STARTED}).
 */
function continuesWork(folded: string, state: ClauseState, end: number): boolean {
  const clause = folded.slice(state.clauseStart, end).trimStart();
  // One before the clause's start: deadlineWithin looks past its first character.
  return !clause.startsWith('其中') && !STARTED.test(foldToSimplified(state.lastMetric ?? '')) && deadlineWithin(folded, state.clauseStart - 1, end) !== undefined;
}

/** The firmness word leading [start, end) of the folded text (力争, 争取), spaces aside, and the words after it, trimmed. */
function leadingFirmness(folded: string, start: number, end: number) {
  let i = start;
  while (folded[i] === ' ') i++;
  const firm = firmnessWords.match(folded, i);
  return firm && { firm: firm.value, rest: folded.slice(i + firm.word.length, end).trim() };
}

/** Whether [start, end) of the folded text is a firmness word alone (力争, 争取), spaces aside. */
const firmnessAlone = (folded: string, start: number, end: number): boolean => leadingFirmness(folded, start, end)?.rest === '';

/**
 * Whether the clause from `start` only restates the target before it, firmer or higher, for its value from `end` to
 * `valueEnd` (the unit and a bound word after it: 以上, 左右): a firmness word (力争, 争取 raise it; 确保 makes a figure of
 * it firm: 新建基站300个以上,确保完成280个), alone or with 达到 or a verb of completion ({@link COMPLETION}) after it,
 * spaces aside, before a value that ends its clause; not one of a clause's whole (争创 names a title). Words after the
 * value name what it counts of its own (确保5亿元用于小微企业: a part of the whole, for a use).
 */
function restatesAlone(folded: string, start: number, end: number, valueEnd: number): boolean {
  const lead = leadingFirmness(folded, start, end);
  if (lead === undefined || lead.firm.firmness === 'plain' || lead.firm.clauseOnly) return false;
  if (lead.rest !== '' && lead.rest !== RAISED_TO && !COMPLETION.test(lead.rest)) return false;
  let after = valueEnd;
  while (folded[after] === ' ') after++;
  return endsClause(folded, after);
}
/**
 * Whether a value of `unit` (written `unitText`) of `metric` (folded) that 保持 holds counts things held (城市…保持8个以上):
 * not visits or events (3000万人次, 场次: what a year's flow counts), nor a metric of a year's (年接待游客).
 */
const holdsThings = (unit: UnitMatch | undefined, unitText: string, metric: string): boolean =>
  unit?.kind === 'count' && !unitText.endsWith('次') && !metric.trimStart().startsWith('年');

/** The bound word a clause that only raises a target may write (力争达到72亿斤). */
const RAISED_TO = '达到';

/** Where the noun of [start, end) of the folded text starts, past the flow verbs that lead it (新建中小学: 中小学). */
function nounStart(folded: string, start: number, end: number): number {
  let i = start;
  for (let hit = flowWords.match(folded, i); hit && i + hit.word.length < end; hit = flowWords.match(folded, i)) i += hit.word.length;
  return i;
}

/** 省、市级, 国家、省级: a short level before 、 and the level word after it qualify one noun. */
const LEVELS_AFTER = /^[\u4e00-\u9fff]{0,2}级/;

/** Whether [start, end) of the folded text names nothing counted by itself: two characters at most, or only verbs. */
const weakWords = (folded: string, start: number, end: number): boolean => end - start <= 2 || onlyVerbs(folded, start, end);

/**
 * Whether what the numeral counts is named after it, the metric before it [start, end) being a verb alone (实施10个重大
 * 项目, 开工建设3条高速公路), a list whose last item is such words (新建、改扩建3个体育公园; 陵城、宁津、夏津3个…基地), or
 * members ending in 等 (齐河、临邑、庆云等3个…项目). A share's set (40%以上的义务教育学校) is named after it too: the
 * caller says so.
 */
function countedAfter(folded: string, lead: ClauseLead, start: number, end: number): boolean {
  if (weakWords(folded, start, end) || folded[end - 1] === '等') return true;
  return lead.itemStart > start && weakWords(folded, ...trimMetric(folded, lead.itemStart, end));
}

/**
 * The end of the words after a target that may name what it counts: to the clause's end, a numeral or a limit. Over
 * one size that qualifies the noun (建设100个投资5000万元以上的…项目: not counted against the limit), over the 、
 * of a pair of levels (建设10条以上省、市级…河湖) and over a 、 in brackets (6个县(市、区)).
 */
function afterEnd(folded: string, at: number): number {
  let i = at;
  let skipped = 0;
  let itemStart = at;
  let depth = 0;
  while (i < folded.length && i - at - skipped < METRIC_AFTER) {
    const ch = folded[i]!;
    if (isDigit(folded.charCodeAt(i)) && skipped === 0) {
      const end = qualifierEnd(folded, i);
      if (end === undefined) break;
      skipped = end - i;
      i = end;
      continue;
    }
    // 市级5处、区县级15处: a 、 right after the value starts the next item, no pair of levels.
    if (ch === '、' && (depth > 0 || (i > itemStart && i - itemStart <= 2 && LEVELS_AFTER.test(folded.slice(i + 1, i + 4))))) {
      itemStart = ++i;
      continue;
    }
    if (SENTENCE_ENDS.has(ch) || CLAUSE_ENDS.has(ch) || ch === '、' || isDigit(folded.charCodeAt(i))) break;
    if (OPENING.includes(ch)) depth++;
    // (其中:国家级12家、省级80家): a bracket the value is in closes after it; no noun past it is the value's.
    else if (CLOSING.includes(ch) && depth === 0) break;
    else if (CLOSING.includes(ch)) depth--;
    i++;
  }
  return i;
}

/** The end of the numeral at `at`, its unit and comparator word, if they size the noun after them (5000万元以上的项目). */
function qualifierEnd(folded: string, at: number): number | undefined {
  const numeral = readNumeral(folded, at);
  const unit = matchUnit(folded, numeral.end);
  if (!unit) return undefined;
  const suffix = suffixWords.match(folded, unit.end);
  const suffixEnd = unit.end + (suffix?.word.length ?? 0);
  return reasonAfter(folded, numeral, unit, suffixEnd) === 'threshold' ? suffixEnd : undefined;
}

/** How far before a value its 由 may stand: 由2023年底的45000元. */
const FROM_BEFORE = 10;

/**
 * Where 由 stands before `numeral` in its clause and where the value after it starts, when the text goes from this
 * value to that one (由2023年的45000元提高到48000元): this value is the other's baseline, no target of its own.
 */
function goesFrom(folded: string, numeral: Numeral, end: number, state: ClauseState): { readonly by: number; readonly next: number } | undefined {
  const from = Math.max(state.clauseStart, numeral.start - FROM_BEFORE);
  const by = from + folded.slice(from, numeral.start).lastIndexOf('由');
  // Nothing between but words and a year: no other value, no other item of a list.
  if (by < from || /[、\d]/.test(folded.slice(by, numeral.start).replace(/\d{4}年/, ''))) return undefined;
  const to = FROM_TO.exec(folded.slice(end, end + 6));
  const next = end + (to?.[0].length ?? 0);
  return to && isDigit(folded.charCodeAt(next)) ? { by, next } : undefined;
}

/** A total a city always uses, whose ceiling is never met by a use of 0: 用水总量, 能源消费总量, 碳排放量. */
const NEVER_ZERO = /总量|消费量|排放量/;

/**
 * Whether a conferral word governs the numeral: 争创 or 争取创建 in its clause, or 争取创建 carried to a later item of
 * its list that names a level of title and has no bound, change or flow word of its own (省级绿色工厂5家, not
 * 全年接待游客500万人次 or 全市规上工业企业达到1500家).
 */
function conferredOn(state: ClauseState, clause: string): boolean {
  const conferral = state.conferral;
  if (!conferral) return false;
  if (conferral.clauseStart === state.clauseStart) return true;
  return titleLevelPattern.test(clause) && !state.bound && !state.change && !flowWords.occursIn(clause) && !levelWords.occursIn(clause);
}

/**
 * A numeral that looks like a target's value but is not read as one: one bounded (达到500以上) with no unit whose metric
 * names no quantity of no unit (新建基站达到500以上: `noUnit`; PUE值控制在1.3以内 is a target of unit `''`), or a value a past fact states
 * (截至2023年底,全市已建成5G基站3000个; 上年末全市存款余额5000亿元; 2023年… in a plan of 2024: `past`), or the level of
 * a condition (当PM2.5浓度达到150微克/立方米时: `condition`), or a form the parser does not read (翻一番, 三成, 2.5:1,
 * 10000P: {@link UnreadForm}). `dz-plan build` says it, naming its line.
 */
export interface UnreadNumeral {
  /** Where the numeral starts: the scan's `base` plus its index. */
  readonly offset: number;
  /** The numeral as written. */
  readonly numeral: string;
  readonly reason: 'noUnit' | 'past' | 'condition' | UnreadForm;
  /** For `past` and `condition`: the value as written with its unit and bound word (3000個, 900家以上). */
  readonly quantity?: string;
  /**
   * For `past`: the time before the plan's year that leads its sentence or clause, as written (截至2023年底, 上年末,
   * 2023年); for `condition`: the condition, as written (当PM2.5浓度达到150微克/立方米时).
   */
  readonly when?: string;
}

/**
 * Whether the numeral at `numeralStart` is in brackets opened after its clause's 分别 (`lead`, read up to it) whose
 * words before it are a gap to a peer alone (…分别增长6%、7%(高于全省1个百分点)): no item of the list.
 */
function gapInBracketAfterList(folded: string, lead: ClauseLead, state: ClauseState, numeralStart: number): boolean {
  const bracket = state.bracket;
  if (!lead.respectively || !bracket || bracket.start <= lead.respectively.at) return false;
  return gapAlone(folded, ...trimMetric(folded, bracket.start + 1, numeralStart)) !== undefined;
}

/**
 * The proposal of `numeral` (at an index of `reading.folded`), if it is a target's value. Its metric, unit and value
 * are cut from `reading.shown` (a PDF's spaces left out, as the words were read); its quote and every offset from
 * `given`, the text as given.
 */
function readTarget(given: string, reading: ReadingText, numeral: Numeral, state: ClauseState, base: number, lead: ClauseLead, unread: UnreadNumeral[]): ProposedTarget | undefined {
  const { folded, shown: text } = reading;
  // [start, end) of the folded text as written in `given`, and the offset of an index of it.
  const asWritten = (start: number, end: number): string => given.slice(reading.start(start), reading.end(end));
  const offsetOf = (at: number): number => base + reading.start(at);
  const before = reasonBefore(folded, numeral);
  if (before) {
    // 之比达到2.5:1: a ratio a bound or change word states is said, not read.
    if (numeral.notAValue === 'timeOrRatio' && statedAt(state, numeral.start)) unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'ratio' });
    return undefined;
  }
  // (全省平均为2.3%): a peer's figure, not the city's.
  if (state.bracket && peerInBracket(folded, Math.max(state.bracket.start + 1, state.clauseStart), numeral.start)) return undefined;
  // 增长6%(2023年为5.2%),高于全省1个百分点: a past figure in a bracket after a value is a note on it; what the sentence
  // read before it stands for what comes after the bracket (below, where the figure is found past).
  const beforeNote = state.bracket && state.bracket.start >= state.lastTargetEnd ? { end: state.lastTargetEnd, value: state.lastValue, rateValue: state.lastRateValue, metric: state.sentenceMetric, base: state.sentenceMetricBase, past: state.lastPast } : undefined;
  // 千分之二, 百分之三十: a share in words, its unit in its words.
  let unit: UnitMatch | undefined = numeral.shareUnit ? { end: numeral.end, kind: 'percent', scaled: false } : matchUnit(folded, numeral.end);
  let unitStart = numeral.end;
  while (folded[unitStart] === ' ' && unitStart < numeral.end + 2) unitStart++;
  let unitEnd = unit?.end ?? numeral.end;
  // A、B分别下降12%、5%: each numeral names the metric in its place of the list before 分别.
  leadUpTo(lead, folded, state.clauseStart, numeral.start);
  // 城镇、农村居民人均可支配收入分别增长6%、7%(高于全省1个百分点): a gap to a peer in brackets after the list is no
  // item of it, and names no one item's metric: read as the gap after a comma is (高于全省).
  const gapAfterList = gapInBracketAfterList(folded, lead, state, numeral.start);
  if (gapAfterList) lead = { ...lead, respectively: undefined };
  // 分别增长6、8%, 分别高于全省2个、3个百分点: the unit written once after the list is each numeral's; where its words are.
  const ahead = respectiveAhead(folded, lead, numeral, unit);
  const shared = numeral.shareUnit ? undefined : ahead?.shared;
  if (shared) unit = { ...shared.unit, end: unitEnd };
  let unitWords: readonly [number, number] = shared ? [shared.start, shared.unit.end] : [unitStart, unitEnd];
  // 1/3的县(市、区): a share's unit is the set it counts.
  if (numeral.fraction && !unit && folded[numeral.end] === '的') {
    unitStart = numeral.end + 1;
    unitEnd = sharedSet(folded, unitStart);
    unitWords = [unitStart, unitEnd];
  }
  // 分别增长6、7%左右: the word after a unit written once is each numeral's too. 建成3个(以上)示范点, 3个(含)以上: one in
  // brackets is the value's as 以上 is (after a 分别 list every value's: respectiveAhead).
  // 控制在1.3以内: a value of no unit has its word right after it.
  const suffix = shared ? suffixWords.match(folded, shared.unit.end) : unit ? (suffixWords.match(folded, unit.end) ?? (ahead ? undefined : bracketedSuffix(folded, unit.end))) : suffixWords.match(folded, numeral.end);
  const suffixEnd = suffix && !shared ? unitEnd + suffix.word.length : unitEnd;
  // The quote runs to the unit and its word, where the list writes them once (增长6、8%).
  const sharedEnd = shared ? shared.unit.end + (suffix?.word.length ?? 0) : 0;
  const notTarget = reasonAfter(folded, numeral, unit, suffixEnd);
  const trigger = state.trigger;
  const inCondition = trigger !== undefined && numeral.start > trigger.start && numeral.start < trigger.end;
  const saidNoUnit = notTarget === 'noUnit' && !numeral.notAValue && boundedWithoutUnit(folded, numeral, state, { bound: ahead?.bound, head: respectiveListHead(folded, lead, numeral.start) });
  // 数据中心PUE值控制在1.3以内: a value of an index, a coefficient or a ratio, a target of no unit; not one that sizes
  // what follows (PUE值1.5以上的数据中心), nor a value in a condition (当空气质量指数超过200时: said as the condition's).
  const noUnitLevel = saidNoUnit && !inCondition && folded[suffixEnd] !== '的' && namesNoUnit(folded, numeral, state, lead);
  if (saidNoUnit && !inCondition && !noUnitLevel) unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'noUnit' });
  // PUE值由1.5降至1.3以下: 1.5 is where the value of no unit after it starts from.
  const goesNoUnit = notTarget === 'noUnit' && !saidNoUnit && !inCondition ? goesFromNoUnit(folded, numeral, state) : undefined;
  if (goesNoUnit) state.from = { value: numeral.value, metricEnd: goesNoUnit.by, next: goesNoUnit.next };
  // 审批时限由20个工作日压减至10个工作日以内: a span a change starts at is no target (a span alone), but the time
  // limit's start, as 由45000元 is of 48000元 (below): out of its metric's name, its baseline.
  const goesSpan = notTarget === 'timeSpan' ? goesFrom(folded, numeral, suffixEnd, state) : undefined;
  // Its baseline only in the target's own unit: 由48小时压缩至1天 is no 48 days (review r129 F1).
  if (goesSpan) state.from = { value: numeral.value, metricEnd: goesSpan.by, next: goesSpan.next, unit: text.slice(...unitWords) };
  // 新建基站300,2025年达到500个: a value of no unit a verb states at the end of its clause is said too; what it counts
  // (基站) is what a later clause of its sentence that names nothing is about, as with its unit.
  const statedNoUnit = notTarget === 'noUnit' && !saidNoUnit && !inCondition && !goesNoUnit && !numeral.notAValue ? statedWithoutUnit(text, folded, numeral, state, lead) : undefined;
  if (statedNoUnit) {
    unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'noUnit' });
    if (statedNoUnit.metric) state.sentenceMetric = statedNoUnit.metric;
    if (joinsNumerals(folded[numeral.end] ?? '')) state.saidEnd = numeral.end + 1;
    state.sentenceMetricBase = undefined;
  }
  // 算力规模达到10000P: a value a bound or change word states, of a unit in letters no list names, is said.
  const letters = notTarget === 'name' && !unit && statedAt(state, numeral.start) ? lettersUnitEnd(folded, numeral.end) : undefined;
  if (letters !== undefined) unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, letters), reason: 'lettersUnit' });
  if (notTarget && !(saidNoUnit && inCondition) && !noUnitLevel) return undefined;
  // 当PM2.5浓度达到150微克/立方米时: the level of a condition, not the city's target; said, never left out silently.
  if (inCondition && trigger) {
    unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'condition', quantity: asWritten(numeral.start, Math.max(suffixEnd, unitEnd)), when: asWritten(trigger.start, trigger.end + 1) });
    return undefined;
  }
  if (numeral.fraction && unitEnd === unitStart) return undefined;
  // 至少1/3的县建有不少于1处设施: a numeral after a share in its clause qualifies the set, it is not a target.
  if (state.shareSeen) return undefined;
  const isShare = (numeral.fraction !== undefined || unit?.kind === 'percent') && (folded[suffixEnd] === '的' || folded[numeral.end] === '的');
  // 由2023年的45000元提高到48000元: 45000 is where the metric starts from, the baseline of 48000, named before 由.
  const goes = goesFrom(folded, numeral, suffixEnd, state);
  if (goes) {
    state.from = { value: numeral.value, metricEnd: goes.by, next: goes.next };
    return undefined;
  }
  const from = state.from?.next === numeral.start ? state.from : undefined;
  // 以2倍的力度推进, 付出2倍努力, 2倍于全省平均水平: a multiple no target ends at is rhetoric, in digits as in words (两倍).
  if (unit?.kind === 'multiple' && !endsTarget(folded, unit.end)) return undefined;

  // 地区生产总值增长6%以上,力争7%; 建成基站500个,6月底前完成300个: a clause with no bound or change word, after a
  // target of its sentence in a clause before.
  const bareClause = !state.bound && !state.change && !lead.respectively && state.lastMetric !== undefined && state.lastTargetEnd < state.clauseStart;
  // 新建基站300个,力争500个 (确保500个); 粮食总产量稳定在70亿斤以上,力争达到72亿斤: a clause that only restates the
  // target before it, in the same unit, states the same quantity: the same metric words (新建 kept: the 500 is of new
  // ones) and measure. Its comparator is its own words' (确保完成280个: 280, as 确保新增城镇就业2万人 is 2万人), 确保 its
  // firmness: an amount is reached from its value up, so no bound word is read into it.
  const lastTarget = state.lastTarget;
  const raised = lastTarget && !lead.respectively && state.lastTargetEnd < state.clauseStart && restatesAlone(folded, state.clauseStart, numeral.start, Math.max(suffixEnd, sharedEnd)) && lastTarget.unit === folded.slice(...unitWords) ? lastTarget : undefined;
  // 地区生产总值增长6%以上,力争7%: a clause of a firmness word alone before its value, right after a value of a change,
  // continues that change (as 增长6%左右、力争7% does).
  if (bareClause && state.lastValue?.change && firmnessAlone(folded, state.clauseStart, numeral.start)) {
    state.change = { comparator: state.lastValue.change, end: numeral.start };
  }
  const listHead = respectiveListHead(folded, lead, numeral.start);
  // Where this target's own words start in its clause (after a target or a list item before it in the clause).
  const ownStart = Math.max(state.clauseStart, state.listStart, state.lastTargetEnd);
  const { comparator, worded: comparatorWorded, keepsChange, floor, approx } = readComparator(folded, numeral, unit, folded.slice(...unitWords), suffix?.value ?? ahead?.bound ?? (unit?.kind === 'span' && finishedWithin(folded, unitEnd) ? 'atMost' : undefined), state, listHead);
  // 较2020年下降3%—5%: a range of a change has the base year the single value would (下降3%), and keeps the change's
  // direction (`direction`), which its comparator does not say.
  const rangeOf = comparator === 'range' && keepsChange ? state.change?.comparator : undefined;
  // 森林覆盖率提高1—2个百分点: the direction says the range's change, so its word is no part of the metric (森林覆盖率);
  // a capped growth (增长控制在3%以内) keeps it, the growth being what is capped (review r113).
  const keepsChangeWord = keepsChange && rangeOf === undefined;
  const ofChange = comparator === 'increaseBy' || comparator === 'decreaseBy' || rangeOf !== undefined;
  // 空气质量综合指数下降0.2以上: a change of a quantity of no unit is none of its levels, nor a change in percent: said.
  if (noUnitLevel && ofChange) {
    unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'noUnit' });
    return undefined;
  }
  // 达到2020年的1.5倍, 是上年的1.1倍, 恢复到2019年的120%: a multiple of a year's level, or a share of a past year's, has
  // that year as its base.
  const level = unit?.kind === 'multiple' || unit?.kind === 'percent' ? levelBaseBefore(folded, numeral.start, state.yearBefore) : undefined;
  const stated = ofChange ? baselineYearOf(state) : level?.year;

  // 2025年全市森林覆盖率, 2024年再新建 (a time leading the clause, as 到2025年 and 年底前 are): no part of the metric; nor
  // is a past time leading it (2023年地区生产总值增长7%,…,2025年达到6000亿元: what the later clause carries is 地区生产总值).
  const time = leadingTime(folded, state);
  // 全市2023年新建5G基站3000个: a short subject before the past time is the metric's still, the time cut out below.
  const pastInClause = state.past?.clauseStart === state.clauseStart && state.past.end <= numeral.start ? state.past : undefined;
  const pastLead = pastInClause ? (pastInClause.subject ?? pastInClause.end) : 0;
  const metricStart = Math.max(metricStartOf(folded, numeral, state, lead, time), pastLead);
  const metricEnd = from && from.metricEnd > metricStart ? from.metricEnd : numeral.start;
  const respective = respectiveName(folded, lead, numeral.start);
  // 全市和县域增速分别高于全省2个、3个百分点: a gap's peer after 分别 is what each item is compared with (全市增速高于全省,
  // the words after 分别 below), and the items' 增速 what is compared, kept as a peer keeps it (peer.ts).
  const peer = respective ? respectivePeer(folded, lead, listHead) : undefined;
  // 全市、县域增速分别比2020年提高2个百分点: the change word is the one after 分别, an item's own (增速) is its name's.
  const keepItemChange = keepsChangeWord || !!peer || (!!respective && state.change !== undefined && state.change.end > lead.respectively!.at);
  const [trimmedFrom, beforeEnd] = trimMetric(folded, ...(respective?.name ?? [metricStart, metricEnd]), keepItemChange, state.yearBefore);
  // 推动全省地区生产总值增长5%: the plan pushes the change; what changes is the words after its verb.
  const trimmedStart = ofChange && !respective ? trimmedFrom + (PUSHING.exec(folded.slice(trimmedFrom, beforeEnd))?.[0].length ?? 0) : trimmedFrom;
  // 全市研发投入强度达到2.5%(高于全省0.2个百分点): a gap to a peer in brackets right after a target is a gap of that
  // target's metric (全市研发投入强度高于全省, below), never named by its bracket.
  // (2025年高于全省1个百分点): its own year is no part of it either.
  const inBracket = !respective && folded[trimmedStart] === '(' && state.bracket?.start === trimmedStart ? trimMetric(folded, trimmedStart + 1, beforeEnd)[0] : undefined;
  // 高于城镇居民1.5个百分点: a gap to another group than a region is read before percentage points only (peer.ts).
  const points = inPoints(folded.slice(...unitWords));
  const bracketGap = inBracket !== undefined && gapAlone(folded, inBracket, beforeEnd, points) !== undefined;
  const beforeStart = bracketGap ? inBracket : trimmedStart;
  const gapOfLast = bracketGap && !gapAfterList && folded.slice(state.lastTargetEnd, trimmedStart).trim() === '';
  // 高于全省, 增速高于全省: a gap to a peer that names no subject of its own (peer.ts).
  const gap = gapAlone(folded, beforeStart, beforeEnd, points);
  // 全市研发投入强度达到2.5%,高于全省0.2个百分点: so is one alone in the clause right after the clause a value ends, in its
  // sentence, a time of its own before it or not (…2023年达到60%,2025年高于全省3个百分点: 全市城镇化率高于全省); not an
  // item of a 分别 list, nor a gap after one (whose value names no one metric).
  const previous = state.previousClauseStart;
  const gapAfterClause = gap !== undefined && !respective && !lead.respectively && previous !== undefined && state.lastTargetEnd > previous && state.lastTargetEnd < state.clauseStart && noteOnly(folded.slice(state.lastTargetEnd, state.clauseStart - 1));
  // 增长8%、高于全省2个百分点: so is one alone in the item of a 、-list right after the value, as after a comma.
  const itemJoin = state.listStart - 1;
  const gapAfterItem = gap !== undefined && !respective && !lead.respectively && folded[itemJoin] === '、' && state.lastTargetEnd >= state.clauseStart && state.lastTargetEnd <= itemJoin && noteOnly(folded.slice(state.lastTargetEnd, itemJoin));
  const follows = gapOfLast || gapAfterClause || gapAfterItem;
  // 增长7%,达到4万元,高于全省1个百分点: a gap in percentage points compares the nearest value in % or of a change in its
  // sentence, never an amount; with none, it keeps its own words (新增城镇就业3万人,高于全省1个百分点: 高于全省).
  const ofValue = follows ? (points && state.lastValue && !state.lastValue.rate ? state.lastRateValue : state.lastValue) : undefined;
  // 全省和全市分别达到90%、95%: the province's item is its figure; only the city's value is a target.
  const otherItems = respective ? respective.items.filter((item) => item !== respective.name).map((item) => folded.slice(...trimMetric(folded, ...item))) : [];
  // 省、市、县三级分别建成示范点10个、5个、3个: a title at each level (省级示范点), none a region's figure.
  const levelItem = respective ? levelListItem(text, folded, respective.items, respective.name) : undefined;
  if (respective && levelItem === undefined && regionAboveCity(folded, beforeStart, beforeEnd, otherItems)) return undefined;
  // 全市和县域分别新建5G基站2000个、1000个: what each item counts is written after 分别 (全市新建5G基站), but for its
  // change and bound words (分别增长, 分别达到) and a verb alone (分别新建).
  const words = respective && respectiveWords(folded, lead, numeral.start, listHead);
  const [wordsStart, wordsEnd] = words ? trimMetric(folded, ...words, keepsChangeWord || !!peer, state.yearBefore) : [0, 0];
  // 公园、口袋公园分别新建5个、20个: a verb alone names nothing the item does not; 分别至少建成, 分别提高到每人每月,
  // 分别高于经济增速: a bound or a comparison but a peer's (全市增速高于全省) is the value's, no part of the metric.
  const wordsNothing = onlyVerbs(folded, wordsStart, wordsEnd) || (!peer && boundWords.match(folded, wordsStart) !== undefined);
  const wordsOf = (s: string): string => (wordsNothing ? '' : s.slice(wordsStart, wordsEnd));
  // 全市到2025年森林覆盖率达到20%: a deadline inside the metric is cut out of it (全市森林覆盖率); so is the base before
  // the change word a range keeps (单位GDP能耗较2020年下降3%—5%: 单位GDP能耗下降, its base year 2020).
  const pastCut =
    pastInClause?.subject !== undefined && pastInClause.start >= beforeStart && pastInClause.end < beforeEnd
      ? ([pastInClause.start, pastInClause.end] as const)
      : time?.subject !== undefined && time.start >= beforeStart && time.end < beforeEnd
        ? ([time.start, time.end] as const)
        : undefined;
  const [cutStart, cutEnd] = (keepsChangeWord && baseBeforeChange(folded, beforeStart, beforeEnd)) || (deadlineWithin(folded, beforeStart, beforeEnd) ?? pastCut ?? [beforeEnd, beforeEnd]);
  // 城乡居民人均可支配收入分别增长5.5%、7%: each value's group in place of 城乡 (城镇居民…, then 农村居民…).
  const urbanRural = respective?.urbanRural !== undefined && respective.urbanRural >= beforeStart && respective.urbanRural + 2 <= cutStart ? respective.urbanRural : undefined;
  const inGroup = (s: string): string => (urbanRural === undefined ? s : s.slice(0, urbanRural) + urbanRuralGroups(s.slice(urbanRural, urbanRural + 2))[Math.min(lead.respectively!.joiners, 1)] + s.slice(urbanRural + 2));
  const metricOf = (s: string): string => inGroup(s).slice(beforeStart, cutStart) + s.slice(cutEnd, beforeEnd);
  // 分别 and lists that do not pair, or an item that is no rate beside a last item that is (主要农作物、…机械化率: the
  // rate may be shared): a metric for a person to check, whatever else is sure.
  const last = respective ? trimMetric(folded, ...respective.last, keepItemChange) : undefined;
  const doubtfulPair = respective === null || (!!last && folded[last[1] - 1] === '率' && folded[beforeEnd - 1] !== '率' && beforeEnd - beforeStart > 2);
  const afterStart = folded[suffixEnd] === '的' ? suffixEnd + 1 : isShare ? unitEnd : suffixEnd;
  // 增长7%(高于全省1个百分点): a gap to a peer in brackets after a value is no noun it counts.
  const after = folded[afterStart] === '(' && gapAlone(folded, afterStart + 1, afterEnd(folded, afterStart)) ? afterStart : afterEnd(folded, afterStart);
  const weakBefore = !respective && (countedAfter(folded, lead, beforeStart, beforeEnd) || (isShare && folded[suffixEnd] === '的'));
  // 全市、县域增速: the noun an item shares is its metric's, read for its measure as written (全市增速, a rate as 县域增速).
  const sharedWords = weakBefore ? undefined : sharedNoun(folded, beforeStart, beforeEnd, last);
  // 全市和各县市区分别建成1个、3个示范点: what the list counts, named once after its last value, is each value's.
  const listEnd = respective && ahead ? ahead.end : 0;
  const countedEnd = respective ? afterEnd(folded, listEnd) : 0;
  const counted = countedEnd > listEnd && isIdeograph(folded[listEnd]) && folded[listEnd] !== '的' && !onlyVerbs(folded, listEnd, countedEnd);
  const ownWordsOf = (s: string): string => (sharedWords ? s.slice(...sharedWords) : '') + wordsOf(s) + (counted ? s.slice(listEnd, countedEnd) : '');
  // What each level's title is of: the noun after the list (分别建成1个、3个示范点), else the words after 分别 without
  // their verbs (分别建成示范点); a verb alone (分别设立1000万元、500万元的专项资金) names none.
  const verbAlone = (): boolean => flowWords.match(folded, wordsStart)?.word.length === wordsEnd - wordsStart;
  // 分别设立服务站: a verb of setting up goes as 建成 does (县级服务站).
  const setUp = levelItem === undefined ? 0 : (SET_UP.exec(folded.slice(wordsStart, wordsEnd))?.[0].length ?? 0);
  const levelNoun =
    levelItem === undefined
      ? undefined
      : counted
        ? text.slice(listEnd, countedEnd).trim()
        : words && !wordsNothing && !verbAlone()
          ? withoutVerbs(text, folded, wordsStart + setUp, wordsEnd, text.slice(wordsStart + setUp, wordsEnd).trim())
          : undefined;
  // 省、市、县三级示范点分别达到10个、5个、3个: a noun after the levels' count (省级示范点) is a name of its own.
  const levelName = levelItem !== undefined ? (levelNoun ? levelItem + levelNoun : foldToSimplified(levelItem).endsWith('级') ? '' : levelItem) : undefined;
  const metricFolded = levelName !== undefined ? foldToSimplified(levelName) : metricOf(folded) + (weakBefore ? folded.slice(afterStart, after) : ownWordsOf(folded));
  const written = levelName ?? (metricOf(text) + (weakBefore ? text.slice(afterStart, after) : ownWordsOf(text))).trim();
  // 实现行政村百分之百通硬化路: a share in words before the noun it measures, or after a verb and a place alone, names
  // no metric we read: said, not read (实现行政村 is no rate).
  if (numeral.shareUnit && (!endsTarget(folded, numeral.end) || verbAndPlace(metricFolded.trim()))) {
    unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'shareNoMetric' });
    return undefined;
  }
  // 新建5G基站2000个,到年底累计达到1.5万个; 研发投入强度提高0.2个百分点,达到2.5%: a clause that names nothing (or only
  // 同比) is about the metric its sentence named last; with none, the metric is missing (never the value itself).
  const scrap = !lead.respectively && isScrap(metricFolded.trim());
  // 全市粮食产量,2023年达到72亿斤,2024年稳定在72亿斤以上: a clause before that names a metric and no value names it.
  if (scrap && state.sentenceMetric === undefined) state.sentenceMetric = namedBefore(text, folded, state);
  // 新建基站300;2025年达到500个: the first clause after a semicolon that names nothing takes the metric before it.
  const semicolon = state.beforeSemicolon;
  if (scrap && state.sentenceMetric === undefined && semicolon?.clauseStart === state.clauseStart) {
    state.sentenceMetric = semicolon.metric;
    state.sentenceMetricBase = semicolon.base;
  }
  // 数字经济核心产业增加值达到500亿元,占地区生产总值比重提高1个百分点: a share named by what it is of alone is the share
  // of the metric its sentence named last (数字经济核心产业增加值占地区生产总值比重), as a clause that names nothing takes it.
  const shareOf = !scrap && !ofValue?.metric && !respective && !lead.respectively && levelName === undefined && shareOfPattern.test(metricFolded.trimStart()) ? state.sentenceMetric : undefined;
  // 新建城市书房20处(其中:市级5处、区县级15处): a level alone in a bracket of 其中 after a target counts that target's
  // noun at the level (市级城市书房); the noun stays the sentence's for the next level. So does one in a clause of 其中
  // after it, unbracketed (龙头企业达到500家,其中国家级12家、省级80家: review r113 F6).
  const ofPart = state.bracket !== undefined ? PART_OF.test(folded.slice(state.bracket.start + 1, state.bracket.start + 4)) : inPart(folded, state, numeral.start);
  const partOf = !scrap && !respective && !lead.respectively && ofPart && state.lastMetric !== undefined && state.sentenceMetric && LEVEL_ALONE.test(metricFolded.trim().replace(PART_OPENING, '')) ? nounOfPart(state, state.bracket?.start ?? state.clauseStart) : undefined;
  // 建成高速公路2条、里程86公里; 新建口袋公园10座,总数达到20座: a total or a verb alone after a target of its sentence
  // is of that target's noun (高速公路里程, 口袋公园总数); after a clause of no value, of what it names before its
  // deadline (老旧小区改造6月底前开工,10月底前完工120个: 老旧小区改造完工). So is a verb of a stage alone in a part
  // (其中开工100个: 城镇老旧小区开工).
  const bare = metricFolded.trim();
  const ofOutput = OUTPUT_VALUE.test(bare) && state.lastMetric !== undefined && nounOfSentence(state.sentenceMetric) !== state.sentenceMetric;
  const alone = !scrap && !shareOf && !ofValue?.metric && !respective && !lead.respectively && (OF_SENTENCE_NOUN.test(bare) || ofOutput || (OF_WHOLE_NOUN.test(bare) && inPart(folded, state, numeral.start)));
  const lengthOf = alone ? (state.lastMetric !== undefined ? nounOfSentence(state.sentenceMetric) : namedBeforeDeadline(text, folded, state)) : undefined;
  // …of a verb of completion alone counts what the target before counted, its verbs kept (建成基站, not 完成), as a
  // clause that only raises it does (raised, above), when it sets its own deadline (6月底前完成300个: a stage of that
  // work); not the part of a total (其中完成300个), nor what is done of work started (开工改造老旧小区100个,完成50个).
  const continued = bareClause && COMPLETION.test(metricFolded.trim()) && continuesWork(folded, state, numeral.start) ? state.lastMetric : undefined;
  const ownMetric = raised ? raised.metric : continued !== undefined ? continued : scrap ? (state.sentenceMetric ?? '') : ofValue?.metric ? gapSubject(ofValue.metric, ofValue.change, gap) + written : (shareOf ?? lengthOf ?? '') + (partOf === undefined ? written : written.replace(PART_OPENING, '') + partOf);
  // 接待游客8000万人次,实现旅游收入800亿元,分别增长10%、12%: 分别 with no subjects pairs with the targets before, each
  // named as a clause that names nothing after it is (接待游客8000万人次,增长10%); one clause each.
  const statedBefore = lead.respectively && !ownMetric && state.oneTargetPerClause ? respectiveStated(folded, lead, state.sentenceTargets, state.targetsBeforeClause) : undefined;
  const metric = statedBefore?.metric ?? ownMetric;
  // 2023年增长7%,高于全省1个百分点: a gap to a peer names no metric of the city's for a later clause to take.
  const onlyPeer = gap !== undefined;
  if (!scrap && continued === undefined && partOf === undefined && written && !lead.respectively && !onlyPeer) {
    // 全市光伏装机2023年完成投资50亿元,2025年达到100万千瓦: the work done in the year cut out of the metric is no part of
    // what a later clause counts (全市光伏装机); two characters before the year name too little, and keep it (全市2023年
    // 完成造林: 全市完成造林).
    const doneEnd = cutEnd > cutStart && cutStart - beforeStart > 2 && WORK_DONE.test(folded.slice(cutEnd, cutEnd + 2)) ? cutStart : undefined;
    const [carriedEnd, carried] = doneEnd === undefined ? [beforeEnd, written] : [doneEnd, text.slice(beforeStart, doneEnd).trim()];
    // 2023年全市已建成5G基站3000个,2025年达到6000个: nor is work said to be done (全市5G基站); only its mark goes, the
    // noun after it keeps its own verbs (全市已完成造林面积: 全市造林面积; 已实现新增就业: 新增就业).
    // The mark is found in the metric as written, a year cut out before it or not (全市2023年已建成5G基站: 全市5G基站).
    const marked = markedDone(folded, beforeStart, carriedEnd);
    const mark = marked ? text.slice(...marked) : '';
    const at = marked ? carried.indexOf(mark) : -1;
    // 全市2023年新建5G基站3000个,2025年达到5000个: after a short subject and its year cut out, the verbs that lead
    // the rest go as they do leading a metric (全市5G基站).
    const subject = pastCut && !marked && carriedEnd === beforeEnd ? text.slice(beforeStart, cutStart).trim() : undefined;
    // 2023年全市新建5G基站3000个,2025年达到5000个: so do they after a short subject a time leading the clause left
    // first (全市5G基站, as 全市2023年… gives).
    // 2023年,全市新建5G基站3000个,…: as do a year or a range alone in the clause before, the plan's year known (as a
    // time leading the clause is read only then).
    const ledByTime = (time !== undefined && time.subject === undefined) || (pastInClause !== undefined && pastInClause.subject === undefined) || (state.yearBefore !== undefined && timeClauseBefore(folded, state));
    const leading = !subject && !marked && ledByTime && SHORT_SUBJECT.test(folded.slice(beforeStart, beforeStart + 2)) ? text.slice(beforeStart, beforeStart + 2) : undefined;
    state.sentenceMetric =
      marked && at >= 0
        ? withoutVerbs(text, folded, beforeStart, marked[0], carried.slice(0, at).trim()) + withoutVerbs(text, folded, marked[1], carriedEnd, carried.slice(at + mark.length).trimStart(), false)
        : subject && carried.startsWith(subject)
          ? subject + withoutVerbs(text, folded, cutEnd, carriedEnd, carried.slice(subject.length).trimStart())
          : leading && carried.startsWith(leading)
            ? leading + withoutVerbs(text, folded, beforeStart + 2, carriedEnd, carried.slice(2))
            : withoutVerbs(text, folded, beforeStart, carriedEnd, carried);
    if (shareOf ?? lengthOf) state.sentenceMetric = (shareOf ?? lengthOf) + state.sentenceMetric;
    state.sentenceMetricBase = ofChange ? stated : undefined;
  }
  // 单位GDP能耗较2020年下降13.5%,力争下降14%: a change about the metric its sentence named, with no base of its own, is
  // since that metric's base year, as it is about that metric. 比重提高1.5个百分点, with none at all, or 比上年 (the whole
  // year before): since the end of the year before the plan's, or its period's (reviews r80, r81); not 同比, 年均 (a
  // base of its own, a year's).
  const pointsBase = () => baseOfPoints(folded.slice(...unitWords), metricFolded, state.yearBeforePeriod);
  const unstated = !ofChange || state.ownBase === true ? undefined : state.ownBase === 'yearBefore' ? pointsBase() : ((scrap ? state.sentenceMetricBase : statedBefore?.base) ?? pointsBase());
  const baselineYear = stated ?? unstated;
  const clause = folded.slice(Math.max(state.clauseStart, numeral.start - METRIC_BEFORE), numeral.start) + folded.slice(afterStart, after);
  const unitText = numeral.shareUnit ?? text.slice(...unitWords);
  // 保持8个以上: a level held is one reached, as 稳定在 is.
  const reached = (state.bound !== undefined && REACHED_WORDS.has(state.bound.word)) || folded[numeral.start - 1] === REACHED_ADJACENT || (lead.kept && holdsThings(unit, unitText, metricFolded));
  const broughtDown = state.bound !== undefined && BROUGHT_DOWN_WORDS.has(state.bound.word);
  // The plan's year and the deadline's: a change in percentage points over a year (a rate) or over years (a change).
  // 人均GDP2025年达到10万元,比2020年增长50%: a clause that names nothing continues the metric before it, and its year,
  // unless it names a time of its own; so does a gap to a peer after its value (全市城镇化率2025年达到65%,高于全省3个百分点).
  const carried = state.carriedDeadline;
  // 研发经费投入强度2024年、2025年分别提高…: a 分别 list of years of the plan (its period) gives each value its year's
  // end, none for the plan's own year, as a year alone before its change word does (readBareYear).
  const plan = state.yearBefore === undefined ? undefined : state.yearBefore + 1;
  const itemYear = respective?.year !== undefined && (state.yearBeforePeriod === undefined || respective.year > state.yearBeforePeriod) ? respective.year : undefined;
  const deadline =
    itemYear !== undefined
      ? itemYear === plan
        ? undefined
        : { year: itemYear, month: 12 }
      : (scrap || gapAfterClause) && carried && state.deadline === carried.previous
        ? carried.deadline
        : state.deadline;
  const years = { plan, deadline: deadline?.year };
  // A capped rate of change (增速控制在2%以內) is a growth with a ceiling: a fall is within it, never a negative rate; a
  // range of a change (下降3%—5%) is the change's size, a growth of the metric in its `direction`; with a base
  // year (较2020年下降3%—5%) a change, as 下降3% is.
  // A value of no unit bounded or reached (控制在1.3以内, 不低于1.2) is a level: no total used up, no share in percent.
  const perHead = unit?.kind === 'amount' && perHeadBefore(folded, state.clauseStart, numeral.start);
  const { measure, worded: measureWorded } = raised
    ? { measure: raised.measure, worded: true }
    : noUnitLevel || perHead
    ? { measure: 'level' as const, worded: true }
    : keepsChange
    ? { measure: baselineYear === undefined ? ('growth' as const) : measureOfChange(folded.slice(...unitWords), metricFolded, { base: baselineYear, ...years }), worded: true }
    : readMeasure(comparator, baselineYear, numeral, unit, folded.slice(...unitWords), metricFolded, clause, reached, conferredOn(state, clause), broughtDown, years, respective ? itemNamesLevel(folded, respective) || namedLevelPattern.test(wordsOf(folded) + (counted ? folded.slice(listEnd, countedEnd) : '')) : undefined);

  const firmness = firmnessAt(folded, state, numeral.start, suffix?.value === 'atMost' || suffix?.value === 'atLeast' ? { comparator: suffix.value, end: suffixEnd } : undefined);
  const each = eachSet(folded, lead, numeral.start);
  // …分别增长6%、8%,年均增长7%: a value whose clause names nothing but a period or a base (年均, 同比, 累计) is quoted
  // with its statement words (年均增长7%, not 7%), as one that names its metric is: its readers take 年均 from the quote.
  const ownPeriod = scrap && beforeStart < numeral.start && NAMING_NOTHING_IN.test(folded.slice(beforeStart, numeral.start));
  const quoteStart = beforeEnd > beforeStart || ownPeriod ? beforeStart : numeral.start;
  const quoteEnd = weakBefore && after > afterStart ? after : Math.max(suffixEnd, unitEnd, sharedEnd);
  // 建成市级政务云灾备中心1个, 南陵县建成省级绿色食品产业园1个: a one-off is named by what is built, not by its verb.
  const name = raised ? raised.metric : !scrap && !shareOf && !ofValue?.metric && !respective && !lead.respectively && levelName === undefined && !each && isOneOff(numeral, unit) ? oneOffName(metric) : metric;
  state.lastTargetEnd = Math.max(suffixEnd, unitEnd);
  state.lastMetric = respective || lead.respectively || onlyPeer ? undefined : metric;
  state.lastTarget = respective || lead.respectively || onlyPeer ? undefined : { metric: name, measure, unit: folded.slice(...unitWords) };
  // 增长6%,高于全省1个百分点,高于全国2个百分点: a gap of the value before leaves it for the next gap.
  if (!follows || !state.lastValue) {
    // 增长5.5%—6%: a range keeps its change word in its metric; the gap after it is of its rate all the same.
    const change = comparator === 'increaseBy' || comparator === 'decreaseBy' ? comparator : rangeOf;
    const carried = respective || lead.respectively ? undefined : gapMetric(state.sentenceMetric, change !== undefined && comparator === 'range');
    // 研发投入强度提高0.2个百分点,高于全省0.1个百分点: a change in points is of a rate or share, whose gap is of the
    // rate itself (研发投入强度高于全省), no rate of change.
    const ofPoints = inPoints(folded.slice(...unitWords));
    const value = { metric: carried, change: ofPoints ? undefined : change, rate: change !== undefined || unit?.kind === 'percent' || ofPoints || (carried !== undefined && GROWTH_RATE.test(carried)) };
    state.lastValue = value;
    if (value.rate) state.lastRateValue = value;
  }
  if (isShare) state.shareSeen = true;
  // 单位GDP能耗2023年下降3.2%、2024年下降3%: the value right after a year before the plan's is what was done.
  const pastValue = state.pastValue?.clauseStart === state.clauseStart ? state.pastValue : undefined;
  state.pastValue = undefined;
  // 地区生产总值2023年增长7%,高于全省1个百分点: the gap to a peer in the clause right after a past value is of its time,
  // unless the gap's clause names a time of its own (2023年达到60%,2025年高于全省3个百分点: a target of 2025); so is
  // one in brackets right after it (2023年增长7%(高于全省1个百分点)).
  const lastPast = state.lastPast;
  const pastGap =
    onlyPeer &&
    lastPast !== undefined &&
    (lastPast.clauseStart === state.previousClauseStart || (gapOfLast && lastPast.clauseStart === state.clauseStart)) &&
    !namesTime(folded, Math.max(state.clauseStart, numeral.start - METRIC_BEFORE, gapOfLast ? trimmedStart : 0), beforeStart)
      ? lastPast
      : undefined;
  // 截至2023年底,全市已建成5G基站3000个: what was done, not a target; said, never left out silently.
  // 全市已完成造林面积5万亩: done already, with no time; said as a past fact is.
  const done = pastValue || pastGap || state.past ? undefined : doneAt(folded, state, numeral.start - METRIC_BEFORE, numeral.start);
  if (pastValue || pastGap || done || pastAt(folded, state, numeral.start - METRIC_BEFORE, numeral.start)) {
    const { start, end } = pastValue ?? pastGap ?? done ?? state.past!;
    unread.push({ offset: offsetOf(numeral.start), numeral: asWritten(numeral.start, numeral.end), reason: 'past', quantity: asWritten(numeral.start, Math.max(suffixEnd, unitEnd)), when: asWritten(start, end) });
    state.lastPast = { start, end, clauseStart: state.clauseStart };
    if (beforeNote && pastValue) {
      state.lastTargetEnd = beforeNote.end;
      state.lastValue = beforeNote.value;
      state.lastRateValue = beforeNote.rateValue;
      state.sentenceMetric = beforeNote.metric;
      state.sentenceMetricBase = beforeNote.base;
      state.lastPast = beforeNote.past;
    }
    return undefined;
  }
  state.lastPast = undefined;
  state.sentenceTargets.push({ metric: respective || lead.respectively || onlyPeer ? undefined : state.sentenceMetric, base: state.sentenceMetricBase });
  const confidence = Math.min(confidenceOf({ comparatorWorded, measureWorded, firm: firmness !== 'plain', metricLength: name.length, value: numeral.value, unit, paired: !!respective }), doubtfulPair ? DOUBTFUL : 1);
  // 9月底前完成年度任务的百分之八十: a milestone of the task's own progress.
  const read = isMilestone(name, unitText) ? asMilestone(comparator, confidence) : { comparator, confidence };

  // The words before the figure, from its own start in the clause though the quote start at the figure (r125 F1).
  const ownWordsFrom = Math.min(quoteStart, ownStart, listHead);
  const heldRange = comparator === 'range' && !rangeOf && measure === 'flow' && heldAt(folded, ownWordsFrom, listHead);
  return {
    quote: asWritten(quoteStart, quoteEnd),
    offset: offsetOf(quoteStart),
    metric: name,
    // 7—8 of 7%—8%: the value as the document writes it, its unit once, as after `2—3`.
    valueText: numeral.innerUnit ? text.slice(numeral.start, numeral.innerUnit.start) + text.slice(numeral.innerUnit.end, numeral.end) : text.slice(numeral.start, numeral.end),
    value: numeral.value,
    ...(numeral.upperValue !== undefined ? { upperValue: numeral.upperValue } : {}),
    ...(numeral.fraction ? { fraction: numeral.fraction } : {}),
    unit: unitText,
    comparator: read.comparator,
    ...(rangeOf ? { direction: rangeOf } : {}),
    // 增长3%—5% asks for the change, 增长控制在3%—5% holds it in its band: decided where the figure is (r118 F3).
    ...(rangeOf && changeAsked(folded, ownWordsFrom, listHead) ? { changeAsked: true as const } : {}),
    ...(comparator === 'approx' || approx ? { tolerance: toleranceOf(numeral.value, unit) } : {}),
    firmness,
    ...(baselineYear !== undefined ? { baselineYear } : {}),
    // A level's value at the start (由45000元提高到48000元): what it is paced from.
    ...(from && measure === 'level' && (from.unit === undefined || from.unit === unitText) ? { baseline: from.value } : {}),
    ...(floor ? { floor } : {}),
    ...(approx ? { approx } : {}),
    ...(deadline?.year !== undefined ? { deadline: lastDayOf(deadline.year, deadline.month) } : {}),
    ...(deadline && deadline.year === undefined ? { deadlineMonth: deadline.month } : {}),
    ...startOf(state, deadline),
    measure,
    ...(each ? { each: text.slice(each[0], each[1]) } : {}),
    // A rate (穩定在, 保持, 不低於) or a level (穩定在, 保持) the plan holds can fall back before its deadline; a seasonal
    // one (a sown area) is 0 before its season, not behind.
    // So is a range of a flow held or capped (用水总量控制在3亿—3.2亿立方米: r125 F2): above its top it is off its band,
    // not more done. (A level's range held is `lead.kept`; a level's capped (PM2.5控制在35—38) is left as it was: held,
    // it would be behind below its band, which a cap is not.)
    ...(((measure === 'rate' && lead.held) || (measure === 'level' && lead.kept) || heldRange) && !seasonalPattern.test(foldToSimplified(name ?? '')) ? { held: true as const } : {}),
    // 下降到38微克/立方米以下, 缩小到2.1, 降至5%以内: a level or a rate brought down to its limit by the deadline, not held
    // under it all year (控制在); a total the period uses up (用水总量降至…) is a ceiling, judged by its use.
    ...(broughtDown && read.comparator === 'atMost' && (measure === 'level' || measure === 'rate') ? { broughtDown: true as const } : {}),
    ...(measure === 'ceiling' && NEVER_ZERO.test(metricFolded) ? { neverZero: true as const } : {}),
    // 甲和乙,分别增长15%、20%: a numeral of 分别 whose subject was not found names nothing.
    ...(lead.respectively && !metric ? { subjectUnknown: true as const } : {}),
    ...(scrap && !metric ? { metricMissing: true as const } : {}),
    confidence: read.confidence,
  };
}
