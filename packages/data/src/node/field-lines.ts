/**
 * A field of the task written on a line of its own in its text (`責任領導:李明`, `完成時限:2024年底`), read after the
 * parse (`after-parse.ts`): inside the units' brackets such a field is left out (`fieldAmongUnits`); on its own line it
 * was published as the last words of the task, silently. Lines of fields that end the body are left out of it, with
 * a warning; a field line with the task's text still after it is said, and kept where it is.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedTask } from '../parse/types.js';
import { isPageFurniture } from './page-furniture.js';
import { fieldInTaskTextWords } from './task-text-words.js';

/** A line that is a field: a leader (責任領導, 分管市領導, 牽頭(市)領導) or a deadline (完成時限, 時間節點), then a colon. */
export const FIELD_LINE = /^[ \t\u3000]*(?:(?:[責责]任|分管|[牽牵][頭头])市?[領领][導导]|完成[時时](?:限|[間间])|[時时][間间][節节][點点])[ \t\u3000]*[:：]/;

/** The tasks with the field lines that end their bodies left out; what was found is said to `sink`. */
export function checkFieldLines(tasks: readonly ParsedTask[], sink: DiagnosticSink): ParsedTask[] {
  return tasks.map((task) => {
    const lines = task.body.split('\n');
    let kept = lines.length;
    // Page furniture after them is no text (`wrapped-lines.ts` leaves it out).
    while (kept > 0 && (FIELD_LINE.test(lines[kept - 1]!) || isPageFurniture(lines[kept - 1]!))) kept--;
    let at = task.bodySpan.offset;
    for (const [i, line] of lines.entries()) {
      if (FIELD_LINE.test(line)) {
        sink.warning('fieldInTaskText', fieldInTaskTextWords[i >= kept ? 'end' : 'kept'].en(task.number, line.trim()), at);
      }
      at += line.length + 1;
    }
    if (kept === lines.length) return task;
    const body = lines.slice(0, kept).join('\n').trimEnd();
    return { ...task, body, bodySpan: { offset: task.bodySpan.offset, length: body.length } };
  });
}
