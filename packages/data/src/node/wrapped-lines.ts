/**
 * A task's text wrapped at a fixed width, as text copied out of a PDF is, read after the parse (`after-parse.ts`): a
 * line that does not end a sentence goes on in the next one, and is joined to it without the line break (and the
 * blanks around it); a page number or footer on a line of its own (`- 5 -`, `第 1 頁 共 3 頁`) is left out with its
 * line break, as is a blank line in the middle of a sentence. Target extraction ends a sentence at a line break: read
 * as written, `到2025年規上工業企業數字化\n轉型覆蓋率不低於95%` was a metric 轉型覆蓋率 due at the end of the plan's year.
 *
 * The body's span stays where it stands in the source: {@link unwrapSpan} says where each character of the joined
 * text was, so that a target's quote is still the source's own text at its offset (with the line break in it).
 */
import { toMatchForm } from '../parse/match-form.js';
import { LABEL_PATTERN } from '../parse/roles.js';
import type { ParsedTask, TextSpan } from '../parse/types.js';
import { FIELD_LINE } from './field-lines.js';
import { isPageFurniture } from './page-furniture.js';

/**
 * What ends a line that is not wrapped: a sentence's end (。；！？： and their ASCII forms, ． and .) or a closing
 * bracket (the units' parenthesis, 一期）), with any closing quotes after it.
 */
const ENDS_LINE = /[。；！？：｡．;!?:.)）\]】]["'”’」』]*$/u;
const BLANKS = /^[ \t\u3000]*/u;

/** A line that stands alone whatever comes before it: a field (`完成時限:`) or units (`牽頭單位:`, `配合:`). */
function standsAlone(line: string): boolean {
  const match = toMatchForm(line.replace(BLANKS, ''));
  return FIELD_LINE.test(match) || new RegExp(LABEL_PATTERN.source, 'y').test(match);
}

/** A text with its wrapped lines joined, and where each of its characters stands in the source. */
export interface Unwrapped {
  /** The text: the source's lines, each wrapped one joined to the next, without page furniture. */
  readonly text: string;
  /** The index in the source of the character at `index` of {@link Unwrapped.text}. */
  readonly sourceIndex: (index: number) => number;
}

/** The text of `span` in `source` with its wrapped lines joined and its page furniture left out. */
export function unwrapSpan(source: string, { offset, length }: TextSpan): Unwrapped {
  const end = offset + length;
  /** The stretches of the source kept, in order: where each starts in the text, and in the source. */
  const pieces: { at: number; from: number }[] = [];
  let text = '';
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push({ at: text.length, from });
    text += source.slice(from, to);
  };
  /** The line kept last goes on in the next one. */
  let wraps = false;
  /** The blanks and line break after the line kept last: kept before the next line unless it is joined to it. */
  let lineBreak = { from: offset, to: offset };
  for (let start = offset; start < end; ) {
    let stop = start;
    while (stop < end && source[stop] !== '\n' && source[stop] !== '\r') stop++;
    const next = Math.min(end, stop + (source.startsWith('\r\n', stop) ? 2 : 1));
    const line = source.slice(start, stop);
    const blank = !line.trim();
    if (isPageFurniture(line) || (wraps && blank)) {
      start = next;
      continue;
    }
    const alone = standsAlone(line);
    const joined = wraps && !alone;
    if (!joined) keep(lineBreak.from, lineBreak.to);
    const lineEnd = start + line.trimEnd().length;
    keep(joined ? start + BLANKS.exec(line)![0].length : start, lineEnd);
    wraps = !blank && !alone && !ENDS_LINE.test(line.trimEnd());
    lineBreak = { from: lineEnd, to: next };
    start = next;
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
  return tasks.map((task) => {
    const { text: body, sourceIndex } = unwrapSpan(text, task.bodySpan);
    if (body === task.body) return task;
    const offset = body ? sourceIndex(0) : task.bodySpan.offset;
    return { ...task, body, bodySpan: { offset, length: body ? sourceIndex(body.length - 1) + 1 - offset : 0 } };
  });
}
