/**
 * The overview's note on its ranking (`sort="behind"`), in the words of each language: with the overview's module
 * only, so a page without an overview does not carry it.
 */
import type { Language } from '@dz-tasks/data';

/** How `sort="behind"` orders the rows, sections or units, said under the ranked table. */
export const rankNotes: Readonly<Record<Language, string>> = {
  'zh-Hant': '按異常目標數排名；異常數相同的，未報目標（沒有進度或本期未報）佔比高的排前，再按告警目標數。',
  'zh-Hans': '按异常目标数排名；异常数相同的，未报目标（没有进度或本期未报）占比高的排前，再按告警目标数。',
  en: 'Ranked by targets off track; of as many off track, those with a larger share of their targets not reported (no progress, or not reported this period) come first, then those with more in alert.',
};
