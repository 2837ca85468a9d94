/** A share as people read it beside the lines it is judged against. */

/**
 * A ratio as a percentage: whole percent, but with a tenth (toward the ratio's side) where the whole figure would be
 * that of a line the ratio is compared with and is not on, so a figure never contradicts its status: `99.6%`, not
 * `100%`, of a target missed; `49.6%` done against a pace of `50%`. `lines` default to the target itself (1).
 *
 * @example
 * ```ts
 * formatPercent(0.7);                // '70%'
 * formatPercent(0.9967);             // '99.6%'
 * formatPercent(0.4967, [1, 0.5]);   // '49.6%'
 * ```
 */
export function formatPercent(ratio: number, lines: readonly (number | undefined)[] = [1]): string {
  const r = ratio * 100;
  const whole = Math.round(r);
  const line = lines.find((l) => l !== undefined && l !== ratio && Math.round(l * 100) === whole);
  return !Number.isFinite(r) ? '∞' : `${line === undefined ? whole : (r < line * 100 ? Math.floor(r * 10) : Math.ceil(r * 10)) / 10}%`;
}
