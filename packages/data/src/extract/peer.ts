/**
 * A value measured against another region's figure (a peer: 全省, 全国, 全省平均水平) rather than the metric's own past:
 * a gap (增速高于全省平均水平1个百分点, 快于全国2个百分点) or a multiple (投资增速是全省的2倍). The change word before it
 * (增速) names what is compared, not a change the value measures: a reading gives the gap or the multiple, which is
 * judged against the value directly, as a rate is.
 */
import type { UnitMatch } from './units.js';

/** The regions a plan compares itself with, and what of theirs: 全省平均水平, 全国平均, 省, 全市同期. */
const PEER = '(?:全国|全省|全市|全区|全县|国家|省|市)(?:同期)?(?:平均水平|平均值|平均|水平)?';
/** A gap above a peer, right before its value: 高于全省平均水平, 快于全国, 领先全省, 超过全省平均. */
const GAP = new RegExp(`(?:高于|快于|领先|超过|超出|高出|好于|优于)${PEER}$`);
/** A multiple of a peer's figure, right before its value: 是全省的, 为全国平均水平的. */
const MULTIPLE = new RegExp(`(?:全国|全省|全市|全区|全县|国家)(?:同期)?(?:平均水平|平均值|平均|水平)?的$`);
/** How far back the words before a value are read: the longest, 高于全国同期平均水平. */
const LOOK_BACK = 12;

/**
 * Whether the value at `at` (folded text) is a gap to a peer (`gap`: before percentage points, a percentage or a
 * multiple) or a multiple of a peer's figure (`multiple`: before 倍), or neither.
 */
export function peerBefore(folded: string, at: number, unit: UnitMatch | undefined): 'gap' | 'multiple' | undefined {
  const before = folded.slice(Math.max(0, at - LOOK_BACK), at);
  if (unit?.kind === 'multiple' && MULTIPLE.test(before)) return 'multiple';
  if ((unit?.kind === 'percent' || unit?.kind === 'multiple') && GAP.test(before)) return 'gap';
  return undefined;
}
