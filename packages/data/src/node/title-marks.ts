/**
 * What a web page writes into a task's title that is no word of it (review r88): a footnote's marker after a word
 * (`新增規上工業企業200家以上①`, its note `注：①…` after the tasks, `footnoteAfterTask`) and a full-width space between
 * two words (`改造老舊小區　120個`, the page's spacing). Both are left out of the title, which a page shows as text; its
 * span stays the source's, from its first character to its last, and so does each target's quote (the source's text
 * at its offset, the space and all).
 */
import type { ParsedPlanText, ParsedTask } from '../parse/types.js';

/** A circled number ①…⑳. */
const CIRCLED = '\\u2460-\\u2473';
/** A footnote marker: a circled number right after a word, before punctuation or the title's end (not an item's ①). */
const FOOTNOTE_MARKER = new RegExp(`(?<=[^\\s\\p{P}${CIRCLED}])[${CIRCLED}]+(?=\\p{P}|$)`, 'gu');
/** Full-width spaces between two words. */
const PAGE_SPACE = /(?<=\S)\u3000+(?=\S)/gu;
/** Markers at the end of a title's span: out of it. */
const MARKERS_AT_END = new RegExp(`[${CIRCLED}]+$`, 'u');

/** `task` with the page's marks left out of its title (and its span's end), if it has any; else `task`. */
function withoutMarks(task: ParsedTask): ParsedTask {
  const title = task.title.replace(FOOTNOTE_MARKER, '').replace(PAGE_SPACE, '');
  if (title === task.title) return task;
  // A marker that ended the title ends its span no more.
  const marker = MARKERS_AT_END.test(title) ? 0 : (MARKERS_AT_END.exec(task.title)?.[0].length ?? 0);
  return { ...task, title, titleSpan: { ...task.titleSpan, length: task.titleSpan.length - marker } };
}

/** `parsed` with the web page's marks left out of its tasks' titles. */
export function titlesWithoutMarks(parsed: ParsedPlanText): ParsedPlanText {
  const tasks = parsed.tasks.map(withoutMarks);
  return tasks.every((task, i) => task === parsed.tasks[i]) ? parsed : { ...parsed, tasks };
}
