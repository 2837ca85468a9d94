/**
 * The checks `dz-plan parse` and `build` (planFromText) run after {@link parsePlanText}, which stays within its 4 KiB
 * for pages that parse in the browser: what other cities write that the parser reads without a word of warning.
 */
import { createDiagnosticSink } from '../parse/diagnostics.js';
import { parsePlanText } from '../parse/parse-plan-text.js';
import type { ParsedPlanText } from '../parse/types.js';
import { checkSectionText } from './section-text.js';
import { checkFieldLines } from './field-lines.js';
import { checkHeadingLevels } from './heading-levels.js';
import { checkDigitTasks } from './digit-tasks.js';
import { joinUnitLines } from './unit-lines.js';
import { readShortLabels } from './short-labels.js';
import { checkUnitNames } from './unit-names.js';
import { readListRoles } from './list-roles.js';
import { checkTableRows } from './table-rows.js';
import { readUnitsInText } from './units-in-text.js';
import { checkNumbering } from './numbering-forms.js';
import { skipPageFurniture } from './page-furniture.js';
import { joinWrappedLines, parsedInSource, unwrapDocument } from './wrapped-lines.js';
import { lineEnd } from '../parse/lines.js';
import { attachmentStart } from './attachments.js';
import { noticeAttachmentList } from './attachment-list.js';
import { numberSlips } from './number-slips.js';
import { labelsAsParsed, quotedFrom } from './label-forms.js';
import { tabLabelsAsParsed } from './tab-labels.js';
import { blanksInNames } from './blanks-in-names.js';
import { blankInUnitNameWords } from './unit-words.js';
import { articlesAsHeadings } from './article-headings.js';
import { attachmentNotReadWords, taskNumberFormWords } from './structure-words.js';

/**
 * The parse with what the checks left out of it, and their diagnostics among its own, in document order. A document
 * wrapped at a page's width (a PDF copy, `wrapped-lines.ts`) is parsed and checked again with its wrapped lines
 * joined, as the parser cannot read a title, a label, a unit's name or a number cut by a line break; what is read is
 * put back where it stands in `text`.
 */
export function checkParsed(text: string, parsed: ParsedPlanText): ParsedPlanText {
  // The structure first: the document up to its attachments, with a task numbered by a slip read as numbered.
  const said = createDiagnosticSink(text);
  // Labels in forms the parser does not know (牽頭處室:, 〔…〕, a row `牽頭單位⇥A⇥配合單位⇥B` without colons) read as it
  // knows them; each quote then cut from the text.
  const divisions = labelsAsParsed(text);
  const labels = tabLabelsAsParsed(divisions ?? text) ?? divisions;
  let read = labels ?? text;
  if (labels) parsed = parsePlanText(labels);
  // A stray blank inside a unit's name (`市 自然資源和規劃局`) read as no separator, and said.
  const blanks = blanksInNames(read, parsed);
  if (blanks) {
    for (const { task, at, written, read: name } of blanks.found) said.warning('blankInUnitName', name === undefined ? blankInUnitNameWords.piece.en(task, written) : blankInUnitNameWords.inside.en(task, written, name), at);
    if (blanks.text !== read) parsed = parsePlanText((read = blanks.text));
  }
  // Sections headed 第一條 read as the 一、 they mean.
  const articles = articlesAsHeadings(read, parsed);
  if (articles) parsed = parsePlanText((read = articles));
  // A notice's list of its attachments above the plan is its text; a 附件 line after the tasks ends them.
  const list = noticeAttachmentList(read, parsed);
  if (list) ({ text: read, parsed } = list);
  const cut = attachmentStart(read, parsed);
  if (cut !== undefined) {
    said.warning('attachmentNotRead', attachmentNotReadWords.en(text.slice(cut, lineEnd(text, cut, cut + 30)).trim()), cut);
    parsed = parsePlanText((read = read.slice(0, cut)));
  }
  const slipped = numberSlips(read, parsed);
  if (slipped) {
    for (const slip of slipped.slips) said.warning('taskNumberForm', taskNumberFormWords.en(slip.task, slip.numbering, slip.others), slip.at);
    parsed = parsePlanText((read = slipped.text));
  }
  const unwrapped = unwrapDocument(read, parsed.tasks);
  const done = unwrapped ? parsedInSource(read, unwrapped, check(unwrapped.text, parsePlanText(unwrapped.text), false)) : check(read, parsed, true);
  const quoted = labels || blanks || articles || list ? { ...done, diagnostics: quotedFrom(text, done.diagnostics) } : done;
  const checked = list ? { ...quoted, preamble: list.asWritten(quoted.preamble) } : quoted;
  const structure = said.done();
  return structure.length ? { ...checked, diagnostics: [...checked.diagnostics, ...structure].sort((a, b) => a.offset - b.offset) } : checked;
}

/** {@link checkParsed} of `text` as it is; its tasks' wrapped lines joined if `join` (none are left to join if not). */
function check(text: string, parsed: ParsedPlanText, join: boolean): ParsedPlanText {
  const sink = createDiagnosticSink(text);
  // What the list split again at a stop after a role word says (`A牽頭。B配合`) is answered, as the parser's words, where
  // the list is read again after it (`units-in-text.ts`: `…配合。按職責分工負責`, F240).
  const resplit = createDiagnosticSink(text);
  const short = readShortLabels(text, parsed.tasks, parsed.diagnostics, resplit);
  const resplitSaid = resplit.done();
  const joined = joinUnitLines(text, short.tasks, parsed.diagnostics, sink);
  const inText = readUnitsInText(text, joined.tasks, [...parsed.diagnostics, ...resplitSaid], sink);
  const paged = skipPageFurniture(text, inText.tasks, parsed.diagnostics.filter((d) => !joined.answered.has(d)), sink);
  const named = checkUnitNames(text, paged.tasks, parsed.diagnostics, sink);
  // Once every list is read and its names checked: a list that says no role is read as the document says, or said.
  const listed = readListRoles(text, named.tasks, parsed.diagnostics, sink);
  const digits = checkDigitTasks(text, listed.tasks, parsed.diagnostics, sink);
  const answered = new Set([...short.answered, ...joined.answered, ...inText.answered, ...paged.answered, ...named.answered, ...digits.answered]);
  // Last: the bodies as the passes before left them, with their wrapped lines joined (their spans stay the source's).
  const fielded = checkFieldLines(listed.tasks, sink);
  const tasks = join ? joinWrappedLines(text, fielded) : fielded;
  checkSectionText(text, parsed, sink);
  const explained = new Set([...checkHeadingLevels(text, parsed, sink), ...checkNumbering(text, parsed, sink)]);
  checkTableRows(text, sink);
  const found = [...resplitSaid.filter((d) => !inText.answered.has(d)), ...sink.done()].sort((a, b) => a.offset - b.offset);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);
  const unchanged = tasks.every((t, i) => same(t.lead, parsed.tasks[i]!.lead) && same(t.participating, parsed.tasks[i]!.participating) && t.body === parsed.tasks[i]!.body);
  if (!found.length && !answered.size && unchanged) return parsed;
  return {
    ...parsed,
    tasks,
    units: [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))],
    diagnostics: [...parsed.diagnostics.filter((d) => !answered.has(d) && !explained.has(d)), ...found].sort((a, b) => a.offset - b.offset),
  };
}
