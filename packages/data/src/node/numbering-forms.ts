/**
 * Task numbering the parser does not read, said after the parse (`after-parse.ts`): tasks numbered `1.1` `2.1` (by
 * section), `①` `②` or `第一条`. With none of its tasks read, the parse said `"一" is read as text: section 一 was expected…`,
 * then `noSections`: true of nothing the document wrote. Said instead: the numbering on the first such line is not
 * supported (`taskNumberingNotRead`, an error, beside `noTasks`).
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { Diagnostic, ParsedPlanText } from '../parse/types.js';
import { lineOf } from './line-of.js';

/** A line that starts with a task numbered by section (1.1, 2.3.1), a circled number (①…⑳) or an article (第一条). */
const UNREAD_NUMBERING = /^[ \t\u3000]*(\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})?(?![\d%])|[\u2460-\u2473]|第[一二三四五六七八九十]{1,3}[条條])/mu;

/** A task number run on into months (`1.1-9月`, `1.12月`): `1.` may be the number of a task whose text starts `1-9月`. */
const BEFORE_MONTHS = /^(\d{1,3})[.．](\d{1,2}(?:[-－—–~～至到]\d{1,2})?月)/u;

/** How to write the line as a task, where its numbering may be a task's number (`if "1.1-9月" starts task 1, …`); else nothing. */
function asTaskNumber(line: string): string {
  const months = BEFORE_MONTHS.exec(line);
  return months ? `; if "${months[0]}" starts task ${months[1]}, write a space after its number: "${months[1]}. ${months[2]}…"` : '';
}

/** Says the first line numbered in a form not read, when no task was read; returns the diagnostics it answers. */
export function checkNumbering(text: string, parsed: ParsedPlanText, sink: DiagnosticSink): ReadonlySet<Diagnostic> {
  const answered = new Set<Diagnostic>();
  if (parsed.tasks.length) return answered;
  const found = UNREAD_NUMBERING.exec(text);
  if (!found) return answered;
  const at = found.index + found[0].search(/\S/u);
  const line = lineOf(text, at);
  sink.error(
    'taskNumberingNotRead',
    `line ${line}: the task numbering "${found[1]}" is not supported: number the tasks 1. 2. 3. (or 1、 or (1)) on through the document, with the sections headed 一、 (一) or 第一部分${asTaskNumber(text.slice(at))}`,
    at,
  );
  for (const d of parsed.diagnostics) if (d.code === 'headingLikeText' || d.code === 'noSections') answered.add(d);
  return answered;
}
