/**
 * A task number followed by digits (`3.2023年底前…`), read after the parse (`after-parse.ts`). The parser starts the
 * next task there, as other cities write it; but a line of the task above wrapped at a decimal (`…農村勞動力轉移就業`
 * ⏎ `3.2萬人。(…)`) reads the same, and the text cannot tell them apart. Where the task above has its units, it has
 * ended: the number is a task's. Where it has none yet, the clerk is asked (`taskNumberBeforeDigits`, an error), and the
 * number the next task repeats (`2.` after `2.5億元…`) is said no more: this error is the one to answer.
 */
import { toMatchForm } from '../parse/match-form.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import type { TaskPass } from './task-pass.js';

/** A task number with digits right after it (`3.2`, `3 .2`, `３．２`, in the match form): it may be a decimal. */
const BEFORE_DIGITS = /^\d{1,3}[ \t]?\.(?=\d)/u;
/** The digits a title starts with and the character after them (`2023年`, `2萬`): how the message quotes it. */
const DIGITS_AT = /^[\d０-９.．]*[^\s\d０-９.．]?/u;

/** Whether `task` may be a wrapped line of `above`: its number runs on into digits, and `above` has no units yet. */
const mayBeWrapped = (match: string, task: ParsedTask, above: ParsedTask | undefined): boolean =>
  above !== undefined &&
  above.sectionNumber === task.sectionNumber &&
  !above.lead.length &&
  !above.participating.length &&
  BEFORE_DIGITS.test(match.slice(task.span.offset, task.span.offset + 6));

/** The tasks as they are, an error at each that may be a wrapped line, and the repeated numbers those errors explain. */
export const checkDigitTasks: TaskPass = (text, tasks, diagnostics, sink) => {
  const match = toMatchForm(text);
  const answered = new Set<Diagnostic>();
  for (const [i, task] of tasks.entries()) {
    const above = tasks[i - 1];
    if (!mayBeWrapped(match, task, above)) continue;
    const { number } = task;
    const digits = DIGITS_AT.exec(text.slice(task.titleSpan.offset, task.titleSpan.offset + 12))![0];
    sink.error(
      'taskNumberBeforeDigits',
      `task ${number}: its number runs on into digits while task ${above!.number} has no units yet, so it may be a line of task ${above!.number} wrapped at a decimal: if it is task ${number}, write a space after its number (${number}. ${digits}…); if it is the rest of the line above, join it to that line`,
      task.span.offset,
    );
    const next = tasks[i + 1];
    const repeated = diagnostics.find((d) => d.code === 'taskNumberRepeated' && next?.number === number && d.offset === next.span.offset);
    if (repeated) answered.add(repeated);
  }
  return { tasks: [...tasks], answered };
};
