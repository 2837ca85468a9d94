/**
 * The direction of a change: the way a change target counts its readings, and the words that say a change went down
 * or up. One home for what the progress sheet's measure column, the words of a value written with its direction
 * (`directedChange`: 回落7% for 下降12% is told to write 7) and the note beside a value below zero (`contradictedChange`:
 * -7.5 beside 較2020年回落7.5%) must agree on (review r69 M1, M10: two lists of words, five rules of the direction).
 * `changeDirection` itself lives with the kinds of target (`target-kinds.ts`), which the one-gauge page loads; this
 * module's words do not. Not on the one-gauge page: its one use there, the check of a fall of more than the whole (`checkReading`), writes
 * the rule inline for the page's bytes, held to {@link changeDirection} by a test (change-direction-f135.test.ts).
 */

export { changeDirection } from './target-kinds.js';

/** Words of a fall, in either script: 下降, 降低, 減少, 下滑, 回落, and the arrow ↓. */
export const FALL_WORDS: readonly string[] = ['下降', '降低', '減少', '减少', '下滑', '回落', '↓'];

/** Words of a rise, in either script: 增長, 提高, 增加, 上升, 上漲, 回升, 反彈, and the arrow ↑. */
export const RISE_WORDS: readonly string[] = ['增長', '增长', '提高', '增加', '上升', '上漲', '上涨', '回升', '反彈', '反弹', '↑'];

/** Any one of `words`, as a pattern's alternatives (none of them holds a character a pattern reads otherwise). */
export const anyOf = (words: readonly string[]): string => words.join('|');
