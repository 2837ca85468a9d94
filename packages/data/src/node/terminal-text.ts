/**
 * Text from a document, a plan or a sheet, safe to print to a terminal: every control character but tab and line
 * feed (C0, DEL and C1: ESC starts the sequences that move the cursor, erase lines or plant links) shown as its
 * escape, `\x1B`, so a cell cannot hide the lines printed before it or dress itself up as a link.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f]/g;

/** `text` with its control characters (other than tab and line feed) shown as `\xHH`. */
export const terminalText = (text: string): string => text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
