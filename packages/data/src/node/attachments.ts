/**
 * The attachments after the tasks, read after the parse (`after-parse.ts`): a line `附件:1.淄博市2024年重點項目清單`
 * (`附件1:`, `附件` alone) after a task that names units starts them, and the lists in them (`2.任務分工表`) are no tasks.
 * The parser, within its 4 KiB, read such a line as a task's (`taskNumberRepeated`, and a build that says to number
 * the tasks on); the document is read up to that line, and the line is said (`attachmentNotRead`, a warning). A 附件
 * line before the tasks (a notice naming the plan it carries, `attachment-list.ts`) ends nothing, nor does one that
 * would leave more tasks out than it keeps: a plan is never cut down to a notice's list.
 */
import { toMatchForm } from '../parse/match-form.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { ParsedPlanText, ParsedTask } from '../parse/types.js';

/** A line that starts an attachment: 附件, a number or not, then a colon or the line's end. */
export const ATTACHMENT = /^[ \t]*附件(?:[ \t]*\d{1,2})?[ \t]*(?::|$)/gmu;

/**
 * Where the units of `task` (in `text`) end: its units clause's end, else the end of the first role word in it (units
 * in a form read after the parse, `牽頭:…`); `undefined` if it names none.
 */
export function unitsEnd(text: string, task: ParsedTask): number | undefined {
  if (task.unitsSpan) return task.unitsSpan.offset + task.unitsSpan.length;
  const { offset, length } = task.span;
  const role = ROLE_WORD_PATTERN.exec(text.slice(offset, offset + length));
  return role ? offset + role.index + role[0].length : undefined;
}

/**
 * Where the first 附件 line after the units of the first task that names any starts (at its 附), if the tasks after it
 * are no more than those before it; else `undefined`.
 */
export function attachmentStart(text: string, parsed: ParsedPlanText): number | undefined {
  const { tasks } = parsed;
  let after: number | undefined;
  for (const task of tasks) if ((after = unitsEnd(text, task)) !== undefined) break;
  if (after === undefined) return undefined;
  for (const m of toMatchForm(text).matchAll(ATTACHMENT)) {
    const at = m.index + m[0].indexOf('附');
    if (at < after) continue;
    const kept = tasks.filter((t) => t.span.offset < at).length;
    return tasks.length - kept <= kept ? at : undefined;
  }
  return undefined;
}
