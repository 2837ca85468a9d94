/**
 * 分别 ("respectively") pairs a list of metrics with a list of numerals, in order: in
 * 万元GDP用水量、万元工业增加值用水量较2020年分别下降12%、5% the 12% is the first metric's and the 5% the second's.
 * Read without it, each numeral took the text just before it, so the 12% was named after the second metric and the
 * 5% after nothing.
 */
import { isDigit } from './chars.js';
import { joinsNumerals, type ClauseLead } from './clause-lead.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from './clause-state.js';

/** How far after a numeral the rest of its list may run. */
const LIST_AHEAD = 60;

/** The joiners after `at` followed by a numeral, up to the end of the clause: the numerals still to come. */
function numeralsAhead(folded: string, at: number): number {
  let count = 0;
  for (let i = at; i < folded.length && i - at < LIST_AHEAD; i++) {
    const ch = folded[i]!;
    if (SENTENCE_ENDS.has(ch) || CLAUSE_ENDS.has(ch)) break;
    if (joinsNumerals(ch) && isDigit(folded.charCodeAt(folded[i + 1] === ' ' ? i + 2 : i + 1))) count++;
  }
  return count;
}

/**
 * The span of the folded text naming the numeral at `numeralStart` when its clause pairs metrics and numerals with 分别
 * (the clause's `lead` read up to the numeral): the metric in the same place of the 、-list before 分别 as the numeral
 * in the list after it, and the list's last metric (城镇、农村居民人均可支配收入: the first shares the last one's noun).
 * When 分别 opens its clause, the list is the clause before's (`subjects-before.ts`).
 * `undefined` when the clause has no 分别 before the numeral, or one subject; `null` when the two lists differ in length
 * (化学需氧量排放量比2020年分别下降8%、10%): which numeral is whose is then for a person to say.
 */
export function respectiveName(folded: string, lead: ClauseLead, numeralStart: number): { readonly name: readonly [number, number]; readonly last: readonly [number, number] } | null | undefined {
  const respectively = lead.respectively;
  if (!respectively) return undefined;
  // 甲、乙,分别增长15%、20%: the list of the clause before; one subject there takes the one numeral, or pairs nothing.
  const subjects = respectively.subjects;
  if (subjects) {
    if (subjects.items.length + 1 !== respectively.joiners + 1 + numeralsAhead(folded, numeralStart)) return null;
    return { name: subjects.items[respectively.joiners] ?? subjects.last, last: subjects.last };
  }
  const { itemCount, joiners: index } = respectively;
  const last: [number, number] = [respectively.lastStart, respectively.at];
  // One subject (城乡居民人均可支配收入分别增长6%): nothing to pair.
  if (itemCount === 0) return undefined;
  if (itemCount + 1 !== index + 1 + numeralsAhead(folded, numeralStart)) return null;
  return { name: index < itemCount ? lead.items[index]! : last, last };
}
