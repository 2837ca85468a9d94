/** Words the data package writes for people: status names and the pieces of screen-reader sentences. */
import type { Comparator, Language } from './schema.js';
import type { DataWords } from './words.js';
// Each language's words are a module of their own (`words.ts` says why).
import { words as en } from './words-en.js';
import { words as zhHans } from './words-zh-hans.js';
import { words as zhHant } from './words-zh-hant.js';

/**
 * Where a target stands, as a supervision office (督查) would say it of the same reading. Which statuses a target
 * can take depends on its {@link Measure}; `evaluateTarget` documents the rules.
 */
export const Status = {
  /**
   * The target is reached: a running total (a flow, the titles conferred) at any date; a level, a rate, a growth or a
   * change, which can fall back, at the deadline.
   */
  met: 'met',
  /**
   * At or ahead of the pace (序時進度); for a level, a rate, a growth or a change, at or above the target before the
   * deadline (it can still fall back).
   */
  onTrack: 'onTrack',
  /** Below the pace, or a rate the plan holds or a growth below its target before the deadline. */
  behind: 'behind',
  /**
   * Far below the pace (under half of it; for a rate the plan holds or a growth, under half its target), nothing done
   * once a quarter of the period is gone, or a move the wrong way.
   */
  seriouslyBehind: 'seriouslyBehind',
  /** Nothing reported done, early in the period (less than a quarter gone). */
  notStarted: 'notStarted',
  /** The deadline passed without the target reached. */
  missed: 'missed',
  /** A ceiling is being used up faster than the period goes by, though not yet exceeded. */
  overPace: 'overPace',
  /** A ceiling (or a rate's upper limit) is exceeded. */
  overCeiling: 'overCeiling',
  /** Above the band of an approximate target (左右) or the top of a range. */
  aboveBand: 'aboveBand',
  /**
   * Below the target before the deadline where nothing tells the pace: a level with no baseline to pace from, a rate to
   * reach by the deadline, one thing alone (建成1家), a change against a base year read inside a year.
   */
  belowTarget: 'belowTarget',
  /** A designation (a title awarded on assessment) not yet awarded before the deadline: the body has not decided. */
  pending: 'pending',
} as const;
/** One of the {@link Status} values, e.g. `'onTrack'`, `'seriouslyBehind'`, `'overPace'`. */
export type Status = (typeof Status)[keyof typeof Status];

/**
 * The name of each {@link Status} for people, per language: `statusLabels['zh-Hant'].onTrack` is `進度正常`,
 * `statusLabels.en.notStarted` is `not started` (lower case, to sit inside a sentence).
 */
export const statusLabels: Readonly<Record<Language, Readonly<Record<Status, string>>>> = {
  'zh-Hant': zhHant.status,
  'zh-Hans': zhHans.status,
  en: en.status,
};

/**
 * How serious a {@link Status} is, in the three colours (三色) supervision offices use: `good` (met, on track),
 * `warning` (behind, used faster than the pace, above the band: a rate off the value the plan holds it about),
 * `alert` (seriously behind, missed, ceiling exceeded), or `neutral`, where the data judges no pace and nothing is
 * off track (not started, not yet at target, awaiting a decision).
 */
export const statusTones: Readonly<Record<Status, 'good' | 'warning' | 'alert' | 'neutral'>> = {
  met: 'good',
  onTrack: 'good',
  behind: 'warning',
  seriouslyBehind: 'alert',
  notStarted: 'neutral',
  missed: 'alert',
  overPace: 'warning',
  overCeiling: 'alert',
  aboveBand: 'warning',
  belowTarget: 'neutral',
  pending: 'neutral',
};

/** Symbols that prefix a target's value: ≥ 3000 個. */
export const comparatorSymbols: Readonly<Record<Comparator, string>> = {
  atLeast: '≥',
  atMost: '≤',
  approx: '≈',
  exact: '',
  decreaseBy: '↓',
  increaseBy: '↑',
  range: '',
};

/**
 * The words that put a {@link Comparator} into a sentence before the amount, per language:
 * `comparatorLabels.en.atLeast` is `at least`, `comparatorLabels['zh-Hant'].decreaseBy` is `下降`. `exact` is the
 * empty string in every language, as is `range` (the value text, `2—3`, says it). {@link describeTargetInWords} uses them.
 */
export const comparatorLabels: Readonly<Record<Language, Readonly<Record<Comparator, string>>>> = {
  'zh-Hant': zhHant.comparator,
  'zh-Hans': zhHans.comparator,
  en: en.comparator,
};

/**
 * Each language's words whole, for the tables with no record of their own: what bounds a change's amount (以上, 左右:
 * {@link DataWords.changeBound}), the word of a target the plan strives for (力爭: {@link DataWords.strive}). One record
 * for all, for the gauge's bytes.
 */
export const dataWords: Readonly<Record<Language, DataWords>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };

/**
 * Picks the plan language for a BCP 47 tag: `zh-CN`, `zh-Hans-SG` → zh-Hans; `zh`, `zh-TW` → zh-Hant; `en`,
 * `en-GB` → en; a script subtag wins over the region (`zh-Hant-CN` → zh-Hant); a POSIX locale (`zh_CN`, `en_US`) and
 * spaces around the tag read the same; what is not a string is read through `String()` (`['en', 'zh']`, a query
 * string's `?lang=en&lang=zh`, is `en,zh`). An empty tag, or one in any other language, gives `fallback` (default
 * zh-Hant).
 *
 * @example
 * ```ts
 * resolveLanguage(navigator.language);  // 'zh-Hans' for zh-CN, 'en' for en-US
 * resolveLanguage('zh-HK');             // 'zh-Hant'
 * resolveLanguage('fr', 'en');          // 'en'
 * ```
 */
export function resolveLanguage(tag: unknown, fallback: Language = 'zh-Hant'): Language {
  // Read as CMS templates write tags too: `zh_CN`, `en_US` (POSIX locales), ` en` (a stray space).
  const t = String(tag ?? '').trim().toLowerCase().replaceAll('_', '-');
  if (!t) return fallback;
  if (t.startsWith('zh')) {
    // A script subtag says it outright (zh-Hant-CN is Traditional); else the region (zh-CN, zh-SG, zh-MY: Simplified).
    return /-hant\b/.test(t) ? 'zh-Hant' : /-hans\b|-cn\b|-sg\b|-my\b/.test(t) ? 'zh-Hans' : 'zh-Hant';
  }
  return t === 'en' || t.startsWith('en-') ? 'en' : fallback;
}
