/** The shapes {@link parsePlanText} returns. Offsets and spans always point into the original input. */

/** A span of the input, in UTF-16 code units (JavaScript string indices). */
export interface TextSpan {
  /** Where the span starts: a 0-based index into the input string. */
  readonly offset: number;
  /** How many UTF-16 code units it covers; `input.slice(offset, offset + length)` is its text. */
  readonly length: number;
}

/** A section heading (`一、`, `（一）` or `第一部分`) found by {@link parsePlanText}, with the tasks under it. */
export interface ParsedSection {
  /** 1-based number, from the Chinese numeral of the heading. */
  readonly number: number;
  /** The numeral as written: `一`, `十一`. */
  readonly numeral: string;
  /** The heading after its numbering, trimmed: the text up to the first task number. */
  readonly title: string;
  /** Where {@link ParsedSection.title} stands in the input. */
  readonly titleSpan: TextSpan;
  /** Indices into {@link ParsedPlanText.tasks}. */
  readonly taskIndices: readonly number[];
  /** Where the whole heading (numbering and title) stands in the input. */
  readonly headingSpan: TextSpan;
}

/** A numbered task (`1.`, `1、`, `（1）`…) found by {@link parsePlanText}: its heading, body and responsible units as written. */
export interface ParsedTask {
  /** The number as written (full-width digits read as ASCII ones). */
  readonly number: number;
  /** Number of the section the task stands in; `undefined` when the document has no sections. */
  readonly sectionNumber: number | undefined;
  /** The heading sentence, up to its first `。` (or the end of its line). */
  readonly title: string;
  /** Where {@link ParsedTask.title} stands in the input. */
  readonly titleSpan: TextSpan;
  /**
   * What follows the title up to the units, trimmed; may run over several paragraphs. After the checks of `dz-plan
   * parse` and `build`, a line wrapped at a fixed width is joined to the next and page numbers are left out, so the
   * body may be shorter than its span.
   */
  readonly body: string;
  /** Where {@link ParsedTask.body} stands in the input: the source's text, line breaks and all. */
  readonly bodySpan: TextSpan;
  /** Lead units (牽頭單位, or every unit of a 責任單位 list without roles) as written, in document order. */
  readonly lead: readonly string[];
  /** Participating units (參與, 配合, 協同單位) as written, in document order. */
  readonly participating: readonly string[];
  /** The units: the parenthesis with its brackets, or the `責任單位:…` line; `undefined` if the task names none. */
  readonly unitsSpan: TextSpan | undefined;
  /** The whole task, from its number to its end. */
  readonly span: TextSpan;
}

/**
 * What a {@link Diagnostic} is about. Errors are what could change who is responsible for what, or which task is
 * which; a parse is accepted only without them (`dz-plan parse` exits 1 unless `--lenient`).
 *
 * Errors:
 * - `noTasks`: no numbered tasks at all.
 * - `taskNumberRepeated`: a task number at the start of a task that repeats or goes back (`2.` after `2.`); both
 *   tasks are kept as written.
 * - `taskNumberSkipped`: a task number that jumps ahead (`3.` after `1.`); the message names the missing tasks.
 * - `sectionNumberRepeated`: a section heading that repeats or goes back (`一、` after `一、`).
 * - `sectionNumberSkipped`: a section heading that jumps ahead (`三、` after `一、`); the message names the missing
 *   sections. A heading that is simply missing, with no gap in the numbers, cannot be seen.
 * - `unclosedUnits`: a units parenthesis that is never closed.
 * - `roleWordInUnitName`: a unit name that still holds a role word (牽頭, 配合, 參與, 協同, 負責, 單位, in either
 *   script) after splitting, such as `市甲局負責`: the roles were written in a way the parser does not know. Collective
 *   names (各成員單位, 有關單位, 相關單位, 直屬單位) and 協同發展/協同創新 are names, not roles.
 * - `unbalancedBracketInUnitName`: a unit name with a bracket that is not closed (or closed and not opened).
 * - `ambiguousUnitRole`: in a list that gives roles (`A牽頭,B配合`), a group with no role of its own.
 * - `textAfterUnits`: text after a task's units, before the next task or section (it may belong to another task). After
 *   the parse, where its first line may be the rest of a units line broken in a name, the message says so.
 *
 * Warnings:
 * - `noSections`: no section headings; the tasks are read from the whole text.
 * - `sectionWithoutTasks`: a heading with no numbered task under it (accepted at the end of a document or before
 *   the next heading in order).
 * - `headingLikeText`: a line that starts like a section heading (`一、二季度…`) but is read as text, because no
 *   task follows it in sequence or the headings' order does not allow it.
 * - `numberingRestarts`: a section numbers its tasks from 1 again instead of continuing.
 * - `taskWithoutTitle`: a task with no heading sentence ending in `。` or a line break.
 * - `taskWithoutUnits`: a task that names no responsible units.
 * - `emptyUnitName`: an empty name in a units list, such as two separators in a row.
 * - `duplicateUnitInTask`: a unit named twice in one task.
 */
export type DiagnosticCode =
  | 'noSections'
  | 'noTasks'
  | 'sectionWithoutTasks'
  | 'headingLikeText'
  | 'sectionNumberRepeated'
  | 'sectionNumberSkipped'
  | 'numberingRestarts'
  | 'taskNumberRepeated'
  | 'taskNumberSkipped'
  | 'taskWithoutTitle'
  | 'taskWithoutUnits'
  | 'unclosedUnits'
  | 'emptyUnitName'
  | 'duplicateUnitInTask'
  | 'roleWordInUnitName'
  | 'unbalancedBracketInUnitName'
  | 'ambiguousUnitRole'
  | 'textAfterUnits'
  // Checks of unit names after the parse (`dz-plan parse` and `build`; `planFromText`), not of `parsePlanText`:
  | 'fieldAmongUnits'
  | 'unitsLineJoined'
  | 'stopInUnitName'
  | 'unitsCounted'
  | 'blankInUnitName'
  | 'unitsJoinedByWord'
  | 'responsibleBesideLead'
  | 'respectiveLeads'
  | 'textBeforeFirstTask'
  | 'fieldInTaskText'
  | 'headingAboveSections'
  | 'headingWithoutSubsections'
  | 'tableNotRead'
  | 'textAfterLastTask'
  | 'footnoteAfterTask'
  | 'attachmentNotRead'
  | 'taskNumberForm'
  | 'taskNumberingNotRead'
  | 'taskNumberBeforeDigits'
  | 'rolesNotGiven'
  // Of what `planFromText` reads in building a plan: a body's second name merged, an issuer or id it guessed:
  | 'unitNamesMerged'
  | 'issuerFromLine'
  | 'idWithoutPlace'
  // Of the targets `planFromText` proposes:
  | 'respectiveWithoutSubject'
  | 'numeralNotRead'
  | 'metricNotNamed';

/** Something {@link parsePlanText} could not make sense of, or found unusual, and where. */
export interface Diagnostic {
  /** A stable code to branch on. */
  readonly code: DiagnosticCode;
  /** `error`: who is responsible for what, or which task is which, may be wrong; `warning`: unusual but understood. */
  readonly severity: 'error' | 'warning';
  /** The problem in English for people, naming the task or section: `task 12 names no responsible units`. */
  readonly message: string;
  /** Where the problem is: an index into the input (UTF-16 code units), e.g. the start of the task. */
  readonly offset: number;
  /** 1-based line of {@link Diagnostic.offset}; lines end at `\n`, `\r\n` or `\r`. */
  readonly line: number;
  /** 1-based column of {@link Diagnostic.offset}, counted in UTF-16 code units (as an editor on the web counts). */
  readonly column: number;
  /** Up to 40 characters of the input at the problem, from one line, so a person can find it. */
  readonly quote: string;
}

/** What {@link parsePlanText} makes of a document: its preamble, sections, tasks, unit names and diagnostics. */
export interface ParsedPlanText {
  /** Text before the first section (or first task), trimmed. */
  readonly preamble: string;
  /** Where {@link ParsedPlanText.preamble} stands in the input. */
  readonly preambleSpan: TextSpan;
  /** The sections in document order; empty when the document has no headings. */
  readonly sections: readonly ParsedSection[];
  /** Every task in document order, across all sections. */
  readonly tasks: readonly ParsedTask[];
  /** Every distinct unit name, in order of first appearance. */
  readonly units: readonly string[];
  /** Problems found, in document order; empty for a well-formed document. */
  readonly diagnostics: readonly Diagnostic[];
}
