/**
 * Units of measure after a numeral, as plans write them: a classifier (个, 家, 项), an amount (亿元, 万千瓦, 平方米),
 * a share (%), or a unit that marks the numeral as something other than a target (年, 分钟, 千伏, 岁).
 */
import { isAsciiLetter } from './chars.js';
import { WordList } from './word-list.js';

/** What kind of unit follows a numeral. */
export type UnitKind =
  /** A classifier: a count of things (个, 家, 项, 人, 场). */
  | 'count'
  /** An amount of money, mass, energy, area, length or volume (元, 吨, 千瓦, 平方米). */
  | 'amount'
  /** A percentage or a number of percentage points. */
  | 'percent'
  /** A multiple (倍). */
  | 'multiple'
  /** A point of time or a year (年, 月, 日, 季度): never a target. */
  | 'time'
  /** A span of time (个月, 天, 小时, 工作日): a target only as a time limit (压缩至1个工作日以内). */
  | 'span'
  /** A voltage level (500千伏): never a target. */
  | 'voltage'
  /** An age (60岁以上): a threshold, never a target. */
  | 'age';

/** Percentage points (个百分点): a change of a rate or a gap between rates, never a rate. */
const POINTS = '百分点';

/** Whether the unit written `unitText` is in percentage points (1个百分点, 0.5百分点). */
export const inPoints = (unitText: string): boolean => unitText.endsWith(POINTS);

/** Base units (after an optional 万/亿/千万 scale). `歲` and `塊` are listed too: the script fold does not know them. */
const baseUnits = new WordList<UnitKind>({
  ...units('count', '个 家 项 名 人 人次 户 套 场 件 台 标台 辆 条 处 所 张 眼 座 次 批 种 类 只 头 株 棵 间 床 位 册 部 篇 支 队 片 块 塊 盏 根 艘 架 列 道 门 款 本 份 宗 笔 单 组 对 家次 床位 个点 例 起 班 场次 所次 处次'),
  ...units('amount', '元 美元 公里 千米 米 延米 平方公里 平方千米 平方米 立方米 公顷 亩 吨 吨标准煤 吨标煤 微克 毫克 公斤 千克 克 斤 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 度 标箱 标准箱 kw kwh mw mwh gw km kg t m mg l'),
  ...units('percent', `% ‰ 个${POINTS} ${POINTS}`),
  ...units('multiple', '倍'),
  ...units('time', '年 年度 周年 月 月份 日 号 季度'),
  ...units('span', '个月 天 周 个周 小时 分钟 秒 个季度 工作日 个工作日'),
  ...units('voltage', '千伏 伏 kv v'),
  ...units('age', '岁 歲 周岁'),
});

/**
 * A rate per a population (10/10万: ten per hundred thousand), its numeral the numerator: `/`, the population's digits
 * and its scale, and the unit it counts if written (10/10万人).
 */
export const PER_POPULATION = /^\/\d{1,4}[万千百亿]/;

/** A scale before the base unit: 3.3万人, 90亿元, 1千万元. A scale alone (3.3万) is a unit too. */
const scales = new WordList<true>({ 万: true, 亿: true, 千万: true, 百万: true, 十万: true, 万亿: true });

function units(kind: UnitKind, list: string): Record<string, UnitKind> {
  return Object.fromEntries(list.split(' ').map((u) => [u, kind]));
}

/** A unit of measure found after a numeral. */
export interface UnitMatch {
  /** Index just past the unit (in the folded text). */
  readonly end: number;
  readonly kind: UnitKind;
  /** Whether a 万/亿 scale leads it (3.3万人): the ±5% tolerance of 左右 is not widened for such counts. */
  readonly scaled: boolean;
}

/** Lower-cases ASCII letters only, so `kW` and `KV` match; the folded text keeps its length. */
const lower = (text: string, at: number, length: number): string => text.slice(at, at + length).toLowerCase();

/**
 * The unit of measure at `at` in the folded text (after a space or two), or `undefined`. An ASCII unit (`kW`, `km`) must not
 * run on into a word (`5G`, `4K` and `PM2.5` are names).
 */
export function matchUnit(text: string, at: number): UnitMatch | undefined {
  let i = at;
  while (text[i] === ' ' && i < at + 2) i++;
  const per = PER_POPULATION.exec(text.slice(i, i + 6));
  if (per) {
    const counted = matchBase(text, i + per[0].length);
    return { end: i + per[0].length + (counted?.kind === 'count' ? counted.length : 0), kind: 'count', scaled: false };
  }
  const scale = scales.match(text, i);
  const afterScale = scale ? i + scale.word.length : i;
  const base = matchBase(text, afterScale) ?? (scale ? undefined : matchBase(text, i));
  if (base) return { end: perEnd(text, afterScale + base.length), kind: base.kind, scaled: scale !== undefined };
  return scale ? { end: afterScale, kind: 'amount', scaled: true } : undefined;
}

/**
 * Past what a unit is per, if it says (吨标准煤/万元, 平方米/人: `/` and a unit, maybe scaled), else `end`: an intensity
 * or density is not the amount it divides.
 */
function perEnd(text: string, end: number): number {
  if (text[end] !== '/') return end;
  const scale = scales.match(text, end + 1);
  const at = scale ? end + 1 + scale.word.length : end + 1;
  const per = matchBase(text, at);
  return per ? at + per.length : scale ? at : end;
}

function matchBase(text: string, at: number): { length: number; kind: UnitKind } | undefined {
  const code = text.charCodeAt(at);
  if (isAsciiLetter(code)) {
    let end = at;
    while (isAsciiLetter(text.charCodeAt(end))) end++;
    const word = lower(text, at, end - at);
    const hit = baseUnits.match(word, 0);
    return hit && hit.word.length === word.length ? { length: word.length, kind: hit.value } : undefined;
  }
  const hit = baseUnits.match(text, at);
  return hit ? { length: hit.word.length, kind: hit.value } : undefined;
}
