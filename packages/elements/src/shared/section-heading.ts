/**
 * How the plan heads a section (`四、協同推進降碳減污擴綠增長`), in one place for the card's section line, the matrix's
 * caption and the overview's rows.
 */
import { chineseNumeral, type Language, type Section } from '@dz-tasks/data';

/**
 * A section's number as its heading writes it, with what comes before the title: `四、`, `4. ` (in English, as the
 * plan's translation numbers its sections). Headings are numbered 一 to 九十九; a plan from elsewhere with more
 * sections keeps its Arabic number (`100、`).
 */
export function sectionNumbering(section: Section, lang: Language): string {
  if (lang === 'en') return `${section.number}. `;
  return `${section.number <= 99 ? chineseNumeral(section.number) : section.number}、`;
}

/** `四、協同推進降碳減污擴綠增長` / `4. Make coordinated efforts…`, as the plan heads its sections. */
export function sectionHeading(section: Section, lang: Language): string {
  return sectionNumbering(section, lang) + section.title[lang];
}
