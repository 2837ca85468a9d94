/**
 * A parser for Chinese government key-task lists: a preamble, sections headed `一、`…`二十、`, tasks numbered
 * `1.`…, each ending with its responsible units `(牽頭單位:…,參與單位:…)`. Traditional or Simplified script,
 * ASCII or full-width punctuation. It never throws: whatever it cannot make sense of is reported as a diagnostic.
 */

/** A span of the input, in UTF-16 code units (JavaScript string indices). */
export interface TextSpan {
  /** Where the span starts: a 0-based index into the input string. */
  readonly offset: number;
  /** How many UTF-16 code units it covers; `input.slice(offset, offset + length)` is its text. */
  readonly length: number;
}

/** A section heading (`一、`…) found by {@link parsePlanText}, with the tasks under it. */
export interface ParsedSection {
  /** 1-based number, from the Chinese numeral of the heading. */
  readonly number: number;
  /** The numeral as written: `一`, `十一`. */
  readonly numeral: string;
  /** The heading after `一、`, trimmed: the text up to the first task number. */
  readonly title: string;
  /** Where {@link ParsedSection.title} stands in the input. */
  readonly titleSpan: TextSpan;
  /** Indices into {@link ParsedPlanText.tasks}. */
  readonly taskIndices: readonly number[];
}

/** A numbered task (`1.`…) found by {@link parsePlanText}: its heading, body and responsible units as written. */
export interface ParsedTask {
  /** The number as written before the dot. */
  readonly number: number;
  /** Number of the section the task stands in; `undefined` when the document has no sections. */
  readonly sectionNumber: number | undefined;
  /** The heading sentence, up to its first `。`. */
  readonly title: string;
  /** Where {@link ParsedTask.title} stands in the input. */
  readonly titleSpan: TextSpan;
  /** What follows the title up to the units parenthesis, trimmed. */
  readonly body: string;
  /** Where {@link ParsedTask.body} stands in the input. */
  readonly bodySpan: TextSpan;
  /** Lead units (牽頭單位) as written, in document order. */
  readonly lead: readonly string[];
  /** Participating units (參與單位) as written, in document order. */
  readonly participating: readonly string[];
  /** The units parenthesis, if the task has one. */
  readonly unitsSpan: TextSpan | undefined;
  /** The whole task, from its number to its end. */
  readonly span: TextSpan;
}

/**
 * What a {@link Diagnostic} is about:
 *
 * - `noSections`: no `一、` headings; the tasks are read from the whole text (warning).
 * - `noTasks`: no numbered tasks at all (error).
 * - `sectionWithoutTasks`: a heading with no numbered task under it (warning).
 * - `numberingRestarts`: a section numbers its tasks from 1 again instead of continuing (warning).
 * - `taskWithoutTitle`: a task with no heading sentence ending in `。` (warning).
 * - `taskWithoutUnits`: a task without a `(牽頭單位:…)` parenthesis (warning).
 * - `unclosedUnits`: a units parenthesis that is never closed (error).
 * - `emptyUnitName`: an empty name in a units list, such as two separators in a row (warning).
 * - `duplicateUnitInTask`: a unit named twice in one task (warning).
 * - `textAfterUnits`: text after a task's units parenthesis, before the next task or section (warning).
 */
export type DiagnosticCode =
  | 'noSections'
  | 'noTasks'
  | 'sectionWithoutTasks'
  | 'numberingRestarts'
  | 'taskWithoutTitle'
  | 'taskWithoutUnits'
  | 'unclosedUnits'
  | 'emptyUnitName'
  | 'duplicateUnitInTask'
  | 'textAfterUnits';

/** Something {@link parsePlanText} could not make sense of, or found unusual, and where. */
export interface Diagnostic {
  /** A stable code to branch on. */
  readonly code: DiagnosticCode;
  /** `error`: the structure may be wrong; `warning`: unusual but understood. */
  readonly severity: 'error' | 'warning';
  /** The problem in English for people, naming the task or section: `task 12 names no responsible units`. */
  readonly message: string;
  /** Where the problem is: an index into the input (UTF-16 code units), e.g. the start of the task. */
  readonly offset: number;
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
  /** Problems found, in the order they were found; empty for a well-formed document. */
  readonly diagnostics: readonly Diagnostic[];
}

const DIGITS = '一二三四五六七八九';
const NUMERAL_CHARS = '〇零一二三四五六七八九十百兩两';

/**
 * The Chinese numeral for 1–99 as used in headings: 一, 十, 十一, 二十, 二十一.
 *
 * @example
 * ```ts
 * chineseNumeral(4);  // '四'
 * chineseNumeral(11); // '十一'
 * chineseNumeral(20); // '二十'
 * ```
 * @throws RangeError for a number that is not an integer from 1 to 99.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no heading numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]}十`;
  return tensPart + (ones === 0 ? '' : DIGITS[ones - 1]);
}

/** Characters after which a section heading may start (the end of a task, a sentence or a line). */
const HEADING_BOUNDARY = /[\s。)）;；!！?？”」』:：]/;
const UNITS_OPEN = /[(（]\s*(?:牽頭單位|牵头单位|牽頭部門|牵头部门|責任單位|责任单位)\s*[:：]/g;
const PARTICIPATING = /[,，;；]\s*(?:參與單位|参与单位|配合單位|配合单位|參與部門|参与部门)\s*[:：]/;
const NAME_SEPARATOR = /[、,，;；]/;

const span = (offset: number, length: number): TextSpan => ({ offset, length });

/** Trims `text.slice(start, end)` and returns the trimmed text with its span. */
function trimmed(text: string, start: number, end: number): { text: string; span: TextSpan } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), span: span(s, e - s) };
}

function findSectionHeadings(text: string): { number: number; numeral: string; start: number; end: number }[] {
  const headings = [];
  let from = 0;
  for (let n = 1; n <= 99; n++) {
    const numeral = chineseNumeral(n);
    let found = -1;
    for (let i = text.indexOf(numeral + '、', from); i !== -1; i = text.indexOf(numeral + '、', i + 1)) {
      const before = i === 0 ? '' : text[i - 1]!;
      if (before === '' || (HEADING_BOUNDARY.test(before) && !NUMERAL_CHARS.includes(before))) {
        found = i;
        break;
      }
    }
    if (found === -1) break;
    headings.push({ number: n, numeral, start: found, end: found + numeral.length + 1 });
    from = found + numeral.length + 1;
  }
  return headings;
}

/** The first `n.` (or `n．`) in `text` between `from` and `to` that is a task number and not part of a decimal. */
function findTaskNumber(text: string, n: number, from: number, to: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(`(?<![0-9.．A-Za-z])${n}\\s*[.．](?![0-9])`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match || match.index >= to) return undefined;
  return { start: match.index, end: match.index + match[0].length };
}

/** Splits the units list, reporting empty names. */
function splitNames(list: string, offset: number, diagnostics: Diagnostic[]): string[] {
  const names: string[] = [];
  for (const raw of list.split(NAME_SEPARATOR)) {
    const name = raw.trim();
    if (name) names.push(name);
    else if (list.trim()) {
      diagnostics.push({ code: 'emptyUnitName', severity: 'warning', message: 'an empty unit name in the units list', offset });
    }
  }
  return names;
}

/** The index just past the `)` matching the `(` at `open`, or -1. */
function closingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function parseTask(
  text: string,
  number: number,
  sectionNumber: number | undefined,
  start: number,
  contentStart: number,
  end: number,
  diagnostics: Diagnostic[],
): ParsedTask {
  // The units parenthesis is the last one in the task.
  let unitsOpen = -1;
  UNITS_OPEN.lastIndex = contentStart;
  for (let m = UNITS_OPEN.exec(text); m && m.index < end; m = UNITS_OPEN.exec(text)) unitsOpen = m.index;

  let lead: string[] = [];
  let participating: string[] = [];
  let unitsSpan: TextSpan | undefined;
  let contentEnd = end;
  if (unitsOpen === -1) {
    diagnostics.push({ code: 'taskWithoutUnits', severity: 'warning', message: `task ${number} names no responsible units`, offset: start });
  } else {
    let close = closingParen(text, unitsOpen, end);
    if (close === -1) {
      diagnostics.push({ code: 'unclosedUnits', severity: 'error', message: `the units parenthesis of task ${number} is not closed`, offset: unitsOpen });
      close = end;
    }
    unitsSpan = span(unitsOpen, close - unitsOpen);
    contentEnd = unitsOpen;
    const inner = text.slice(unitsOpen, close).replace(/^[(（]/, '').replace(/[)）]$/, '');
    const listStart = inner.search(/[:：]/) + 1;
    const list = inner.slice(listStart);
    const split = PARTICIPATING.exec(list);
    const leadList = split ? list.slice(0, split.index) : list;
    const participatingList = split ? list.slice(split.index + split[0].length) : '';
    lead = splitNames(leadList, unitsOpen, diagnostics);
    participating = splitNames(participatingList, unitsOpen, diagnostics);
    const seen = new Set<string>();
    for (const name of [...lead, ...participating]) {
      if (seen.has(name)) {
        diagnostics.push({ code: 'duplicateUnitInTask', severity: 'warning', message: `task ${number} names ${name} twice`, offset: unitsOpen });
      }
      seen.add(name);
    }
    if (text.slice(close, end).trim()) {
      diagnostics.push({ code: 'textAfterUnits', severity: 'warning', message: `text follows the units of task ${number}`, offset: close });
    }
  }

  const stop = text.slice(contentStart, contentEnd).search(/[。．]/);
  let titleEnd = stop === -1 ? contentEnd : contentStart + stop;
  if (stop === -1) {
    diagnostics.push({ code: 'taskWithoutTitle', severity: 'warning', message: `task ${number} has no heading sentence ending in 。`, offset: start });
    titleEnd = contentStart;
  }
  const title = trimmed(text, contentStart, titleEnd);
  const body = trimmed(text, stop === -1 ? contentStart : titleEnd + 1, contentEnd);
  return {
    number,
    sectionNumber,
    title: title.text,
    titleSpan: title.span,
    body: body.text,
    bodySpan: body.span,
    lead,
    participating,
    unitsSpan,
    span: trimmed(text, start, end).span,
  };
}

/**
 * Parses the text of a key-task list into sections, tasks and units. Never throws: problems are reported in
 * {@link ParsedPlanText.diagnostics}, and every piece keeps its {@link TextSpan} in the input.
 *
 * @example
 * ```ts
 * const parsed = parsePlanText('一、科技創新1.推動成果轉化。引進成果50項。(牽頭單位:市科技局)');
 * parsed.tasks[0].lead; // ['市科技局']
 * ```
 */
export function parsePlanText(input: string): ParsedPlanText {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const diagnostics: Diagnostic[] = [];
  const headings = findSectionHeadings(text);
  if (headings.length === 0) {
    diagnostics.push({ code: 'noSections', severity: 'warning', message: 'no section headings (一、二、…) were found', offset: 0 });
  }
  // Tasks are looked for within each section (or in the whole text when there are none), so a number never
  // jumps a section boundary; each section may continue the numbering or restart it at 1.
  const segments = headings.length
    ? headings.map((h, i) => ({ heading: h, start: h.end, end: headings[i + 1]?.start ?? text.length }))
    : [{ heading: undefined, start: 0, end: text.length }];

  const tasks: ParsedTask[] = [];
  const sections: ParsedSection[] = [];
  let next = 1;
  for (const segment of segments) {
    const starts: { number: number; start: number; end: number }[] = [];
    const continued = findTaskNumber(text, next, segment.start, segment.end);
    const restarted = next === 1 ? undefined : findTaskNumber(text, 1, segment.start, segment.end);
    let first = continued;
    if (restarted && (!continued || restarted.start < continued.start)) {
      first = restarted;
      diagnostics.push({ code: 'numberingRestarts', severity: 'warning', message: `task numbering restarts at 1 in section ${segment.heading?.numeral ?? ''}`, offset: restarted.start });
      next = 1;
    }
    if (first) {
      starts.push({ number: next, ...first });
      for (let n = next + 1; ; n++) {
        const found = findTaskNumber(text, n, starts[starts.length - 1]!.end, segment.end);
        if (!found) break;
        starts.push({ number: n, ...found });
      }
      next = starts[starts.length - 1]!.number + 1;
    }
    const taskIndices = starts.map((s, i) => {
      const end = starts[i + 1]?.start ?? segment.end;
      tasks.push(parseTask(text, s.number, segment.heading?.number, s.start, s.end, end, diagnostics));
      return tasks.length - 1;
    });
    if (segment.heading) {
      const title = trimmed(text, segment.start, starts[0]?.start ?? segment.end);
      if (starts.length === 0) {
        diagnostics.push({ code: 'sectionWithoutTasks', severity: 'warning', message: `section ${segment.heading.numeral} has no numbered tasks`, offset: segment.heading.start });
      }
      sections.push({ number: segment.heading.number, numeral: segment.heading.numeral, title: title.text, titleSpan: title.span, taskIndices });
    }
  }
  if (tasks.length === 0) {
    diagnostics.push({ code: 'noTasks', severity: 'error', message: 'no numbered tasks (1. 2. …) were found', offset: 0 });
  }
  const bodyStart = headings[0]?.start ?? tasks[0]?.span.offset ?? text.length;
  const preamble = trimmed(text, 0, bodyStart);
  const units = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))];
  return { preamble: preamble.text, preambleSpan: preamble.span, sections, tasks, units, diagnostics };
}
