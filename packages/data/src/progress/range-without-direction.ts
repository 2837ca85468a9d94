/**
 * A range of a change that keeps no `direction` (a plan built by a `dz-plan` before ranges kept one, F200, or a range an
 * overlay adds without it): every reader takes it by `changeDirection`, so 較2020年下降10%—12% reads as a rise and
 * 森林覆蓋率提高1—2個百分點 as a gap between two rates. Said by `dz-plan lint` (review r85 M2), never guessed by a reader;
 * the progress commands given such a plan read it as its words say (`withDirectionsRead`, F226), as building the plan
 * again would, and so does a caller of `progressTemplate` who passes it such a plan read so. One home for that reading.
 */
import { changeDirection } from '../change-direction.js';
import { extractTargets } from '../extract-targets.js';
import type { Plan, Target } from '../schema.js';
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

/** A plan with its ranges read as their words say ({@link withDirectionsRead}), and the targets so read. */
export interface DirectionsRead {
  /** The plan, each range read by its words given the direction its quote states; the plan itself when none is. */
  readonly plan: Plan;
  /** The targets given a direction, as `plan` now has them, in plan order. */
  readonly read: readonly Target[];
}

/**
 * `plan` with each range of a change it keeps no direction of ({@link rangeWithoutDirection}) given the direction its
 * quote states, and those targets; `plan` itself when it keeps them all (every plan `dz-plan build` makes now).
 */
export function withDirectionsRead(plan: Plan): DirectionsRead {
  const read: Target[] = [];
  const targets = plan.targets.map((target): Target => {
    const unkept = rangeWithoutDirection(target);
    if (!unkept) return target;
    const directed = { ...target, direction: unkept.direction };
    read.push(directed);
    return directed;
  });
  return { plan: read.length ? { ...plan, targets } : plan, read };
}
