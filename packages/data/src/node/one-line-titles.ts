/**
 * A task whose text before its units is one line with no 。 (`5．主要指標如下表：（牽頭單位：市統計局）`, `1.建設平台
 * （牽頭單位：市科技局）`): the parser, which ends a title at 。 or a line break, gives it none and says
 * `taskWithoutTitle`; the build then had a task without a title, which no plan may hold. The line is its title, as
 * the units or the task's end close it as a line break would. A task with no text at all (`1.`) keeps the warning,
 * and the build says it (`untitled-task-words.ts`).
 */
import type { ParsedPlanText, ParsedTask } from '../parse/types.js';

/** `parsed` (`checkParsed`'s, of `text`) with each task's one line without 。 its title, and the warnings that answers left out. */
export function oneLineTitles(text: string, parsed: ParsedPlanText): ParsedPlanText {
  const titled = new Set<number>();
  const tasks = parsed.tasks.map((task): ParsedTask => {
    const { offset, length } = task.bodySpan;
    if (task.title || !task.body || /[\n\r]/u.test(text.slice(offset, offset + length))) return task;
    titled.add(task.span.offset);
    return { ...task, title: task.body, titleSpan: task.bodySpan, body: '', bodySpan: { offset: offset + length, length: 0 } };
  });
  if (!titled.size) return parsed;
  return { ...parsed, tasks, diagnostics: parsed.diagnostics.filter((d) => d.code !== 'taskWithoutTitle' || !titled.has(d.offset)) };
}
