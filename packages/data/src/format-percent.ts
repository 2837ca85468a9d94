/** A share as people read it beside the lines it is judged against. */

/**
 * A ratio as a percentage: whole percent, but to a tenth (stepping off the line if it lands on it) where the whole figure would be
 * that of a line the ratio is compared with and is not on, so a figure never contradicts its status: `99.7%`, not
 * `100%`, of a target missed; `49.7%` done against a pace of `50%`. `lines` default to the target itself (1).
 *
 * @example
 * ```ts
 * formatPercent(0.7);                // '70%'
 * formatPercent(0.9967);             // '99.7%'
 * formatPercent(0.4967, [1, 0.5]);   // '49.7%'
 * ```
 */
export function formatPercent(ratio: number, lines: readonly (number | undefined)[] = [1]): string {
  const r = ratio * 100;
  const whole = Math.round(r);
  const line = lines.find((l) => l !== undefined && l !== ratio && Math.round(l * 100) === whole);
  if (!Number.isFinite(r)) return '∞';
  // A figure exactly whole is true as it is (a pace of 75%); only a rounded one may not sit on a line it is not on.
  if (line === undefined || r === whole) return `${whole}%`;
  // To a tenth; one tenth away from the line where even that lands on it (99.96% of a target missed is 99.9%).
  const tenths = Math.round(r * 10);
  return `${(tenths === whole * 10 ? tenths + (r < line * 100 ? -1 : 1) : tenths) / 10}%`;
}
