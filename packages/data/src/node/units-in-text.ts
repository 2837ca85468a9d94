/**
 * A task's units written where the parser does not look, read after the parse (`after-parse.ts`) for a task that
 * has none: a label on the task's own line after its text, bracketed (`…600億元以上。【責任單位】市發展改革委牽頭,
 * 各縣市區人民政府配合`) or after a sentence's end (`…5公里。牽頭單位:市科技局;配合單位:市財政局`), and a line of roles in words that ends the task (`市發展改革委牽頭,市法院、市市場監管局配合。`).
 * Before, both were published as the last words of the body, and the task had no units (`taskWithoutUnits` alone).
 * A parenthesis of roles in words never closed at the task's end (`…3條。(市水利局牽頭,市財政局配合`) is read too, and
 * is `unclosedUnits`, an error, as the parser says it of a labelled one (`(牽頭單位:市水利局`): the bracket may have
 * been cut with more units in it (F198). So are units in brackets that start the task (`（1）【縣發改局】全年實施…`, a
 * county's form): before, the task had none, and the bracket stayed in its title and in its targets (F213); a remark
 * 按職責分工負責 at their end is left out (`unit-remarks.ts`, F221). A task with units at its end too
 * (`1.【縣發改局】全年實施…。（牽頭單位:縣財政局）`) keeps those, and both are said (`duplicateUnitInTask`): before, the
 * bracket's were dropped silently. The remark after roles in words, in brackets of its own (`A牽頭,B配合(按職責分工負責)`)
 * or on a task's last line, is read as after a comma in brackets at its end (`remark-after-roles.ts`, F227). Roles in
 * words with 、 between their groups (`縣發改局牽頭、縣財政局配合`), or 。 before that remark, are read as with commas in
 * each of those places (`role-enumeration.ts`, F240): before, `縣發改局牽頭` was a unit with a role word in it. Units
 * after a dash at the task's end (`…260億元。——市發展改革委、市重點項目事務中心`, `units-after-dash.ts`) are a list that
 * says no role, as after 責任單位 (F244); where a name there is no unit's, `taskWithoutUnits` names the words not read.
 */
import { createDiagnosticSink, type DiagnosticSink } from '../parse/diagnostics.js';
import { toMatchForm } from '../parse/match-form.js';
import { LABEL, LABEL_PATTERN, ROLE_WORD_LENGTH, ROLE_WORD_PATTERN } from '../parse/roles.js';
import { trimmed } from '../parse/task.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import { isUnitName } from './unit-kind.js';
import { respectiveLeadsWords } from './role-words.js';
import type { TaskPass } from './task-pass.js';
import { SPLIT_CODES, splitLabelledUnits } from './short-labels.js';
import { RESPECTIVE, SHARED_DUTY, SHARED_WORK, SHARED_WORK_END } from './unit-names.js';
import { remarkAt, remarkStart } from './unit-remarks.js';
import { isRemarkAlone, namesBeforeRemarkInBrackets, namesOfEnumeration, remarkAfterRolesAt } from './remark-after-roles.js';
import { rolesAsCommas } from './role-enumeration.js';
import { LEADING_BRACKET } from './leading-bracket.js';
import { unitsAtBothEndsWords } from './leading-bracket-words.js';
import { DASH_START, dashWordsAt, unreadUnitsAt } from './units-after-dash.js';
import { labelNotReadWords, unitsNotReadWords } from './unit-words.js';
import { labelLineNotRead } from './label-lines-not-read.js';

/**
 * Duties shared after a lead (`市甲局牽頭,各縣市區政府按職責分工落實`, 推進, 實施, 負責): read as the group's end,
 * `unit-names.ts` says the words (take part or lead is unclear), as of the same words in brackets.
 */
const SHARED_DUTIES = new RegExp(`${SHARED_WORK}|按[职職][责責]分工[负負][责責]`, 'u');

/**
 * A line of names that each do their part, the task naming no lead (`市教育局、市衛生健康委分別負責。`): each leads
 * its part, read as `分別牽頭` is (`respectiveLeads`), two names or more (`namesUnits`). In brackets it stays an error.
 */
const RESPECTIVE_DUTY = '^(?!由)[^,;。\\s]{2,60}?分[別别][負负][責责][。.]?$';
/** The names of a {@link RESPECTIVE_DUTY} line (its match form, without the full stop), and its words 分別負責. */
const RESPECTIVE_NAMES = /^(.+)(分[別别][負负][責责])$/u;

/**
 * A line of roles in words: groups of names, the first ending in 牽頭 (or 主辦), the others in 配合, 參與, 協同 or 協辦,
 * or in 負責 or 主責 (`市生態環境局牽頭,各縣市區政府負責。`, which `unit-names.ts` says: lead or take part is unclear)
 * or {@link SHARED_DUTIES}; two names or more before (按職責)分別 and a role word (`市甲局、市乙局分別牽頭。`) too, and
 * {@link RESPECTIVE_DUTY};
 * not 由…牽頭, and each name a unit's (`namesUnits`).
 */
const ROLE_LINE = new RegExp(
  `^(?!由)[^,;。\\s]{2,60}?(?:[牵牽][头頭]|主[办辦])(?:[,;][^,;。\\s]{2,80}?(?:配合|[参參][与與]|[协協][同办辦]|[负負主][责責]|${SHARED_DUTIES.source}))*[。.]?$|${RESPECTIVE_DUTY}`,
  'u',
);

/** What ends a group of a line of roles: its role word, or {@link SHARED_DUTIES}. */
const GROUP_END = new RegExp(`(?:[牵牽][头頭]|主[办辦]|配合|[参參][与與]|[协協][同办辦]|[负負主][责責]|${SHARED_DUTIES.source})$`, 'u');

/** The tasks with the units found in their text read, and the `taskWithoutUnits` warnings those answer. */
export const readUnitsInText: TaskPass = (text, tasks, diagnostics, sink) => {
  const answered = new Set<Diagnostic>();
  const match = toMatchForm(text);
  const read = tasks.map((task): ParsedTask => {
    const leading = leadingUnitsAt(match, task);
    const span = task.unitsSpan;
    const spanEnd = span ? span.offset + span.length : 0;
    const ofSpan = (d: Diagnostic) => SPLIT_CODES.has(d.code) && span !== undefined && d.offset >= span.offset && d.offset < spanEnd;
    // The parser's units only the remark in brackets after a last line of roles in words: the line's, read below.
    const remarkOnly = span && !leading && isRemarkAlone(match, span.offset, spanEnd) ? unitsAt(text, task) : undefined;
    if (!remarkOnly && (span || task.lead.length || task.participating.length)) {
      // Units at its end, read by the parser: the bracket's stay in the title, said with both.
      if (leading && span && span.offset >= leading.end) {
        const end = text.slice(span.offset, span.offset + span.length).trim().replace(/\s+/gu, ' ');
        sink.warning('duplicateUnitInTask', unitsAtBothEndsWords.en(task.number, text.slice(leading.start, leading.end), end), leading.start);
      }
      // Roles in words and the remark in brackets of its own: split without it, as after a comma (`remark-after-roles.ts`);
      // or with 、 between their groups, read as with commas (`role-enumeration.ts`).
      const names = span && (namesBeforeRemarkInBrackets(match, span) ?? namesOfEnumeration(match, span));
      if (!names) return task;
      for (const d of diagnostics) if (ofSpan(d)) answered.add(d);
      return { ...task, ...rolesOfList(text, match, names.from, names.to, task.number, sink) };
    }
    const found = remarkOnly ?? (leading ? undefined : unitsAt(text, task));
    const missing = diagnostics.find((d) => d.code === 'taskWithoutUnits' && d.offset === task.span.offset);
    if (!leading && !found) {
      // Words at its end that look like units not read (a name no unit's): said with the task without units.
      const unread = unreadUnitsIn(text, task);
      // Else a line that starts like a label and was not read (`牽頭單位為市甲局`): named too.
      const label = unread === undefined ? labelLineNotRead(text, task) : undefined;
      if (missing && (unread || label)) {
        answered.add(missing);
        sink.warning('taskWithoutUnits', unread ? unitsNotReadWords.en(task.number, unread) : labelNotReadWords.en(task.number, label!), missing.offset);
      }
      return task;
    }
    // The remark the parser read as units is no unit: what it said of it is answered.
    if (remarkOnly) for (const d of diagnostics) if (ofSpan(d)) answered.add(d);
    if (missing) answered.add(missing);
    if (!found) {
      // The title starts after them: they are in no title, and in no target read from it.
      // The span ends before a remark, as after a list at the task's end (`unit-remarks.ts`).
      const { start, end, listEnd, namesEnd } = leading!;
      const roles = rolesOfList(text, match, start + 1, namesEnd, task.number, sink);
      const unitsSpan = { offset: start, length: listEnd < end - 1 ? listEnd - start : end - start };
      const title = trimmed(text, end, task.titleSpan.offset + task.titleSpan.length, 'title');
      if (title.title) return { ...task, ...roles, ...title, unitsSpan };
      // Alone on their line: the title is the body's first sentence (or line), as the parser reads one (`parse/task.ts`).
      const { offset, length } = task.bodySpan;
      const stop = text.slice(offset, offset + length).search(/[\u3002\uFF0E\n\r]/u);
      const titleEnd = stop < 0 ? offset + length : offset + stop;
      return { ...task, ...roles, ...trimmed(text, offset, titleEnd, 'title'), ...trimmed(text, Math.min(titleEnd + 1, offset + length), offset + length, 'body'), unitsSpan };
    }
    // The parser's words (`parse/task.ts`), which `error-words.ts` reads back in each language.
    if (found.unclosed) sink.error('unclosedUnits', `task ${task.number}: the units parenthesis is not closed`, found.start);
    // The list: after the bracket of an unclosed parenthesis, without the full stop after it (市市場監管局配合。): the
    // role word ends the last group; without a remark after roles in words (`remark-after-roles.ts`), which the span keeps.
    const start = found.names ?? found.start + +!!found.unclosed;
    let end = remarkAfterRolesAt(rolesAsCommas(match, start, found.end), start, found.end) ?? found.end;
    while (end > start && /[。.\s]/u.test(match[end - 1]!)) end--;
    const roles = rolesOfList(text, match, start, end, task.number, sink);
    const bodyEnd = task.bodySpan.offset + task.bodySpan.length;
    const body = found.start >= task.bodySpan.offset ? text.slice(task.bodySpan.offset, found.start).trimEnd() : task.body;
    return {
      ...task,
      ...roles,
      body: found.start < bodyEnd ? body : task.body,
      bodySpan: { offset: task.bodySpan.offset, length: body.length },
      unitsSpan: { offset: found.start, length: found.end - found.start },
    };
  });
  return { tasks: read, answered };
};

/**
 * The roles of the units list `text[start, end)` (`match` is the text's match form) of task `task`, read as a line of
 * roles in words is: `A、B分別負責` (each leads its part, said), else split as the parser splits a list, what it says of
 * the words of a role shared (`unit-names.ts` says those) left out.
 */
export function rolesOfList(text: string, written: string, start: number, end: number, task: number, sink: DiagnosticSink): Pick<ParsedTask, 'lead' | 'participating'> {
  // Groups ending in 、 (`A牽頭、B配合`) as after a comma (`role-enumeration.ts`).
  const match = rolesAsCommas(written, start, end);
  const respective = RESPECTIVE_NAMES.exec(match.slice(start, end));
  if (respective) {
    const words = start + respective[1]!.length;
    sink.warning('respectiveLeads', respectiveLeadsWords.en(task, text.slice(words, end)), words);
    return { lead: text.slice(start, words).split('、'), participating: [] };
  }
  const split = createDiagnosticSink(text);
  const roles = splitLabelledUnits(text, match, start, end, task, split);
  // The list alone: what follows it (a leading bracket's `】`, and the title) is no part of its last group.
  const list = match.slice(0, end);
  for (const d of split.done()) if (!ofSharedWords(list, d)) sink[d.severity](d.code, d.message, d.offset);
  return roles;
}

/** A bracket of a label alone (`【責任單位】`): the parser's, not units. */
const ONLY_LABEL = new RegExp(`^${LABEL}$`, 'u');

/**
 * Where units in brackets at the start of `task`'s title (`match`: the text's match form) start and end, past their
 * `】`, and where their list ends: before their `】`, or before a remark 按職責分工負責 (`unit-remarks.ts`). Units in
 * brackets that start a task (`（1）【縣發改局】全年實施…`, `[縣農業農村局牽頭,縣財政局配合]`, `leading-bracket.ts`), as a
 * county writes them (`各任務開頭方括號內為責任單位`): their names as in a line of roles in words ({@link namesUnits}),
 * not a label.
 */
function leadingUnitsAt(written: string, task: ParsedTask): { readonly start: number; readonly end: number; readonly listEnd: number; readonly namesEnd: number } | undefined {
  const start = task.titleSpan.offset;
  LEADING_BRACKET.lastIndex = start;
  const found = LEADING_BRACKET.exec(written);
  if (!found) return undefined;
  const end = start + found[0].length;
  // Groups ending in 、 (`【縣發改局牽頭、縣財政局配合】`) as after a comma (`role-enumeration.ts`).
  const match = rolesAsCommas(written, start + 1, end - 1);
  const listEnd = remarkAt(match, start + 1, end - 1) ?? end - 1;
  // Its names without the remark, which is none: after roles in words it stays in the list's span, read as at a task's end.
  const namesEnd = remarkStart(match, start + 1, end - 1) ?? end - 1;
  const names = match.slice(start + 1, namesEnd);
  if (ONLY_LABEL.test(names) || !namesUnits(names)) return undefined;
  return { start, end, listEnd, namesEnd };
}

/**
 * Where the units in `task`'s text start and end, if it has them in one of the forms above; `unclosed` if they are in
 * a parenthesis never closed (`start` is its bracket).
 */
function unitsAt(text: string, task: ParsedTask): { readonly start: number; readonly end: number; readonly unclosed?: true; readonly names?: number } | undefined {
  const from = task.titleSpan.offset;
  const to = task.span.offset + task.span.length;
  const match = toMatchForm(text.slice(from, to));
  // A bracketed label after the text on its line (a label that starts a line is the parser's own), or one after the
  // end of a sentence (`…5公里。牽頭單位:市科技局;配合單位:市財政局`; `明確牽頭單位:` is a sentence's words).
  for (const label of match.matchAll(LABEL_PATTERN)) {
    if (!label[0].startsWith('【') && !label[0].startsWith('[') && !/[。;]/u.test(match[label.index - 1] ?? '')) continue;
    const lineEnd = match.indexOf('\n', label.index);
    const end = lineEnd < 0 ? match.length : lineEnd;
    // Only at the task's end: nothing but blanks after its line.
    if (match.slice(end).trim()) continue;
    return { start: from + label.index, end: from + match.slice(0, end).trimEnd().length };
  }
  // A last line of roles in words, or one that ends in a parenthesis of them never closed (on the task's first line too).
  const lines = match.trimEnd().split('\n');
  const last = lines.at(-1)!.trim();
  const end = from + match.trimEnd().length;
  // Its names: without a remark after roles in words (`remark-after-roles.ts`), which stays in its span; groups ending
  // in 、 read as after a comma (`role-enumeration.ts`), after the bracket of a parenthesis never closed if it has one.
  const line = rolesAsCommas(last, unclosedAt(last) + 1);
  const names = line.slice(0, remarkAfterRolesAt(line, 0, line.length));
  const open = unclosedAt(names);
  const inside = names.slice(open + 1).trim();
  if (open >= 0 && GROUP_END.test(inside.replace(/[。.]$/u, '')) && namesUnits(inside)) return { start: end - last.length + open, end, unclosed: true };
  // Units after a dash (`units-after-dash.ts`): its span from the dash, the list after it.
  const dash = dashWordsAt(last, lines.length > 1);
  if (dash && dashUnits(last.slice(dash.names, dash.end), lines)) return { start: end - last.length + dash.dash, end, names: end - last.length + dash.names };
  if (lines.length < 2 || !ROLE_LINE.test(names) || !namesUnits(names)) return undefined;
  return { start: end - last.length, end };
}

/**
 * Whether the names after a dash (`——市發展改革委、市重點項目事務中心`) are a task's units: each a unit's name that starts as
 * a body's does ({@link BODY_START}: 市…, 縣…, 各…), and the dash not the last of the task's bullets (`——` starts its
 * sub-items: `——建設市民服務中心。` is work, though it ends as a body's name ends; review r101 H1).
 */
function dashUnits(names: string, lines: readonly string[]): boolean {
  const bullets = lines.slice(0, -1).filter((line) => DASH_START.test(line.trim())).length;
  return !bullets && namesUnits(names) && names.split(/[、,;]/u).every((name) => BODY_START.test(name.trim()));
}
/** How a body's name starts: its place (市, 縣, 區, 省, 州, 盟, 旗) or 各, 中共. */
export const BODY_START = /^(?:[市县縣区區省州盟旗]|各|中共)/u;

/** The words at `task`'s end that look like units not read (`units-after-dash.ts`), as written; `undefined` if none. */
function unreadUnitsIn(text: string, task: ParsedTask): string | undefined {
  const from = task.titleSpan.offset;
  const written = text.slice(from, task.span.offset + task.span.length).trimEnd();
  const lines = toMatchForm(written).split('\n');
  const last = lines.at(-1)!.trim();
  const at = unreadUnitsAt(last, lines.length > 1);
  return at === undefined ? undefined : written.slice(written.length - last.length + at);
}

/** Where the first `(` of `line` (its match form) that is never closed stands; -1 if each one is. */
function unclosedAt(line: string): number {
  const opens: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') opens.push(i);
    else if (line[i] === ')') opens.pop();
  }
  return opens[0] ?? -1;
}

/**
 * Whether `d`, said by the split of a line of roles (`namesUnits`), is an error of the words of a role shared (`B分別`
 * before 牽頭, `C按職責分工` before 負責, a name or group ending in 按職責分工落實): `unit-names.ts` cuts those from the
 * names and says them, as it answers the parser's errors of the same words in brackets.
 */
function ofSharedWords(match: string, d: Diagnostic): boolean {
  if (d.code !== 'roleWordInUnitName' && d.code !== 'ambiguousUnitRole') return false;
  // The group (up to a comma) the error is of, or its name (up to 、), with the role word after it.
  const group = /^[^,;。.\n]*/u.exec(match.slice(d.offset))![0];
  const words = d.code === 'roleWordInUnitName' ? group.split('、')[0]! : group;
  const bare = ROLE_WORD_PATTERN.test(words.slice(-ROLE_WORD_LENGTH)) ? words.slice(0, -ROLE_WORD_LENGTH) : words;
  return SHARED_WORK_END.test(bare) || SHARED_DUTY.test(bare);
}

/**
 * Whether each name of a line of roles (`市發展改革委牽頭,市法院、市市場監管局配合。`) is a unit's: a sentence with
 * 牽頭 (`重點工作實行市級領導牽頭。`, `各項工作由市發改委牽頭。`) stays in the body, and the task without units is said.
 */
export function namesUnits(line: string): boolean {
  return line
    .replace(/[。.]$/u, '')
    .split(/[,;]/u)
    .every((group) => {
      const names = group.replace(GROUP_END, '').replace(/\([^)]*\)/gu, '');
      // (按職責)分別 after two names or more is theirs, not the last name's (one alone leads or takes part as it is).
      return (names.includes('、') ? names.replace(RESPECTIVE, '') : names).split('、').every(isUnitName);
    });
}
