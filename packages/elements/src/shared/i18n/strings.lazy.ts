/**
 * The CDN build's `strings.ts`: the UI strings of zh-Hant (the default language) come with the elements; those of
 * zh-Hans and English are chunks of their own, imported the first time an element in that language updates (the
 * element waits for them: `DzElement.scheduleUpdate`), so a page pays only for the languages it shows.
 */
import type { Language } from '@dz-tasks/data';
import type { UiStrings } from './ui-strings.js';
import { zhHant } from './zh-hant.js';

const tables: Partial<Record<Language, UiStrings | Promise<UiStrings>>> = { 'zh-Hant': zhHant };

// Literal import() calls, so each language is a chunk of its own.
const imports: Readonly<Record<Exclude<Language, 'zh-Hant'>, () => Promise<UiStrings>>> = {
  // Each with the data package's words in the language (and English amounts: `33,000 people`).
  'zh-Hans': () => import('./zh-hans.lazy.js').then((m) => m.zhHans),
  en: () => import('./en.lazy.js').then((m) => m.en),
};

/** The UI strings of `lang`, or the promise of them while they load (once per page; again after a failure). */
export function uiStrings(lang: Language): UiStrings | Promise<UiStrings> {
  const known = tables[lang];
  if (known) return known;
  const loading = imports[lang as Exclude<Language, 'zh-Hant'>]().then(
    (table) => (tables[lang] = table),
    (error: unknown) => {
      delete tables[lang];
      throw error;
    },
  );
  return (tables[lang] = loading);
}
