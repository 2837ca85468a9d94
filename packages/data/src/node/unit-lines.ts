/**
 * A task's units on two lines, read after the parse (`after-parse.ts`): `牽頭單位:市統計局` on one line and
 * `配合單位:市人社局、市農業農村局` on the next is a form other cities write. The parser reads the first line as the
 * units and the second as text after them (`textAfterUnits`, an error): with `--lenient` the units that take part were
 * lost. A line after the units that starts with a label and ends the task is read as more of the same units.
 */
import { lineEnd, skipSpace } from '../parse/lines.js';
import { toMatchForm } from '../parse/match-form.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import { FIELD_LINE } from './field-lines.js';
import { deadlineFieldWords, isDeadlineField } from './task-deadline.js';
import type { TaskPass } from './task-pass.js';
import { ANY_LABEL_PATTERN, splitLabelledUnits } from './short-labels.js';

/** The tasks with their units lines joined, and the `textAfterUnits` errors those lines answer. */
export const joinUnitLines: TaskPass = (text, tasks, diagnostics, sink) => {
  const match = toMatchForm(text);
  const label = new RegExp(ANY_LABEL_PATTERN.source, 'y');
  const answered = new Set<Diagnostic>();
  const joined = tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    const taskEnd = task.span.offset + task.span.length;
    const after = diagnostics.find((d) => d.code === 'textAfterUnits' && span && d.offset >= span.offset + span.length && d.offset < taskEnd);
    if (!after || !span) return task;
    let lead = [...task.lead];
    let participating = [...task.participating];
    let end = span.offset + span.length;
    // Each label line in turn, while only label lines follow, up to the task's end.
    for (let at = after.offset; at < taskEnd; at = skipSpace(text, end, taskEnd)) {
      label.lastIndex = at;
      const isLabel = label.test(match);
      // 完成時限:2024年6月底前 on a line of its own after the units: a field of them (`task-deadline.ts` reads it).
      if (!isLabel && !FIELD_LINE.test(text.slice(at, lineEnd(match, at, taskEnd)))) return task;
      end = lineEnd(match, at, taskEnd);
      if (!isLabel) {
        const field = text.slice(at, end).trim();
        const deadline = isDeadlineField(field) ? `; ${deadlineFieldWords(field)}` : '';
        sink.warning('fieldAmongUnits', `task ${task.number}: "${field}" is a field of the units (a deadline, a leader), not a unit: left out${deadline}`, at);
        continue;
      }
      const more = splitLabelledUnits(text, match, at, end, task.number, sink);
      lead = [...lead, ...more.lead];
      participating = [...participating, ...more.participating];
    }
    answered.add(after);
    return { ...task, lead, participating, unitsSpan: { offset: span.offset, length: end - span.offset } };
  });
  return { tasks: joined, answered };
};
