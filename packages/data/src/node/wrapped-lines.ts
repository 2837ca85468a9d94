/**
 * A plan's text wrapped at a fixed width, as text copied out of a PDF is (pdftotext without -layout, a copy out of a
 * PDF viewer): a line that does not end a sentence and is as wide as the page goes on in the next one, and is joined
 * to it without the line break (and the blanks around it; English words with a space); a page number or footer on a
 * line of its own (`- 5 -`, `第 1 頁 共 3 頁`) is left out with its line break, and with the blank lines around it.
 * A line that ends no sentence before a page number goes on after it whatever its width (`城鎮調查失⏎— 3 —⏎業率` was
 * a metric 業率), unless it is units or a field or the line after it stands alone (a numbering, a field, units): the page
 * cut it, whether the document's lines share no width (a copy out of a PDF viewer, each paragraph on a line of its own
 * but the one a page cut) or two page breaks cut lines of one width (and the document is read as wrapped at it).
 * Read as written, every part of a task a line cut was wrong: target extraction ends a sentence at a line break
 * (`到2025年規上工業企業數字化\n轉型覆蓋率不低於95%` was a metric 轉型覆蓋率 due at the end of the plan's year), a
 * title ends at one (`加強創新平\n臺建設。`: 加強創新平), a unit's name keeps it (`市工業\n和信息化局`, a unit of its own)
 * and a label cut in two is no label (`(牽\n頭單位:…)`: a task without units).
 *
 * The page's width is what the document's wrapped lines share ({@link wrapWidth}): a PDF copy wraps every long line
 * at it. A line narrower than that (a heading, `一是…`, an item of a list) ends where it is written, as does a line
 * before a blank line (a paragraph's end), a line before one that starts with a numbering (`二、`, `(一)`, `2.`, `一是`:
 * a heading, a task or an item of a list) and a line before a field or units (`完成時限:`, `牽頭單位:`); a line ending
 * in a digit before one starting with one is one number cut in two (`1⏎2.5%`) only if the line above had no room left
 * for that digit, else two numbers (3000⏎100家, never 3000100). A document whose lines share no width wraps nothing
 * but a line that ends in ，, 、 ({@link GOES_ON}): no sentence ends there, whatever the line's width.
 *
 * `dz-plan` joins a wrapped document's lines before it parses it ({@link unwrapDocument}, `after-parse.ts`), and puts
 * what it read back where it stands in the source: a task's title, body and units are joined, their spans the
 * source's, from their first character to their last (line breaks within them); {@link unwrapSpan} says where each
 * character of the joined text was, so that a target's quote is still the source's own text at its offset.
 */
import { createDiagnosticSink } from '../parse/diagnostics.js';
import { toMatchForm } from '../parse/match-form.js';
import { normalizeForExtraction } from '../extract/normalize.js';
import { boundWords, suffixWords } from '../extract/words.js';
import { NUMERAL_CHARACTERS } from '../parse/numerals.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import type { DiagnosticCode, ParsedPlanText, ParsedTask, TextSpan } from '../parse/types.js';
import { FIELD_LINE } from './field-lines.js';
import { isPageFurniture } from './page-furniture.js';
import { displayWidth, lineWidths, type LineWidths } from './line-widths.js';

/**
 * What ends a line that is not wrapped: a sentence's end (。；！？： and their ASCII forms, ． and . but not a decimal
 * point, 33.⏎3%), with any closing quotes after it. A closing bracket does not: `(山東省科學院)⏎德州研究院` goes on.
 */
const ENDS_LINE = /(?:[。；！？：｡;!?:]|(?<![0-9０-９])[．.])["'”’」』]*$/u;
/**
 * What ends a line that goes on in the next whatever its width: ，, 、, or a `,` after Chinese (not `Beijing,`): no
 * sentence ends there (a web page's copy cuts its sentences at line breaks too: review r88).
 */
export const GOES_ON = /(?:[，、]|(?<=[^\x00-\x7f]),)$/u;
/**
 * A line that starts with a numbering (in the match form): a heading (`二、`, `(二)`, `第二部分`), a task or an item
 * (`2.`, `2、`, `(2)`, but not `2.5%`, a decimal), `二是`, `②`. It never goes on from the line before.
 */
const NUMBERED = new RegExp(`^[ \\t\\f]*(?:[${NUMERAL_CHARACTERS}]{1,3}[、是]|\\([${NUMERAL_CHARACTERS}\\d]{1,3}\\)|第[${NUMERAL_CHARACTERS}]{1,3}部分|\\d{1,3}[ \\t]?[.、](?!\\d)|[\\u2460-\\u2473])`, 'u');
const BLANKS = /^[ \t\f\u3000]*/u;
const FORM_FEEDS = /^\f*/u;
/** How far from the page's width, in columns, a wrapped line may be (a half-width digit or letter leaves one over). */
const WIDTH_SLACK = 2;
/** The narrowest page a document is taken to be wrapped at: 20 ideographs (an A4 page has 28). */
const NARROWEST_PAGE = 40;
const DIGIT = /[0-9０-９]/u;
const OPENING = /[(（[【]/u;
/** The end of a number: a digit, or a digit and a point (33.⏎3%). */
const NUMBER_END = /[0-9０-９][.．]?$/u;
const ASCII_WORD = /[A-Za-z0-9]/;
const NOT_ASCII = /[^\x00-\x7f]/u;

/** A line that stands alone whatever comes before it: a field (`完成時限:`) or units (`牽頭單位:`, `配合:`). */
function standsAlone(line: string): boolean {
  const match = toMatchForm(line.replace(BLANKS, ''));
  return FIELD_LINE.test(match) || new RegExp(ANY_LABEL_PATTERN.source, 'y').test(match);
}

/** A bracket around units (`(牽頭單位:…)`): the opening one, and the closing one at a line's end. */
const UNITS_OPENING = /^[ \t\f\u3000]*[(（[【]/u;
const UNITS_CLOSING = /[)）\]】][ \t\f\u3000]*$/u;

/**
 * A line that ends where it is written if the page did not fill it, even before a page break: units or a field, or
 * units in their brackets, closed (`(牽頭單位:市數據資源局)`; not `(牽頭單位:市人力資源`, which the page cut).
 */
const endsAtPageBreak = (line: string): boolean =>
  standsAlone(line) || (UNITS_OPENING.test(line) && UNITS_CLOSING.test(line) && standsAlone(line.replace(UNITS_OPENING, '')));

/** Whether `line` may go on in the next one: text that ends no sentence (units or a field too, cut by the page). */
const mayWrap = (line: string): boolean => !!line.trim() && !isPageFurniture(line) && !ENDS_LINE.test(line.trimEnd());

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
 * page's ({@link NARROWEST_PAGE}); otherwise `undefined`, and nothing is joined. `widths` are the widths of the
 * lines of `source` (`lineWidths(source)`), measured once for all the spans read in it: a caller measuring them again
 * for each span read a long line's start again for each (review r77).
 */
export function wrapWidth(source: string, spans: readonly TextSpan[], widths: LineWidths): number | undefined {
  /** How many lines that end no sentence are as wide as each width. */
  const counts = new Map<number, number>();
  for (const span of spans) {
    for (const { start, stop } of linesOf(source, span)) {
      if (!mayWrap(source.slice(start, stop))) continue;
      const width = widths.widthUpTo(stop);
      counts.set(width, (counts.get(width) ?? 0) + 1);
    }
  }
  let best: { width: number; lines: number } | undefined;
  for (const width of counts.keys()) {
    let near = 0;
    for (let w = width - WIDTH_SLACK; w <= width + WIDTH_SLACK; w++) near += counts.get(w) ?? 0;
    if (!best || near > best.lines || (near === best.lines && width > best.width)) best = { width, lines: near };
  }
  return best && best.lines >= 2 && best.width >= NARROWEST_PAGE ? best.width : undefined;
}

/** The width the bodies of `tasks` are wrapped at in `text` ({@link wrapWidth}, `widths` as its). */
export const tasksWrapWidth = (text: string, tasks: readonly ParsedTask[], widths: LineWidths): number | undefined =>
  wrapWidth(text, tasks.map((task) => task.bodySpan), widths);

/** How much of the end of the text kept so far {@link unwrapSpan} reads: an ASCII word cut by the page, within it. */
const TAIL = 64;

/**
 * Whether the ASCII word at the end of `tail` (the text kept so far, its last {@link TAIL} characters) and the one
 * `line` starts with are one word of Chinese text cut by the page: other than ASCII right before the first or after the
 * second (新開通5⏎G基站, 采取PPP、REI⏎Ts等, “5⏎G+工業).
 */
function cutInChinese(tail: string, line: string): boolean {
  const before = /(.)[A-Za-z0-9]+$/su.exec(tail)?.[1] ?? '';
  const after = /^[ \t\f\u3000]*[A-Za-z0-9]+(.)/su.exec(line)?.[1] ?? '';
  return NOT_ASCII.test(before + after);
}

/**
 * Where the page number or footer of a page break that comes at `from` stands (blank lines with a page number or
 * footer among them, then text): the start of its line, or -1 if no page break comes there.
 */
function pageBreakAt(source: string, from: number, end: number): number {
  for (const { start, stop } of linesOf(source, { offset: from, length: end - from })) {
    const line = source.slice(start, stop);
    if (isPageFurniture(line)) return start;
    if (line.trim()) return -1;
  }
  return -1;
}

/** A digit among the last characters before a word after a value (8%左⏎右), or the first after one before it (不⏎低于95%). */
const NEAR_DIGIT = 6;

/**
 * Whether the line break between `tail` (the text kept so far, its last {@link TAIL} characters) and `line` cuts a
 * word the targets are read by: a word after a value, its value just before it (8%左⏎右, 50家以⏎上), or a floor or ceiling
 * word of 不, its value just after it (不⏎低於95%). The page cut it whatever the lines' widths (a copy whose lines were not
 * joined): such a line goes on in the next one. Not a word of its own (予以⏎上報: no value before it).
 */
function cutsBoundWord(tail: string, line: string): boolean {
  const before = normalizeForExtraction(tail.slice(-NEAR_DIGIT));
  const after = normalizeForExtraction(line.replace(BLANKS, '').slice(0, NEAR_DIGIT));
  const both = before + after;
  for (let at = Math.max(0, before.length - 2); at < before.length; at++) {
    const suffix = suffixWords.match(both, at);
    if (suffix && at + suffix.word.length > before.length && suffix.word !== '上下' && DIGIT.test(before.slice(0, at))) return true;
    const bound = both[at] === '不' ? boundWords.match(both, at) : undefined;
    if (bound && at + bound.word.length > before.length && DIGIT.test(both.slice(at + bound.word.length))) return true;
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
 * and its page furniture left out; a line that ends no sentence (and is no units or field) is joined to the line after
 * a page break whatever `width` is, as wide as the page or not. `widths` are the widths of the lines of `source`: one
 * for all the spans read in a document (a span's first line is measured from the line's start, before the span).
 */
export function unwrapSpan(source: string, span: TextSpan, width: number | undefined, widths: LineWidths): Unwrapped {
  const { offset } = span;
  const end = offset + span.length;
  /** The stretches of the source kept, in order: where each starts in the text, and in the source. */
  const pieces: { at: number; from: number }[] = [];
  // The text is joined once at the end, and only its tail is read on the way: a string grown with += is copied whole
  // when a character of it is read, and reading its end at every line took the square of a long document's length.
  const parts: string[] = [];
  let length = 0;
  /** The last {@link TAIL} characters kept. */
  let tail = '';
  const keep = (from: number, to: number, written = source.slice(from, to)) => {
    if (to <= from) return;
    pieces.push({ at: length, from });
    parts.push(written);
    length += written.length;
    tail = (written.length >= TAIL ? written : tail + written).slice(-TAIL);
  };
  /** The line kept last goes on in the next one. */
  let wraps = false;
  /**
   * The line kept last goes on across a page break: it wraps, or it ends no sentence and is no units or field, whatever
   * the width of the document's other lines (the page cut it: a line before a page break is as wide as the text on that
   * page went, and a PDF viewer's copy has a page break on every page).
   */
  let acrossPage = false;
  /** A page break (its number or footer, and the blank lines around it) was left out since the line kept last. */
  let broken = false;
  /** The width of the line kept last. */
  let lastWidth = 0;
  /** The blanks and line break after the line kept last: kept before the next line unless it is joined to it. */
  let lineBreak = { from: offset, to: offset };
  /** A page number was the line before, with only blank lines since. */
  let paged = false;
  /**
   * Where the page number or footer of the page break found last stands: the blank lines before it are the break's,
   * not looked through again for each of them (many blank lines before a page number took the square of their number).
   */
  let furnitureAt = -1;
  for (const { start, stop, next } of linesOf(source, span)) {
    const line = source.slice(start, stop);
    const blank = !line.trim();
    // A page break: its number, and the blank lines before and after it.
    if (isPageFurniture(line)) paged = true;
    if (paged && !blank) paged = isPageFurniture(line);
    if (!paged && acrossPage && blank && start > furnitureAt) furnitureAt = pageBreakAt(source, start, end);
    if (paged || (acrossPage && blank && start <= furnitureAt)) {
      broken = true;
      continue;
    }
    const first = line.trimStart()[0] ?? '';
    const last = tail.at(-1) ?? '';
    // A number before the line break and a digit after it (1⏎2.5%, 33.⏎3%) are one number only if the line above had no
    // room left for that digit; a number's point before anything else ends a sentence.
    const atNumber = NUMBER_END.test(tail.slice(-2)) && (DIGIT.test(first) || !DIGIT.test(last));
    const full = width !== undefined && DIGIT.test(first) && lastWidth + displayWidth(first) > width;
    // Units or a field start a line of their own, unless the page cut their bracket open (`(⏎牽頭單位:…)`); so does
    // a numbering, unless the page cut its number (`…)2⏎7.深入推進…`).
    const starts = (!OPENING.test(last) && standsAlone(line)) || NUMBERED.test(toMatchForm(line));
    const joined = (wraps || (broken && acrossPage) || cutsBoundWord(tail, line)) && !blank && (atNumber ? full : !starts);
    if (!joined) keep(lineBreak.from, lineBreak.to);
    // English words wrapped: the line break was the space between them; not in Chinese text, where it cut one (5⏎G基站).
    else if (!atNumber && ASCII_WORD.test(last) && ASCII_WORD.test(first) && !cutInChinese(tail, line)) keep(lineBreak.from, lineBreak.from + 1, ' ');
    const lineEnd = start + line.trimEnd().length;
    // The form feed pdftotext starts a page with is no text.
    keep(start + (joined ? BLANKS : FORM_FEEDS).exec(line)![0].length, lineEnd);
    lastWidth = widths.widthUpTo(stop);
    wraps = (width !== undefined && mayWrap(line) && Math.abs(lastWidth - width) <= WIDTH_SLACK) || GOES_ON.test(line.trimEnd());
    acrossPage = wraps || (mayWrap(line) && !endsAtPageBreak(line));
    broken = false;
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
  return { text: parts.join(''), sourceIndex };
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
  const widths = lineWidths(text);
  const width = tasksWrapWidth(text, tasks, widths);
  return tasks.map((task) => {
    const { text: body, sourceIndex } = unwrapSpan(text, task.bodySpan, width, widths);
    if (body === task.body) return task;
    const offset = body ? sourceIndex(0) : task.bodySpan.offset;
    return { ...task, body, bodySpan: { offset, length: body ? sourceIndex(body.length - 1) + 1 - offset : 0 } };
  });
}

/**
 * The whole of `text` with its wrapped lines joined and its page furniture left out, if its tasks (as the parser read
 * them, `tasks`) are wrapped at a page's width ({@link tasksWrapWidth}) and anything is joined; else `undefined`.
 */
export function unwrapDocument(text: string, tasks: readonly ParsedTask[]): Unwrapped | undefined {
  const widths = lineWidths(text);
  const width = tasksWrapWidth(text, tasks, widths);
  const unwrapped = width === undefined ? undefined : unwrapSpan(text, { offset: 0, length: text.length }, width, widths);
  return unwrapped && unwrapped.text.trimEnd() !== text.trimEnd() ? unwrapped : undefined;
}

/**
 * The parse of `unwrapped`'s text put back into `source`: titles, bodies, units and names as joined, every span the
 * source's from its first character to its last, and each diagnostic at its place in the source (its line, column
 * and quote the source's).
 */
export function parsedInSource(source: string, unwrapped: Unwrapped, parsed: ParsedPlanText): ParsedPlanText {
  const at = ({ offset, length }: TextSpan): TextSpan => {
    const start = unwrapped.sourceIndex(offset);
    return { offset: start, length: length ? unwrapped.sourceIndex(offset + length - 1) + 1 - start : 0 };
  };
  // A sink places them in the source (line, column, quote), each under its index for a code: none is over its limit
  // of one code (the parse kept those it could), and each is found again whatever the order.
  const sink = createDiagnosticSink(source);
  parsed.diagnostics.forEach((d, i) => sink.warning(String(i) as DiagnosticCode, '', unwrapped.sourceIndex(d.offset)));
  const placed = sink.done().map(({ code, offset, line, column, quote }) => ({ ...parsed.diagnostics[Number(code)]!, offset, line, column, quote }));
  return {
    ...parsed,
    preambleSpan: at(parsed.preambleSpan),
    sections: parsed.sections.map((s) => ({ ...s, titleSpan: at(s.titleSpan), headingSpan: at(s.headingSpan) })),
    tasks: parsed.tasks.map((t) => ({
      ...t,
      titleSpan: at(t.titleSpan),
      bodySpan: at(t.bodySpan),
      unitsSpan: t.unitsSpan && at(t.unitsSpan),
      span: at(t.span),
    })),
    diagnostics: placed,
  };
}
