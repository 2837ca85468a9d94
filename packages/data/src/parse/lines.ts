/** Lines and white space as every part of the parser reads them: a line ends at `\n` or `\r`. */

/** Whether `c` ends a line: `\n`, `\r`, or `undefined`, past either end of the text, where every line ends. */
export const isBreak = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';

/** The first index from `from` on (or back, with `step` -1) that is not a space or tab; -1 or the length past either end. */
export function skipBlanks(text: string, from: number, step = 1): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i += step;
  return i;
}

/** Only spaces or tabs between the start of its line and `index`. */
export const isLineStart = (text: string, index: number): boolean => isBreak(text[skipBlanks(text, index - 1, -1)]);

/**
 * The end of the line that `from` stands on (the index of its line break, or the text's length: past the end every
 * line ends), or `limit` if that comes first.
 */
export function lineEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isBreak(text[i])) return i;
  return limit;
}

/** The first index in `[from, to)` that is not white space (`\s`), or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}
