/**
 * Sections headed 第一條 (`第一條　做大做強實體經濟`, a county's plan; review r88): the parser knows 一、, (一) and
 * 第一部分, and read the first such heading into the preamble, then said `noSections` and the next one as text after a
 * task's units (`textAfterUnits`), true of nothing the document wrote. Where these lines head the tasks the parser
 * read (it read no section, and each of them heads tasks once read as a heading), each is read as the 一、 it means,
 * written in as many characters (`第一條` as `一、` and a blank), so that every offset is still the document's. Tasks
 * numbered 第一條 are not read (`numbering-forms.ts` says so).
 */
import { parsePlanText } from '../parse/parse-plan-text.js';
import type { ParsedPlanText } from '../parse/types.js';

/** A line that starts with an article's number, 第一條 to 第九十九條, and the blanks before it. */
const ARTICLE = /^([ \t\u3000]*)第([一二三四五六七八九十]{1,3})[条條]/gmu;

/**
 * `text` (parsed as `parsed`) with each line's 第X條 written as the heading X、 and a blank, if they head its sections:
 * none was read, its tasks were, and as headings each one heads a section, the same tasks read; else `undefined`.
 */
export function articlesAsHeadings(text: string, parsed: ParsedPlanText): string | undefined {
  if (parsed.sections.length || !parsed.tasks.length) return undefined;
  let articles = 0;
  const read = text.replace(ARTICLE, (_article: string, blanks: string, numeral: string) => {
    articles++;
    return `${blanks}${numeral}、 `;
  });
  if (!articles) return undefined;
  const headed = parsePlanText(read);
  return headed.sections.length === articles && headed.tasks.length === parsed.tasks.length ? read : undefined;
}
