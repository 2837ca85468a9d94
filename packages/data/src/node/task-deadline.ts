/**
 * A deadline written as a field of a task's units (`完成時限:2024年6月底前` in the brackets, or on a line of its own
 * after them): the deadline of the task's targets that name none of their own. The field is left out of the units
 * (`unit-names.ts`, `unit-lines.ts`), and said, with whether its deadline was read (`unit-words.ts`).
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

/** When a deadline field's deadline falls: the end of `month` (12: the year's end) of `year`, the plan's or the next one. */
export interface FieldDue {
  readonly month: number;
  readonly year: number | 'plan' | 'next';
}

/** When the deadline of `field` falls, as its warning says it (`unit-words.ts`), or `undefined` if it is not read. */
export function fieldDue(field: string): FieldDue | undefined {
  const deadline = deadlineOfField(field);
  if (!deadline) return undefined;
  // 明年6月底前: a month past 12, in the year after the plan's.
  const next = deadline.year === undefined && deadline.month > 12;
  return { month: next ? deadline.month - 12 : deadline.month, year: deadline.year ?? (next ? 'next' : 'plan') };
}

/**
 * The deadline of `task`'s targets that name none of their own: that of its units fields, if one is written there and
 * read; else that of the sentence or clause that closes the task, if it is only a date and 完成 ({@link closingDeadline}).
 */
export function taskDeadline(text: string, task: ParsedTask): Deadline | undefined {
  const span = task.unitsSpan;
  const units = span ? text.slice(span.offset, span.offset + span.length) : '';
  for (const label of units.matchAll(DEADLINE_FIELD)) {
    const deadline = deadlineOfField(units.slice(label.index));
    if (deadline) return deadline;
  }
  return closingDeadline(task.body.trim() || task.title);
}

/** 完成 after a closing date, maybe with 前 or 全部 before it: 前完成, 全部完成. */
const DONE = /^前?(?:全部|全面)?完成$/u;

/**
 * The deadline of the clause or sentence that closes `words` (a task's body, or its title if it has none) when it is
 * only a date and 完成 (…糧食總產量穩定在八億斤以上。2023年10月底前完成。; 改造農村危房二百戶,2023年11月底前完成。):
 * it says when the task's work is done. Not one that names what it completes (2023年8月底前完成主體工程: a milestone),
 * nor one before more of the task, which may be the part before it only.
 */
function closingDeadline(words: string): Deadline | undefined {
  const folded = foldForReading(words).folded.replace(/[。;,\s]+$/u, '');
  const clause = folded.slice(Math.max(folded.lastIndexOf('。'), folded.lastIndexOf(';'), folded.lastIndexOf(',')) + 1).replace(/^[到至于在]/u, '');
  const deadline = deadlineAt(clause, 0);
  return deadline && DONE.test(clause.slice(deadline.length)) ? deadline : undefined;
}
