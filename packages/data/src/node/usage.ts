/**
 * What every `dz-plan` subcommand shares to read its arguments: the usage mistake (exit code 2), the `parseArgs`
 * wrapper that makes one, and a JSON file read within the byte limit. Apart from the commands, so that loading one
 * command does not load another's dependencies (`progress` needs none of OpenCC, pinyin-pro or mammoth).
 */
import { maxBytesOf, readInput } from './read-input.js';

/** A usage mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

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

/** What {@link readJson} says when it cannot read the file, or the file is not JSON (`detail`: why, in English). */
export interface ReadJsonWords {
  readonly unreadable: (what: string, detail: string) => string;
  readonly notJson: (what: string, file: string, detail: string) => string;
}

/** {@link readJson}'s words in English, its default. */
export const englishReadJsonWords: ReadJsonWords = {
  unreadable: (what, detail) => `${what}: ${detail}`,
  notJson: (what, file, detail) => `${what} ${file} is not JSON: ${detail}`,
};

/**
 * A JSON file (UTF-8, within the byte limit of `--max-bytes`), or a {@link UsageError} naming it (`what`: `plan`,
 * `report`, in the words of the message) in `words` (English by default).
 */
export async function readJson(file: string, what: string, maxBytes?: string, words: ReadJsonWords = englishReadJsonWords): Promise<unknown> {
  let text: string;
  try {
    text = await readInput(file, maxBytesOf(maxBytes));
  } catch (error) {
    throw new UsageError(words.unreadable(what, (error as Error).message));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(words.notJson(what, file, (error as Error).message));
  }
}
