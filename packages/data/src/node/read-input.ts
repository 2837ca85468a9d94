/** The CLI's document input: `--max-bytes` read and checked, and the document read within it. */
import type { Language } from '../schema.js';
import { documentNoteWords } from './document-note-words.js';
import { DEFAULT_MAX_BYTES, DocumentTooLargeError, readAtMost, readDocument } from './read-document.js';

/** `--max-bytes N` as every dz-plan command that reads a document takes it, for `node:util`'s `parseArgs`. */
export const maxBytesOption = { 'max-bytes': { type: 'string' } } as const;

/** A `--max-bytes` that is not a whole number above 0: `value` is what was given. */
export class MaxBytesError extends Error {
  constructor(readonly value: string) {
    super(`--max-bytes must be a whole number of bytes above 0, not "${value}"`);
  }
}

/** The byte limit `--max-bytes` gives (a whole number above 0), or the default; a {@link MaxBytesError} otherwise. */
export function maxBytesOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new MaxBytesError(value);
  return n;
}

/** Runs `read`, turning {@link DocumentTooLargeError} into an Error that says how to raise the limit. */
async function withinLimit<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DocumentTooLargeError) throw new Error(`${error.message} (raise it with --max-bytes)`, { cause: error });
    throw error;
  }
}

/**
 * The document's text (UTF-8 .txt or .docx) within `maxBytes`; an Error naming the file, and how to raise the limit.
 * What could not be written into a .docx's text (a numbering format) is said to `say` in `lang`.
 */
export function readInput(file: string, maxBytes: number, say: (line: string) => void = () => {}, lang: Language = 'en'): Promise<string> {
  return withinLimit(() => readDocument(file, { maxBytes, onNote: (note) => say(documentNoteWords[lang](file, note)) }));
}

/** A file's bytes (a spreadsheet, say) within `maxBytes`; an Error naming the file, and how to raise the limit. */
export function readInputBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  return withinLimit(async () => new Uint8Array(await readAtMost(file, maxBytes)));
}
