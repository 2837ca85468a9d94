/**
 * A lone 一 in a month's note: a count of one (本月新增一項), a figure of the note's own, or part of a word or a slogan,
 * no figure (統一台賬, 一戶一檔). Reviews r118 F4, r119 F2, r126 F6.
 */

/** A character a 一 after it makes a word with: 统一, 唯一, 第一, 逐一, 同一, 单一, 万一, 进一步, 之一. */
const WORD_BEFORE = /[统唯第逐同单万进之]$/u;

/** A measure word after a count (一项, 一个, 一家, 一条, 一座, 一所, 一处, 一台, 一辆, 一人, 一批, 一件, 一户, 一名, 一次), not 一次性. */
const MEASURE_WORD = /^[项个家条座所处台辆人批件户名次](?!性)/u;

/** 一 starting a word (一般, 一起, 一直, 一步, 一定, 一些, 一体, 一样): no slogan's. */
const WORD_OF_ONE = '(?![般起直步定些体样])';

/** The slogan's other 一 after this one (一户一档 read at its first 一), or before it (一件事一次办 at its second). */
const SLOGAN_AFTER = new RegExp(`^\\p{sc=Han}{1,2}一${WORD_OF_ONE}`, 'u');
const SLOGAN_BEFORE = new RegExp(`一${WORD_OF_ONE}\\p{sc=Han}{1,2}$`, 'u');

/**
 * Whether the 一 between `before` and `after`, the note's text folded to Simplified (`normalizeForExtraction`), counts
 * one of something. It does only before a measure word (本月新增一项, 一家企业, 9月份完成一件: review r118 F4) and:
 * - not inside a word, after a character it makes a word with (统一台账, 唯一, 第一次, 进一步) or in 一次性 (r119 F2);
 * - not in a slogan of two 一, 一X一Y with one or two characters and no punctuation between (一户一档, 一企一策,
 *   一件事一次办: r119 F2), where neither 一 starts a word (一般, 一起, 一直, …): 9月份新增一家,一家在建 is two counts,
 *   and the 一 of 一家一般企业 one (r126 F6).
 *
 * @example
 * ```ts
 * countOfOne('本月新增', '项');         // true
 * countOfOne('9月份用水量(统', '台账)'); // false: 统一
 * countOfOne('本月数,', '户一档');      // false: a slogan
 * countOfOne('9月份新增', '家一般企业'); // true
 * ```
 */
export function countOfOne(before: string, after: string): boolean {
  const inWord = WORD_BEFORE.test(before) || !MEASURE_WORD.test(after);
  const inSlogan = SLOGAN_AFTER.test(after) || SLOGAN_BEFORE.test(before);
  return !inWord && !inSlogan;
}
