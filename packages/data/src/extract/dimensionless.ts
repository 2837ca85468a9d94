/**
 * Metrics of a quantity with no unit of measure: an index (空气质量综合指数, 营商环境指数), a coefficient (基尼系数,
 * 农田灌溉水有效利用系数), a ratio (能效比, 城乡居民收入比, PM2.5与PM10比值, 流动比率), 容积率, and a named index of a
 * kind plans write in Latin letters (PUE, PUE值, pH值, AQI). A value bounded after one (PUE值控制在1.3以内) is that
 * quantity's, not a count whose unit was left out: the scan reads it as a level of unit `''` (scan.ts).
 */
import { WordList } from './word-list.js';

/**
 * What a metric of no unit ends in (folded, Simplified), and the words that end so but are no such metric (`false`):
 * a comparison (同比, 环比, 相比, 对比) or a share (占比, in percent). Not 值 alone: 增加值, 产值, 总值 and 价值 are
 * amounts of money, 均值, 峰值 and 限值 are of a quantity with a unit (PM2.5年均值, 用电负荷峰值), whose unit was left
 * out; nor 当量, an equivalent in a unit (二氧化碳当量), nor 率, in percent but for 容积率 (a floor area ratio).
 */
const ENDINGS = new WordList<boolean>({
  指数: true,
  指数值: true,
  系数: true,
  系数值: true,
  比: true,
  比值: true,
  比率: true,
  容积率: true,
  同比: false,
  环比: false,
  相比: false,
  对比: false,
  占比: false,
});

/**
 * A named index in Latin letters, in brackets after its Chinese name or not, with 值 after it or not: power usage
 * effectiveness (PUE, 电能利用效率(PUE)), its water and carbon kin (WUE, CUE), pH and the air quality index (AQI). Not
 * any letters before 值: GDP值 is an amount of money.
 */
const NAMED_INDEX = /(?:^|[^A-Za-z])(?:PUE|WUE|CUE|pH|AQI)\)?值?$/i;

/** Whether [start, end) of the folded text, a metric, names a quantity with no unit ({@link ENDINGS}, {@link NAMED_INDEX}). */
export function measuresNoUnit(folded: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (NAMED_INDEX.test(folded.slice(Math.max(start, end - 7), end))) return true;
  return ENDINGS.matchEndingAt(folded, end, start)?.value === true;
}
