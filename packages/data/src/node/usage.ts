/**
 * What every `dz-plan` subcommand shares to read its arguments: the usage mistake (exit code 2), the `parseArgs`
 * wrapper that makes one, and a JSON file read within the byte limit. Apart from the commands, so that loading one
 * command does not load another's dependencies (`progress` needs none of OpenCC, pinyin-pro or mammoth).
 */
import { maxBytesOf, readInput } from './read-input.js';

/** A usage mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** Runs `read` (a `parseArgs` call); an unknown or malformed option becomes a {@link UsageError} naming it. */
export function usage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A JSON file (UTF-8, within the byte limit of `--max-bytes`), or a {@link UsageError} naming it. */
export async function readJson(file: string, what: string, maxBytes?: string): Promise<unknown> {
  let text: string;
  try {
    text = await readInput(file, maxBytesOf(maxBytes));
  } catch (error) {
    throw new UsageError(`${what}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}
