/** The parser's pipeline: match form → markers → units clauses → structure → tasks and sections, with diagnostics. */
import { createDiagnosticSink } from './diagnostics.js';
import { lineEnd } from './lines.js';
import { findMarkers } from './markers.js';
import { toMatchForm } from './match-form.js';
import { readStructure } from './structure.js';
import { readTask, span, trimmed } from './task.js';
import type { ParsedPlanText, ParsedSection } from './types.js';
import { findUnitsClauses } from './units-clause.js';

/**
 * Parses the text of a key-task list into sections, tasks and units. Never throws: problems are reported in
 * {@link ParsedPlanText.diagnostics}, and every piece keeps its {@link TextSpan} in the input. A parse with no
 * `error` diagnostic can be trusted as to which task is which and who leads it; with one, it cannot.
 *
 * Reads task numbers `1.` `1、` `（1）` `(1)` `１．`; sections `一、` `（一）` `第一部分`; units in a parenthesis
 * (`(牽頭單位:…,參與單位:…)`, `(A牽頭,B、C配合)`, `(A(牽頭)、B)`) or on a line of their own (`責任單位:…`,
 * `【責任單位】…`, `牽頭單位:… 配合單位:…`); Traditional or Simplified, ASCII or full-width punctuation. Keywords are
 * matched character by character in either script; a mixed form (`牽头單位`) is read like the pure ones. Time and
 * memory grow linearly with the input.
 *
 * This is the parser alone, small enough for a page. `dz-plan parse` reads more after it, which this leaves in the
 * body or says nothing of: units labelled without 單位 (a line `牽頭:…;配合:…` after a task's text), a line of roles in
 * words, a parenthesis of roles in words never closed (`unclosedUnits` there), a document wrapped at a page's width…
 * For that reading from code, call `parsePlanTextChecked` of `@dz-tasks/data/node` (Node, with `opencc-js` and
 * `pinyin-pro` installed): it returns what `dz-plan parse --json` prints; `planFromText` there reads the same way.
 *
 * @example
 * ```ts
 * const parsed = parsePlanText('一、科技創新1.推動成果轉化。引進成果50項。(牽頭單位:市科技局)');
 * parsed.tasks[0].lead; // ['市科技局']
 * ```
 */
export function parsePlanText(input: string): ParsedPlanText {
  const text = String(input ?? ''); // a string as it is; anything else (from JavaScript) as text
  const match = toMatchForm(text);
  const sink = createDiagnosticSink(text);
  const markers = [...findMarkers(match, 'task'), ...findMarkers(match, 'section')];
  const clauses = findUnitsClauses(match, new Set(markers.map((m) => m.start)));
  const structure = readStructure(match, [...markers, ...clauses].sort((a, b) => a.start - b.start), sink);

  if (!structure.sections.length) sink.warning('noSections', 'no section headings (一、 (一) 第一部分)', 0);
  // Before the tasks are read: with no task, nothing of a task is reported after it.
  if (!structure.tasks.length) sink.error('noTasks', 'no numbered tasks (1. 1、 (1) …)', 0);
  const tasks = structure.tasks.map((frame) => readTask(text, match, frame, sink));
  const sections = structure.sections.map(({ marker: { number, numeral, start, end: titleStart }, end, taskIndices }): ParsedSection => {
    const title = trimmed(text, titleStart, lineEnd(text, titleStart, end), 'title');
    const { titleSpan } = title;
    return { number, numeral, ...title, taskIndices, headingSpan: span(start, titleSpan.offset + titleSpan.length - start) };
  });
  const units = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))];
  return { ...trimmed(text, 0, structure.preamble.end, 'preamble'), sections, tasks, units, diagnostics: sink.done() };
}
