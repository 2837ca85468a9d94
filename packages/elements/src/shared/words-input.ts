/**
 * An input of a list of words, each one of a few (`show="targets tasks"` on `<dz-unit-summary>`): kept apart from
 * inputs.ts, which is on every page, as only the elements that take such a list use it (the words about inputs call
 * the input's own `wordNotAllowed`).
 */
import { editorText } from '@dz-tasks/data';
import { listInput, type Input } from './inputs.js';

/**
 * The words of a list (`show="targets tasks"`, or an array set from code, joined with 、), lower-cased, what an editor
 * leaves in it dropped ({@link editorText}: `show="“targets tasks”"`).
 */
export const wordsOf = (value: unknown): string[] => editorText(typeof value === 'string' ? value : '').toLowerCase().split(/[\s,、]+/u).filter(Boolean);

/** The first word of the list `value` that is not one of `choices`, if any. */
export const wordNotAllowed = (choices: readonly string[], value: unknown): string | undefined => wordsOf(value).find((word) => !choices.includes(word));

/**
 * A list of words each one of `choices` (any letter case, separated by blanks, commas or 、): as `listInput`, with its
 * own check, so that a word not allowed is noticed and left out.
 */
export function wordsInput(choices: readonly string[]): Input<string> & { readonly choices: readonly string[] } {
  return { ...listInput, choices, wordNotAllowed: (value) => wordNotAllowed(choices, value) };
}
