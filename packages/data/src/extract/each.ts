/**
 * The set of a threshold each member must reach: 各县(市、区)至少建设1家, 每个产业链引进…5个. 各 before a kind word (各类,
 * 各项, 各级, 各种, 各地, 各方) means "all", not "each", and names no set; 各 without a floor (至少, 不少于) is the whole's
 * work (指导各县市区新建口袋公园50个 is a city total).
 */
import { isIdeograph } from './chars.js';
import type { ClauseLead } from './clause-lead.js';
import { boundWords, changeWords, firmnessWords, flowWords, levelWords } from './words.js';

/** A set is a few words: longer, the match is not a set but a sentence. */
const MAX_SET = 24;

/**
 * Where the set named after the last 各 or 每个 of the clause's `lead` (read up to `to`) starts and ends, up to the
 * first verb, bound or change word or 累计 (引进, 建设, 至少, 达到, 增长); `undefined` when there is none.
 */
export function eachSet(folded: string, lead: ClauseLead, to: number): readonly [number, number] | undefined {
  const last = lead.lastEach;
  if (!last || (last.ge && !lead.floor)) return undefined;
  const start = last.end;
  let end = start;
  while (end < to && end - start <= MAX_SET) {
    const ch = folded[end]!;
    if (!isIdeograph(ch) && !'()、'.includes(ch)) break;
    if (folded.startsWith('累计', end) || [boundWords, changeWords, flowWords, levelWords, firmnessWords].some((words) => words.match(folded, end))) break;
    end++;
  }
  return end > start && end - start <= MAX_SET ? [start, end] : undefined;
}
