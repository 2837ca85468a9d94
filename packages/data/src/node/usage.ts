/**
 * What every `dz-plan` subcommand shares to read its arguments: the usage mistake (exit code 2), the `parseArgs`
 * wrapper that makes one, and a JSON file read within the byte limit. Apart from the commands, so that loading one
 * command does not load another's dependencies (`progress` needs none of OpenCC, pinyin-pro or mammoth).
 */
import type { DocumentRefusalWords } from './document-refusal-words.js';
import { DocumentRefusedError, DocumentTooLargeError } from './read-document.js';
import { maxBytesOf, readInputBytes } from './read-input.js';

/** A usage mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * An input that cannot be read (a missing file, a folder, no permission) or is not what it should be (not JSON):
 * printed alone, without the usage, which says nothing about the file; exit code 2.
 */
export class InputError extends Error {}

/**
 * Runs `read` (a `parseArgs` call, or `maxBytesOf`); an unknown or malformed option becomes a {@link UsageError}
 * naming it: in the words `say` gives for the error, else in its own (English) message.
 */
export function usage<T>(read: () => T, say?: (error: Error) => string | undefined): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError(say?.(error as Error) ?? (error as Error).message);
  }
}

/** The file system's common reasons a file cannot be read or written, by Node's error code, in the words of a language. */
export interface FileReasonWords {
  /** `ENOENT`: the file (to read) or its folder (to write to) is not there. */
  readonly missing: string;
  /** `EISDIR`. */
  readonly folder: string;
  /** `EACCES`, `EPERM`. */
  readonly denied: string;
  /** `EBUSY`: another program (Excel, say) has the file open. */
  readonly busy?: string;
}

/** Which of {@link FileReasonWords} says each of Node's error codes. */
const reasonOfCode: Readonly<Record<string, keyof FileReasonWords>> = { ENOENT: 'missing', EISDIR: 'folder', EACCES: 'denied', EPERM: 'denied', EBUSY: 'busy' };

/** Why the file system refused (`error`), in `reasons` where they say it, else Node's own message. */
export function fileReason(error: unknown, reasons: FileReasonWords | undefined): string {
  const key = reasonOfCode[String((error as { code?: unknown })?.code)];
  return (key && reasons?.[key]) ?? (error as Error)?.message ?? String(error);
}

/** What {@link readFailure} says of a file that could not be read, in a language. */
export interface ReadFailureWords {
  /** `cannot read FILE: reason`. */
  readonly cannotRead: (file: string, reason: string) => string;
  /** The file system's common reasons; without them, Node's own message is the reason. */
  readonly fileReasons?: FileReasonWords;
  /** A file over `--max-bytes`: the file, the limit and how to raise it; without it, the English message stands. */
  readonly tooLarge?: (file: string, limit: number) => string;
  /** A document `readDocument` refuses, or a .docx over a limit of its own; without them, its English message stands. */
  readonly document?: DocumentRefusalWords;
}

/**
 * Why reading `file` within the byte limit (`readInputBytes`) failed, in `words`: over the limit, with the file, the
 * limit and how to raise it; a file-system error, as `cannotRead` with its reason (in the language for the common
 * ones, else Node's message).
 */
export function readFailure(file: string, error: unknown, words: ReadFailureWords): string {
  const message = (error as Error)?.message ?? String(error);
  const large = (error as { cause?: unknown })?.cause;
  if (large instanceof DocumentTooLargeError) {
    // The limit's own message names the file.
    if (large.file === undefined || large.limit === undefined) return message;
    const say = large.what === 'characters' ? words.document?.textTooLong : large.what === 'unpacked' ? words.document?.unpacksTooLarge : words.tooLarge;
    return say?.(large.file, large.limit) ?? message;
  }
  return words.cannotRead(file, fileReason(error, words.fileReasons));
}

/**
 * Why reading a document (`readInput`: UTF-8 text or a .docx) failed, in `words`: a file the file system refuses, or
 * one over a limit, as {@link readFailure} says them; a document that is neither UTF-8 text nor a readable .docx in
 * `words.document` (which name the file and what to give instead), else in the reader's own (English) message.
 */
export function documentReadFailure(file: string, error: unknown, words: ReadFailureWords): string {
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof DocumentTooLargeError) return readFailure(file, error, words);
  if (error instanceof DocumentRefusedError) return words.document ? refusalIn(error, words.document) : error.message;
  // The reader wraps the file system's error (its `code`, ENOENT…) in one of its own, naming the file.
  if (typeof (cause as { code?: unknown })?.code === 'string') return words.cannotRead(file, fileReason(cause, words.fileReasons));
  return (error as Error)?.message ?? String(error);
}

/** Why the document was refused (its `refusal`), in `words`. */
function refusalIn({ file, refusal }: DocumentRefusedError, words: DocumentRefusalWords): string {
  switch (refusal.code) {
    case 'binary':
      return words.binary(file, refusal.at);
    case 'utf16':
      return words.utf16(file);
    case 'notUtf8':
      return words.notUtf8(file, refusal.looksLike);
    case 'notDocx':
      return words.notDocx(file);
  }
}

/**
 * Where `JSON.parse` stopped: a line and column (1-based), the end of a text cut off, or the character it did not
 * expect when it names no position (`Unexpected token 'x'`); unknown otherwise.
 */
type JsonErrorPlace = { readonly line: number; readonly column: number } | { readonly token: string } | 'end' | undefined;

/**
 * Where `JSON.parse` stopped in `text`, from its message (`… at position 85`, `Unexpected end of JSON input`): what a
 * person looks for in an editor, not an offset.
 */
function jsonErrorPlace(text: string, message: string): JsonErrorPlace {
  if (/end of JSON input/.test(message)) return 'end';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
    return token === undefined ? undefined : { token };
  }
  // Stopped where the text ends: cut off after a complete value (`[1, 2` says "Expected ',' or ']'").
  if (Number(position) >= text.trimEnd().length) return 'end';
  const before = text.slice(0, Number(position));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Where a text stops being JSON, in the words of a language. */
export interface JsonPlaceWords {
  /** Cut off at the end. */
  readonly end: string;
  /** A character where none belongs, when `JSON.parse` names no position. */
  readonly token: (token: string) => string;
  readonly at: (line: number, column: number) => string;
}

/** What {@link readJson} says when it cannot read the file, or the file is not JSON (`detail`: why). */
export interface ReadJsonWords extends ReadFailureWords {
  readonly unreadable: (what: string, detail: string) => string;
  readonly notJson: (what: string, file: string, detail: string) => string;
  /** Where the text stops being JSON; without them (English), `JSON.parse`'s own message is the detail. */
  readonly jsonPlaces?: JsonPlaceWords;
  /** Bytes that are not UTF-8 (a report saved as GBK, say): JSON is UTF-8. */
  readonly notUtf8: (what: string, file: string) => string;
}

/** {@link readJson}'s words in English, its default. */
export const englishReadJsonWords: ReadJsonWords = {
  unreadable: (what, detail) => `${what}: ${detail}`,
  notJson: (what, file, detail) => `${what} ${file} is not JSON: ${detail}`,
  notUtf8: (what, file) => `${what} ${file} is not UTF-8 text: save it as JSON in UTF-8`,
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  fileReasons: { missing: 'no such file', folder: 'a folder, not a file', denied: 'permission denied' },
};

/**
 * A JSON file (UTF-8, within the byte limit of `--max-bytes`), or an {@link InputError} naming it (`what`: `plan`,
 * `report`, in the words of the message) in `words` (English by default); a `--max-bytes` that is no number is a
 * {@link UsageError}.
 */
export async function readJson(file: string, what: string, maxBytes?: string, words: ReadJsonWords = englishReadJsonWords): Promise<unknown> {
  let bytes: Uint8Array;
  const limit = usage(() => maxBytesOf(maxBytes));
  try {
    bytes = await readInputBytes(file, limit);
  } catch (error) {
    // The file system's error kept: a caller says more of a file not there (`--into`: write a first report with -o).
    throw new InputError(words.unreadable(what, readFailure(file, error, words)), { cause: error });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(words.notUtf8(what, file));
  }
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const places = words.jsonPlaces;
    const place = places && jsonErrorPlace(json, message);
    const said = !places || !place ? message : place === 'end' ? places.end : 'token' in place ? places.token(place.token) : places.at(place.line, place.column);
    throw new InputError(words.notJson(what, file, said));
  }
}
