/**
 * Numerals that are not targets, told by the characters around them (the `nonTargets` reasons of the curated
 * Dezhou plan, as rules): a year or a span of time (2023年, 三年, 15分钟), an ordinal (第2), a rank (前100), a
 * voltage (500千伏), an age, a threshold or size that qualifies something (投资5000万元以上的项目, 30万千瓦以下机组,
 * 过50亿元), one per member of a set (各建1处), a numeral inside a name (5G, PM2.5, “八抓20条”, 《…2023—2025年》,
 * 2+N), the population of a rate (每千人口, 每10万人), and telephone numbers and dates.
 */
import { isAsciiLetter, isIdeograph } from './chars.js';
import type { Numeral } from './numerals.js';
import type { UnitMatch } from './units.js';
import { BROUGHT_DOWN_WORDS, boundWords, bracketedSuffix, suffixWords } from './words.js';

/** Why a numeral is not a target. */
export type NonTargetReason =
  | 'timeSpan'
  | 'ordinal'
  | 'rank'
  | 'voltage'
  | 'age'
  | 'threshold'
  | 'perMember'
  | 'denominator'
  | 'qualifier'
  | 'name'
  | 'phone'
  | 'date'
  | 'noUnit';

/** Opening marks of names and titles, with their closing mark and how far a name may run. */
const NAME_MARKS: Readonly<Record<string, { readonly close: string; readonly limit: number }>> = {
  '“': { close: '”', limit: 24 },
  '「': { close: '」', limit: 24 },
  '『': { close: '』', limit: 24 },
  '"': { close: '"', limit: 24 },
  '《': { close: '》', limit: 80 },
  '〈': { close: '〉', limit: 80 },
};

/** Codes of the opening marks. */
export const NAME_MARK_CODES: ReadonlySet<number> = new Set(Object.keys(NAME_MARKS).map((mark) => mark.charCodeAt(0)));

/**
 * If a name or title opens at `at` (“…”, 《…》) and closes within its limit on the same sentence, the index of the
 * closing mark; otherwise -1. A long quotation is not a name: its numerals are read.
 */
export function nameEnd(text: string, at: number): number {
  const mark = NAME_MARKS[text[at]!];
  if (!mark) return -1;
  const limit = Math.min(text.length, at + 1 + mark.limit);
  for (let i = at + 1; i < limit; i++) {
    const ch = text[i]!;
    if (ch === mark.close) return i;
    if (ch === '。' || ch === '\n') return -1;
  }
  return -1;
}

/** Characters that join two quantities, not a quantity to a noun it qualifies. */
const JOINERS = new Set(['和', '及', '与', '或', '等', '、', '共', '其', '并', '同', '较', '比']);

/** Why the numeral is not a target by what stands right before it, or `undefined`. */
export function reasonBefore(text: string, numeral: Numeral): NonTargetReason | undefined {
  const before = text[numeral.start - 1];
  const code = before === undefined ? 0 : before.charCodeAt(0);
  if (isAsciiLetter(code) || before === '+' || before === '.' || before === '#' || before === '№') return 'name';
  if (before === '第') return 'ordinal';
  if (before === '前' || before === '后') return 'rank';
  if (before === '过' && text[numeral.start - 2] !== '超') return 'threshold';
  if (before === '各' || (text[numeral.start - 2] === '各' && isIdeograph(before))) return 'perMember';
  // 每千人口拥有…3.5个, 每10万人: the population of a rate, part of its metric's name.
  if (before === '每') return 'denominator';
  if (numeral.notAValue === 'phone') return 'phone';
  if (numeral.notAValue) return 'date';
  return undefined;
}

/** 优良天数达到300天, 重污染天数减少到5天以内: days counted as the thing measured, not a span of time. */
function countsDays(text: string, numeral: Numeral): boolean {
  const unit = text[numeral.end];
  return (unit === '天' || unit === '日') && text.slice(Math.max(0, numeral.start - 20), numeral.start).includes('天数');
}

/** Work finished within a span (1个工作日办结, 3个工作日内办结, 5天之内完成): a time limit, at most that span. */
const FINISHED_WITHIN = /^ ?(?:之?内)?(?:办结|办完|办成|办理|完成|审结)/;

/** Whether the words at `at`, after a span, say the work is finished within it ({@link FINISHED_WITHIN}): a ceiling. */
export const finishedWithin = (text: string, at: number): boolean => FINISHED_WITHIN.test(text.slice(at, at + 5));

/**
 * Whether a verb right before `at` (a space between or not) brings a value down to it (压缩至1个工作日, 缩短到3天):
 * before a span, a time limit, as 压缩至1个工作日以内 is.
 */
function broughtDownTo(text: string, at: number): boolean {
  const end = text[at - 1] === ' ' ? at - 1 : at;
  const verb = boundWords.matchEndingAt(text, end);
  return verb !== undefined && BROUGHT_DOWN_WORDS.has(verb.word);
}

/**
 * Why the numeral is not a target by its unit and what follows, or `undefined`. `suffixEnd` is where the unit and a
 * comparator word after it (以上, 以下) end.
 */
export function reasonAfter(text: string, numeral: Numeral, unit: UnitMatch | undefined, suffixEnd: number): NonTargetReason | undefined {
  const after = text.charCodeAt(numeral.end);
  if (after === 0x2b /* + */ || (!unit && isAsciiLetter(after))) return 'name';
  if (!unit) return numeral.fraction ? undefined : 'noUnit';
  // 30万千瓦(以下)燃煤机组: a bound in brackets as 以下 is.
  const suffix = suffixWords.match(text, unit.end) ?? bracketedSuffix(text, unit.end);
  // 压缩至1个工作日(以内), 1个工作日办结: a time limit is a target; 3个工作日 alone is a span of time, 2025年以前 a date.
  const timeLimit = unit.kind === 'span' && (suffix?.value === 'atMost' || finishedWithin(text, unit.end) || broughtDownTo(text, numeral.start));
  if ((unit.kind === 'time' || unit.kind === 'span') && !timeLimit && !countsDays(text, numeral)) return 'timeSpan';
  if (unit.kind === 'voltage') return 'voltage';
  // 人均预期寿命提高到79.5岁: a life span is a level reached, not an age that qualifies.
  if (unit.kind === 'age' && !text.slice(Math.max(0, numeral.start - 12), numeral.start).includes('寿命')) return 'age';
  const next = text[suffixEnd];
  // 培育100亿级产业集群2个: a class of size, named by its number and unit (as 百亿级 in words), no value to reach.
  if (next === '级' && (unit.kind === 'amount' || unit.kind === 'count')) return 'threshold';
  // 30万千瓦以下燃煤机组, 10人以下企业: a bound before a noun sizes the noun.
  if (suffix?.value === 'atMost' && isIdeograph(next) && !JOINERS.has(next!)) return 'threshold';
  if (unit.kind === 'amount') {
    // 投资5000万元以上的项目, 总投资173亿元的十大项目: an amount that sizes what follows.
    if (next === '的') return 'threshold';
    if (suffix && isIdeograph(next) && !JOINERS.has(next!)) return 'threshold';
  }
  return undefined;
}
