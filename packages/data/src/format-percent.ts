/** A share as people read it beside the lines it is judged against. */
import { formatNumber, roundOff } from './format-number.js';
import type { Language } from './schema.js';

/**
 * A ratio as a percentage: whole percent, but to a tenth (stepping off the line if it lands on it) where the whole figure would be
 * that of a line the ratio is compared with and is not on, so a figure never contradicts its status: `99.7%`, not
 * `100%`, of a target missed; `49.7%` done against a pace of `50%`. `lines` default to the target itself (1). The
 * figure is written as {@link formatNumber} writes numbers in `lang`: grouped in English (`21,000%`), plain in Chinese
 * (`21000%`, the default).
 *
 * @example
 * ```ts
 * formatPercent(0.7);                // '70%'
 * formatPercent(0.9967);             // '99.7%'
 * formatPercent(0.4967, [1, 0.5]);   // '49.7%'
 * formatPercent(210, [1], 'en');     // '21,000%'
 * ```
 */
export function formatPercent(ratio: number, lines: readonly (number | undefined)[] = [1], lang: Language = 'zh-Hant'): string {
  if (!Number.isFinite(ratio)) return '∞';
  // An undefined line is NaN here, which roundOff passes over (a figure is never on it, nor rounds onto it).
  return `${formatNumber(roundOff(ratio * 100, 0, lines.map((l) => l! * 100), 1)[0], lang)}%`;
}
