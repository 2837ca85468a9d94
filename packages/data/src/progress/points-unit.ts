/**
 * Percentage points in either script, with or without 個: 个百分点, 個百分點, 百分点 and 百分點 are one unit (F140). The
 * reading of a value matches a unit by script (`萬人` or `万人`), which knows a plan's units only as the plan writes
 * them; a target in 個百分點 (a gap between two rates) read `1.4个百分点` as another unit.
 */
import type { Target } from '../schema.js';
import { PERCENTAGE_POINTS } from '../target-kinds.js';

/** A figure in percentage points as written: the figure, then its unit in any script, with or without 個. */
const POINTS_WRITTEN = /^(.*?\d)\s*([個个]?百分[點点])\s*$/;

/**
 * `text` with its points written as the target's unit (`1.4个百分点` → `1.4個百分點` for a target in 個百分點), for a
 * target in points; any other text, or for any other target, as it is.
 *
 * @example
 * ```ts
 * inTargetsPoints('1.4个百分点', { unit: '個百分點' }); // '1.4個百分點'
 * inTargetsPoints('1.4百分點', { unit: '个百分点' });   // '1.4个百分点'
 * inTargetsPoints('1.4%', { unit: '個百分點' });        // '1.4%': not points, refused as another unit
 * ```
 */
export function inTargetsPoints(text: string, target: Pick<Target, 'unit'>): string {
  if (!PERCENTAGE_POINTS.test(target.unit)) return text;
  const points = POINTS_WRITTEN.exec(text.normalize('NFKC'));
  return points ? `${points[1]}${target.unit}` : text;
}
