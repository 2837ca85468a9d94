/** The language of a progress report's note, which a report does not say: the compact gauge's and the gauge's. */
import type { Language } from '@dz-tasks/data';
import { nothing } from 'lit';

/**
 * The `lang` of a note shown by an element in `lang` (WCAG 3.1.2): `zh` for a note with Han characters in an element
 * in English, so a screen reader reads it with a Chinese voice (the script, Traditional or Simplified, is not
 * guessed); none (`nothing`) for any other note, which is in the element's language as far as can be told.
 */
export const noteLang = (note: string, lang: Language): 'zh' | typeof nothing => (lang === 'en' && /\p{Script=Han}/u.test(note) ? 'zh' : nothing);
