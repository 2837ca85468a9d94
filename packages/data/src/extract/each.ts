/**
 * The set of a threshold each member must reach: 各县(市、区)至少建设1家, 每个产业链引进…5个. 各 before a kind word (各类,
 * 各项, 各级, 各种, 各地, 各方) means "all", not "each", and names no set; 各 without a floor (至少, 不少于) is the whole's
 * work (指导各县市区新建口袋公园50个 is a city total).
 */
import { isIdeograph } from './chars.js';
import { boundWords, changeWords, firmnessWords, flowWords, levelWords } from './words.js';

const EACH = /各个?(?![类项级种地方界])|每一?个/g;
/** A floor, which makes 各 a threshold for each member. */
const FLOOR = /至少|不少于|不低于/;
/** A set is a few words: longer, the match is not a set but a sentence. */
const MAX_SET = 24;

/**
 * Where the set named after the last 各 or 每个 of [from, to) of the folded text starts and ends, up to the first verb,
 * bound or change word or 累计 (引进, 建设, 至少, 达到, 增长); `undefined` when there is none.
 */
export function eachSet(folded: string, from: number, to: number): readonly [number, number] | undefined {
  const lead = folded.slice(from, to);
  const last = [...lead.matchAll(EACH)].pop();
  if (!last || (last[0][0] === '各' && !FLOOR.test(lead))) return undefined;
  const start = from + last.index + last[0].length;
  let end = start;
  while (end < to && end - start <= MAX_SET) {
    const ch = folded[end]!;
    if (!isIdeograph(ch) && !'()、'.includes(ch)) break;
    if (folded.startsWith('累计', end) || [boundWords, changeWords, flowWords, levelWords, firmnessWords].some((words) => words.match(folded, end))) break;
    end++;
  }
  return end > start && end - start <= MAX_SET ? [start, end] : undefined;
}
