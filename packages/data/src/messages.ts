/** Words the data package writes for people: status names and the pieces of screen-reader sentences. */
import type { Comparator, Language } from './schema.js';

/**
 * Where a target stands, as a supervision office (督查) would say it of the same reading. Which statuses a target
 * can take depends on its {@link Measure}; `evaluateTarget` documents the rules.
 */
export const Status = {
  /** The target is reached (for a rate or growth: at or after the deadline). */
  met: 'met',
  /** At or ahead of the pace (序時進度); for a rate or growth, at or above the target before the deadline. */
  onTrack: 'onTrack',
  /** Below the pace, or a rate or growth below its target before the deadline. */
  behind: 'behind',
  /** Far below the pace (under half of it), nothing done once a quarter of the period is gone, or a move the wrong way. */
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
  /** A level below its target before the deadline, with no baseline to pace from: the data cannot say more. */
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
  'zh-Hant': {
    met: '已達成',
    onTrack: '進度正常',
    behind: '進度滯後',
    seriouslyBehind: '嚴重滯後',
    notStarted: '未啟動',
    missed: '未達成',
    overPace: '用量快於序時',
    overCeiling: '已超上限',
    aboveBand: '高於目標區間',
    belowTarget: '尚未達到目標',
    pending: '待評定',
  },
  'zh-Hans': {
    met: '已达成',
    onTrack: '进度正常',
    behind: '进度滞后',
    seriouslyBehind: '严重滞后',
    notStarted: '未启动',
    missed: '未达成',
    overPace: '用量快于序时',
    overCeiling: '已超上限',
    aboveBand: '高于目标区间',
    belowTarget: '尚未达到目标',
    pending: '待评定',
  },
  en: {
    met: 'met',
    onTrack: 'on track',
    behind: 'behind',
    seriouslyBehind: 'seriously behind',
    notStarted: 'not started',
    missed: 'missed',
    overPace: 'used faster than the year',
    overCeiling: 'ceiling exceeded',
    aboveBand: 'above the target band',
    belowTarget: 'not yet at target',
    pending: 'awaiting decision',
  },
};

/**
 * How serious a {@link Status} is, in the three colours (三色) supervision offices use: `good` (met, on track),
 * `warning` (behind, used faster than the year, above the band, not yet at target), `alert` (seriously behind,
 * missed, ceiling exceeded), or `neutral` (not started, awaiting a decision).
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
  belowTarget: 'warning',
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
  'zh-Hant': { atLeast: '不少於', atMost: '不超過', approx: '約', exact: '', decreaseBy: '下降', increaseBy: '增長', range: '' },
  'zh-Hans': { atLeast: '不少于', atMost: '不超过', approx: '约', exact: '', decreaseBy: '下降', increaseBy: '增长', range: '' },
  en: { atLeast: 'at least', atMost: 'at most', approx: 'about', exact: '', decreaseBy: 'a decrease of', increaseBy: 'an increase of', range: '' },
};

/**
 * Picks the plan language for a BCP 47 tag: `zh-CN`, `zh-Hans-SG` → zh-Hans; `zh`, `zh-TW` → zh-Hant; `en`,
 * `en-GB` → en; a script subtag wins over the region (`zh-Hant-CN` → zh-Hant); a POSIX locale (`zh_CN`, `en_US`) and
 * spaces around the tag read the same. An empty tag, or one in
 * any other language, gives `fallback` (default zh-Hant).
 *
 * @example
 * ```ts
 * resolveLanguage(navigator.language);  // 'zh-Hans' for zh-CN, 'en' for en-US
 * resolveLanguage('zh-HK');             // 'zh-Hant'
 * resolveLanguage('fr', 'en');          // 'en'
 * ```
 */
export function resolveLanguage(tag: string | null | undefined, fallback: Language = 'zh-Hant'): Language {
  // Read as CMS templates write tags too: `zh_CN`, `en_US` (POSIX locales), ` en` (a stray space).
  const t = (tag ?? '').trim().toLowerCase().replaceAll('_', '-');
  if (!t) return fallback;
  if (t.startsWith('zh')) {
    // A script subtag says it outright (zh-Hant-CN is Traditional); else the region (zh-CN, zh-SG, zh-MY: Simplified).
    return /-hant\b/.test(t) ? 'zh-Hant' : /-hans\b|-cn\b|-sg\b|-my\b/.test(t) ? 'zh-Hans' : 'zh-Hant';
  }
  return t === 'en' || t.startsWith('en-') ? 'en' : fallback;
}
