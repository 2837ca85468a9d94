/**
 * A task's text wrapped at a fixed width, as text copied out of a PDF is, read after the parse (`after-parse.ts`): a
 * line that does not end a sentence and is as wide as the page goes on in the next one, and is joined to it without
 * the line break (and the blanks around it; English words with a space); a page number or footer on a line of its own
 * (`- 5 -`, `第 1 頁 共 3 頁`) is left out with its line break, and with the blank lines around it. Target extraction
 * ends a sentence at a line break: read as written, `到2025年規上工業企業數字化\n轉型覆蓋率不低於95%` was a metric
 * 轉型覆蓋率 due at the end of the plan's year.
 *
 * The page's width is what the document's wrapped lines share ({@link wrapWidth}): a PDF copy wraps every long line
 * at it. A line narrower than that (a heading in the body, `一是…`, an item of a list) ends where it is written, as
 * does a line before a blank line (a paragraph's end) and a line ending in a digit before one starting with one (two
 * numbers, 3000⏎100家, never 3000100); a document whose lines share no width wraps nothing.
 *
 * The body's span stays where it stands in the source: {@link unwrapSpan} says where each character of the joined
 * text was, so that a target's quote is still the source's own text at its offset (with the line break in it).
 */
import { toMatchForm } from '../parse/match-form.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import type { ParsedTask, TextSpan } from '../parse/types.js';
import { FIELD_LINE } from './field-lines.js';
import { isPageFurniture } from './page-furniture.js';

/**
 * What ends a line that is not wrapped: a sentence's end (。；！？： and their ASCII forms, ． and .) or a closing
 * bracket (the units' parenthesis, 一期）), with any closing quotes after it.
 */
const ENDS_LINE = /[。；！？：｡．;!?:.)）\]】]["'”’」』]*$/u;
const BLANKS = /^[ \t\u3000]*/u;
/** How far from the page's width, in columns, a wrapped line may be (a half-width digit or letter leaves one over). */
const WIDTH_SLACK = 2;
/** The narrowest page a document is taken to be wrapped at: 20 ideographs (an A4 page has 28). */
const NARROWEST_PAGE = 40;
/** Full-width characters: CJK, Hangul, full-width forms (East Asian Width W and F). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const DIGIT = /[0-9０-９]/u;
const ASCII_WORD = /[A-Za-z0-9]/;

/** The width of `line` in display columns: a full-width character (汉字, `，`, `１`) is two, any other one. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/** A line that stands alone whatever comes before it: a field (`完成時限:`) or units (`牽頭單位:`, `配合:`). */
function standsAlone(line: string): boolean {
  const match = toMatchForm(line.replace(BLANKS, ''));
  return FIELD_LINE.test(match) || new RegExp(ANY_LABEL_PATTERN.source, 'y').test(match);
}

/**
 * The width of the line of `source` that ends at `stop` (its blanks at the end left out), from the line's start: a
 * body's first line is as wide as the page with the task's number before it.
 */
function widthOfLine(source: string, stop: number): number {
  const start = Math.max(source.lastIndexOf('\n', stop - 1), source.lastIndexOf('\r', stop - 1)) + 1;
  return displayWidth(source.slice(start, stop).trimEnd());
}

/** Whether `line` may go on in the next one: text that ends no sentence. */
const mayWrap = (line: string): boolean => !!line.trim() && !isPageFurniture(line) && !standsAlone(line) && !ENDS_LINE.test(line.trimEnd());

/** The lines of `source` in `span`: each one's start, its end (before its line break) and the next line's start. */
function* linesOf(source: string, { offset, length }: TextSpan): Generator<{ start: number; stop: number; next: number }> {
  const end = offset + length;
  for (let start = offset; start < end; ) {
    let stop = start;
    while (stop < end && source[stop] !== '\n' && source[stop] !== '\r') stop++;
    const next = Math.min(end, stop + (source.startsWith('\r\n', stop) ? 2 : 1));
    yield { start, stop, next };
    start = next;
  }
}

/**
 * The width (in display columns) the document's tasks are wrapped at: the width most of their lines that end no
 * sentence share, within {@link WIDTH_SLACK} (the wider of two as common), if two lines or more share it and it is a
 * page's ({@link NARROWEST_PAGE}); otherwise `undefined`, and nothing is joined.
 */
export function wrapWidth(source: string, spans: readonly TextSpan[]): number | undefined {
  const widths: number[] = [];
  for (const span of spans) {
    for (const { start, stop } of linesOf(source, span)) {
      const line = source.slice(start, stop);
      if (mayWrap(line)) widths.push(widthOfLine(source, stop));
    }
  }
  let best: { width: number; lines: number } | undefined;
  for (const width of new Set(widths)) {
    const lines = widths.filter((w) => Math.abs(w - width) <= WIDTH_SLACK).length;
    if (!best || lines > best.lines || (lines === best.lines && width > best.width)) best = { width, lines };
  }
  return best && best.lines >= 2 && best.width >= NARROWEST_PAGE ? best.width : undefined;
}

/** The width the bodies of `tasks` are wrapped at in `text` ({@link wrapWidth}). */
export const tasksWrapWidth = (text: string, tasks: readonly ParsedTask[]): number | undefined =>
  wrapWidth(text, tasks.map((task) => task.bodySpan));

/** Whether a page break comes at `from`: blank lines with a page number or footer among them, then text. */
function pageBreakAt(source: string, from: number, end: number): boolean {
  for (const { start, stop } of linesOf(source, { offset: from, length: end - from })) {
    const line = source.slice(start, stop);
    if (isPageFurniture(line)) return true;
    if (line.trim()) return false;
  }
  return false;
}

/** A text with its wrapped lines joined, and where each of its characters stands in the source. */
export interface Unwrapped {
  /** The text: the source's lines, each wrapped one joined to the next, without page furniture. */
  readonly text: string;
  /** The index in the source of the character at `index` of {@link Unwrapped.text}. */
  readonly sourceIndex: (index: number) => number;
}

/**
 * The text of `span` in `source` with its lines wrapped at `width` (see {@link wrapWidth}; none if `undefined`) joined
 * and its page furniture left out.
 */
export function unwrapSpan(source: string, span: TextSpan, width: number | undefined): Unwrapped {
  const { offset } = span;
  const end = offset + span.length;
  /** The stretches of the source kept, in order: where each starts in the text, and in the source. */
  const pieces: { at: number; from: number }[] = [];
  let text = '';
  const keep = (from: number, to: number, written = source.slice(from, to)) => {
    if (to <= from) return;
    pieces.push({ at: text.length, from });
    text += written;
  };
  /** The line kept last goes on in the next one. */
  let wraps = false;
  /** The blanks and line break after the line kept last: kept before the next line unless it is joined to it. */
  let lineBreak = { from: offset, to: offset };
  /** A page number was the line before, with only blank lines since. */
  let paged = false;
  for (const { start, stop, next } of linesOf(source, span)) {
    const line = source.slice(start, stop);
    const blank = !line.trim();
    // A page break: its number, and the blank lines before and after it.
    if (isPageFurniture(line)) paged = true;
    if (paged && !blank) paged = isPageFurniture(line);
    if (paged || (wraps && blank && pageBreakAt(source, start, end))) continue;
    const first = line.trimStart()[0] ?? '';
    const last = text.at(-1) ?? '';
    const joined = wraps && !blank && !standsAlone(line) && !(DIGIT.test(last) && DIGIT.test(first));
    if (!joined) keep(lineBreak.from, lineBreak.to);
    // English words wrapped: the line break was the space between them.
    else if (ASCII_WORD.test(last) && ASCII_WORD.test(first)) keep(lineBreak.from, lineBreak.from + 1, ' ');
    const lineEnd = start + line.trimEnd().length;
    keep(joined ? start + BLANKS.exec(line)![0].length : start, lineEnd);
    wraps = width !== undefined && mayWrap(line) && Math.abs(widthOfLine(source, stop) - width) <= WIDTH_SLACK;
    lineBreak = { from: lineEnd, to: next };
  }
  /** The last piece that starts at or before `index` (found by halves: a long body has many), and the index in it. */
  const sourceIndex = (index: number) => {
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pieces[middle]!.at <= index) low = middle;
      else high = middle - 1;
    }
    const piece = pieces[low] ?? { at: 0, from: offset };
    return piece.from + index - piece.at;
  };
  return { text, sourceIndex };
}

/**
 * Where the text `at` `length` of {@link Unwrapped.text} stands in the source: its offset and the source's own text
 * of it (a quote with the line breaks and page furniture it runs across).
 */
export function sourceQuote(source: string, unwrapped: Unwrapped, at: number, length: number): { offset: number; quote: string } {
  const offset = unwrapped.sourceIndex(at);
  const end = length ? unwrapped.sourceIndex(at + length - 1) + 1 : offset;
  return { offset, quote: source.slice(offset, end) };
}

/**
 * The tasks with the wrapped lines of their bodies joined and page furniture left out; each body's span is still the
 * source's, from its first character kept to its last.
 */
export function joinWrappedLines(text: string, tasks: readonly ParsedTask[]): ParsedTask[] {
  const width = tasksWrapWidth(text, tasks);
  return tasks.map((task) => {
    const { text: body, sourceIndex } = unwrapSpan(text, task.bodySpan, width);
    if (body === task.body) return task;
    const offset = body ? sourceIndex(0) : task.bodySpan.offset;
    return { ...task, body, bodySpan: { offset, length: body ? sourceIndex(body.length - 1) + 1 - offset : 0 } };
  });
}
