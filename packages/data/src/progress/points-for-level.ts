/**
 * Percentage points written for a share or a rate that is a level (公辦幼兒園占比達到62%以上): `+1.4个百分点` is how far
 * the share moved, not where it stands, and was published as 占比 1.4% (review r68 H2). Points alone (`3.2個百分點`)
 * may be either, so neither is read: the sheet asks for the share itself in per cent (62%). Points were read as the
 * share before (r60 M1, where the change message told such a figure to write a change); a level is never told so.
 * A share written with a sign (`+1.4%`) is a change too (F140): a share is written as it stands, without a sign, so
 * `+63.4%` is refused as well, one rule a clerk can follow rather than a guess at which signed figures are shares. So
 * is a share of a set (1/3的縣) written with a sign or in points, `+36.4%`, `+4/11` or `1.4個百分點` (r72 M3).
 */
import { parseReadingValue } from '../read-value.js';
import { directedChange } from '../reading-problems.js';
import type { Target } from '../schema.js';
import { readsAsChange } from '../target-kinds.js';

/**
 * Whether `text` is a figure in percentage points (signed: `+1.4个百分点`, or after a change's words, `提高1.4个百分点`,
 * `比上年提高1.4个百分点`, a change; or not) or a signed figure (`+1.4%`, a change) for a target whose reading is a level
 * in per cent (a share or a rate: 占比≥62%, 1/3的縣). A target in points (a gap between two rates, a unit of 個百分點) reads
 * points as its own unit, and a change in per cent has its own problem (`pointsForPercent`): neither is one. The rule
 * is `parseReadingValue`'s (its problem `pointsForLevel`, which a gauge shows too); the import adds a change's words.
 *
 * @example
 * ```ts
 * pointsForLevel('+1.4个百分点', getTarget('t62.7')!); // 'signed': 公辦幼兒園占比 ≥62%
 * pointsForLevel('比上年提高1.4个百分点', getTarget('t62.7')!); // 'signed' (it was "not a number", review r68 M4)
 * pointsForLevel('+1.4%', getTarget('t62.7')!);        // 'signed' (it was read as a share of 1.4%, F140)
 * pointsForLevel('1.4个百分点', getTarget('t62.7')!);  // 'bare'
 * pointsForLevel('+4/11', getTarget('t63.2')!);        // 'signed': 1/3的縣(市、區) (it was read as 36.4%, r72 M3)
 * pointsForLevel('7个百分点', getTarget('t26.4')!);    // undefined: a change (下降12%)
 * ```
 */
export function pointsForLevel(text: string, target: Target): 'signed' | 'bare' | undefined {
  const read = parseReadingValue(text, target);
  if ('problem' in read && read.problem.code === 'pointsForLevel') return read.problem.signed ? 'signed' : 'bare';
  if ((target.unit !== '%' && !target.fraction) || readsAsChange(target)) return undefined;
  const written = text.normalize('NFKC').replace(/[−–]/g, '-').trim();
  return /百分[點点]$/.test(written) && directedChange(written) ? 'signed' : undefined;
}
