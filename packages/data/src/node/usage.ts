/**
 * What every `dz-plan` subcommand shares to read its arguments: the usage mistake (exit code 2), the `parseArgs`
 * wrapper that makes one, and a JSON file read within the byte limit. Apart from the commands, so that loading one
 * command does not load another's dependencies (`progress` needs none of OpenCC, pinyin-pro or mammoth).
 */
import { DocumentTooLargeError } from './read-document.js';
import { maxBytesOf, readInputBytes } from './read-input.js';

/** A usage mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * An input that cannot be read (a missing file, a folder, no permission) or is not what it should be (not JSON):
 * printed alone, without the usage, which says nothing about the file; exit code 2.
 */
export class InputError extends Error {}

/** The file system's common reasons a file cannot be read, by Node's error code, in the words of a language. */
export interface FileReasonWords {
  /** `ENOENT`. */
  readonly missing: string;
  /** `EISDIR`. */
  readonly folder: string;
  /** `EACCES`, `EPERM`. */
  readonly denied: string;
}

/**
 * Why `error` (from reading `file`) happened, in `words` when its code (or its cause's, as readDocument wraps it) is
 * one of the common ones: `cannotRead(file, reason)`; otherwise `undefined`, and the error's own message stands.
 */
export function fileReason(error: unknown, words: FileReasonWords | undefined): string | undefined {
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  if (!words) return undefined;
  if (code === 'ENOENT') return words.missing;
  if (code === 'EISDIR') return words.folder;
  if (code === 'EACCES' || code === 'EPERM') return words.denied;
  return undefined;
}

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

/**
 * `error` (or its cause) when it says a file's bytes are over the limit, in `words`: the file, the limit and how to
 * raise it; otherwise `undefined`, and the error's own message stands.
 */
export function sayTooLarge(error: unknown, words: ((file: string, limit: number) => string) | undefined): string | undefined {
  const large = error instanceof DocumentTooLargeError ? error : (error as { cause?: unknown })?.cause;
  if (!words || !(large instanceof DocumentTooLargeError) || large.file === undefined || large.limit === undefined) return undefined;
  return words(large.file, large.limit);
}

/** What {@link readJson} says when it cannot read the file, or the file is not JSON (`detail`: why, in English). */
export interface ReadJsonWords {
  readonly unreadable: (what: string, detail: string) => string;
  readonly notJson: (what: string, file: string, detail: string) => string;
  /** Bytes that are not UTF-8 (a report saved as GBK, say): JSON is UTF-8. */
  readonly notUtf8: (what: string, file: string) => string;
  /** `cannot read FILE: reason` for a reason in {@link fileReasons}; without them, Node's message stands. */
  readonly cannotRead?: (file: string, reason: string) => string;
  readonly fileReasons?: FileReasonWords;
  /** A file over `--max-bytes`: the file, the limit and how to raise it; without it, the English message stands. */
  readonly tooLarge?: (file: string, limit: number) => string;
}

/** {@link readJson}'s words in English, its default. */
export const englishReadJsonWords: ReadJsonWords = {
  unreadable: (what, detail) => `${what}: ${detail}`,
  notJson: (what, file, detail) => `${what} ${file} is not JSON: ${detail}`,
  notUtf8: (what, file) => `${what} ${file} is not UTF-8 text: save it as JSON in UTF-8`,
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
    const reason = fileReason(error, words.fileReasons);
    // Node's own message of a file-system error names no file; the byte limit's does.
    const said = (error as { code?: unknown }).code === undefined ? (error as Error).message : `cannot read ${file}: ${(error as Error).message}`;
    const detail = sayTooLarge(error, words.tooLarge) ?? (reason && words.cannotRead ? words.cannotRead(file, reason) : said);
    throw new InputError(words.unreadable(what, detail));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(words.notUtf8(what, file));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(words.notJson(what, file, (error as Error).message));
  }
}
