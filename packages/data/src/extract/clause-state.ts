/**
 * What the words read so far say about the numeral to come, kept in one forward pass: the sentence's firmness (确保,
 * 力争 reach to the end of the sentence, or of their clause after its subject; 争创 to the end of its clause) and conferral (争取创建, 争创), the clause's comparator and change words, its
 * base year (or its sentence's, from a clause that is only a base: 与2020年相比,…; in a plan of a known year, the year
 * before it for 较上年末), a past time that leads the sentence or a clause of it (截至2023年底, 上年末: past facts), and
 * where the clause and the current list item start.
 */
import { isDigit } from './chars.js';
import { WordList } from './word-list.js';
import { comparesAt, deadlineAt, partOfYearAt, periodAloneAt, yearAloneAt } from './deadline.js';
import { pastInBracket, SHORT_SUBJECT } from './past-facts.js';
import { inPoints } from './units.js';
import type { Comparator, Firmness, Measure } from '../schema.js';
import { COMPARISON_WORDS, FLOW_NOUNS, PERIODS_BEFORE, REACHED_ADJACENT, YEARS_BEFORE, baselineWords, boundWords, changeWords, conferralWords, firmnessWords, flowWords, leadingWords, scopeWords } from './words.js';

/** Characters that end a sentence: firmness words reach no further. */
export const SENTENCE_ENDS = new Set(['。', ';', '!', '?', '\n', '\r', '…']);
/** Characters that end a clause: comparator words and 争创 reach no further. */
export const CLAUSE_ENDS = new Set([',', ':']);
/**
 * A verb of pushing leading the metric of a change (推动全省地区生产总值增长5%: 全省地区生产总值), with words after it.
 * Before a flow or a level it stays (推动企业职工养老保险扩面30000人: the work pushed is what is counted); before a start
 * it lets the start lead its clause (全力推动下半年新增就业3000人).
 */
export const PUSHING = /^(?:推动|推进|促进)(?=.)/;
/** A dash (one, or two: after folding every dash is `—`) and a year: what may lead a statement of its own. */
const DASH_YEAR = /^—{1,2}\d{4}年/;

/**
 * How many dashes at `at` start a clause, as a comma does: those before a year and a statement word, a bound word
 * (达到, 降至, 提高到, 控制在, 突破, 超过, 稳定在), a change word (增长, 下降) or 达 right before a value. 新建基站300个——
 * 2025年达到500个 states the level after it on its own (its verb, 新建, is not the level's); 控制在1.3——2025年降至1.25以下
 * bounds the 1.25 by 降至 alone. Before other words a dash stays punctuation within its clause (——其中, ——2025年新建);
 * 0 then.
 */
export function statementDash(text: string, at: number): number {
  const dashYear = DASH_YEAR.exec(text.slice(at, at + 7));
  if (!dashYear) return 0;
  const word = at + dashYear[0].length;
  const states = boundWords.match(text, word) !== undefined || !!changeWords.match(text, word)?.value || (text[word] === REACHED_ADJACENT && isDigit(text.charCodeAt(word + 1)));
  return states ? dashYear[0].length - '2025年'.length : 0;
}
/** Words of a clause that names its own period (地区生产总值年均增长6%, 全年…增长6%): the sentence's base is not its. */
const ownPeriods = new WordList<true>({ 年均: true, 全年: true, 今年: true, 当年: true });
/**
 * {@link COMPARISON_WORDS}, looked up as the other word lists are (by first character, not one by one): whether each
 * compares with the whole year before ({@link YEARS_BEFORE}: 比上年, 与去年相比; not 同比, 比上年同期).
 */
const comparisonWords = new WordList<boolean>(
  Object.fromEntries(COMPARISON_WORDS.map((word) => [word, YEARS_BEFORE.some((period) => word.slice(1) === period || word.slice(1) === `${period}相比`)])),
);

/** 1 for every UTF-16 unit that {@link readWord} may act on; the scan skips the rest at once. */
export const WORD_STARTS: Uint8Array = (() => {
  const starts = new Uint8Array(0x10000);
  for (const list of [firmnessWords, conferralWords, boundWords, changeWords, baselineWords, comparisonWords, ownPeriods]) for (const code of list.firstCodes()) starts[code] = 1;
  for (const ch of [...SENTENCE_ENDS, ...CLAUSE_ENDS, '、', '和', '年', '(', ')', '—']) starts[ch.charCodeAt(0)] = 1;
  return starts;
})();

/**
 * What a value read in a sentence is of, for a gap to a peer after it: the metric it carries, without a range's change
 * word or a multiple's peer (none for an item of a 分别 list); its change, if it measures one (增长6%, 增长5.5%—6%:
 * increaseBy; none in points, a rate's own: 提高0.2个百分点); whether it is in % or of a change (`rate`), what a gap in percentage points compares.
 */
export interface LastValue {
  readonly metric: string | undefined;
  readonly change: 'increaseBy' | 'decreaseBy' | undefined;
  readonly rate: boolean;
}

export interface ClauseState {
  sentenceStart: number;
  clauseStart: number;
  /** Start of the current item of a 、-list (or the clause start). */
  listStart: number;
  /**
   * `subject`: read after its clause's subject (城镇新增就业力争…), it governs that clause, and after it only a 其中 part
   * or a clause with no verb of its own (`held`: {@link firmnessAt}).
   */
  firmness: { readonly firmness: Firmness; readonly clauseOnly: boolean; readonly subject?: true; readonly held?: true } | undefined;
  /** A word naming a conferral (争创, 争取创建) governs what follows: the targets are designations. */
  conferral: { readonly clauseOnly: boolean; readonly clauseStart: number } | undefined;
  /** The last floor or ceiling word of the clause (达到, 控制在) and where it ends. */
  bound: { readonly comparator: Comparator; readonly word: string; readonly end: number } | undefined;
  /** The last change word of the clause (增长, 下降) and where it ends. */
  change: { readonly comparator: 'increaseBy' | 'decreaseBy'; readonly end: number } | undefined;
  /** The base year of the clause (较2020年). */
  baselineYear: number | undefined;
  /**
   * The clause (or its current 、-list item) names a base or a period of its own, with a year or without (较2020年,
   * 比上年, 同比, 较上年末; 年均, 全年, 2024年): the sentence's is not its. `'yearBefore'` for the whole year before
   * (比上年, 较去年): a share raised by points since it is so since its end ({@link ClauseState.yearBeforePeriod}).
   */
  ownBase: boolean | 'yearBefore';
  /**
   * The base year of a clause that is only a base (与2020年相比,): of each change after it in its sentence, up to a
   * clause that names its own or the next clause that is only a base (与上年相比,: none).
   */
  sentenceBaselineYear: number | undefined;
  /**
   * The year before the plan's, when the caller gives the plan's year: the base year of 较上年末, 比去年底, 较年初 (the
   * stock at its end). Without it they are a base with no year (a growth, as 比上年).
   */
  readonly yearBefore: number | undefined;
  /**
   * The year before the plan's period when the caller gives its start (2020 of a plan for 2021—2025), else
   * {@link ClauseState.yearBefore}: the last past year (2020年全市已建成…; a later one is of the plan, 2023年新增… a
   * target due then), and the base year of a change in points of a share that names none (强度提高0.2个百分点).
   */
  readonly yearBeforePeriod: number | undefined;
  /** The deadline the sentence sets for its targets (到2026年, 2025年底前, 6月底前, 三季度末前), up to its end. */
  deadline: { readonly year?: number; readonly month: number } | undefined;
  /**
   * The day the sentence's work begins, when it names one (4月1日至6月30日, 自3月起, 下半年, 三季度: `start.ts`), in the
   * plan's year or in the `year` its words name (2024年下半年 in a plan for 2023—2025), the last month of its range or part
   * (6 of 4月1日至6月30日, 9 of 三季度), and the clause it was read in: its targets' start, up to its end.
   */
  start: { readonly month: number; readonly day: number; readonly until?: number; readonly year?: number; readonly clauseStart: number } | undefined;
  /**
   * The year of a range of months that led a clause of the sentence (2025 of 2025年1—3月…): a later clause led by a part
   * of a year naming none (4—6月, 下半年, 二季度) is of it, up to the sentence's end.
   */
  periodYear: number | undefined;
  /** The last metric the sentence named (新建5G基站): a later clause of it that names none (累计达到1.5万个) is about it. */
  sentenceMetric: string | undefined;
  /**
   * The metric of the sentence's last target as read, its verbs kept (建成基站): a later clause of a verb of
   * completion alone (6月底前完成300个) counts the same thing.
   */
  lastMetric: string | undefined;
  /**
   * The sentence's last target as named, its measure and its unit as folded: a later clause that only raises it
   * (力争500个, 力争达到72亿斤) states the same quantity.
   */
  lastTarget: { readonly metric: string; readonly measure: Measure; readonly unit: string } | undefined;
  /**
   * The base year of the change that named {@link ClauseState.sentenceMetric} (单位GDP能耗较2020年下降13.5%): a later
   * change of its sentence about it, with no base of its own (力争下降14%), is since that year too.
   */
  sentenceMetricBase: number | undefined;
  /**
   * The targets of the sentence so far, in order: the metric each leaves for a later clause that names none (none for
   * an item of a 分别 list or a gap to a peer) and its base. 分别 opening a clause of no subjects pairs its values with
   * the targets of the clauses before (接待游客8000万人次,实现旅游收入800亿元,分别增长10%、12%).
   */
  sentenceTargets: { readonly metric: string | undefined; readonly base: number | undefined }[];
  /** How many of {@link ClauseState.sentenceTargets} the clauses before the current one stated. */
  targetsBeforeClause: number;
  /**
   * Each clause before the current one stated one target at most: 分别 pairs with those clauses, not with a list of
   * values of one (完成投资10亿元、新增就业1000人,分别增长15%、20%: said, as before).
   */
  oneTargetPerClause: boolean;
  /**
   * The metric a sentence that ended at a semicolon named last, and its base, for the first clause after it only
   * (新建基站300;2025年达到500个: the 500 is of 基站). A semicolon ends a sentence for everything else: a firmness word
   * (力争…开工建设;新改建农村公路600公里: the 600 is plain), a deadline, a base. The clause right after it that names no
   * metric takes this one, as a clause after a comma takes its sentence's; a later clause, or one that names its own,
   * does not.
   */
  beforeSemicolon: { readonly metric: string; readonly base: number | undefined; readonly clauseStart: number } | undefined;
  /** A share was read in this clause (40%以上的学校, 1/3的县): later numerals of the clause qualify its set. */
  shareSeen: boolean;
  /** End of the last proposal's unit or comparator word: the next metric starts after it. */
  lastTargetEnd: number;
  /**
   * End of the joiner (和, 与, 、) after the last value said for its missing unit (新建基站300和换电站200个: after 和):
   * the next metric starts after it, as after a proposal's, and the item there shares its verb (新建).
   */
  saidEnd: number;
  /**
   * What the last value read in the sentence (a target or a past fact, ending at `lastTargetEnd`) is of: the metric
   * it carries (none for an item of a 分别 list) and its change, if it measures one (增长6%: increaseBy). A gap to a
   * peer right after it (达到2.5%,高于全省0.2个百分点; 增长6%(高于全省1个百分点)) is a gap of that metric, of its rate
   * of change if it has one (全市地区生产总值增速高于全省).
   */
  lastValue: LastValue | undefined;
  /**
   * The last value of the sentence in % or of a change ({@link LastValue.rate}): what a gap in percentage points
   * after an amount compares (增长7%,达到4万元,高于全省1个百分点: 居民人均可支配收入增速高于全省).
   */
  lastRateValue: LastValue | undefined;
  /**
   * A value the clause goes from (由45000元提高到48000元): not a target, the baseline of the one at `next`, whose metric
   * ends where 由 stands (`metricEnd`).
   */
  from: { readonly value: number; readonly metricEnd: number; readonly next: number; readonly unit?: string } | undefined;
  /**
   * A time before the plan's year that led a clause of the sentence, [start, end) of the text (截至2023年底, 上年末,
   * 2023年), and that clause's start: what the sentence says from there is a past fact, no target (past-facts.ts).
   * `subject`: where the short subject before the time starts (全市2023年: 全市), part of the metric still.
   * `clauseOnly`: a base of a past year (在2023年新建3000个的基础上), whose clause alone states the past.
   */
  past: { readonly start: number; readonly end: number; readonly clauseStart: number; readonly subject?: number; readonly clauseOnly?: true } | undefined;
  /**
   * A year before the plan's right before a bound or change word mid-clause (单位GDP能耗2023年下降3.2%、2024年下降3%),
   * [start, end) of the text and its clause's start: the value right after it is a past fact, no target; the rest of
   * the sentence is not.
   */
  pastValue: { readonly start: number; readonly end: number; readonly clauseStart: number } | undefined;
  /**
   * A deadline a year alone before its word set for its clause only (森林覆盖率2025年达到30%,今年完成造林5万亩), and
   * the one it stood in for, back at the next clause.
   */
  clauseDeadline: { readonly clauseStart: number; readonly previous: ClauseState['deadline'] } | undefined;
  /**
   * That deadline in the clause right after its own, and the one in force there: a clause that names no metric of its
   * own continues the one before, and its year (人均GDP2025年达到10万元,比2020年增长50%: the 50% by 2025 too).
   */
  carriedDeadline: { readonly deadline: ClauseState['deadline']; readonly previous: ClauseState['deadline'] } | undefined;
  /**
   * The outermost bracket open in the sentence: where it opens, its depth and the deadlines in force there. A year
   * inside it is its own values' deadline, none after it closes (增长6%(2023年为5.2%,2025年达到7%),固定资产投资增长8%).
   */
  bracket: { readonly start: number; depth: number; readonly deadline: ClauseState['deadline']; readonly clauseDeadline: ClauseState['clauseDeadline'] } | undefined;
  /** A condition of 当…时 (当PM2.5浓度达到150微克/立方米时), [start, end) of the text: its values are no targets. */
  trigger: { readonly start: number; readonly end: number } | undefined;
  /** Where the clause before the current one starts, in the same sentence (粮食产量,2023年达到…: 粮食产量 names its values). */
  previousClauseStart: number | undefined;
  /**
   * The time of the last value read in the sentence, when it was a past fact, and its clause's start: a gap to a peer
   * in the clause after it (2023年增长7%,高于全省1个百分点) is of that time too.
   */
  lastPast: { readonly start: number; readonly end: number; readonly clauseStart: number } | undefined;
}

/** The state before the first word; `year` is the plan's, if known, and `periodStart` the first year of its period. */
export const initialState = (year?: number, periodStart?: number): ClauseState => ({
  sentenceStart: 0,
  clauseStart: 0,
  listStart: 0,
  firmness: undefined,
  conferral: undefined,
  bound: undefined,
  change: undefined,
  baselineYear: undefined,
  ownBase: false,
  sentenceBaselineYear: undefined,
  yearBefore: year === undefined ? undefined : year - 1,
  yearBeforePeriod: periodStart !== undefined ? periodStart - 1 : year === undefined ? undefined : year - 1,
  deadline: undefined,
  start: undefined,
  sentenceMetric: undefined,
  lastMetric: undefined,
  lastTarget: undefined,
  sentenceMetricBase: undefined,
  sentenceTargets: [],
  targetsBeforeClause: 0,
  oneTargetPerClause: true,
  beforeSemicolon: undefined,
  shareSeen: false,
  lastTargetEnd: 0,
  saidEnd: 0,
  lastValue: undefined,
  lastRateValue: undefined,
  from: undefined,
  past: undefined,
  pastValue: undefined,
  clauseDeadline: undefined,
  carriedDeadline: undefined,
  periodYear: undefined,
  bracket: undefined,
  trigger: undefined,
  previousClauseStart: undefined,
  lastPast: undefined,
});

function endClause(state: ClauseState, next: number): void {
  state.previousClauseStart = state.clauseStart;
  state.clauseStart = state.listStart = next;
  if (state.sentenceTargets.length - state.targetsBeforeClause > 1) state.oneTargetPerClause = false;
  state.targetsBeforeClause = state.sentenceTargets.length;
  state.bound = state.change = undefined;
  state.baselineYear = undefined;
  state.ownBase = false;
  state.from = undefined;
  state.shareSeen = false;
  if (state.firmness?.clauseOnly) state.firmness = undefined;
  else if (state.firmness?.subject) state.firmness = { ...state.firmness, held: true };
  if (state.conferral?.clauseOnly) state.conferral = undefined;
}

/**
 * What may lead a clause before its firmness word and name no subject: times (到2025年, 6月底前, 五月底前, 一季度,
 * 二\u3007二四年, 到“十四五”末) and spaces.
 */
const TIME_CHARS = /[\s\d年月日底前末内到至于在起季度第一二三四五六七八九十\u3007上下半—"'“”‘’「」]/;

/**
 * Whether [from, to) of the folded text names a subject: anything but the words that lead a clause (全年, 其中, 并:
 * {@link leadingWords}), the sentence's scope (全市, 各县市区: {@link scopeWords}) and times.
 */
function subjectBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const lead = leadingWords.match(text, i) ?? scopeWords.match(text, i);
    if (lead && i + lead.word.length <= to) i += lead.word.length;
    else if (TIME_CHARS.test(text[i]!) || CLAUSE_ENDS.has(text[i]!)) i++;
    else return true;
  }
  return false;
}

/**
 * The firmness of a value at `end` of the folded text, `bound` the bound word that follows it (以内, 以上) and where
 * it ends. A firmness word after its clause's subject reaches on past that clause only to a 其中 part of its total
 * (…力争达到12万人,其中高校毕业生5万人) or a clause with no verb of its own (…力争达到5万辆,换电站20座、充电站300个,
 * 基站500个、换电站20座以上: 以上 after an item of a 、-list is no statement of its own, review r118); the first clause
 * with one ends it (…,城镇调查失业率控制在5.5%以内), as does one that names its subject and bounds its value
 * (…,城镇调查失业率5.5%以内: review r117).
 */
export function firmnessAt(folded: string, state: ClauseState, end: number, bound?: { readonly comparator: Comparator; readonly end: number }): Firmness {
  const firm = state.firmness;
  if (!firm?.held) return firm?.firmness ?? 'plain';
  const clause = folded.slice(state.clauseStart, end).trimStart();
  const listItem = bound?.comparator === 'atLeast' && (state.listStart > state.clauseStart || folded[bound.end] === '、');
  const ownStatement = state.bound !== undefined || state.change !== undefined || hasVerb(clause) || (bound !== undefined && !listItem && subjectBefore(folded, state.clauseStart, end));
  if (clause.startsWith('其中') || !ownStatement) return firm.firmness;
  state.firmness = undefined;
  return 'plain';
}

/** Whether `clause` has a verb of a flow (新建, 完成), not a flow's noun (产值). */
function hasVerb(clause: string): boolean {
  for (let i = 0; i < clause.length; i++) {
    const hit = flowWords.match(clause, i);
    if (hit && !FLOW_NOUNS.has(hit.word)) return true;
  }
  return false;
}

/**
 * Reads the non-digit text at `at` into `state` and returns where reading goes on (past a word it recognised, else
 * the next character).
 */
export function readWord(text: string, at: number, state: ClauseState): number {
  const ch = text[at]!;
  if (SENTENCE_ENDS.has(ch)) {
    const named = state.sentenceMetric;
    state.beforeSemicolon = ch === ';' && named ? { metric: named, base: state.sentenceMetricBase, clauseStart: at + 1 } : undefined;
    endClause(state, at + 1);
    state.sentenceStart = at + 1;
    state.firmness = state.conferral = undefined;
    state.deadline = state.periodYear = state.start = undefined;
    state.sentenceMetric = state.sentenceMetricBase = state.lastMetric = state.lastTarget = undefined;
    state.sentenceTargets = [];
    state.targetsBeforeClause = 0;
    state.oneTargetPerClause = true;
    state.lastValue = state.lastRateValue = undefined;
    state.sentenceBaselineYear = undefined;
    state.past = undefined;
    state.bracket = state.trigger = state.previousClauseStart = state.lastPast = undefined;
    return at + 1;
  }
  if (ch === '(') {
    if (state.bracket) state.bracket.depth++;
    else {
      state.bracket = { start: at, depth: 1, deadline: state.deadline, clauseDeadline: state.clauseDeadline };
      // 增长6%左右(上年为5.2%): last year's figure in a bracket is a past fact, the bracket's value alone.
      const past = pastInBracket(text, at, state);
      if (past) state.pastValue = { ...past, clauseStart: state.clauseStart };
    }
    return at + 1;
  }
  if (ch === ')') {
    // (2023年为5.2%,2025年达到7%): the bracket's years are its own values' deadlines, not those after it.
    if (state.bracket && --state.bracket.depth === 0) {
      state.deadline = state.bracket.deadline;
      state.clauseDeadline = state.bracket.clauseDeadline;
      state.bracket = undefined;
    }
    return at + 1;
  }
  if (ch === '—') {
    const dash = statementDash(text, at);
    if (dash) endClause(state, at + dash);
    return at + Math.max(dash, 1);
  }
  if (CLAUSE_ENDS.has(ch)) {
    // 与2020年相比, 较2020年, 比上年: a clause that is only a base sets the base of the sentence's changes after it.
    const base = at - state.clauseStart <= BASE_CLAUSE_LENGTH ? BASE_CLAUSE.exec(text.slice(state.clauseStart, at)) : null;
    // 与上年同期相比, 同比: none (the year before's); 较上年末: the year before the plan's, if known; 与“十三五”末相比: 2020.
    // (与 2020 年相比, with a PDF's spaces, is read here as 与2020年相比: see foldForReading.)
    const written = base?.[1] ?? base?.[2];
    const date = written !== undefined ? deadlineAt(written, 0, true) : undefined;
    if (base) state.sentenceBaselineYear = date && (date.year ?? (date.month === 0 ? state.yearBefore : undefined));
    endClause(state, at + 1);
    return at + 1;
  }
  if (ch === '、') {
    state.listStart = at + 1;
    // …下降13.5%、地区生产总值比上年增长8%、二氧化碳排放下降18%: an item's own base is not the next item's; not between the
    // values of one list (较上年分别下降3%、4%).
    if (!isDigit(text.charCodeAt(at + 1)) && !text.slice(state.clauseStart, at).includes('分别')) state.ownBase = false;
    return at + 1;
  }
  // 同比, 比上年同期, 和上年相比: a base of the clause's own, with no year (a year's growth); 比上年, of the whole year.
  const compared = comparisonWords.match(text, at);
  if (compared) {
    state.ownBase = compared.value ? 'yearBefore' : true;
    state.baselineYear = undefined;
  }
  // 年均, 全年, 今年, 当年, 2024年 (not 较2024年, nor a deadline: 到2025年, 2025年底前, a later year leading the clause): a
  // period of the clause's own.
  if (ownPeriods.match(text, at) || (ownYearEndsAt(text, at) && !isLeadingDeadline(leadingTime(text, state), at + 1))) state.ownBase = true;
  // 争取创建 is also the firmness word 争取, read next at the same place.
  const conferral = conferralWords.match(text, at);
  if (conferral) state.conferral = { ...conferral.value, clauseStart: state.clauseStart };
  const firmness = firmnessWords.match(text, at);
  if (firmness) {
    // 城镇新增就业力争达到12万人,失业率控制在5.5%以内: after its clause's subject, 力争 (确保) governs that clause only
    // (review r114 F4); leading it (力争…, 全年力争…, 到2025年,力争…), the sentence, as the curation rules say.
    state.firmness = subjectBefore(text, state.clauseStart, at) ? { ...firmness.value, subject: true } : firmness.value;
    return at + firmness.word.length;
  }
  const bound = boundWords.match(text, at);
  const change = changeWords.match(text, at);
  if (bound && (!change || bound.word.length >= change.word.length)) {
    state.bound = { comparator: bound.value, word: bound.word, end: at + bound.word.length };
    // 提高0.5个百分点、达到21%: a bound word after the value of a change in points states the level it reaches, as
    // after a comma; no change of its own (增幅达到10%: no value between, the size of the change).
    if (state.change && state.lastTargetEnd > state.change.end && state.lastTargetEnd <= at && inPoints(state.lastTarget?.unit ?? '')) state.change = undefined;
    return at + bound.word.length;
  }
  if (change) {
    if (change.value === null || cutInNoun(text, change.word, at + change.word.length)) return at + change.word.length;
    state.change = { comparator: change.value, end: at + change.word.length };
    return at + change.word.length;
  }
  if (baselineWords.match(text, at) || (ch === '和' && AND_COMPARED.test(text.slice(at, at + 14)))) {
    // 较2020年: four digits and 年 right after the word (a space allowed).
    let i = at + 1;
    if (text[i] === ' ') i++;
    const written = [0, 1, 2, 3].every((k) => isDigit(text.charCodeAt(i + k))) && text[i + 4] === '年' ? yearOf(text.slice(i, i + 4)) : undefined;
    // 较上年末, 比去年底, 较年初, 与上年末相比, 和上年末相比 (a base date of month 0, no year): the end of the year before the
    // plan's, if known; 较“十三五”末, 与“十三五”末相比: 2020.
    const from = at + (text[at + 1] === ' ' ? 2 : 1);
    const read = comparesAt(text, at) || '与同和'.includes(ch) ? deadlineAt(text, from, true) : undefined;
    const date = read && (comparesAt(text, at) || text.startsWith('相比', from + read.length)) ? read : undefined;
    const planEnd = date?.year !== undefined && text.slice(from, from + date.length).includes('十三五') ? date.year : undefined;
    const year = written ?? planEnd ?? (date?.month === 0 && date.year === undefined ? state.yearBefore : undefined);
    // 较2020年, 较上年末, 比上半年: a base of the clause's own, in place of one it named before (较2020年…、比上年…).
    if (year !== undefined || date) {
      state.baselineYear = year;
      state.ownBase = true;
    }
  }
  return at + 1;
}

/**
 * Whether 减排 (`word`, ending at `end`) is inside a noun that ends in 率 or 量 before the next digit, mark, bound or
 * change word (应急减排措施落实率达到100%: a rate reached, no fall); 二氧化碳减排10% is a fall still.
 */
function cutInNoun(text: string, word: string, end: number): boolean {
  if (word !== '减排') return false;
  let i = end;
  while (i < text.length && i - end <= CUT_NOUN_REACH && !isDigit(text.charCodeAt(i)) && !CUT_NOUN_STOPS.test(text[i]!) && !boundWords.match(text, i) && !changeWords.match(text, i)) i++;
  return i > end && '率量'.includes(text[i - 1]!);
}
/** How far after 减排 the noun it is part of may run: 措施落实率. */
const CUT_NOUN_REACH = 10;
/** Marks that end the noun after 减排. */
const CUT_NOUN_STOPS = /[\s,,、;;。::()()]/;

/**
 * The bases {@link BASE_CLAUSE} reads: a year (2020年底), the end of the year before (上年末, 上一年末, 上年度末, 年初),
 * the 13th plan's end, a period before ({@link PERIODS_BEFORE}).
 */
const BASES = `\\d{4}年[底末]?|[上去]一?年[年度]?[底末]|年初|["“]?十三五["”]?末|${PERIODS_BEFORE.join('|')}`;
/** The number of an item of a list before a clause: (1), 1. or 1、 (not 1.5), (一), 一、, or ① to ⑳. */
const ITEM_NUMBER = '(?:\\(\\d{1,2}\\)|\\d{1,2}[.、](?!\\d)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、|[\\u2460-\\u2473])';
/**
 * A clause that is only a base of comparison, with a year (与2020年相比, 和2020年底相比, 较2020年, 相比2020年, 较“十三五”末)
 * or a period before (与上年相比, 与上年同期相比, 比上年度, 较上年末, 较年初, 同比), after the number of an item or not
 * ((1)与2020年相比, 1.与2020年相比, (一)与2020年相比).
 */
const BASE_CLAUSE = new RegExp(`^ ?(?:${ITEM_NUMBER} ?)?(?:[与同和] ?(${BASES}) ?相比|(?:较|比|相比) ?(${BASES})|同比|环比) ?$`);
/** 和 that compares (和上年末相比, 和2020年相比), not one that joins (2024年和2025年). */
const AND_COMPARED = /^和 ?[^,:。;]{1,10}相比/;

/**
 * Whether a year of the clause's own ends at `at` (2024年下降3%): four digits before the 年, not after a word of
 * comparison (较2024年, 与2024年相比), nor a deadline (到2025年, 2025年底前).
 */
function ownYearEndsAt(text: string, at: number): boolean {
  if (text[at] !== '年' || ![1, 2, 3, 4].every((k) => isDigit(text.charCodeAt(at - k)))) return false;
  const start = at - 4;
  const by = text[start - 1] === ' ' ? start - 2 : start - 1;
  if (isDigit(text.charCodeAt(start - 1)) || '较比与同和'.includes(text[by] ?? '-')) return false;
  return deadlineAt(text, start) === undefined;
}
/**
 * The year alone that leads the clause ({@link yearAloneAt}) when it is the time of its targets, in a plan of a known
 * year: a year after the plan's (2025年全市森林覆盖率达到22% in a plan of 2024: the sentence's deadline, as 到2025年 is,
 * `deadline` where its 年 ends) or before it in its period (2023年 in a plan for 2021—2025: a deadline too), or the
 * plan's own year, leading its sentence (2024年全市地区生产总值增长6%) or a later
 * clause (截至2023年底…,2024年再新建2000个: set against the time before it). Neither is part of a metric (it ends at
 * `end`). After a short subject (全市2025年…: `subject`, where 全市 starts) as if it led the clause.
 */
export function leadingTime(
  text: string,
  state: ClauseState,
): { readonly year: number; readonly month: number; readonly start: number; readonly end: number; readonly deadline: boolean; readonly subject?: number; readonly part?: true } | undefined {
  const plan = state.yearBefore === undefined ? undefined : state.yearBefore + 1;
  if (plan === undefined) return undefined;
  // 全市2025年新建5G基站5000个: a year after a short subject leads its clause as if it came first; the subject, from
  // `subject`, stays the metric's. 2024—2025年, 2025年1—6月: a range of years or months ends at its last one's end.
  // 2025年1—3月…,4—6月…, …,下半年…: a part of a year naming none, after a range of months, is of the range's year;
  // a range of months naming none leading a clause (1—6月…; 上半年…,7—12月…), of the plan's, as 2024年1—6月 in a plan
  // of 2024.
  const timeAt = (at: number) => {
    const year = yearAloneAt(text, at);
    if (year) return { ...year, month: 12, start: year.end - 5 };
    const part = state.periodYear !== undefined ? partOfYearAt(text, at, state.periodYear) : partOfYearAt(text, at, plan, true);
    return part ? { ...part, part: true as const } : periodAloneAt(text, at);
  };
  // 其中1—6月新建300个: a part of the total before, its time after 其中 leading it as if it came first.
  const own = timeAt(state.clauseStart) ?? (text.startsWith('其中', state.clauseStart) ? timeAt(state.clauseStart + 2) : undefined);
  const subject = own || !SHORT_SUBJECT.test(text.slice(state.clauseStart, state.clauseStart + 2)) ? undefined : state.clauseStart;
  const lead = own ?? (subject === undefined ? undefined : timeAt(subject + 2));
  // 2023年新增… in a plan for 2021—2025: a year of its period before its last is a deadline too.
  if (!lead || lead.year <= state.yearBeforePeriod!) return undefined;
  return { ...lead, deadline: lead.year !== plan || lead.month < 12, ...(own ? {} : { subject }) };
}

/** Whether `lead` is a deadline whose words take in the 年 that ends at `end`. */
const isLeadingDeadline = (lead: ReturnType<typeof leadingTime>, end: number): boolean => lead?.deadline === true && end > lead.start && end <= lead.end;

/** The longest clause {@link BASE_CLAUSE} reads: longer ones are not tried. */
const BASE_CLAUSE_LENGTH = 20;

/** The year of a base (2020 of 2020年底), if it is one between 1900 and 2100. */
function yearOf(text: string): number | undefined {
  const year = /^\d{4}/.test(text) ? Number(text.slice(0, 4)) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** The base year of a change read in the clause: its own (较2020年), else its sentence's unless it names its own base (比上年). */
export const baselineYearOf = (state: ClauseState): number | undefined => state.baselineYear ?? (state.ownBase ? undefined : state.sentenceBaselineYear);
