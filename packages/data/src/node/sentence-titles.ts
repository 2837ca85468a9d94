/**
 * A title a line break cut after a comma (a web page's copy: `1．全年實施重點項目500個以上，完成投資1000億元以上，`
 * ↵ `固定資產投資增長7%左右。`; review r88): the parser ends a title at 。 or a line break, so the title ended in ，
 * and its sentence's last clause was the body. A line that ends in ，, 、 (or a `,` after Chinese) ends no sentence:
 * the title goes on to the first sentence's end of the body (。；！？), joined without the line break and the blanks
 * around it; its span is the source's, from its first character to its last. Its targets are read from the source
 * (`wrapped-lines.ts` joins such a line to the next), each quote the source's text at its offset.
 */
import type { ParsedPlanText, ParsedTask } from '../parse/types.js';
import { GOES_ON } from './wrapped-lines.js';
/** A sentence's end (the parser ends a title at the first 。; a body's first sentence ends at it). */
export const SENTENCE_END = /[。；！？;!?]/u;
/** A line break and the blanks around it (a web page's indent). */
const LINE_BREAK = /[ \t\f\u3000]*[\r\n]+[ \t\f\u3000]*/gu;

/** `task` with its title gone on to the first sentence's end of its body, if the title ends in a comma; else `task`. */
function sentenceTitle(text: string, task: ParsedTask): ParsedTask {
  if (!GOES_ON.test(task.title) || !task.body) return task;
  const { offset, length } = task.bodySpan;
  const source = text.slice(offset, offset + length);
  const stop = source.search(SENTENCE_END);
  const end = stop < 0 ? source.length : stop;
  // The body as read (its wrapped lines joined, `wrapped-lines.ts`) has the same sentences as its source.
  const bodyStop = task.body.search(SENTENCE_END);
  const body = bodyStop < 0 ? '' : task.body.slice(bodyStop + 1).trimStart();
  const rest = stop < 0 ? '' : source.slice(stop + 1);
  const bodyFrom = offset + (stop < 0 ? length : stop + 1 + rest.length - rest.trimStart().length);
  const title = `${task.title}${source.slice(0, end).replace(LINE_BREAK, '')}`.trimEnd();
  return {
    ...task,
    title,
    titleSpan: { offset: task.titleSpan.offset, length: offset + source.slice(0, end).trimEnd().length - task.titleSpan.offset },
    body,
    bodySpan: { offset: bodyFrom, length: body ? offset + length - bodyFrom : 0 },
  };
}

/** `parsed` (of `text`) with each title a line break cut after a comma gone on to its sentence's end. */
export function sentenceTitles(text: string, parsed: ParsedPlanText): ParsedPlanText {
  const tasks = parsed.tasks.map((task) => sentenceTitle(text, task));
  return tasks.every((task, i) => task === parsed.tasks[i]) ? parsed : { ...parsed, tasks };
}
