/**
 * 分别 ("respectively") pairs a list of metrics with a list of numerals, in order: in
 * 万元GDP用水量、万元工业增加值用水量较2020年分别下降12%、5% the 12% is the first metric's and the 5% the second's.
 * Read without it, each numeral took the text just before it, so the 12% was named after the second metric and the
 * 5% after nothing.
 */
import type { Comparator } from '../schema.js';
import { isDigit } from './chars.js';
import { joinsNumerals, type ClauseLead, type Respectively } from './clause-lead.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from './clause-state.js';
import { TIME_BEFORE } from './deadline.js';
import { itemsOf } from './list-items.js';
import { readNumeral, type Numeral } from './numerals.js';
import { joinsRegions, peerWordsBefore } from './peer.js';
import { matchUnit, type UnitKind, type UnitMatch } from './units.js';
import { bracketedSuffix, suffixWords } from './words.js';

/** The kinds of unit a value has (a voltage, an age or a time names a thing or a date). */
const VALUE_UNITS: ReadonlySet<UnitKind> = new Set(['count', 'amount', 'percent', 'multiple', 'span']);

/** How far before its value a 分别 list's item, or the words after 分别, may start: a sentence's clause, not a paragraph. */
const REACH = 120;

/** How far after a numeral a unit written once for its list is looked for. */
const LIST_AHEAD = 60;

/**
 * The values after 分别 (at `at`), up to the end of its clause or the next 分别: the first numeral, then each that follows a joiner,
 * right after it (、20%) or after its own words (、转移就业2万人); not the 和 of a pair of peers (全省和全国).
 */
function valuesAfter(folded: string, at: number): number {
  let count = 0;
  let joined = true;
  for (let i = at; i < folded.length; i++) {
    const ch = folded[i]!;
    // The clause's end, or another 分别 and its own list.
    if (SENTENCE_ENDS.has(ch) || CLAUSE_ENDS.has(ch) || (ch === '分' && folded[i + 1] === '别')) break;
    if (joinsNumerals(ch) && !joinsRegions(folded, i)) joined = true;
    else if (joined && isDigit(folded.charCodeAt(i))) {
      count++;
      joined = false;
    }
  }
  return count;
}

/** A 分别's list of metrics, paired once for all its values: the items, or none when the lists differ in length. */
interface Pairing {
  readonly items: readonly Span[] | undefined;
  /** One subject and one value (城乡居民人均可支配收入分别增长6%): nothing to pair. */
  readonly single: boolean;
  /** Where 城乡 stands in the one item of a list of two values (城乡居民…分别增长5.5%、7%): the urban's, then the rural's. */
  readonly urbanRural?: number;
  /** How many values follow the 分别. */
  readonly values: number;
}

/** 城乡居民 (the urban and the rural residents), folded: one item that names two groups, in order. */
const URBAN_RURAL = '城乡居民';

/**
 * The groups 城乡 names, in the order a 分别 list pairs them, in each script: a character after 城 tells the script
 * (城鄉: Traditional).
 */
export const urbanRuralGroups = (written: string): readonly [string, string] => (written === '城鄉' ? ['城鎮', '農村'] : ['城镇', '农村']);

/** Each 分别 read, paired when its first value is (its list is read once, whatever the number of its values). */
const pairings = new WeakMap<Respectively, Pairing>();

function pairingOf(folded: string, lead: ClauseLead, respectively: Respectively): Pairing {
  let pairing = pairings.get(respectively);
  if (pairing) return pairing;
  const values = valuesAfter(folded, respectively.at + 2);
  // 甲、乙,分别增长15%、20%: the list of the clause before; one subject there takes the one numeral.
  const subjects = respectively.subjects;
  const listed: Span[] = subjects
    ? [...subjects.items, subjects.last]
    : [...lead.items.slice(respectively.firstItem, respectively.itemCount), [respectively.lastStart, respectively.at]];
  lead.itemsPaired += listed.length;
  const single = !subjects && listed.length === 1 && values === 1;
  // 和 splits only the clause's own list: a clause before the comma with a 和 is as often a policy's words
  // (推进医疗和养老服务融合发展,分别新增床位500张、300张) as a list of subjects.
  // 城乡居民人均可支配收入分别增长5.5%、7%: one item of two groups, the one item each value's (named by its group);
  // not one a joiner splits (城乡居民养老保险和医疗保险参保率分别达到95%、98%: two metrics, not two groups).
  const split = listed.length === values || subjects ? undefined : splitAtJoiners(folded, listed, values);
  const urbanRural = !subjects && !split && listed.length === 1 && values === 2 ? folded.indexOf(URBAN_RURAL, listed[0]![0]) : -1;
  if (urbanRural >= 0 && urbanRural < listed[0]![1]) {
    pairing = { items: [listed[0]!, listed[0]!], single: false, urbanRural, values };
    pairings.set(respectively, pairing);
    return pairing;
  }
  const items = listed.length === values ? listed : split;
  pairing = { items, single: single || (!items && !subjects && listed.length === 1), values };
  pairings.set(respectively, pairing);
  return pairing;
}

/**
 * The joiners of a pair (甲和乙) that split a list's items when its 、 alone do not give as many items as values: all
 * of them, then 和 alone (研究与试验发展经费投入强度和高新技术产业产值占比 keeps the 与 of its first name).
 */
const PAIR_JOINERS = ['和与及', '和'];

type Span = readonly [number, number];

/** `items` split at each of `joiners` outside brackets, when that gives `count` items. */
function splitAtJoiners(folded: string, items: readonly Span[], count: number): Span[] | undefined {
  for (const joiners of PAIR_JOINERS) {
    const split = items.flatMap(([start, end]) => itemsOf(folded, start, end, joiners));
    if (split.length === count) return split;
  }
  return undefined;
}

/**
 * The span of the folded text naming the numeral at `numeralStart` when its clause pairs metrics and numerals with 分别
 * (the clause's `lead` read up to the numeral): the metric in the same place of the list before 分别 as the numeral
 * in the list after it, and the list's last metric (城镇、农村居民人均可支配收入: the first shares the last one's noun);
 * with every item of the list, and the 分别 (what a reading of the whole list is kept by).
 * The list's items are split at 、, and at 和 (与, 及) too when that pairs them (新建学校和医院分别为2所、3所). When 分别
 * opens its clause, the list is the clause before's (`subjects-before.ts`), split at 、 only.
 * `undefined` when the clause has no 分别 before the numeral, or one subject that no 和 splits; `null` when the two lists differ in length
 * (化学需氧量、氨氮排放量比2020年分别下降8%、10%、5%): which numeral is whose is then for a person to say.
 */
export function respectiveName(
  folded: string,
  lead: ClauseLead,
  numeralStart: number,
): { readonly name: Span; readonly last: Span; readonly items: readonly Span[]; readonly respectively: Respectively; readonly urbanRural?: number; readonly year?: number } | null | undefined {
  const respectively = lead.respectively;
  if (!respectively) return undefined;
  const { items, single, urbanRural } = pairingOf(folded, lead, respectively);
  if (single) return undefined;
  if (!items) return null;
  const name = items[respectively.joiners] ?? items[items.length - 1]!;
  const years = yearsListed(folded, items);
  if (years) {
    const year = years.years[items.indexOf(name)]!;
    return numeralStart - years.metric[0] > REACH ? null : { name: years.metric, last: years.metric, items: [years.metric], respectively, year };
  }
  // A metric as far back as a paragraph is no list's item: for a person to say (and no quote of a paragraph).
  return numeralStart - name[0] > REACH ? null : { name, last: items[items.length - 1]!, items, respectively, ...(urbanRural !== undefined ? { urbanRural } : {}) };
}

/** A year alone as an item of a 分别 list (2025年). */
const YEAR_ITEM = /^ *((?:19|20)\d\d)年 *$/;
/**
 * A year ending the first item of a 分别 list, the metric before it (研发经费投入强度2024年), less a time word before the
 * year ({@link TIME_BEFORE}: 城镇化率到2024年).
 */
const YEAR_ENDING = new RegExp(`(?:[${TIME_BEFORE}] *)?((?:19|20)\\d\\d)年 *$`);

/**
 * A 分别 list of years after one metric (研发经费投入强度2024年、2025年分别提高0.2个百分点和0.3个百分点): not a list of
 * metrics but each value's year, the metric written once before the first; the metric's span and each item's year.
 */
function yearsListed(folded: string, items: readonly Span[]): { readonly metric: Span; readonly years: readonly number[] } | undefined {
  const [first, ...rest] = items;
  if (!first || rest.length === 0) return undefined;
  const firstText = folded.slice(...first);
  const ending = YEAR_ENDING.exec(firstText);
  const others = rest.map((item) => YEAR_ITEM.exec(folded.slice(...item)));
  if (!ending || !firstText.slice(0, ending.index).trim() || others.some((year) => !year)) return undefined;
  return { metric: [first[0], first[0] + ending.index], years: [Number(ending[1]), ...others.map((year) => Number(year![1]))] };
}

/**
 * The target of the clauses before its own (`stated`, `count` of them, in order) that the numeral of a 分别 list pairs
 * with, when the 分别 opens its clause with no subjects and its values are as many as those targets (接待游客8000万人次,
 * 实现旅游收入800亿元,分别增长10%、12%: the 10% is the first's, the 12% the second's); `undefined` otherwise.
 */
export function respectiveStated<T>(folded: string, lead: ClauseLead, stated: readonly T[], count: number): T | undefined {
  const respectively = lead.respectively;
  if (!respectively?.opens || respectively.subjects || count === 0) return undefined;
  return pairingOf(folded, lead, respectively).values === count ? stated[respectively.joiners] : undefined;
}

/**
 * Where the list of numerals after 分别 that the numeral at `numeralStart` belongs to starts: its first value (a numeral
 * with a unit of a value, or one another follows: 6、8%; not the 5 of 5G, the 2.5 of PM2.5, the year of 比2020年, the
 * 110千伏 of a substation or the 100亿 of 100亿级), whose words before it (高于全省)
 * read every numeral of the list (分别高于全省2个、3个百分点); `numeralStart` itself when it is the first, or no 分别 came.
 */
export function respectiveListHead(folded: string, lead: ClauseLead, numeralStart: number): number {
  const respectively = lead.respectively;
  if (!respectively || respectively.joiners === 0) return numeralStart;
  // Read on from where the list's last value stopped: each character after 分别 once, whatever the number of values.
  const search = heads.get(respectively) ?? { from: respectively.at + 2, head: undefined };
  heads.set(respectively, search);
  let i = search.from;
  for (; search.head === undefined && i < numeralStart; i++) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const numeral = readNumeral(folded, i);
    const unit = matchUnit(folded, numeral.end);
    if ((unit && VALUE_UNITS.has(unit.kind) && folded[unit.end] !== '级') || (!unit && joinsNumerals(folded[numeral.end] ?? ''))) search.head = i;
    else i = numeral.end;
  }
  lead.charsAhead += Math.max(0, i - search.from);
  search.from = Math.max(search.from, i);
  return search.head !== undefined && search.head < numeralStart ? search.head : numeralStart;
}

/** Where each 分别's search for its list's first value stands, and what it found. */
const heads = new WeakMap<Respectively, { from: number; head: number | undefined }>();

/**
 * The words after 分别 that say what each item of its list counts: a value's own, after its joiner
 * (城镇和农村分别新增就业3万人、转移就业2万人: 转移就业), else those before the list's first value (全市和县域分别新建5G基站
 * 2000个、1000个: 新建5G基站 for both), in the clause's own list only. Untrimmed: a change or bound word (分别增长,
 * 分别达到) is the caller's to cut.
 */
export function respectiveWords(folded: string, lead: ClauseLead, numeralStart: number, listHead: number): Span | undefined {
  const respectively = lead.respectively;
  // 强化科技和人才支撑,分别新增高新技术企业50家: a clause before the comma is as often a policy's words as subjects.
  if (!respectively || respectively.subjects) return undefined;
  if (respectively.joiners > 0) {
    let joiner = numeralStart - 1;
    while (joiner > respectively.at + 1 && !joinsNumerals(folded[joiner]!)) joiner--;
    if (/[\u4e00-\u9fffA-Za-z]/.test(folded.slice(joiner + 1, numeralStart))) return [joiner + 1, numeralStart];
  }
  return listHead - respectively.at - 2 > REACH ? undefined : [respectively.at + 2, listHead];
}

/**
 * The words between 分别 and the list of numerals starting at `listHead` when they end in a peer, as the value's
 * comparator reads it (分别高于全省2个、3个百分点: 高于全省; 比全省高, 领先全省约; 分别是全省的1.5、1.2倍), which every
 * item of the list is compared with; `undefined` for other words (分别增长, 分别达到).
 */
export function respectivePeer(folded: string, lead: ClauseLead, listHead: number): Span | undefined {
  const respectively = lead.respectively;
  if (!respectively) return undefined;
  let start = respectively.at + 2;
  while (folded[start] === ' ') start++;
  return start < listHead && peerWordsBefore(folded.slice(start, listHead)) ? [start, listHead] : undefined;
}

/**
 * The values joined after the numeral `numeral` in its 分别 list (1个、3个以上), read once: where the list ends (past their
 * units and bound words; what follows may name what the list counts: 分别建成1个、3个示范点), and the unit written once
 * after it (分别增长6、8%, 分别高于全省2个、3个百分点) when it is this numeral's, its own unit (`own`) being none or the
 * start of that unit (2个 of 2个、3个百分点; not 2所、3个, nor beside its own bound word: 6%以上、8%): where that unit
 * starts (a space or two skipped) and what it is; and a bound word in brackets after the list (1个、3个(以上), or after
 * them: 1个、3个(含)以上: `bound`), every value's, as is one after a list of values of no unit (1.3、0.8以内) to a
 * value with none of its own. `undefined` outside a 分别 list. It looks no further than
 * {@link LIST_AHEAD} after the numeral (each numeral of a long list would read the rest of it: the square of its length),
 * counting what it read in `lead.charsAhead`.
 */
export function respectiveAhead(
  folded: string,
  lead: ClauseLead,
  numeral: Numeral,
  own: UnitMatch | undefined,
): { readonly end: number; readonly shared?: { readonly start: number; readonly unit: UnitMatch }; readonly bound?: Comparator } | undefined {
  if (!lead.respectively) return undefined;
  const ownSuffix = suffixWords.match(folded, own?.end ?? numeral.end);
  const from = (own?.end ?? numeral.end) + (ownSuffix?.word.length ?? 0);
  let last: { start: number; unit: UnitMatch } | undefined;
  // 分别控制在1.3、0.8以内: the bound word after a last value of no unit, every value's that has none.
  let lastBound: Comparator | undefined;
  let i = from;
  for (; i - numeral.end < LIST_AHEAD && joinsNumerals(folded[i] ?? '') && isDigit(folded.charCodeAt(i + 1)); ) {
    const next = readNumeral(folded, i + 1);
    const unit = matchUnit(folded, next.end);
    let start = next.end;
    while (folded[start] === ' ') start++;
    last = unit ? { start, unit } : undefined;
    i = unit?.end ?? next.end;
    const suffix = suffixWords.match(folded, i);
    lastBound = unit ? undefined : suffix?.value;
    i += suffix?.word.length ?? 0;
  }
  lead.charsAhead += i - from;
  // 分别建成1个、3个(以上)示范点: a bound word in brackets after the last value is the list's, every value's; what
  // follows the bracket may name what the list counts.
  // 分别建成1个、3个(含)以上示范点: so is one after 含 (inclusive) in brackets.
  const bracketed = bracketedSuffix(folded, i);
  const bound = bracketed?.value ?? (own || ownSuffix ? undefined : lastBound);
  if (bracketed) i += bracketed.word.length;
  const ownText = own ? folded.slice(numeral.end, own.end).trim() : '';
  const lastText = last ? folded.slice(last.start, last.unit.end) : '';
  const shared = !ownSuffix && last && lastText.length > ownText.length && lastText.startsWith(ownText) ? last : undefined;
  return { end: i, ...(shared ? { shared } : {}), ...(bound ? { bound } : {}) };
}
