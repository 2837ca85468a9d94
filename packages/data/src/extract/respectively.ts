/**
 * 分别 ("respectively") pairs a list of metrics with a list of numerals, in order: in
 * 万元GDP用水量、万元工业增加值用水量较2020年分别下降12%、5% the 12% is the first metric's and the 5% the second's.
 * Read without it, each numeral took the text just before it, so the 12% was named after the second metric and the
 * 5% after nothing.
 */
import { CLOSING, isDigit, OPENING } from './chars.js';
import { joinsNumerals, type ClauseLead } from './clause-lead.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from './clause-state.js';
import { readNumeral, type Numeral } from './numerals.js';
import { gapBefore } from './peer.js';
import { matchUnit, type UnitMatch } from './units.js';

/** How far after a numeral the rest of its list may run. */
const LIST_AHEAD = 60;

/**
 * The joiners after `at` that a numeral follows before the next one, up to the end of the clause: the numerals still
 * to come, each right after its joiner (、20%) or after its own words (、转移就业2万人).
 */
function numeralsAhead(folded: string, at: number): number {
  let count = 0;
  let joined = false;
  for (let i = at; i < folded.length && i - at < LIST_AHEAD; i++) {
    const ch = folded[i]!;
    if (SENTENCE_ENDS.has(ch) || CLAUSE_ENDS.has(ch)) break;
    if (joinsNumerals(ch)) joined = true;
    else if (joined && isDigit(folded.charCodeAt(i))) {
      count++;
      joined = false;
    }
  }
  return count;
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
    const split: Span[] = [];
    for (const [start, end] of items) {
      let itemStart = start;
      let depth = 0;
      for (let i = start; i < end; i++) {
        const ch = folded[i]!;
        if (OPENING.includes(ch)) depth++;
        else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
        else if (depth === 0 && joiners.includes(ch) && i > itemStart) {
          split.push([itemStart, i]);
          itemStart = i + 1;
        }
      }
      split.push([itemStart, end]);
    }
    if (split.length === count) return split;
  }
  return undefined;
}

/**
 * The span of the folded text naming the numeral at `numeralStart` when its clause pairs metrics and numerals with 分别
 * (the clause's `lead` read up to the numeral): the metric in the same place of the list before 分别 as the numeral
 * in the list after it, the list's last metric (城镇、农村居民人均可支配收入: the first shares the last one's noun) and how
 * many metrics it has.
 * The list's items are split at 、, and at 和 (与, 及) too when that pairs them (新建学校和医院分别为2所、3所). When 分别
 * opens its clause, the list is the clause before's (`subjects-before.ts`), split at 、 only.
 * `undefined` when the clause has no 分别 before the numeral, or one subject; `null` when the two lists differ in length
 * (化学需氧量、氨氮排放量比2020年分别下降8%、10%、5%): which numeral is whose is then for a person to say.
 */
export function respectiveName(folded: string, lead: ClauseLead, numeralStart: number): { readonly name: Span; readonly last: Span; readonly count: number } | null | undefined {
  const respectively = lead.respectively;
  if (!respectively) return undefined;
  const values = respectively.joiners + 1 + numeralsAhead(folded, numeralStart);
  // 甲、乙,分别增长15%、20%: the list of the clause before; one subject there takes the one numeral.
  const subjects = respectively.subjects;
  const listed: Span[] = subjects
    ? [...subjects.items, subjects.last]
    : [...lead.items.slice(0, respectively.itemCount), [respectively.lastStart, respectively.at]];
  // One subject (城乡居民人均可支配收入分别增长6%): nothing to pair.
  if (!subjects && listed.length === 1 && values === 1) return undefined;
  // 和 splits only the clause's own list: a clause before the comma with a 和 is as often a policy's words
  // (推进医疗和养老服务融合发展,分别新增床位500张、300张) as a list of subjects.
  const items = listed.length === values ? listed : subjects ? undefined : splitAtJoiners(folded, listed, values);
  if (!items) return subjects || listed.length > 1 ? null : undefined;
  return { name: items[respectively.joiners] ?? items[items.length - 1]!, last: items[items.length - 1]!, count: items.length };
}

/**
 * Where the list of numerals after 分别 that the numeral at `numeralStart` belongs to starts: its first value (a numeral
 * with a unit, or one another follows: 6、8%; not the 5 of 5G, the 2.5 of PM2.5 or the year of 比2020年), whose words before it (高于全省)
 * read every numeral of the list (分别高于全省2个、3个百分点); `numeralStart` itself when it is the first, or no 分别 came.
 */
export function respectiveListHead(folded: string, lead: ClauseLead, numeralStart: number): number {
  const respectively = lead.respectively;
  if (!respectively || respectively.joiners === 0) return numeralStart;
  for (let i = respectively.at + 2; i < numeralStart; i++) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const numeral = readNumeral(folded, i);
    const unit = matchUnit(folded, numeral.end);
    if ((unit && unit.kind !== 'time') || joinsNumerals(folded[numeral.end] ?? '')) return i;
    i = numeral.end;
  }
  return numeralStart;
}

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
  return [respectively.at + 2, listHead];
}

/**
 * The words between 分别 and the list of numerals starting at `listHead` when they are a gap to a peer, as the value's
 * comparator reads it (分别高于全省2个、3个百分点: 高于全省; 比全省高, 领先全省约), which every item of the list is
 * compared with; `undefined` for other words (分别增长, 分别达到).
 */
export function respectivePeer(folded: string, lead: ClauseLead, listHead: number): Span | undefined {
  const respectively = lead.respectively;
  if (!respectively) return undefined;
  let start = respectively.at + 2;
  while (folded[start] === ' ') start++;
  return start < listHead && gapBefore(folded.slice(start, listHead)) ? [start, listHead] : undefined;
}

/**
 * The unit written once after a 分别 list of numerals (分别增长6、8%, 分别高于全省2个、3个百分点), for the numeral at
 * `numeral` whose own unit (`own`) is none or the start of that unit: where that unit starts (a space or two
 * skipped) and what it is; `undefined` when the numeral is the list's last, or keeps its own unit (2所、3个). It looks
 * no further than {@link LIST_AHEAD} after the numeral (each numeral of a long list would read the rest of it: the
 * square of its length), counting what it read in `lead.charsAhead`.
 */
export function respectiveUnit(folded: string, lead: ClauseLead, numeral: Numeral, own: UnitMatch | undefined): { readonly start: number; readonly unit: UnitMatch } | undefined {
  if (!lead.respectively) return undefined;
  let shared: { start: number; unit: UnitMatch } | undefined;
  const from = own?.end ?? numeral.end;
  let i = from;
  for (; i - numeral.end < LIST_AHEAD && joinsNumerals(folded[i] ?? '') && isDigit(folded.charCodeAt(i + 1)); ) {
    const next = readNumeral(folded, i + 1);
    const unit = matchUnit(folded, next.end);
    let start = next.end;
    while (folded[start] === ' ') start++;
    shared = unit ? { start, unit } : undefined;
    i = unit?.end ?? next.end;
  }
  lead.charsAhead += i - from;
  if (!shared) return undefined;
  const ownText = own ? folded.slice(numeral.end, own.end).trim() : '';
  const sharedText = folded.slice(shared.start, shared.unit.end);
  return sharedText.length > ownText.length && sharedText.startsWith(ownText) ? shared : undefined;
}
