/** The UI strings of every language, by plan language. */
import type { Language } from '@dz-tasks/data';
import { en } from './en.js';
import type { UiStrings } from './ui-strings.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

/**
 * The UI strings of the elements, per language: `strings.en.showBody` is `Show full text`. An element uses the
 * language of its `lang` attribute, or its nearest ancestor's (see `languageOf`).
 *
 * @example
 * ```ts
 * strings['zh-Hant'].matrixTask(24); // '任務 24'
 * strings.en.fetchFailed('/progress.json', 'HTTP 404'); // 'Could not load /progress.json: HTTP 404'
 * ```
 */
export const strings: Readonly<Record<Language, UiStrings>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };

/**
 * The UI strings of `lang`, or the promise of them while they load: here always at hand; the CDN build swaps this
 * module for `strings.lazy.ts`, which loads each language but zh-Hant on first use.
 */
export function uiStrings(lang: Language): UiStrings | Promise<UiStrings> {
  return strings[lang];
}
