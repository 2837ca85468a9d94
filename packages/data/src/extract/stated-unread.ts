/**
 * Values a plan states that the parser does not read, said rather than dropped (`dz-plan build` reports them as
 * `numeralNotRead`), each as the form it is ({@link UnreadForm}): a ratio (之比达到2.5:1), a value whose unit is letters
 * it does not know (算力规模达到10000P), a doubling (粮食产量翻一番), tenths (出口额增长三成), a comparison with no number
 * (增速不低于全省平均水平); and, as a value of no unit
 * (`noUnit`), 两 before a count after a verb of work (新建两个产业园区: two, but 两个 is rhetoric as often as a count, so
 * not read: other-cities-f48; where a target ends, 新建两个, it is read). Each is said only where a bound, change or
 * flow word states it, right before it, or, for a doubling, by its own words.
 */
import { isAsciiLetter, isIdeograph } from './chars.js';
import type { ClauseState } from './clause-state.js';
import { endsTarget } from './chinese-numerals.js';
import { matchUnit } from './units.js';
import { flowWords, suffixWords } from './words.js';

/**
 * What a value said unread is, where it is more than a value of no unit: a doubling (翻一番), tenths (三成), a ratio
 * (2.5:1), a value of a unit in letters (10000P), a share in words with no metric before it (实现行政村百分之百通硬化路),
 * or a comparison with no number (不低于全省平均水平).
 */
export type UnreadForm = 'doubling' | 'tenths' | 'ratio' | 'lettersUnit' | 'shareNoMetric' | 'comparisonNoValue';

/** 翻一番, 翻两番, 翻番: a doubling (or two), stated by its words. */
const DOUBLING = /^翻[一两二三]?番/;
/** 三成, 五成: tenths of a whole, a share no unit of ours names (not 一成不变: one alone, nor 成为, 成效 after it). */
const TENTHS = /^[二两三四五六七八九]成(?![为效果功立员本])/;

/**
 * A comparison with no number, ending its clause: a level named in words (增速不低于全省平均水平, 水源水质达到国家标准),
 * which no reading can be judged against: a region's average or a standard only, not any 水平 (能效达到全国先进水平
 * says which enterprises a count counts). Not a gap with its number (高于全省平均水平1个百分点), nor a noun it qualifies
 * (达到国家标准的企业20家).
 */
const COMPARISON_NO_VALUE = /^(?:不低于|不高于|不少于|高于|低于|快于|优于|好于|超过|达到)(?:全国|全省|全市|国家|省|市)(?:同期)?(?:平均水平|平均增速|平均水准|[^\d,。;:、()的]{0,6}?标准)(?=$|[,。;)])/;
/** The first characters of {@link COMPARISON_NO_VALUE}'s words, which alone are looked at further. */
const COMPARISON_STARTS = new Set('不高低快优好超达');
/** Whether a bound or change word of the clause ends right before `at` (达到2.5:1, 增长三成): the value it states. */
export const statedAt = (state: ClauseState, at: number): boolean => state.bound?.end === at || state.change?.end === at;

/**
 * The end of a value in words at `at` of the folded text the parser says and does not read, and what it is (翻一番, a
 * doubling; 三成 right after a bound or change word, tenths; 不低于全省平均水平, a comparison with no number; 两 of 新建两个,
 * of no unit), or `undefined`.
 */
export function statedInWordsAt(folded: string, at: number, state: ClauseState): { readonly end: number; readonly reason: UnreadForm | 'noUnit' } | undefined {
  const doubling = DOUBLING.exec(folded.slice(at, at + 3));
  if (doubling) return { end: at + doubling[0].length, reason: 'doubling' };
  const comparison = COMPARISON_STARTS.has(folded[at]!) ? COMPARISON_NO_VALUE.exec(folded.slice(at, at + 20)) : null;
  if (comparison) return { end: at + comparison[0].length, reason: 'comparisonNoValue' };
  const tenths = statedAt(state, at) ? TENTHS.exec(folded.slice(at, at + 3)) : null;
  if (tenths) return { end: at + 2, reason: 'tenths' };
  // 新建两个产业园区; not 新建两个 where a target ends (read as 2: chineseCountAt).
  const count = folded[at] === '两' && flowWords.matchEndingAt(folded, at) ? matchUnit(folded, at + 1) : undefined;
  return count?.kind === 'count' && !endsTarget(folded, count.end) ? { end: at + 1, reason: 'noUnit' } : undefined;
}

/**
 * The end of the letters right after a numeral ending at `end` when they are its unit (10000P, then a mark, the text's
 * end or a bound word), not the start of a name (5G基站), or `undefined`.
 */
export function lettersUnitEnd(folded: string, end: number): number | undefined {
  let i = end;
  while (isAsciiLetter(folded.charCodeAt(i))) i++;
  return i > end && (!isIdeograph(folded[i]) || suffixWords.match(folded, i) !== undefined) ? i : undefined;
}
