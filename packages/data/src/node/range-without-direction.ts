/**
 * A range of a change that keeps no `direction` (a plan built by a `dz-plan` before ranges kept one, F200, or a range an
 * overlay adds without it): every reader takes it by `changeDirection`, so 較2020年下降10%—12% reads as a rise and
 * 森林覆蓋率提高1—2個百分點 as a gap between two rates. Said by `dz-plan lint` (review r85 M2), never guessed by a reader.
 */
import { changeDirection } from '../change-direction.js';
import { extractTargets } from '../extract-targets.js';
import type { Target } from '../schema.js';
import { gapInPoints } from '../target-kinds.js';

/** What a range without its direction is read as: a rise, a gap between two rates, or a level. */
export type ReadWithoutDirection = 'rise' | 'gap' | 'level';

/** A range whose quote says a direction its plan does not keep: the direction the quote says, and what it is read as. */
export interface RangeWithoutDirection {
  readonly direction: 'decreaseBy' | 'increaseBy';
  readonly readAs: ReadWithoutDirection;
}

/**
 * The direction the parser reads in a range target's quote where the target keeps none and is read otherwise
 * (a fall read as a rise, a rise in points read as a gap); `undefined` for any other target, and for a range of a
 * rise in per cent, read as a rise already. The quote is read again by the parser (`extractTargets`), so a fall is
 * what its words say (下降, 降低, 回落…), in either script, and nothing else.
 */
export function rangeWithoutDirection(target: Target): RangeWithoutDirection | undefined {
  if (target.comparator !== 'range' || target.direction) return undefined;
  const direction = extractTargets(target.quote).find((p) => p.comparator === 'range' && p.value === target.value && p.upperValue === target.upperValue)?.direction;
  const read = changeDirection(target);
  if (!direction || direction === read) return undefined;
  return { direction, readAs: read ? 'rise' : gapInPoints(target) ? 'gap' : 'level' };
}
