/**
 * A value measured against another region's figure (a peer: 全省, 全国, 全省平均水平) rather than the metric's own past:
 * a gap in percentage points (增速高于全省平均水平1个百分点, 快于全国2个百分点, 比全省高2个百分点, 失业率低于全省0.5个
 * 百分点, 较全省高2个百分点) or a multiple or share of the peer's figure (投资增速是全省的2倍, 相当于全省的80%). The change word before it
 * (增速) names what is compared, not a change the value measures: a reading gives the gap (how far above or below) or
 * the multiple, which is judged against the value directly, as a rate is. A percentage after a peer with no 的
 * (超过全国平均水平2.5%) may be the city's own level, and is left as its other words read it. A gap in percentage points
 * to another group than a region is a gap as well (农村居民收入增速高于城镇居民1.5个百分点, 比城镇居民高1个百分点), read as
 * one to 全省 is; a time is no group (增速高于上年1个百分点: a change of the metric's own rate).
 */
import { inPoints, type UnitMatch } from './units.js';
import { concentrationPattern } from './words.js';

/** One region a plan compares itself with: 全省, 全国, 省, 省均. */
const REGION = '(?:全国|全省|全市|全区|全县|国家|省|市)';
/** What of a region's is compared: 平均水平, 平均增速, 水准. */
const OF_REGION = '(?:平均水平|平均水准|平均增速|平均增幅|平均值|平均|均值|水平|水准)';
/**
 * The peers, one or a pair (全省、全国), and what of theirs: 全省平均水平, 全国同期平均增速, 省均, 全省平均水准; or the
 * economy's own growth, which a plan keeps incomes ahead of (居民收入增速高于经济增速0.5个百分点).
 */
const PEER = `(?:${REGION}(?:[、和及与]${REGION})?(?:同期)?${OF_REGION}?|[省市]均|(?:经济|GDP|地区生产总值)(?:增速|增长))`;
/** The words of a gap above or below a peer: 高于, 快于, 领先, 低于…. */
const GAP_WORDS = '(?:高于|快于|领先|超过|超出|高出|好于|优于|低于|慢于)';
/** Words between a gap's peer and its value: 约, 达, 达到, 近. */
const BEFORE_VALUE = '(?:约|达到|达|近)?';
/** A year the peer's figure is of, between the gap word and the peer: 高于2023年全省平均水平. */
const OF_YEAR = '(?:20\\d\\d年)?';
/** A gap to a peer, right before its value: 高于全省平均水平, 快于全国, 领先全省约, 比全省高, 低于全省 (a held-down rate). */
const GAP = new RegExp(`(?:${GAP_WORDS}${OF_YEAR}${PEER}|[比较]${PEER}[高快低])${BEFORE_VALUE}$`);
/** What starts no group: a time (上年, 去年, 前三季度, 往年, 同期: the metric's own past, a change) or a plan (序时进度, 目标). */
const NOT_GROUP = '(?!上|去|前|往|同期|水平|水准|序时|进度|目标|计划|预期|任务|规划|考核|标准)';
/** A character of a group: an ideograph or a Latin letter (GDP), but none of a time (年, 月, 季, 期) and no 的. */
const GROUP_CHAR = '(?:(?![年月季期的])[\\u4e00-\\u9fffA-Za-z])';
/**
 * Another group a value in percentage points is compared with, no region named: 城镇居民 (农村居民收入增速高于城镇居民
 * 1.5个百分点), 全部投资增速, 规上工业. Two to ten characters ({@link GROUP_CHAR}) that start no time or plan
 * ({@link NOT_GROUP}) and end in no verb of change (高于亿元企业占比提高: a rise).
 */
const GROUP = `${NOT_GROUP}${GROUP_CHAR}{2,10}(?<![加高升降低少大小减长])`;
/** After 比 or 较, not the 比 of a share's own word (比重, 比例, 比率, 比值) nor 比较. */
const COMPARED = '[比较](?![重例率值较])';
/** A gap to a group ({@link GROUP}), right before its value: 高于城镇居民, 快于城镇居民, 比城镇居民高 (not 比重提高). */
const GROUP_GAP_WORDS = `(?:${GAP_WORDS}${OF_YEAR}${GROUP}|${COMPARED}${GROUP}(?<![提增升降减加])[高快低])${BEFORE_VALUE}`;
const GROUP_GAP = new RegExp(`${GROUP_GAP_WORDS}$`);
/** A group's rate of change ending a metric, after its gap word: 高于全部投资增速 (its 增速 is what is compared). */
const GROUP_RATE_PEER = new RegExp(`${GAP_WORDS}${OF_YEAR}${NOT_GROUP}${GROUP_CHAR}{1,8}(?:增速|增幅|涨幅)$`);
/** A gap's peer ending the words before its value: 高于全省平均水平, 快于全省平均增速, 比全省. */
const GAP_PEER = new RegExp(`(?:${GAP_WORDS}${OF_YEAR}|[比较])${PEER}$`);
/** A multiple or share of a peer's figure, right before its value: 是全省的, 为全国平均水平的, 相当于全省的, 是全省. */
const MULTIPLE = new RegExp(`(?:${PEER}的|(?:是|为|相当于)${PEER})$`);
/** A multiple's words ending a metric, from the verb: 是全省的, 为全国平均水平的, 相当于全省. */
const MULTIPLE_WORDS = new RegExp(`(?:是|为|相当于)?${PEER}的$|(?:是|为|相当于)${PEER}$`);

/**
 * How many characters at the end of `folded`, a metric, are the words of a multiple or share of a peer's figure
 * (固定资产投资增速是全省的: 是全省的), which a gap after its value leaves out (固定资产投资增速高于全省); 0 if none.
 */
export const multipleWordsAtEnd = (folded: string): number => MULTIPLE_WORDS.exec(folded)?.[0].length ?? 0;

/** The 、 of a pair of peers (高于全省、全国平均水平): one peer after another, no list of metrics. */
const PAIR_BEFORE = new RegExp(`${REGION}$`);
const PAIR_AFTER = new RegExp(`^${REGION}(?:同期)?${OF_REGION}`);
const REGION_AFTER = new RegExp(`^${REGION}`);
/** How far back the words before a value are read: the longest, 高于全省、全国同期平均水平约. */
const LOOK_BACK = 20;

/** Whether the 、 at `at` (folded text) joins a pair of peers (全省、全国平均水平), not two items of a list. */
export const joinsPeers = (folded: string, at: number): boolean =>
  PAIR_BEFORE.test(folded.slice(Math.max(0, at - 2), at)) && PAIR_AFTER.test(folded.slice(at + 1, at + 9));

/** A gap's words and nothing else before its value: 高于全省, 快于全国平均水平, 比全省高. */
const PEER_ONLY = new RegExp(`^(?:${GAP_WORDS}${OF_YEAR}${PEER}|[比较]${PEER}[高快低])${BEFORE_VALUE}$`);
/** A gap to a group ({@link GROUP}) and nothing else before its value: 高于城镇居民, 比城镇居民高. */
const GROUP_ONLY = new RegExp(`^${GROUP_GAP_WORDS}$`);

/**
 * Whether [start, end) of the folded text, the words before a value, is a gap to a peer and nothing else (…增长7%,
 * 高于全省1个百分点): it names what the value is measured against, but no metric of the city's. Before a value in
 * percentage points (`points`), a gap to another group too (…增长7.5%,高于城镇居民1.5个百分点).
 */
export const peerOnly = (folded: string, start: number, end: number, points = false): boolean =>
  end > start && end - start <= LOOK_BACK && (PEER_ONLY.test(folded.slice(start, end)) || (points && GROUP_ONLY.test(folded.slice(start, end))));

/**
 * The rate of change a gap to a peer right after a change compares (增长6%,高于全省1个百分点: 增速高于全省; 下降3%,高于全省
 * 0.5个百分点: 降幅高于全省, a fall faster than the province's).
 */
export const RATE_OF_CHANGE = { increaseBy: '增速', decreaseBy: '降幅' } as const;

/** A rate of change and no subject before a gap's words, naming what is compared: 增速, 增幅, 降幅 (增速高于全省). */
const RATE_BEFORE_GAP = /^(?:增速|增幅|涨幅|降幅)/;

/**
 * Whether [start, end) of the folded text, the words before a value, is a gap to a peer and no subject of its own:
 * `gap` for the gap alone ({@link peerOnly}: 高于全省), `rate` for the gap after a rate of change alone (增速高于全省).
 * Right after a value, it is a gap of that value's metric (增长6%,增速高于全省1个百分点).
 */
export function gapAlone(folded: string, start: number, end: number, points = false): 'gap' | 'rate' | undefined {
  if (peerOnly(folded, start, end, points)) return 'gap';
  const rate = RATE_BEFORE_GAP.exec(folded.slice(start, start + 2));
  return rate && peerOnly(folded, start + rate[0].length, end, points) ? 'rate' : undefined;
}

/**
 * A region above the city, at the start of a bracket's words up to a value: 全省平均为, 全国平均水平为, 全省; its target,
 * standard or task (全省目标为, 省定目标, 省考核目标为, 国家标准为, 全省下达任务) and its total (全省共).
 */
const BRACKET_PEER = new RegExp(`^(?:全国|全省|国家|省)(?:同期)?${OF_REGION}?(?:(?:定|考核|下达)?(?:目标|标准|任务|指标))?(?:为|是|达到|达|约|共)?$`);

/**
 * Whether the value at `at` (folded text) is a peer's figure, the words of its bracket before it (from `from`, after
 * the bracket's opening or the clause's start) naming a region above the city (全市研发投入强度达到2.5%(全省平均为2.3%)):
 * the city's target is the value before the bracket, not this one.
 */
export const peerInBracket = (folded: string, from: number, at: number): boolean => at - from <= LOOK_BACK && BRACKET_PEER.test(folded.slice(from, at));

/**
 * Whether [start, end) of the folded text, an item of a 分别 list, is the province or the country alone (全省和全市分别
 * 达到90%、95%的目标: 全省) or its level (全省平均水平), or one with its own noun beside the city's item (`others`, the
 * list's other items: 省和市, 全市和全国地区生产总值): its value is that region's figure, no target of the city's.
 */
export function regionAboveCity(folded: string, start: number, end: number, others: readonly string[] = []): boolean {
  const item = folded.slice(start, end);
  if (REGION_ALONE.test(item)) return true;
  // 省和市分别达到90%、95%, 全市和全国地区生产总值: with its own noun, when another item is the city (alone, or with that noun).
  const region = REGION_AT_START.exec(item);
  // 省级和市级示范区: a level the city's own work reaches (a title), not the province's figure.
  const noun = region ? item.slice(region[0].length) : '';
  if (noun.startsWith('级')) return false;
  return !!region && others.some((other) => CITY.test(other) || (noun !== '' && other.endsWith(noun) && CITY.test(other.slice(0, other.length - noun.length))));
}

/** The province or the country alone, or its level (全省平均水平, 全国同期平均增速). */
const REGION_ALONE = new RegExp(`^全[省国](?:同期)?${OF_REGION}?$`);
/** A region above the city leading an item of a list (全国地区生产总值, 省). */
const REGION_AT_START = /^(?:全[省国]|省|国家)/;
/** The city alone, as an item of a list. */
const CITY = /^(?:全|本)?市$/;

/** Whether the joiner at `at` (folded text) joins two regions (高于全省和全国2个百分点): a pair of peers, no list of values. */
export const joinsRegions = (folded: string, at: number): boolean => PAIR_BEFORE.test(folded.slice(Math.max(0, at - 2), at)) && REGION_AFTER.test(folded.slice(at + 1, at + 3));

/**
 * Whether [start, end) of the folded text ends in a gap's peer (快于全省平均增速) or a group's rate (高于全部投资增速): a
 * metric keeps it whole, its 增速 too.
 */
export const endsInPeer = (folded: string, start: number, end: number): boolean => {
  const words = folded.slice(Math.max(start, end - LOOK_BACK), end);
  return GAP_PEER.test(words) || GROUP_RATE_PEER.test(words);
};

/**
 * Whether the words `before` a value in percentage points end in a gap to a peer (高于全省, 比全省高, 领先全省约); when
 * `points` (the value is in percentage points), or to another group (高于城镇居民, 比城镇居民高).
 */
export const gapBefore = (before: string, points = false): boolean => GAP.test(before) || (points && GROUP_GAP.test(before));

/** Whether the words `before` a value end in a peer it is measured against: a gap's ({@link gapBefore}) or a multiple's (是全省的). */
export const peerWordsBefore = (before: string): boolean => gapBefore(before) || MULTIPLE.test(before);

/**
 * Whether the value at `at` (folded text) is a gap to a peer (`gap`: in percentage points or a concentration) or a multiple or share of a
 * peer's figure (`multiple`: 倍, or % after 的), or neither.
 */
export function peerBefore(folded: string, at: number, unit: UnitMatch | undefined, unitText: string): 'gap' | 'multiple' | undefined {
  const before = folded.slice(Math.max(0, at - LOOK_BACK), at);
  // 低于全省平均水平5微克/立方米: a gap in a concentration, as in percentage points.
  if (inPoints(unitText) || concentrationPattern.test(unitText.trim())) return gapBefore(before, inPoints(unitText)) ? 'gap' : undefined;
  if (unit?.kind === 'multiple' || (unit?.kind === 'percent' && before.endsWith('的'))) return MULTIPLE.test(before) ? 'multiple' : undefined;
  return undefined;
}
