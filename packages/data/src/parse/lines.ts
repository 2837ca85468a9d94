/** Lines and white space as every part of the parser reads them: a line ends at `\n` or `\r`. */

/** Whether `c` ends a line: `\n`, `\r`, or `undefined`, past either end of the text, where every line ends. */
export const isBreak = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';

/** The first index from `i` on (or back, with `step` -1) that is not a space or tab; -1 or the length past either end. */
export function skipBlanks(text: string, i: number, step = 1): number {
  while (/[ \t]/.test(text[i]!)) i += step; // past either end: 'undefined', no blank
  return i;
}

/** Only spaces or tabs between the start of its line and `index`. */
export const isLineStart = (text: string, index: number): boolean => isBreak(text[skipBlanks(text, index - 1, -1)]);

/**
 * The end of the line that `i` stands on (the index of its line break, or the text's length: past the end every
 * line ends), or `limit` if that comes first (or `i`, if that is past `limit`).
 */
export function lineEnd(text: string, i: number, limit: number): number {
  while (i < limit && !isBreak(text[i])) i++;
  return i;
}

/** The first index in `[i, to)` that is not white space (`\s`), or `to`. */
export function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}
