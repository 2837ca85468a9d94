/**
 * The attachments after the tasks, read after the parse (`after-parse.ts`): a line `附件:1.淄博市2024年重點項目清單`
 * (`附件1:`, `附件` alone) after the first task starts them, and the lists in them (`2.任務分工表`) are no tasks. The
 * parser, within its 4 KiB, read such a line as a task's (`taskNumberRepeated`, and a build that says to number the
 * tasks on); the document is read up to that line, and the line is said (`attachmentNotRead`, a warning). A 附件 line
 * before the tasks (a notice naming the plan it carries) ends nothing.
 */
import { toMatchForm } from '../parse/match-form.js';
import type { ParsedPlanText } from '../parse/types.js';

/** A line that starts an attachment: 附件, a number or not, then a colon or the line's end. */
const ATTACHMENT = /^[ \t]*附件(?:[ \t]*\d{1,2})?[ \t]*(?::|$)/gmu;

/** Where the first 附件 line after the first task starts (at its 附), if there is one. */
export function attachmentStart(text: string, parsed: ParsedPlanText): number | undefined {
  const first = parsed.tasks[0];
  if (!first) return undefined;
  for (const m of toMatchForm(text).matchAll(ATTACHMENT)) {
    const at = m.index + m[0].indexOf('附');
    if (at > first.span.offset) return at;
  }
  return undefined;
}
