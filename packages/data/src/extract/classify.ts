/**
 * How a numeral found to be a target is read: its comparator (from the words around it), its measure kind (by the
 * rule of `scripts/curated/README.md`), the tolerance of a 左右, and how sure the reading is.
 */
import type { Comparator, Measure } from '../schema.js';
import type { ClauseState } from './clause-state.js';
import type { Numeral } from './numerals.js';
import { inPoints, type UnitMatch } from './units.js';
import { peerBefore } from './peer.js';
import { additionPattern, adjacentComparators, concentrationPattern, flowWords, heldDownPattern, levelWords, listedPattern, namedLevelPattern, notPollutantPattern, PERIOD_TOTAL, pollutantPattern, rateWords, reachedLevelWords, soilConcentrationPattern, STANDARD, workOnHeldPattern } from './words.js';

/**
 * Amounts that accumulate over a year (money, mass, volume, energy), and visits (人次: 游客3000万人次, each visit counted
 * as it is made): a flow unless the words say a level, or it is a daily average (日均).
 */
const FLOW_AMOUNT_ENDINGS = ['元', '吨', '立方米', '千瓦时', '度', '吨标准煤', '吨标煤', '人次'];

/**
 * A metric per unit of output (万元GDP能耗, 全市单位地区生产总值能耗, 每万元工业增加值用水量, 每万元…): an intensity,
 * standing at a moment like 吨标准煤/万元, not a quota the year uses up. Matched in the folded (Simplified) metric.
 */
const PER_OUTPUT = /(?:万元|单位)(?:GDP|国内生产总值|地区生产总值|生产总值|(?:规上|规模以上)?工业增加值)|^(?:全[市县区省])?每万元/i;

/**
 * A volume of the year (业务量, 客运量, 周转量, 用电量, 售电量, and freight and a port's throughput, escaped: written out,
 * their characters would add themselves to the folding table, and the table to every page), a flow even when reached
 * (达到35亿件): what the year handles builds up over it, as its 产量 and 交易额 do. Not one a day (日均), a level.
 */
const ANNUAL_VOLUME = /(?:业务|\u541e\u5410|客运|\u8d27运|周转|用电|售电)量$/;

/**
 * A total of the year's trade or sales (外贸进出口总额, 社会消费品零售总额, 销售总额, 交易总额, 营业总额), investment, tax,
 * funds brought in or income (固定资产投资总额, 税收总额, 到位资金总额, 收入总额: review r101 M1): what the year does,
 * published as the year so far (1—N月), so a flow, read before {@link levelWords}' 总额, which is a balance
 * (存款总额, 贷款总额, 债务总额, 资产总额: review r99 H1). 贸 escaped, as {@link ANNUAL_VOLUME}'s characters are.
 */
const ACTIVITY_TOTAL = /(?:进出口|进口|出口|零售|销售|交易|成交|营业|\u8d38\u6613|投资|税收|资金|收入)总额$/;

/** A total of things counted (市场主体总量), a stock when reached. */
const STOCK_TOTAL = /总量$/;

/** The words of an addition within the year that make what follows them a flow, before a level word (新增…装机). */
const ADDED = /新增|新建|新开/;

/** How the comparator was decided, which counts towards the confidence. */
export interface ComparatorReading {
  readonly comparator: Comparator;
  /** Whether a word of the text decided it (以上, 达到, 左右, 下降), rather than the default `exact`. */
  readonly worded: boolean;
  /**
   * A change bounded by something other than its own word: a ceiling on it (增速控制在2%以内) or a range of it
   * (增长7%—8%, 下降3%—5%). The change word names what is measured, a growth: it stays in the metric of a ceiling, a
   * range's `direction` says it (review r113).
   */
  readonly keepsChange?: true;
  /** A change with 以上 after it (增幅达到10%以上): at least that change. */
  readonly floor?: true;
  /** A change with 左右 after it (增长6%左右): about that change, within the band of 左右. */
  readonly approx?: true;
}

/**
 * The comparator: a range is a range (of a change in percent after a change word, 下降3%—5%: its `direction` the
 * word's); a change word (增幅, 下降) before a percentage, or close before the numeral,
 * wins over a floor (增幅达到10%以上 grows by 10%) but not over a ceiling after it (增速控制在2%以内 caps the growth at 2%:
 * `atMost`, measure `growth`, where growing by 2% or more would invert the target); then the word after the unit (以上,
 * 以内, 左右); then a character right before the numeral (超, 约); then a bound word of the clause (达到, 控制在, 不少于);
 * else `exact`.
 */
export function readComparator(
  text: string,
  numeral: Numeral,
  unit: UnitMatch | undefined,
  unitText: string,
  suffix: Comparator | undefined,
  state: ClauseState,
  /** Where the words before the value end: the first numeral of a 分别 list (分别高于全省2个、3个百分点), else the numeral. */
  listHead = numeral.start,
): ComparatorReading {
  const change = state.change;
  // 增幅达到10%以上: the bound word and 以上 name the size of the change. Before a count the change word must stand
  // right before the numeral (增加200个); before an amount a short metric may come between (压减粗钢产能120万吨).
  // 分别增加5万人、2万人: a later value of a 分别 list stands where its list starts.
  const gap = change ? (change.end <= listHead ? listHead : numeral.start) - change.end : Infinity;
  const relative = unit?.kind === 'percent' || unit?.kind === 'multiple';
  // 增速高于全省平均水平1个百分点, 投资增速是全省的2倍: a gap to or a multiple of a peer's figure; the change word
  // names what is compared (peer.ts). A gap is a floor (高于: at least it above), a multiple as its words bound it.
  const peer = peerBefore(text, listHead, unit, unitText);
  const changed = change && !peer && (relative || gap === 0 || (unit?.kind === 'amount' && gap <= 4));
  // 下降3%—5%: a range of a change, read as the change's size; without its word the metric would read as a rate of 3—5%.
  // 高于全省1—2个百分点: a range of a gap, compared directly.
  if (numeral.upperValue !== undefined) return { comparator: 'range', worded: true, ...(changed && relative ? { keepsChange: true } : {}) };
  if (peer === 'gap') return { comparator: suffix === 'approx' || suffix === 'atMost' ? suffix : 'atLeast', worded: true };
  // 城镇调查失业率5.5%左右, 居民消费价格涨幅3%左右: what a plan holds down, about a value, is held under it. Only this
  // target's own words count: a floor listed after one (失业率5.5%以内、新增就业6万人左右) is no ceiling.
  // Read only when a concentration or a 左右 asks: every numeral of a long clause passes here.
  const ownWords = (): string => text.slice(Math.max(state.clauseStart, state.listStart, state.lastTargetEnd), numeral.start);
  // PM2.5平均浓度达到35微克/立方米: a pollutant's concentration, which a plan brings down; named anywhere in its
  // sentence before (PM2.5、PM10平均浓度分别达到35、60; 细颗粒物浓度持续下降,年均浓度达38), not an improvement or 溶解氧.
  // In soil (毫克/千克), named in the clause itself: 加强土壤重金属污染防治,耕地土壤有效磷含量达到20毫克/千克 is a floor.
  const pollutantFrom = soilConcentrationPattern.test(unitText) ? Math.max(state.sentenceStart, state.clauseStart) : Math.max(state.sentenceStart, numeral.start - POLLUTANT_BACK);
  const pollutant = concentrationPattern.test(unitText) && !notPollutantPattern.test(ownWords()) && pollutantPattern.test(text.slice(pollutantFrom, numeral.start));
  const heldDown = suffix === 'approx' && (pollutant || heldDownPattern.test(ownWords()));
  if (changed) {
    // Only a growth is capped so: 下降4.2%以内 stays a fall (its reading, a size of cut, has no cap a plan would set).
    const capped = change.comparator === 'increaseBy' && (suffix === 'atMost' || heldDown || (state.bound?.comparator === 'atMost' && state.bound.end > change.end));
    if (capped) return { comparator: 'atMost', worded: true, keepsChange: true };
    // 增幅达到10%以上, 增长不低于10%, 至少增长10%: at least that change (达到 alone only reaches it).
    const floor = suffix === 'atLeast' || (state.bound !== undefined && EXPLICIT_FLOORS.has(state.bound.word));
    // 增长6%左右: about that change; the comparator stays the change, which names what is measured.
    return { comparator: change.comparator, worded: true, ...(floor ? { floor: true } : suffix === 'approx' ? { approx: true } : {}) };
  }
  if (heldDown) return { comparator: 'atMost', worded: true };
  if (suffix) return { comparator: suffix, worded: true };
  // PM2.5平均浓度达到35微克/立方米, 恢复到, 达38微克: reaching a pollutant's concentration is coming down to it.
  if (pollutant && ((state.bound && REACHED_LEVEL.has(state.bound.word)) || text[numeral.start - 1] === '达')) {
    return { comparator: 'atMost', worded: true };
  }
  // 城镇调查失业率恢复到5.5%: what a plan holds down recovers to a value, not to at least it (5.0% is no miss).
  if (state.bound && RECOVERED.has(state.bound.word) && heldDownPattern.test(text.slice(state.clauseStart, numeral.start))) return { comparator: 'exact', worded: true };
  const adjacent = adjacentComparators[text[numeral.start - 1] ?? ''];
  if (adjacent) return { comparator: adjacent, worded: true };
  if (state.bound && state.bound.comparator !== 'exact') return { comparator: state.bound.comparator, worded: true };
  return { comparator: 'exact', worded: false };
}

/**
 * 在 ending the words before a figure, blanks after it or not (控制在3%—5%, 保持在 6%—7%, 稳定在５%—６%), or a held word
 * without it (保持3%—5%, 保持于, 控制于, 维持), 年均 after either (保持在年均5%—6%: r125 F3).
 */
const HELD_AT = /(?:在|(?:保持|维持|控制|稳定)于?)\s*(?:年均)?\s*$/;

/**
 * Whether a range of a change, its words from `from` and its figure at `start`, asks for the change as a minimum
 * (增长3%—5%, 提高1—2个百分点, 在2022年基础上增长5%—6%, 力争在2023年底前增加3%—5%: beyond its top is more than asked,
 * `Target.changeAsked`): no 在 right before its figure, whatever its digits (增长控制在2.50%—3%, 增速保持在 6%—7%,
 * 控制在３%—５%, 1.5万—2万: a band held or capped; review r118 F3), and no price rise (涨幅3%—5%, a cap).
 */
export const changeAsked = (text: string, from: number, start: number): boolean => !heldAt(text, from, start) && !text.slice(from, start).includes('涨幅');

/** Whether the words from `from` to a figure at `start` hold or cap it ({@link HELD_AT}: 控制在, 稳定在, 保持于). */
export const heldAt = (text: string, from: number, start: number): boolean => HELD_AT.test(text.slice(from, start));

/** The words of a rate of growth (增速, 涨幅, 增长率), anywhere in a metric (增速高于上年: a growth over last year's). */
const GROWTH_RATE_WORDS = /增速|增幅|涨幅|降幅|增长率|增长速度/;

/** A growth raised by points: 增长 ending the metric (固定资产投资增长提高2个百分点), a rate of growth as 增速 is. */
const GROWTH_RAISED = /增长$/;

/** A rate of growth (存款余额增速, 居民消费价格涨幅, 增长率): what its points measure is a year's growth. */
export const GROWTH_RATE = new RegExp(`(?:${GROWTH_RATE_WORDS.source})$`);

/** The years of a change with a base: its base year, and the plan's and the deadline's when known. */
export interface YearsOfChange {
  readonly base: number;
  readonly plan?: number;
  readonly deadline?: number;
}

/**
 * The measure of a change with a base year (较2020年下降12%): a `change`, paced from the base year. So is a change in
 * percentage points of a share or a ratio over years (研发投入强度较2020年提高0.5个百分点 by 2025: 0.3 in mid-2024 is
 * 60% done of a path 70% gone), unless what it moves is no build-up over a path: a rate of growth (`metric` ends in
 * 增速, 增幅, 涨幅, 降幅, 增长率, 增长速度: a year's growth), or a rate over a year: the base is the year before the
 * plan's (较上年末, 比去年底, 较年初 with the plan's year, as the scan reads them, or 较2023年 in a plan of 2024), or the
 * deadline a year after the base. Those are a `rate`, judged at the deadline, never paced.
 */
export function measureOfChange(unitText: string, metric = '', years?: YearsOfChange): 'change' | 'rate' {
  if (!inPoints(unitText)) return 'change';
  if (GROWTH_RATE.test(metric.trim())) return 'rate';
  const end = years && (years.deadline ?? years.plan);
  const overAYear = years !== undefined && ((years.plan !== undefined && years.base >= years.plan - 1) || (end !== undefined && end - years.base <= 1));
  return overAYear ? 'rate' : 'change';
}

/**
 * The base year of a change in percentage points that names none, or only the year before (比重提高1.5个百分点, 研发投入
 * 强度比上年提高0.2个百分点 in a plan of 2024): the end of the year before the plan's, as 较上年末 names it, or before its
 * period's (2020 in a plan for 2021—2025): `base`, so that it is read as a change so written is ({@link measureOfChange}).
 * Not that of a rate of growth (增速提高2个百分点, 增长提高2个百分点: a year's growth; 增速高于上年1个百分点, over last
 * year's), nor without the plan's year.
 */
export const baseOfPoints = (unitText: string, metric: string, base: number | undefined): number | undefined =>
  base !== undefined && inPoints(unitText) && !GROWTH_RATE_WORDS.test(metric) && !GROWTH_RAISED.test(metric.trim()) ? base : undefined;

/** The words of a figure recovering to a past level (恢复到2019年的120%): a floor, but for what a plan holds down. */
const RECOVERED = new Set(['恢复到', '恢复至']);

/** How far back in its sentence a concentration's pollutant is looked for: a clause or two, never the whole sentence. */
const POLLUTANT_BACK = 60;

/** The words of reaching a level, read as coming down to it for what a plan brings down (PM2.5浓度达到35微克). */
const REACHED_LEVEL = new Set(['达到', ...RECOVERED]);

/** The floor words that make a change one of at least its size, wherever they stand in its clause. */
const EXPLICIT_FLOORS = new Set(['不少于', '不低于', '至少']);

/**
 * The measure kind, and whether a word decided it (rather than the default); `years`, the plan's and the deadline's
 * year when known, tell a change in percentage points over a year from one over years ({@link measureOfChange}).
 */
export function readMeasure(
  comparator: Comparator,
  baselineYear: number | undefined,
  numeral: Numeral,
  unit: UnitMatch | undefined,
  unitText: string,
  metric: string,
  clause: string,
  reached: boolean,
  conferred: boolean,
  broughtDown = false,
  years?: Omit<YearsOfChange, 'base'>,
  /** Whether the metric names a level of title (国家级, 省级); for a 分别 list's value, the list's reading (scan.ts). */
  namedLevel = namedLevelPattern.test(metric),
): { readonly measure: Measure; readonly worded: boolean } {
  if (comparator === 'increaseBy' || comparator === 'decreaseBy') {
    if (baselineYear !== undefined) return { measure: measureOfChange(unitText, metric, { ...years, base: baselineYear }), worded: true };
    return { measure: unit?.kind === 'percent' || unit?.kind === 'multiple' ? 'growth' : 'flow', worded: true };
  }
  // 人均预期寿命79.5岁: a life span, standing at a moment.
  if (unit?.kind === 'age') return { measure: 'level', worded: true };
  // 0.5吨标准煤/万元, 15平方米/人, 35微克/立方米, 10/10万: an intensity or density, standing at a moment; so is an
  // amount per unit of output written without its /万元 (万元GDP能耗下降到0.45吨标准煤); and a time limit (压缩至1个
  // 工作日以内), a level held under it, not a quota used up (重污染天数…5天以内 counts days: a ceiling).
  if (unitText.includes('/') || (unit?.kind === 'amount' && PER_OUTPUT.test(metric))) return { measure: 'level', worded: true };
  if (unit?.kind === 'span' && !metric.includes('天数')) return { measure: 'level', worded: true };
  // 城乡居民收入差距缩小到2.2倍: a multiple that is no change is a ratio, standing at a moment like a share.
  if (numeral.fraction || unit?.kind === 'percent' || unit?.kind === 'multiple' || rateWords.occursIn(metric)) return { measure: 'rate', worded: true };
  // 争创…2个, 争取创建…4家, 列入…名单: a title conferred, unless the clause adds it as work of its own (新增孵化器3家).
  if ((conferred || listedPattern.test(clause)) && !additionPattern.test(clause)) return { measure: 'designation', worded: true };
  // 省级以上…单项冠军8家, 打造5家省级…标杆企业: a count of titles of a named level, unless the clause works on ones held
  // or a stock of titles is reached (省级重点实验室达到20家, 总数达150家: a level); an amount (投资500亿元) is not titles.
  const titles = unit?.kind === 'count' && !reached && !levelWords.occursIn(clause);
  if (titles && namedLevel && !workOnHeldPattern.test(clause)) return { measure: 'designation', worded: true };
  // 城乡居民收入差距缩小到1.5万元: a quantity brought down to a limit stands under it (用水总量降至…: a
  // total the period uses up, a ceiling).
  if (broughtDown && !PERIOD_TOTAL.test(metric)) return { measure: 'level', worded: true };
  // 最低工资标准达到2000元: a standard is a level set, not a total the year builds up (review r113 F2; an amount per
  // person right before the value, 提高到每人每月900元, is read so in scan.ts).
  if (unit?.kind === 'amount' && STANDARD.test(metric.trim())) return { measure: 'level', worded: true };
  const flowOrCeiling = (worded: boolean) => ({ measure: comparator === 'atMost' ? ('ceiling' as const) : ('flow' as const), worded });
  // 累计建成…5000套, 累计超过1500项, 累计达到1.5万个: a running total, standing at a moment; but 累计新增 counts what
  // the period adds (a flow, read below by its 新增).
  if (clause.includes('累计') && !clause.includes('累计新增')) return { measure: 'level', worded: true };
  // 新增光伏装机容量20万千瓦: what the year adds is a flow, whatever it adds to (装机, 规模: a level reached).
  if (ADDED.test(clause)) return flowOrCeiling(true);
  // 市场主体总量突破120万户: a total of things reached is a stock (用水总量控制在: a total used up, a ceiling).
  if (reached && unit?.kind === 'count' && STOCK_TOTAL.test(metric)) return { measure: 'level', worded: true };
  if (ACTIVITY_TOTAL.test(metric.trim())) return flowOrCeiling(true);
  if (levelWords.occursIn(clause)) return { measure: 'level', worded: true };
  // A daily average (日均客流量2万人次, 日均处理污水10万吨, 日均港口吞吐量) stands at a level, whatever its words or unit,
  // reached or not (review r101 L2).
  if (metric.includes('日均')) return { measure: 'level', worded: true };
  if (flowWords.occursIn(clause) || ANNUAL_VOLUME.test(metric.trim())) return flowOrCeiling(true);
  if (FLOW_AMOUNT_ENDINGS.some((ending) => unitText.endsWith(ending))) return flowOrCeiling(true);
  const floorOrAbout = comparator === 'atLeast' || comparator === 'approx';
  if (floorOrAbout && reachedLevelWords.occursIn(clause)) return { measure: 'level', worded: true };
  // 达到900家, 突破730万千瓦, 稳定在35万亩: a stock reached, unless a word above said it accumulates.
  if (reached) return { measure: 'level', worded: true };
  return flowOrCeiling(false);
}

/**
 * The band of 左右: ±5%, or one thing either way for a small count of whole things (10场左右 → 0.1), half a thing for
 * one (1个左右 → 0.5: a band of one either way would take 0 as reached, and the schema takes a band under 1).
 */
export function toleranceOf(value: number, unit: UnitMatch | undefined): number {
  return unit?.kind === 'count' && !unit.scaled && value > 0 ? Math.min(0.5, Math.max(0.05, 1 / value)) : 0.05;
}

/**
 * How sure the extractor is: more when words decide the reading, less for bare counts of one and empty metrics. Only a
 * count of one (建成大数据中心1个, 培育龙头企业1家) is read less surely: 1个 may be 一个, an article, or a one-off to check.
 * A 1 in any other unit is a quantity, as 2 is: a multiple (增长1倍), an amount (压减粗钢产能1吨), a time limit (压缩至1个
 * 工作日以内), a percentage or points (增长1%, 提高1个百分点), and a value of no unit (容积率不低于1.0: a level of an index,
 * a coefficient or a ratio, read only when bounded).
 */
export function confidenceOf(parts: {
  readonly comparatorWorded: boolean;
  readonly measureWorded: boolean;
  readonly firm: boolean;
  readonly metricLength: number;
  readonly value: number;
  readonly unit: UnitMatch | undefined;
  /** A value paired with its item in a 分别 list (全市和各县市区分别建成1个、3个): a 1 there is a value, not a word. */
  readonly paired?: boolean;
}): number {
  let c = 0.55;
  if (parts.comparatorWorded) c += 0.15;
  if (parts.measureWorded) c += 0.1;
  if (parts.firm) c += 0.05;
  if (parts.metricLength >= 2) c += 0.1;
  else c -= 0.15;
  if (parts.value === 1 && parts.unit?.kind === 'count' && !parts.unit.scaled && !parts.paired) c -= 0.2;
  if (parts.unit?.kind === 'amount' && !parts.measureWorded) c -= 0.1;
  return Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
}
