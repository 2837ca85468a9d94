/**
 * Percentage points written for a share or a rate that is a level (公辦幼兒園占比達到62%以上): `+1.4个百分点` is how far
 * the share moved, not where it stands, and was published as 占比 1.4% (review r68 H2). Points alone (`3.2個百分點`)
 * may be either, so neither is read: the sheet asks for the share itself in per cent (62%). Points were read as the
 * share before (r60 M1, where the change message told such a figure to write a change); a level is never told so.
 * A share written with a sign (`+1.4%`) is a change too (F140): a share is written as it stands, without a sign, so
 * `+63.4%` is refused as well, one rule a clerk can follow rather than a guess at which signed figures are shares.
 */
import { directedChange } from '../reading-problems.js';
import type { Target } from '../schema.js';
import { readsAsChange } from '../target-kinds.js';

/** A figure in percentage points and nothing else, signed or not: `+1.4个百分点`, `1.4個百分點`, `-0.5 百分点`. */
const POINTS = /^([+-])?\d+(?:\.\d+)?\s*[個个]?百分[點点]$/;

/** A figure with a sign, in per cent or bare: `+1.4%`, `-0.5 %`, `+63.4`. */
const SIGNED = /^[+-]\s*\d+(?:\.\d+)?\s*%?$/;

/**
 * Whether `text` is a figure in percentage points (signed: `+1.4个百分点`, or after a change's words, `提高1.4个百分点`,
 * `比上年提高1.4个百分点`, a change; or not) or a signed figure (`+1.4%`, a change) for a target whose reading is a level
 * in per cent (a share or a rate: 占比≥62%). A target in points (a gap between two rates, a unit of 個百分點) reads
 * points as its own unit, and a change in per cent has its own problem (`pointsForPercent`): neither is one.
 *
 * @example
 * ```ts
 * pointsForLevel('+1.4个百分点', getTarget('t62.7')!); // 'signed': 公辦幼兒園占比 ≥62%
 * pointsForLevel('比上年提高1.4个百分点', getTarget('t62.7')!); // 'signed' (it was "not a number", review r68 M4)
 * pointsForLevel('+1.4%', getTarget('t62.7')!);        // 'signed' (it was read as a share of 1.4%, F140)
 * pointsForLevel('1.4个百分点', getTarget('t62.7')!);  // 'bare'
 * pointsForLevel('7个百分点', getTarget('t26.4')!);    // undefined: a change (下降12%)
 * ```
 */
export function pointsForLevel(text: string, target: Pick<Target, 'unit' | 'measure' | 'comparator'>): 'signed' | 'bare' | undefined {
  if (target.unit !== '%' || readsAsChange(target)) return undefined;
  const written = text.normalize('NFKC').replace(/[−–]/g, '-').trim();
  const points = POINTS.exec(written);
  if (points) return points[1] ? 'signed' : 'bare';
  if (SIGNED.test(written)) return 'signed';
  return /百分[點点]$/.test(written) && directedChange(written) ? 'signed' : undefined;
}

/**
 * The share to show as an example in the refusal: the target's own figure (`62%` for 占比≥62%), of its kind and size,
 * where a fixed `63.4%` was an odd example for a rate of 96%.
 */
export const shareExample = (target: Pick<Target, 'value'>): string => `${target.value}%`;
