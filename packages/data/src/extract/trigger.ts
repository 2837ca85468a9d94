/**
 * A condition, not a target: in 当PM2.5浓度达到150微克/立方米时,启动重污染天气应急响应 the value is the level that sets
 * off an action, not one the city is to reach. A value inside a 当…时 clause (當…時 in Traditional, folded) is proposed
 * as nothing; the rest of its sentence is read as before.
 */
import { isDigit, isIdeograph } from './chars.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from './clause-state.js';
import { matchUnit } from './units.js';

/** How far after 当 its 时 may stand: a clause, not a paragraph. Bounds the one look ahead per 当. */
const TRIGGER_REACH = 40;

/**
 * The character "at once" (U+5373), after 当 (at once) and before 时 (instantly), escaped: written out, here or in a
 * comment, its variant would add a character to the folding table (and the table to every page).
 */
const AT_ONCE = '\u5373';

/**
 * 当 opening a word of its own: 当年, 当前, 当地, 当月, 当期, 当日 and 当天 (当日办结率), 当场, 当季, {@link AT_ONCE},
 * 当选, 当作, 当做, 当成, 当面, 当好 (当好排头兵: be a good one): no condition. Not 当日均 or 当季度 (当日均浓度超过200微克/
 * 立方米时, 当季度用电量增速低于5%时: 当 and the words of the condition), nor 当成本.
 */
const NOT_OPENING = new RegExp(`^当(?:[年前地月期天场${AT_ONCE}选作做面好]|日(?!均)|季(?!度)|成(?!本))`);

/**
 * 时 in a word of its own: before it 小时, 千瓦时 (units inside the condition: 持续24小时时), 同时, 及时, 按时, 准时, 实时,
 * 适时, {@link AT_ONCE}, 随时, 临时, 届时, 定时, 限时 (当日办结率达到95%以上并实时公开: a target); after it 时间, 时限,
 * 时期, 时段, 时效, 时序 and 时长, but not 时长期 (…达到95%以上时长期坚持: 时 and 长期).
 */
const NOT_CLOSING_BEFORE = new Set([...`小瓦同及按准实适${AT_ONCE}随临届定限`]);
const NOT_CLOSING_AFTER = /^(?:[间限期段效序]|长(?!期))/;

/** A bound that may stand between a condition's value and its 时 (达到80%以上时). */
const BOUND_BEFORE_CLOSE = /^(?:以上|以下|以内)$/;

/** How far before its 时 a condition's value may end, with its unit and bound: 150微克/立方米以上. */
const VALUE_REACH = 12;

/**
 * Whether a 时 at `at` closes its clause right after a value: a digit, its unit if any and a bound if any just before
 * it (5%时, 50家时, 150微克/立方米时, 80%以上时), a clause's or a sentence's end (or the text's) just after it.
 */
function closesAfterValue(folded: string, at: number): boolean {
  const next = folded[at + 1];
  if (next !== undefined && !CLAUSE_ENDS.has(next) && !SENTENCE_ENDS.has(next)) return false;
  for (let i = at - 1; i >= 0 && i >= at - VALUE_REACH; i--) {
    if (!isDigit(folded.charCodeAt(i))) continue;
    const unitEnd = matchUnit(folded, i + 1)?.end ?? i + 1;
    return unitEnd === at || (unitEnd < at && BOUND_BEFORE_CLOSE.test(folded.slice(unitEnd, at)));
  }
  return false;
}

/**
 * The condition that 当 at `at` of the folded text opens, [start, end) up to its 时, if it is one: 当 first in its
 * clause or after punctuation, a digit or a letter (not 相当, 应当, 适当), or after 每; its 时 within
 * {@link TRIGGER_REACH} characters, before the clause ends. A 当 that starts a word of its own ({@link NOT_OPENING})
 * opens one only when its 时 closes the clause right after a value ({@link closesAfterValue}): 当地区生产总值增速低于
 * 5%时, 当月用电量增速低于5%时, 当年新增规上企业达到50家时 are conditions; 当年新建示范点5个 is no condition.
 */
export function triggerAt(folded: string, at: number): { readonly start: number; readonly end: number } | undefined {
  const before = folded[at - 1];
  if (isIdeograph(before) && before !== '每') return undefined;
  const word = NOT_OPENING.test(folded.slice(at, at + 3));
  const limit = Math.min(folded.length, at + TRIGGER_REACH);
  for (let i = at + 1; i < limit; i++) {
    const ch = folded[i]!;
    if (CLAUSE_ENDS.has(ch) || SENTENCE_ENDS.has(ch)) return undefined;
    if (ch === '时' && !NOT_CLOSING_BEFORE.has(folded[i - 1]!) && !NOT_CLOSING_AFTER.test(folded.slice(i + 1, i + 3))) {
      return word && !closesAfterValue(folded, i) ? undefined : { start: at, end: i };
    }
  }
  return undefined;
}
