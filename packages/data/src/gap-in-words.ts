/**
 * A gap between two rates below zero, said the other way round: 高於城鎮居民1.4個百分點 read at −0.3 is
 * 低於城鎮居民0.3個百分點, never 高於城鎮居民 … -0.3個百分點. A module of its own, out of the gauge's chunk, whose page has
 * no bytes to spare: `dz-plan progress` says its readings with it, where `evaluateTarget`'s sentence still says
 * -0.3個百分點 beside its 反向變化 (moved the wrong way).
 */
import { formatAmount } from './describe-target.js';
import { readingInWords } from './evaluation-sentence.js';
import type { Language, Target } from './schema.js';
import { gapInPoints } from './target-kinds.js';

/** Each comparison word of a gap's metric and its opposite. */
const opposite: Readonly<Record<string, string>> = { 高: '低', 低: '高', 快: '慢', 慢: '快' };

/**
 * The comparison a gap's metric ends with, turned round: `低於城鎮居民` of 農村居民收入增速高於城鎮居民, `比全省高` of
 * 失業率比全省低; `undefined` when it names none (城鄉居民收入增速差).
 */
function otherSide(metric: string): string | undefined {
  return /[高低快慢][於于].*$|比[^比]*[高低快慢]$/.exec(metric)?.[0].replace(/^[高低快慢]|[高低快慢]$/, (word) => opposite[word]!);
}

/** A gap below zero by its size (`0.3個百分點`), with its metric's comparison turned round where it names one. */
const otherWay: Readonly<Record<Language, (amount: string, side: string | undefined) => string>> = {
  'zh-Hant': (amount, side) => `${side ?? '反向'}${amount}`,
  'zh-Hans': (amount, side) => `${side ?? '反向'}${amount}`,
  en: (amount) => `${amount} the other way`,
};

/**
 * A reading of `target` in words as `readingInWords` says it (`1.4個百分點`, `下降4.2%`), but a gap between two rates
 * below zero (`gapInPoints`) the other way round: by its size, with the comparison its metric ends with turned
 * (`低於城鎮居民0.3個百分點`, `比全省高0.2個百分點`), else `反向0.3個百分點`; in English, whose metric may be
 * anything, `0.3 percentage points the other way`. A range in points that keeps its `direction` (森林覆蓋率提高1—2個百分點)
 * is a change, not a gap (`gapInPoints`): -1 is `下降1個百分點`.
 *
 * @example
 * ```ts
 * readingOrGapInWords(gap, -0.3, 'zh-Hans'); // '低于城镇居民0.3个百分点' (农村居民收入增速高于城镇居民1.4个百分点)
 * readingOrGapInWords(gap, 1.6, 'zh-Hans');  // '1.6个百分点'
 * ```
 */
export function readingOrGapInWords(target: Target, value: number, lang: Language): string {
  if (!(value < 0 && gapInPoints(target))) return readingInWords(target, value, lang);
  return otherWay[lang](formatAmount(target, -value, lang), otherSide(target.metric[lang]));
}
