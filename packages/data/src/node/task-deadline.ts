/**
 * A deadline written as a field of a task's units (`完成時限:2024年6月底前` in the brackets, or on a line of its own
 * after them): the deadline of the task's targets that name none of their own. The field is left out of the units
 * (`unit-names.ts`, `unit-lines.ts`), and said, with whether its deadline was read.
 */
import { deadlineAt, type Deadline } from '../extract/deadline.js';
import { foldForReading } from '../extract/normalize.js';
import type { ParsedTask } from '../parse/types.js';

/** A deadline field's label and colon: 完成時限, 完成時間, 時間節點. */
const DEADLINE_FIELD = /(?:完成[時时](?:限|[間间])|[時时][間间][節节][點点])[ \t\u3000]*[:：][ \t\u3000]*/gu;

/** Whether `field` (a label, a colon and a value) is a deadline field. */
export const isDeadlineField = (field: string): boolean => new RegExp(DEADLINE_FIELD.source, 'u').test(field);

/**
 * The deadline a field's value names at its start (2024年6月底前, 6月底, 三季度末, 年底前; 2024 年 6 月底前 with a
 * PDF's spaces), or `undefined`.
 */
export function deadlineOfField(field: string): Deadline | undefined {
  const label = new RegExp(DEADLINE_FIELD.source, 'u').exec(field);
  if (!label) return undefined;
  const value = foldForReading(field.slice(label.index + label[0].length)).folded.replace(/^[到至]/u, '');
  return deadlineAt(value, 0);
}

/** How a deadline field is said: read as the targets' deadline, or not read (the targets are due at the year's end). */
export function deadlineFieldWords(field: string): string {
  const deadline = deadlineOfField(field);
  if (!deadline) return 'its deadline is not read (the task\'s targets are due at the end of the plan\'s year; write the deadline in the text: 6月底前…)';
  // 明年6月底前: a month past 12, in the year after the plan's.
  const next = deadline.year === undefined && deadline.month > 12;
  const month = next ? deadline.month - 12 : deadline.month;
  const when = month === 12 ? 'the end of' : `the end of month ${month} of`;
  return `read as the deadline of the task's targets that name none (${when} ${deadline.year ?? (next ? 'the year after the plan\'s' : 'the plan\'s year')})`;
}

/** The deadline of `task`'s units fields, if one is written there and read. */
export function taskDeadline(text: string, task: ParsedTask): Deadline | undefined {
  const span = task.unitsSpan;
  if (!span) return undefined;
  const units = text.slice(span.offset, span.offset + span.length);
  for (const label of units.matchAll(DEADLINE_FIELD)) {
    const deadline = deadlineOfField(units.slice(label.index));
    if (deadline) return deadline;
  }
  return undefined;
}
