/**
 * 按職責分工負責 after a list of units (`責任單位:市發改委、市統計局(按職責分工負責)`, `…、市統計局,按職責分工負責`): a
 * remark that each does its part, no unit and no role. Before, it was read into the last unit's name
 * (`roleWordInUnitName`), or as a unit `按職責分工` of its own after a list without a role (`ambiguousUnitRole`). It is
 * left out of the units, whose span ends before it, and the list is read as it is without it: one that says no role
 * is read as the document says (`list-roles.ts`: the first leads, or `rolesNotGiven`). Only after a list that gives
 * roles by labels alone, or none: after `A牽頭,B、C` it may be C's role, as `unit-names.ts` reads it. Inside a bracket
 * of units that starts a task (`【縣發改局、縣財政局（按職責分工負責）】`, `【…,按職責分工負責】`) it is left out as the
 * bracket is read (`units-in-text.ts`, {@link remarkAt}).
 */
import { toMatchForm } from '../parse/match-form.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
// SPLIT_CODES: what the parser's split said of the list with the remark in it, said again of it without.
import { ANY_LABEL_PATTERN, SPLIT_CODES, splitLabelledUnits } from './short-labels.js';
import type { TaskPass } from './task-pass.js';

/** The words of the remark: 按(照)職責分工負責. (A pattern's source, for the patterns that hold it.) */
export const REMARK_WORDS = '按照?[職职][責责]分工[負负][責责]';
/** The remark at a list's end (its match form), in brackets or after a comma or semicolon, a full stop after it or not. */
const REMARK = new RegExp(`(?:\\(\\s*${REMARK_WORDS}\\s*\\)|[,;]\\s*${REMARK_WORDS})[。.]?\\s*$`, 'u');

/** Where the remark at the end of `match[from, to)` (a text's match form) starts; `undefined` if it ends in none. */
export function remarkStart(match: string, from: number, to: number): number | undefined {
  const remark = REMARK.exec(match.slice(from, to));
  return remark ? from + remark.index : undefined;
}

/**
 * The remark right after the last name, with no comma before it (`市甲局、市乙局按職責分工負責。`, r113): read so only
 * after a list that gives no roles in words ({@link remarkAt}); after `A牽頭,B、C` it may be C's role.
 */
const REMARK_AFTER_NAME = new RegExp(`(?<=[^\\s:,;\u3001(])${REMARK_WORDS}[。.]?\\s*$`, 'u');

/**
 * Where the remark at the end of the list `match[from, to)` (a text's match form) starts: the list's end without it;
 * `undefined` if it ends in none, or gives roles in words (see above).
 */
export function remarkAt(match: string, from: number, to: number): number | undefined {
  const bare = REMARK_AFTER_NAME.exec(match.slice(from, to));
  const end = remarkStart(match, from, to) ?? (bare ? from + bare.index : undefined);
  if (end === undefined) return undefined;
  return ROLE_WORD_PATTERN.test(match.slice(from, end).replace(ANY_LABEL_PATTERN, '')) ? undefined : end;
}

/** The tasks with the remark left out of their units; the parse's diagnostics of their lists, said again without it. */
export const dropDutyRemarks: TaskPass = (text, tasks, diagnostics, sink) => {
  const match = toMatchForm(text);
  const answered = new Set<Diagnostic>();
  const read = tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    if (!span) return task;
    const end = span.offset + span.length;
    // The list: inside the brackets of a units parenthesis, or the whole line.
    const bracket = +(match[span.offset] === '(' && match[end - 1] === ')');
    const from = span.offset + bracket;
    const to = remarkAt(match, from, end - bracket);
    if (to === undefined) return task;
    for (const d of diagnostics) if (SPLIT_CODES.has(d.code) && d.offset >= span.offset && d.offset < end) answered.add(d);
    const roles = splitLabelledUnits(text, match, from, to, task.number, sink);
    return { ...task, ...roles, unitsSpan: { offset: span.offset, length: to - span.offset } };
  });
  return { tasks: read, answered };
};
