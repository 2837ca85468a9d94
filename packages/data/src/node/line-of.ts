/**
 * The line (from 1) of `offset` in `text`, a line ending at `\n`, `\r\n` or a lone `\r`, as the diagnostics count
 * lines (`parse/diagnostics.ts`): for the messages that name a line in their words.
 */
export const lineOf = (text: string, offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/u).length;
