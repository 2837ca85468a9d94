/** Words the data package writes for people: status names and the pieces of screen-reader sentences. */
import type { Comparator, Language } from './schema.js';

/** Where a target stands. */
export const Status = {
  /** The target is reached. */
  met: 'met',
  /** Progress is at or ahead of the share of the period elapsed (序時進度). */
  onTrack: 'onTrack',
  /** Progress lags the share of the period elapsed. */
  behind: 'behind',
  /** Nothing reported done yet. */
  notStarted: 'notStarted',
  /** The deadline passed without the target reached, or a ceiling was exceeded. */
  missed: 'missed',
} as const;
/** One of the {@link Status} values: `'met'`, `'onTrack'`, `'behind'`, `'notStarted'` or `'missed'`. */
export type Status = (typeof Status)[keyof typeof Status];

/**
 * The name of each {@link Status} for people, per language: `statusLabels['zh-Hant'].onTrack` is `進度正常`,
 * `statusLabels.en.notStarted` is `not started` (lower case, to sit inside a sentence).
 */
export const statusLabels: Readonly<Record<Language, Readonly<Record<Status, string>>>> = {
  'zh-Hant': { met: '已達成', onTrack: '進度正常', behind: '進度滯後', notStarted: '未啟動', missed: '未達成' },
  'zh-Hans': { met: '已达成', onTrack: '进度正常', behind: '进度滞后', notStarted: '未启动', missed: '未达成' },
  en: { met: 'met', onTrack: 'on track', behind: 'behind', notStarted: 'not started', missed: 'missed' },
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
 * `en-GB` → en. An empty tag, or one in any other language, gives `fallback` (default zh-Hant).
 *
 * @example
 * ```ts
 * resolveLanguage(navigator.language);  // 'zh-Hans' for zh-CN, 'en' for en-US
 * resolveLanguage('zh-HK');             // 'zh-Hant'
 * resolveLanguage('fr', 'en');          // 'en'
 * ```
 */
export function resolveLanguage(tag: string | null | undefined, fallback: Language = 'zh-Hant'): Language {
  if (!tag) return fallback;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) {
    return /hans|-cn|-sg|-my/.test(t) ? 'zh-Hans' : 'zh-Hant';
  }
  return t === 'en' || t.startsWith('en-') ? 'en' : fallback;
}
