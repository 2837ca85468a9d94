/**
 * Units labelled without 單位 (`牽頭:市發展改革委;配合:市投資促進局、市財政局`, `參與:`, `責任:`), read after the parse
 * (`after-parse.ts`). Such a label is the words of a sentence too (`(配合:各縣市區按季度報送進展)。…`, a line
 * `責任:落實到人,…`), so the parser leaves it in the text (reading it where the task ends after it did not fit in its
 * 4 KiB); here it gives units where the task ends after it: a line that starts with one, with only lines that start
 * with a label after it up to the task's end, or a parenthesis that starts with one and ends the task. A list that
 * holds one among the parser's units (`牽頭單位:A 配合:B`, `(牽頭:A;配合:B)`) is split at it.
 */
import { INSIDE_BRACKETS, blankBrackets } from '../parse/brackets.js';
import type { DiagnosticSink } from '../parse/diagnostics.js';
import { isLineStart, lineEnd, skipBlanks, skipSpace } from '../parse/lines.js';
import { toMatchForm } from '../parse/match-form.js';
import { LABEL, LABEL_PATTERN, ROLE_WORD_LENGTH, ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { Diagnostic, DiagnosticCode, ParsedTask } from '../parse/types.js';
import { splitUnits, type SplitUnits } from '../parse/units-split.js';
import type { TaskPass } from './task-pass.js';
// Functions of modules that import this one: called once both are loaded, never as either loads.
import { etcHoldsRoleWord } from './unit-names.js';
import { remarkAt } from './unit-remarks.js';

/** A label as the parser reads it ({@link LABEL_PATTERN}), or one without 單位 before a colon (`牽頭:`, `配合 :`). */
export const ANY_LABEL_PATTERN = new RegExp(`${LABEL_PATTERN.source}|${LABEL}?[ \\t]*:`, 'g');
/** A label of {@link ANY_LABEL_PATTERN} without 單位: its two words and a colon. */
const SHORT_LABEL = /^[^【[]{2}[ \t]*:$/;
/** What the parser's split of a units list says (`units-split.ts`, and `task.ts` of the names it split). */
export const SPLIT_CODES: ReadonlySet<DiagnosticCode> = new Set(['roleWordInUnitName', 'unbalancedBracketInUnitName', 'emptyUnitName', 'ambiguousUnitRole', 'duplicateUnitInTask']);
const WITHOUT_UNITS: ReadonlySet<DiagnosticCode> = new Set(['taskWithoutUnits']);
/**
 * A full stop after a role word (`責任單位:A牽頭,B、C負責。`, `A牽頭。B配合`): the end of a sentence, which the parser,
 * within its 4 KiB, reads as part of the last name (`C負責。` a unit without a role, its name holding 負責).
 */
const STOP_AFTER_ROLE = new RegExp(`(?:${ROLE_WORD_PATTERN.source})[。.]+`, 'g');

/**
 * `match` with each full stop after a role word in `[from, to)` read as a comma (one character for one: every index
 * stays the text's), so the role word ends its group and the stop is in no name.
 */
const stopsAsCommas = (match: string, from: number, to: number): string =>
  match.slice(0, from) + match.slice(from, to).replace(STOP_AFTER_ROLE, (found) => found.slice(0, ROLE_WORD_LENGTH).padEnd(found.length, ',')) + match.slice(to);

/** `sink` for a text whose index 0 is the source's `by`: each diagnostic said at its place in the source. */
const shifted = (sink: DiagnosticSink, by: number): DiagnosticSink => ({
  error: (code, message, offset) => sink.error(code, message, offset + by),
  warning: (code, message, offset) => sink.warning(code, message, offset + by),
  done: () => sink.done(),
});

/** Where the labels without 單位 in `match[from, to)` stand, outside brackets, and each one as written. */
function shortLabels(match: string, from: number, to: number): { index: number; label: string }[] {
  const outside = blankBrackets(match, from, to);
  return [...match.slice(from, to).matchAll(ANY_LABEL_PATTERN)]
    .filter((label) => SHORT_LABEL.test(label[0]) && outside[label.index] !== INSIDE_BRACKETS)
    .map((label) => ({ index: from + label.index, label: label[0] }));
}

/**
 * The units list `text[from, to)` split as the parser splits one (`splitUnits`), a label without 單位 read as a
 * label: each part after one is split with its label written out in full (`配合:` → `配合單位:`), what is said of it
 * said at its place in `text`.
 */
export function splitLabelledUnits(text: string, match: string, from: number, to: number, task: number, sink: DiagnosticSink): SplitUnits {
  const result: SplitUnits = { lead: [], participating: [] };
  let start = from;
  let written = '';
  const read = (end: number) => {
    const part = `${written}${text.slice(start, end)}`;
    const said: [severity: 'error' | 'warning', code: DiagnosticCode, message: string, offset: number][] = [];
    const held: DiagnosticSink = { error: (...d) => said.push(['error', ...d]), warning: (...d) => said.push(['warning', ...d]), done: () => [] };
    const roles = splitUnits(part, written + match.slice(start, end), 0, part.length, task, held);
    result.lead.push(...roles.lead);
    result.participating.push(...roles.participating);
    // Not the role word of 等單位 ending a name (`市民政局等單位`): `unit-names.ts` leaves 等單位 out, as of the parser's lists.
    const etc = [...roles.lead, ...roles.participating].filter(etcHoldsRoleWord);
    const out = shifted(sink, start - written.length);
    for (const [severity, code, message, offset] of said) {
      if (code !== 'roleWordInUnitName' || !etc.some((name) => message.includes(`"${name}"`))) out[severity](code, message, offset);
    }
  };
  for (const { index, label } of shortLabels(match, from, to)) {
    read(index);
    start = index + label.length;
    written = label.replace(/[ \t]*:$/, '單位:');
  }
  read(to);
  return result;
}

/** Says each unit `roles` names twice, as the parser says it of its own lists (`task.ts`). */
function sayDuplicates({ lead, participating }: SplitUnits, task: number, at: number, sink: DiagnosticSink): void {
  const seen = new Set<string>();
  for (const name of [...lead, ...participating]) {
    if (seen.has(name)) sink.warning('duplicateUnitInTask', `task ${task} names ${name} twice`, at);
    seen.add(name);
  }
}

/**
 * The tasks with their units labelled without 單位 read; the parse's diagnostics those answer: `taskWithoutUnits`, and
 * what its split said of a list it read without them.
 */
export const readShortLabels: TaskPass = (text, tasks, diagnostics, sink) => {
  const match = toMatchForm(text);
  const labelAt = new RegExp(ANY_LABEL_PATTERN.source, 'y');
  const answered = new Set<Diagnostic>();
  const startsWithLabel = (at: number) => {
    labelAt.lastIndex = at;
    return labelAt.exec(match)?.[0];
  };
  /** Answers the parse's diagnostics of `codes` said in `[from, to]`. */
  const answer = (codes: ReadonlySet<DiagnosticCode>, from: number, to: number) => {
    for (const d of diagnostics) if (codes.has(d.code) && d.offset >= from && d.offset <= to) answered.add(d);
  };

  /** The task's units from the parser, split again if their list holds a label without 單位 or a stop after a role word. */
  const resplit = (task: ParsedTask): ParsedTask => {
    const span = task.unitsSpan!;
    const end = span.offset + span.length;
    const bracket = +(match[span.offset] === '(' && match[end - 1] === ')');
    // Not the stop after the remark 按職責分工負責 ending a list that gives no roles in words (`A、B,按職責分工負責。`):
    // the remark's, left out with it (`unit-remarks.ts`, r113).
    const remark = remarkAt(match, span.offset + bracket, end - bracket) !== undefined;
    const stopped = !remark && new RegExp(STOP_AFTER_ROLE.source).test(match.slice(span.offset, end));
    if (!stopped && !shortLabels(match, span.offset + bracket, end - bracket).length) return task;
    answer(SPLIT_CODES, span.offset, end);
    const list = stopped ? stopsAsCommas(match, span.offset, end) : match;
    const roles = splitLabelledUnits(text, list, span.offset + bracket, end - bracket, task.number, sink);
    sayDuplicates(roles, task.number, span.offset, sink);
    return { ...task, ...roles };
  };

  /**
   * Where units labelled without 單位 start at the end of the task's body: a line that starts with such a label, only
   * lines that start with labels after it up to the task's end; or such a parenthesis after which the task ends.
   */
  const unitsStart = (task: ParsedTask): number | undefined => {
    const bodyStart = task.bodySpan.offset;
    const bodyEnd = bodyStart + task.bodySpan.length;
    const taskEnd = task.span.offset + task.span.length;
    /** The first line after the one at `from` that does not start with a label; the task's end if none does. */
    const nextTextLine = (from: number): number => {
      let at = from;
      do at = skipSpace(match, lineEnd(match, at, taskEnd), taskEnd);
      while (at < taskEnd && startsWithLabel(at));
      return at;
    };
    for (let at = bodyStart; at < bodyEnd; at = skipSpace(match, lineEnd(match, at, bodyEnd), bodyEnd)) {
      const label = startsWithLabel(at);
      if (!label || !SHORT_LABEL.test(label) || !isLineStart(match, at)) continue;
      const next = nextTextLine(at);
      if (next >= taskEnd) return at;
      // Each line is looked at once: the label lines before a line of text are text too.
      at = next;
    }
    // A parenthesis at the body's end that a label opens: (責任:…), which no role word makes the parser's.
    if (task.unitsSpan || match[bodyEnd - 1] !== ')' || skipSpace(match, bodyEnd, taskEnd) < taskEnd) return undefined;
    // The last `(` outside brackets, still open before the body's last `)` (all after it inside), is the one it closes.
    const outside = blankBrackets(match, bodyStart, bodyEnd - 1);
    const open = outside.lastIndexOf('(');
    const closedAtEnd = open >= 0 && [...outside.slice(open + 1)].every((c) => c === INSIDE_BRACKETS);
    const label = closedAtEnd ? startsWithLabel(skipBlanks(match, bodyStart + open + 1)) : undefined;
    return label && SHORT_LABEL.test(label) ? bodyStart + open : undefined;
  };

  const read = tasks.map((task): ParsedTask => {
    const parsed = task.unitsSpan ? resplit(task) : task;
    const start = unitsStart(parsed);
    if (start === undefined) return parsed;
    const span = parsed.unitsSpan;
    const end = span ? span.offset : parsed.bodySpan.offset + parsed.bodySpan.length;
    // The parenthesis's list; or line by line, as the parser's units and the lines after them are read (`unit-lines.ts`).
    let roles: SplitUnits = { lead: [], participating: [] };
    if (match[start] === '(') roles = splitLabelledUnits(text, match, start + 1, end - 1, parsed.number, sink);
    for (let at = start; at < end && match[start] !== '('; at = skipSpace(match, lineEnd(match, at, end), end)) {
      const line = splitLabelledUnits(text, match, at, lineEnd(match, at, end), parsed.number, sink);
      roles = { lead: [...roles.lead, ...line.lead], participating: [...roles.participating, ...line.participating] };
    }
    sayDuplicates(roles, parsed.number, start, sink);
    if (!span) answer(WITHOUT_UNITS, task.span.offset, task.span.offset);
    const body = text.slice(parsed.bodySpan.offset, start).trimEnd();
    return {
      ...parsed,
      lead: [...roles.lead, ...parsed.lead],
      participating: [...roles.participating, ...parsed.participating],
      body,
      bodySpan: { offset: parsed.bodySpan.offset, length: body.length },
      unitsSpan: { offset: start, length: (span ? span.offset + span.length : end) - start },
    };
  });
  return { tasks: read, answered };
};
