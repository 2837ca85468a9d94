/**
 * 按職責分工負責 after units with roles in words: after a comma (`縣發改局牽頭，縣財政局配合，按職責分工負責`) the parser
 * reads it at a task's end, `unit-names.ts` leaving it out of the names (F224). In brackets of its own
 * (`…配合（按職責分工負責）`), it was read into the last unit's name (`roleWordInUnitName`), and on a task's last line,
 * in either form, the line was no units (F227). `units-in-text.ts` reads each as the comma's: the list split without
 * the remark, which stays in the units' span, where `unit-names.ts` reads it: no error when every unit before it has
 * its role word (F232), `responsibleBesideLead` when one has none (`A牽頭,B配合,C按職責分工負責`).
 * After a list without role words the remark is `unit-remarks.ts`'s.
 */
import type { TextSpan } from '../parse/types.js';
import { remarkAt, remarkStart } from './unit-remarks.js';
import { rolesAsCommas } from './role-enumeration.js';

/**
 * Where the remark at the end of the list `match[from, to)` (a text's match form) starts, if the list gives roles in
 * words: its names end there. `undefined` if it ends in no remark, or gives no roles in words.
 */
export function remarkAfterRolesAt(match: string, from: number, to: number): number | undefined {
  const start = remarkStart(match, from, to);
  return start !== undefined && remarkAt(match, from, to) === undefined ? start : undefined;
}

/**
 * The names of the units the parser read at `span` (a units parenthesis, or a list after a label) in a text's match
 * form, `match[from, to)`, if they give roles in words and end in the remark in brackets of its own; else `undefined`.
 */
export function namesBeforeRemarkInBrackets(match: string, span: TextSpan): { readonly from: number; readonly to: number } | undefined {
  const end = span.offset + span.length;
  const bracket = +(match[span.offset] === '(' && match[end - 1] === ')');
  const from = span.offset + bracket;
  const to = remarkAfterRolesAt(match, from, end - bracket);
  return to !== undefined && match[to] === '(' ? { from, to } : undefined;
}

/**
 * The names of the units the parser read at `span` in a text's match form, if they give roles in words with 、 between
 * groups (`role-enumeration.ts`): the list, without a remark at its end after them (`…配合、按職責分工負責`, `配合。按…`),
 * which stays in the units' span as after a comma; else `undefined`.
 */
export function namesOfEnumeration(match: string, span: TextSpan): { readonly from: number; readonly to: number } | undefined {
  const end = span.offset + span.length;
  const bracket = +(match[span.offset] === '(' && match[end - 1] === ')');
  const from = span.offset + bracket;
  const list = rolesAsCommas(match, from, end - bracket);
  return list === match ? undefined : { from, to: remarkAfterRolesAt(list, from, end - bracket) ?? end - bracket };
}

/** Whether `match[from, to)` (a text's match form, a task's units as the parser read them) is the remark in brackets alone. */
export const isRemarkAlone = (match: string, from: number, to: number): boolean => match[from] === '(' && remarkStart(match, from, to) === from;
