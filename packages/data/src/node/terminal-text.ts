/**
 * Text from a document, a plan or a sheet, safe to print to a terminal: every control character but tab and line
 * feed (C0, DEL and C1: ESC starts the sequences that move the cursor, erase lines or plant links) shown as its
 * escape, `\x1B`, so a cell cannot hide the lines printed before it or dress itself up as a link; and every
 * bidirectional control (the embeddings, overrides and isolates, and the marks ALM, LRM and RLM) as `\u202E`, so a
 * cell cannot show a line reordered (a unit's name moved to the line's other end, "Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with its control characters (other than tab and line feed) shown as `\xHH`, its bidirectional ones as `\uHHHH`. */
export const terminalText = (text: string): string =>
  text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase()}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
