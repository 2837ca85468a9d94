/**
 * A task's units on two lines, read after the parse (`after-parse.ts`): `牽頭單位:市統計局` on one line and
 * `配合單位:市人社局、市農業農村局` on the next is a form other cities write. The parser reads the first line as the
 * units and the second as text after them (`textAfterUnits`, an error): with `--lenient` the units that take part were
 * lost. A line after the units that starts with a label and ends the task is read as more of the same units; so is a
 * line that goes on with the list where the line above broke it (`配合單位:縣投資促進服務` then `中心、縣財政局`), when
 * every name it makes reads as a unit's name (`unit-kind.ts`), with a warning naming it; a line of names after a
 * `、` at the end of the line above; and a line of names under a label alone on its line (`責任單位:` ⏎ `市甲局、市乙局`,
 * r113), each name a unit's, as the label's units (where one is not, the error names that line and the empty label,
 * and the units read above it are kept, r117). A name under a complete list is not (a signature after the last task:
 * `page-furniture.ts` reads it as the closing). A line of text after such label lines is said where it stands, and the
 * units of the lines above it are kept (F288): before, the lines after the first were left as text, their units lost.
 */
import { createDiagnosticSink } from '../parse/diagnostics.js';
import { lineEnd, skipSpace } from '../parse/lines.js';
import { toMatchForm } from '../parse/match-form.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import { FIELD_LINE } from './field-lines.js';
import type { TaskPass } from './task-pass.js';
import { ANY_LABEL_PATTERN, splitLabelledUnits } from './short-labels.js';
import { isUnitName } from './unit-kind.js';
import { fieldAmongUnitsWords, isFieldToSay, unitsLineJoinedWords } from './unit-words.js';

/** A units list broken where a name or the list goes on: the line above it, and the roles read from it so far. */
interface BrokenList {
  readonly above: string;
  readonly lead: readonly string[];
  readonly participating: readonly string[];
}

/** A separator at the end of a units line: the list goes on in the next line. */
const OPEN_END = /[、，,；;]$/u;

/**
 * The roles with `line` read as the rest of the list `above` broke: its first piece ends the last name written above
 * where that is no unit's name alone (`縣投資促進服務` ⏎ `中心、縣財政局`), else the list goes on with new names where
 * the line above ends in a separator (`縣財政局、` ⏎ `縣統計局`); each of the same role as that last name. Undefined
 * unless every name made reads as a unit's, and after a complete list (`縣財政局` ⏎ `嘉祥縣人民政府辦公室`, a signature).
 */
function continuedList({ above, lead, participating }: BrokenList, line: string): { lead: string[]; participating: string[] } | undefined {
  const open = OPEN_END.test(above.trimEnd());
  const list = above.trimEnd().replace(OPEN_END, '');
  const role = ([participating, lead] as const).find((names) => names.length && list.endsWith(names.at(-1)!));
  if (!role) return undefined;
  const pieces = line.split(/[、，,]/u).map((piece) => piece.trim());
  const broken = !isUnitName(role.at(-1)!);
  if (!broken && !open) return undefined;
  const names = broken ? [role.at(-1)! + pieces[0], ...pieces.slice(1)] : pieces;
  if (!names.every(isUnitName)) return undefined;
  const read = [...(broken ? role.slice(0, -1) : role), ...names];
  return role === lead ? { lead: read, participating: [...participating] } : { lead: [...lead], participating: read };
}

/** Whether `at` starts the line right after the one that ends at `end`: one line break between them, no blank line. */
const nextLine = (text: string, end: number, at: number) => /^(?:\r\n?|\n)[ \t\u3000]*$/u.test(text.slice(end, at));

/** The tasks with their units lines joined, and the `textAfterUnits` errors those lines answer. */
export const joinUnitLines: TaskPass = (text, tasks, diagnostics, sink) => {
  const match = toMatchForm(text);
  const label = new RegExp(ANY_LABEL_PATTERN.source, 'y');
  const answered = new Set<Diagnostic>();
  /**
   * `task` as the parse read it, its units not joined: more than units follows them. Where a line read as the units
   * going on is among them, the parse's `after` error is said again with it, so the clerk sees where the line broke;
   * after the last task, the text is left to the closing's check (`page-furniture.ts`).
   */
  const unjoined = (task: ParsedTask, after: Diagnostic, broken: string | undefined): ParsedTask => {
    if (broken === undefined || task === tasks.at(-1)) return task;
    answered.add(after);
    sink.error('textAfterUnits', `${after.message}; "${broken}" may be the rest of the units line above it (a name broken across lines): join it to that line`, after.offset);
    return task;
  };
  /** `task` with the units read from its lines `[offset, end)`, and each line read as a units line going on said. */
  const read = (task: ParsedTask, offset: number, end: number, lead: string[], participating: string[], continuations: readonly { at: number; line: string }[]): ParsedTask => {
    for (const { at, line } of continuations) sink.warning('unitsLineJoined', unitsLineJoinedWords.en(task.number, line), at);
    return { ...task, lead, participating, unitsSpan: { offset, length: end - offset } };
  };
  const joined = tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    const taskEnd = task.span.offset + task.span.length;
    const after = diagnostics.find((d) => d.code === 'textAfterUnits' && span && d.offset >= span.offset + span.length && d.offset < taskEnd);
    if (!after || !span) return task;
    let lead = [...task.lead];
    let participating = [...task.participating];
    let end = span.offset + span.length;
    /** The units line just read, while the next line may go on with its list. */
    let above: string | undefined = text.slice(span.offset, end);
    /** Where each line read as a units line going on starts: said once the task's lines are all read. */
    const continuations: { at: number; line: string }[] = [];
    /** Where the label line just read starts, if it names no units: the next line may hold them. */
    let emptyLabel: number | undefined = lead.length + participating.length ? undefined : span.offset;
    // Each label line in turn, while only label lines follow, up to the task's end.
    for (let at = after.offset; at < taskEnd; at = skipSpace(text, end, taskEnd)) {
      label.lastIndex = at;
      const isLabel = label.test(match);
      const lineEnds = lineEnd(match, at, taskEnd);
      const line = text.slice(at, lineEnds);
      const continued = !isLabel && above !== undefined && nextLine(text, end, at) ? continuedList({ above, lead, participating }, line) : undefined;
      above = undefined;
      const labelled = emptyLabel;
      emptyLabel = undefined;
      // The units of a label alone on the line above (`責任單位:` ⏎ `市甲局、市乙局`): read with it, each name a unit's.
      if (!isLabel && labelled !== undefined) {
        // Tried first with nothing said: a line that is no units is said as text after them.
        const tried = nextLine(text, end, at) ? splitLabelledUnits(text, match, labelled, lineEnds, task.number, createDiagnosticSink(text)) : undefined;
        const names = tried ? [...tried.lead, ...tried.participating] : [];
        if (!names.length || !names.every(isUnitName)) {
          answered.add(after);
          sink.error('textAfterUnits', `${after.message}; the label "${text.slice(labelled, end).trim()}" above it names no units: write them after it`, at);
          return read(task, span.offset, end, lead, participating, continuations);
        }
        const under = splitLabelledUnits(text, match, labelled, lineEnds, task.number, sink);
        lead = [...lead, ...under.lead];
        participating = [...participating, ...under.participating];
        above = line;
        end = lineEnds;
        continue;
      }
      if (continued) {
        ({ lead, participating } = continued);
        above = line;
        end = lineEnds;
        continuations.push({ at, line: line.trim() });
        continue;
      }
      // 完成時限:2024年6月底前 on a line of its own after the units: a field of them (`task-deadline.ts` reads it).
      if (!isLabel && !FIELD_LINE.test(line)) {
        if (continuations.length || end === span.offset + span.length) return unjoined(task, after, continuations[0]?.line);
        // Text after label lines read (`配合單位:…` ⏎ a paragraph, F288): their units kept, the error said at the text.
        answered.add(after);
        sink.error('textAfterUnits', after.message, at);
        return read(task, span.offset, end, lead, participating, continuations);
      }
      end = lineEnds;
      if (!isLabel) {
        const field = text.slice(at, end).trim();
        if (isFieldToSay(field)) sink.warning('fieldAmongUnits', fieldAmongUnitsWords.line.en(task.number, field), at);
        continue;
      }
      above = line;
      const more = splitLabelledUnits(text, match, at, end, task.number, sink);
      lead = [...lead, ...more.lead];
      participating = [...participating, ...more.participating];
      if (!more.lead.length && !more.participating.length) emptyLabel = at;
    }
    answered.add(after);
    return read(task, span.offset, end, lead, participating, continuations);
  });
  return { tasks: joined, answered };
};
