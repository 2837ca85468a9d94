/**
 * A line of a task without units that starts like a units label and was not read as one (r113): `牽頭單位為市甲局`,
 * `責任單位 市甲局` (one blank, no colon). `taskWithoutUnits` names it (`units-in-text.ts`), as it names the words
 * after a dash it did not read, so the clerk sees which line to mend.
 */
import { toMatchForm } from '../parse/match-form.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { ParsedTask } from '../parse/types.js';

/** A label's words at a line's start, blanks between its characters or not: 牽頭單位, 配 合 單 位, 責任部門. */
const LABEL_START = new RegExp(`^(?:${ROLE_WORD_PATTERN.source}|[責责][ \\t]*任)[ \\t]*(?:[單单][ \\t]*位|部[ \\t]*[門门])`, 'u');

/** The first line of `task`'s body (as written, trimmed) that starts with a label's words; `undefined` if none does. */
export function labelLineNotRead(text: string, task: ParsedTask): string | undefined {
  const body = text.slice(task.bodySpan.offset, task.bodySpan.offset + task.bodySpan.length);
  return body.split(/\r\n?|\n/u).find((line) => LABEL_START.test(toMatchForm(line).trim()))?.trim();
}
