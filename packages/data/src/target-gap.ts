/**
 * How far a reading missed its target, as an office says it in a year-end summary (review r100 M2): 差1.5億元 of
 * 88.5 against ≥ 90億元, 0.4個百分點 of a rate at 89.6 against ≥ 90%, 超出上限0.13億立方米 of 21.3 against
 * ≤ 21.17億立方米. One home for the figure `dz-plan progress summary` prints beside the status and the elements show (the
 * gauge, the card's and the unit summary's targets: beside the status and in the meter's spoken value); each words it
 * in its own table (`progress-summary-words.ts`, the elements' UI strings), the sentence staying as it is.
 */
import { formatAmount } from './describe-target.js';
import { Status } from './messages.js';
import type { Language, Target } from './schema.js';
import { PERCENTAGE_POINTS } from './target-kinds.js';

/** A miss's size in words ({@link TargetGap.amount}), and whether it is over the target (a ceiling, an upper limit) or short of it. */
export interface TargetGap {
  /** Whether the reading is over the target (a ceiling, an upper limit) rather than short of it. */
  readonly over: boolean;
  /** The gap in words, in the target's unit (in percentage points for one in per cent): `1.5億元`, `0.4個百分點`. */
  readonly amount: string;
}

/** Percentage points in each script: the unit of a gap between rates, of a change in per cent, of a share in per cent. */
const points = { 'zh-Hant': '個百分點', 'zh-Hans': '个百分点' } as const;

/**
 * The gap of a reading `value` of `target` whose status is missed (at its deadline) or over its ceiling, in the
 * target's unit, with no decimals a figure of the target would ask for: in percentage points for one in per cent (a
 * rate, a change, a growth, a share: 0.4個百分點, `0.4 percentage points`). Short of it by the target's value (the
 * bottom of a range, the value a band is about: 5.5 of 6萬人左右 is 差0.5萬人; a move the wrong way by the whole way,
 * 差12個百分點 of −2 against 增長10%); over it by an upper limit's. `undefined` for any other status.
 */
export function targetGap(target: Target, value: number, status: Status, lang: Language): TargetGap | undefined {
  if (status !== Status.missed && status !== Status.overCeiling) return undefined;
  const over = value > (target.upperValue ?? target.value);
  const gap = over ? value - (target.upperValue ?? target.value) : target.value - value;
  const inPoints = target.unit === '%' || target.fraction !== undefined || PERCENTAGE_POINTS.test(target.unit);
  // An amount of the target whose only line is 0 (as what is left of a ceiling is said), in points where it is in per cent.
  const unit = inPoints ? { unit: points['zh-Hant'], unitZh: points, fraction: undefined } : {};
  return { over, amount: formatAmount({ ...target, ...unit, value: 0, upperValue: undefined, tolerance: undefined }, gap, lang) };
}

/** How far short of a target (`差1.5億元`) or over its limit (`超出上限0.13億立方米`) a reading is, around the gap's amount, in each language. */
const gapWords: Readonly<Record<Language, { readonly short: (amount: string) => string; readonly over: (amount: string) => string }>> = {
  'zh-Hant': { short: (amount) => `差${amount}`, over: (amount) => `超出上限${amount}` },
  'zh-Hans': { short: (amount) => `差${amount}`, over: (amount) => `超出上限${amount}` },
  en: { short: (amount) => `${amount} short`, over: (amount) => `${amount} over the limit` },
};

/**
 * {@link targetGap} in words, as `dz-plan progress summary` prints it beside the status and the elements show it (the
 * one home of those words): `差50個`, `超出上限0.13億立方米`, `0.4 percentage points short`; `undefined` for a status
 * with no gap.
 */
export function describeGap(target: Target, value: number, status: Status, lang: Language): string | undefined {
  const gap = targetGap(target, value, status, lang);
  return gap && gapWords[lang][gap.over ? 'over' : 'short'](gap.amount);
}
