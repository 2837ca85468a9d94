/**
 * Display widths (`wrapped-lines.ts`): a character's, a line's, and those of a document's lines measured once. A task's
 * body starts anywhere in a line and its width is asked from the line's start: a document on one line (the seed is)
 * measured from its start again for every task took the square of its length (review r77: the seed 60 times over, 160 s
 * in `dz-plan summary`).
 */

/** Full-width characters: CJK, Hangul, full-width forms (East Asian Width W and F). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const CONTROL = /[\0-\x08\x0b-\x1f\x7f]/u;
/** What `trimEnd` leaves out (white space and line breaks), one character. */
const BLANK = /\s/u;

/** The width of character `c` (one code point): two if full-width, none if a control character, else one. */
const charWidth = (c: string): number => (WIDE.test(c) ? 2 : CONTROL.test(c) ? 0 : 1);

/**
 * The width of `line` in display columns: a full-width character (汉字, `，`, `１`) is two, a control character (the
 * form feed pdftotext starts a page with) none, any other one.
 */
export function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += charWidth(c);
  return width;
}

/** The widths of a document's lines, each character measured once (as far as the furthest line asked). */
export interface LineWidths {
  /**
   * The width ({@link displayWidth}) of the line that ends at `stop` (its blanks at the end left out), from the line's
   * start (after the last `\n` or `\r` before `stop`), not from where a body starts in it.
   */
  widthUpTo(stop: number): number;
  /** How many characters were measured: at most the document's length, whatever was asked (the work, for a test). */
  readonly measured: number;
}

/** The widths of the lines of `source`: one for a document, shared by every span read in it. */
export function lineWidths(source: string): LineWidths {
  /** The width from the start of the line to each index, known up to `filled`. */
  const columns = new Int32Array(source.length + 1);
  let filled = 0;
  const fillTo = (stop: number) => {
    let i = filled;
    while (i < stop) {
      const c = source[i]!;
      if (c === '\n' || c === '\r') {
        columns[++i] = 0;
        continue;
      }
      const point = String.fromCodePoint(source.codePointAt(i)!);
      // Inside a surrogate pair, a slice ending there has the first half alone, one column wide.
      if (point.length === 2) columns[i + 1] = columns[i]! + 1;
      columns[i + point.length] = columns[i]! + charWidth(point);
      i += point.length;
    }
    filled = Math.max(filled, i);
  };
  return {
    widthUpTo(stop) {
      let end = stop;
      while (end > 0 && source[end - 1] !== '\n' && source[end - 1] !== '\r' && BLANK.test(source[end - 1]!)) end--;
      if (end > filled) fillTo(end);
      return columns[end]!;
    },
    get measured() {
      return filled;
    },
  };
}
