/** The one date formatter of the elements: an ISO date as people of each language write it. */
import { isIsoDate, type Language } from '@dz-tasks/data';

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** An ISO date as people of the language write it: `2023年6月30日`, `30 June 2023`; other text is returned as is. */
export function formatDate(iso: string, lang: Language): string {
  if (!isIsoDate(iso)) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
