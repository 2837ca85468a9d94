/**
 * How the elements take their inputs: each declared property names one of these as its Lit `converter`, which reads
 * its attribute, and which the base element also applies to values set as properties (React 19 and Vue set
 * properties, with numbers, arrays, Dates or anything else). A value with an obvious meaning is normalised (the
 * number 4 to `"4"`, a Date to `2023-06-30`, an array of units to a list); any other is rejected, and the element
 * shows an `invalid-attribute` error instead of throwing. Kept small: it is on every page; the words and
 * suggestions for problems load only when there is one (`input-report.ts`).
 */
import { editorText, editorUrl } from '@dz-tasks/data';
import type { ComplexAttributeConverter } from 'lit';
import { usableSeconds } from './timeout.js';

/** Not usable: the value is rejected. */
export const REJECTED: unique symbol = Symbol('rejected');

/**
 * How one property takes its values: a Lit attribute converter, with `read` for values set as properties, which
 * returns the value to use (`undefined` for "not set") or {@link REJECTED}, and never throws, whatever it is given.
 */
export interface Input<T = unknown> extends ComplexAttributeConverter<unknown> {
  read(value: unknown): T | undefined | typeof REJECTED;
  /** What the property holds instead of a rejected value (`undefined` if none is given). */
  readonly fallback?: T | undefined;
  /** The words allowed, for a choice (the first is the default); anything else is noticed and the default drawn. */
  readonly choices?: readonly string[];
  /**
   * For a list of such words (`show="targets tasks"`, `wordsInput`): the first word of `value` not allowed, if any.
   * Each such word is noticed (by name) and left out.
   */
  readonly wordNotAllowed?: (value: unknown) => string | undefined;
  /**
   * The properties whose value, when given, leaves this one unused, in the order they win (a gauge's `src` beside its
   * `value` or its `progress`). Such a value is noticed (`invalid-value`), never ignored in silence.
   */
  readonly beside?: readonly PropertyKey[];
}

/** Whether a value is given: set, and not written empty (the inputs of values trim what an editor leaves around them). */
export const given = (value: unknown): boolean => (value ?? '') !== '';

/** Whether a declared property's converter is one of these inputs. */
export const isInput = (converter: unknown): converter is Input => typeof (converter as Input | undefined)?.read === 'function';

/** A value's own text when it is a string or a finite number. */
const scalar = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * An attribute's text as the elements read it: full-width forms folded (NFKC: `４`, `ｂａｒ`, `２０２３-０６-３０` as a
 * CMS editor's input method writes them), so every attribute reads as its ASCII form.
 */
export const folded = (value: string | null) => value?.normalize('NFKC');

/** An input whose attribute is taken as text ({@link folded}), `read` guarded so a revoked Proxy or a throwing getter is rejected. */
export function textual<T>(read: (value: unknown) => T | undefined): Input<T> {
  return {
    fromAttribute: folded,
    toAttribute: (value: unknown) => scalar(value) ?? null,
    read(value) {
      if (value === undefined || value === null) return undefined;
      try {
        return read(value) ?? REJECTED;
      } catch {
        return REJECTED;
      }
    },
  };
}

/** Text, a name or a reference (`task`, `target`, `unit-href`): a string, or a number as its digits. */
export const textInput = textual(scalar);

/**
 * A property's value as the element reads it: taken in by its input before any update reads it (`checkInputs`), so an
 * array, a Date or a URL set from code (each property's type says which it takes) is already the text it stands for.
 */
export type Taken<T> = T | undefined;

/** A list (`section`, `unit`): as {@link textInput}, or an array of strings and numbers, joined with `、`. */
export const listInput = textual((value) => {
  if (!Array.isArray(value)) return scalar(value);
  const parts = Array.from(value as unknown[], scalar);
  return parts.includes(undefined) ? undefined : parts.join('、');
});

/** An attribute's text as written, not {@link folded}: a URL's `（`, `？` or `＃` is its own (review r130 F1), a caption's its words. */
export const asWritten = (value: string | null) => value ?? undefined;

/**
 * A URL (`src`, `plan-src`, `progress-src`): a string (without what an editor leaves around it: {@link editorUrl}) or a
 * `URL` object; its attribute {@link asWritten}.
 */
export const urlInput: Input = { ...textual((value) => (typeof value === 'string' ? editorUrl(value) : value instanceof URL ? value.href : undefined)), fromAttribute: asWritten };

/**
 * A number (`value`): a number, or text as editors write it (`2,100`, `2.1萬`; quotes and invisible characters a
 * rich-text editor leaves dropped: {@link editorText}), which the element reads itself.
 */
export const numberInput = textual((value) => (typeof value === 'string' ? editorUrl(value) : typeof value === 'number' ? value : undefined));

/**
 * Seconds (`timeout`): a number, or its digits as text. Anything else, or a number not above 0, stays as given and is
 * noticed (`unusable`), and the default is waited for instead: a bad `timeout` never stops an element showing.
 */
const seconds = (value: unknown) => (typeof value === 'string' && value.trim() && Number.isFinite(+value) ? +value : (value as number | undefined));
export const secondsInput: Input<number> & { readonly unusable: (value: unknown) => boolean } = {
  ...textual(seconds),
  fromAttribute: (value: string | null) => seconds(folded(value)),
  read: seconds,
  unusable: (value) => value != null && !usableSeconds(value),
};

/** A flag's word as compared: width, quotes a CMS curled, spaces and letter case aside (`“False”`, `ＯＦＦ`). */
const flagWord = (value: string) => folded(value)!.replace(/["'“”‘’]/g, '').trim().toLowerCase();

/** The words a CMS editor writes to turn a flag off: `false`, `no`, `off`, `0`, 否, 關 (关), 不. */
export const offWords: ReadonlySet<string> = new Set(['false', 'no', 'off', '0', '否', '關', '关', '不']);

/** The words that say on, beside the flag written alone: `true`, `yes`, `on`, `1`, 是, 開 (开), and its own name (`export="export"`). */
const onWords = new Set(['', 'true', 'yes', 'on', '1', '是', '開', '开', 'export', 'expanded']);

/** Whether a flag written as `value` (text) is off. */
const off = (value: string) => offWords.has(flagWord(value));

/**
 * A flag (`export`, `expanded`): present means on, as for HTML's boolean attributes (`export`, `export=""` as React 19
 * sets it), except the words that mean off ({@link offWords}, written in any width, case or quotes), which a CMS editor
 * writes to turn it off. Any other word (`export="nope"`) is on, as HTML reads it, and noticed (`unusable`). As a
 * property: a boolean, that text, or a number (on unless 0 or NaN).
 */
export const flagInput: Input<boolean> & { readonly unusable: (value: unknown) => boolean } = {
  fromAttribute: (value: string | null) => value !== null && !off(value),
  toAttribute: (value: unknown) => (value === true ? '' : null),
  fallback: false,
  read: (value) =>
    value === undefined || value === null
      ? false
      : typeof value === 'boolean'
        ? value
        : typeof value === 'string'
          ? !off(value)
          : typeof value === 'number'
            ? value !== 0 && value === value
            : REJECTED,
  unusable: (value) => typeof value === 'string' && !off(value) && !onWords.has(flagWord(value)),
};

/** The allowed word `value` is (any letter case, what an editor leaves in it aside: {@link editorText}), if it is one. */
const findChoice = <T extends string>(choices: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' || typeof value === 'number' ? choices.find((choice) => choice === editorText(String(value)).toLowerCase()) : undefined;

/** A choice of words (`variant="ring"`), the first the default, with `pick` giving the word to draw. */
export interface ChoiceInput<T extends string> extends Input<T> {
  readonly choices: readonly T[];
  readonly fallback: T;
  /** The word to draw for `value`: itself if allowed, else the default. */
  pick(value: unknown): T;
}

/** One of a few words (`variant`, `rows`); anything else is noticed and the default (the first) is drawn. */
export function choiceInput<const T extends string>(choices: readonly [T, ...T[]]): ChoiceInput<T> {
  return {
    ...textual((value) => value as T),
    choices,
    fallback: choices[0],
    pick: (value) => findChoice(choices, value) ?? choices[0],
    // Never rejected: a word not allowed stays as written (the notice shows it); letter case is normalised.
    read: (value) => findChoice(choices, value) ?? (value as T | undefined),
  };
}

/** Whether `value` is one of `choices`, or not set (the default). */
export const isAllowedChoice = (choices: readonly string[], value: unknown): boolean =>
  value === undefined || value === null || value === '' || findChoice(choices, value) !== undefined;

/** Whether an input of choices (a word, or a list of words) holds one it does not allow. */
export const holdsWordNotAllowed = (input: Input, value: unknown): boolean =>
  !!input.choices && (input.wordNotAllowed ? input.wordNotAllowed(value) !== undefined : !isAllowedChoice(input.choices, value));
