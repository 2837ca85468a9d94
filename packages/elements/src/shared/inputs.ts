/**
 * How the elements take their inputs: each declared property names one of these as its Lit `converter`, which reads
 * its attribute, and which the base element also applies to values set as properties (React 19 and Vue set
 * properties, with numbers, arrays, Dates or anything else). A value with an obvious meaning is normalised (the
 * number 4 to `"4"`, a Date to `2023-06-30`, an array of units to a list); any other is rejected, and the element
 * shows an `invalid-attribute` error instead of throwing.
 */
import type { ComplexAttributeConverter } from 'lit';

/** What a rejected value should have been, in words each language file gives (`UiStrings.expectedInput`). */
export type Expected = 'text' | 'list' | 'date' | 'url' | 'number' | 'flag';

/** The outcome of reading a value: the value to use (`undefined` for "not set"), or what was expected instead. */
export type InputRead<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly expected: Expected };

/**
 * How one property takes its values, as a Lit attribute converter with a `read` for values set as properties.
 * `read` never throws, whatever it is given (a revoked Proxy, an object whose `toString` throws).
 */
export interface Input<T = unknown> extends ComplexAttributeConverter<unknown> {
  /** The value to use for `value`, or what was expected. */
  read(value: unknown): InputRead<T>;
  /** What the property falls back to when its value is rejected. */
  readonly fallback: T | undefined;
}

/** How one property takes one of a few words (`variant`, `rows`): anything else is noticed, and the default used. */
export interface ChoiceInput<T extends string = string> extends Input<T> {
  /** The words allowed, in the order the messages list them; the first is the default. */
  readonly choices: readonly T[];
  /** The default word. */
  readonly fallback: T;
  /** The word in use for `value`: `value` itself if allowed (any letter case, spaces trimmed), else the default. */
  pick(value: unknown): T;
}

/** Whether a declared property's converter is one of these inputs. */
export function isInput(converter: unknown): converter is Input {
  return typeof converter === 'object' && converter !== null && typeof (converter as Input).read === 'function';
}

/** Whether a declared property's converter is a choice of words. */
export function isChoice(converter: unknown): converter is ChoiceInput {
  return isInput(converter) && Array.isArray((converter as ChoiceInput).choices);
}

const ok = <T>(value: T | undefined): InputRead<T> => ({ ok: true, value });
const rejected = (expected: Expected): InputRead<never> => ({ ok: false, expected });

/** A value's own string when it is a string or a finite number; `undefined` otherwise. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A Lit converter that takes an attribute's text as it is and writes back strings and numbers only. */
function textConverter(): { fromAttribute(value: string | null): string | undefined; toAttribute(value: unknown): string | null } {
  return {
    fromAttribute: (value: string | null) => value ?? undefined,
    toAttribute: (value: unknown) => scalarText(value) ?? null,
  };
}

/** Runs `read`, turning anything it throws (a revoked Proxy, a throwing getter) into a rejection. */
function safely<T>(expected: Expected, read: (value: unknown) => InputRead<T>): (value: unknown) => InputRead<T> {
  return (value) => {
    if (value === undefined || value === null) return ok<T>(undefined);
    try {
      return read(value);
    } catch {
      return rejected(expected);
    }
  };
}

/** Text, a name or a reference (`task`, `target`, `caption`, `unit-href`): a string, or a number as its digits. */
export const textInput: Input<string> = {
  ...textConverter(),
  fallback: undefined,
  read: safely('text', (value) => {
    const text = scalarText(value);
    return text === undefined ? rejected('text') : ok(text);
  }),
};

/**
 * A list (`section`, `unit`): text as for {@link textInput}, or an array of strings and numbers, joined with `、`,
 * which every list attribute accepts as a separator.
 */
export const listInput: Input<string> = {
  ...textConverter(),
  fallback: undefined,
  read: safely('list', (value) => {
    const text = scalarText(value);
    if (text !== undefined) return ok(text);
    if (!Array.isArray(value)) return rejected('list');
    const parts = Array.from(value as unknown[], scalarText);
    return parts.every((part): part is string => part !== undefined) ? ok(parts.join('、')) : rejected('list');
  }),
};

/** A calendar date as `YYYY-MM-DD` from a `Date`, on the reader's own calendar (the day `new Date()` is for them). */
export function isoDateOf(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date (`as-of`): a string (checked as `YYYY-MM-DD` where it is used), or a valid `Date`. */
export const dateInput: Input<string> = {
  ...textConverter(),
  fallback: undefined,
  read: safely('date', (value) => {
    if (typeof value === 'string') return ok(value);
    if (value instanceof Date && Number.isFinite(value.getTime())) return ok(isoDateOf(value));
    return rejected('date');
  }),
};

/** A URL (`src`, `plan-src`, `progress-src`): a string or a `URL` object. */
export const urlInput: Input<string> = {
  ...textConverter(),
  fallback: undefined,
  read: safely('url', (value) => {
    if (typeof value === 'string') return ok(value);
    if (value instanceof URL) return ok(value.href);
    return rejected('url');
  }),
};

/**
 * A number (`value`, `heading-level`): a number, or text as editors write it (`2,100`, `2.1萬`), which the element
 * reads and, if it is no number, reports itself.
 */
export const numberInput: Input<number | string> = {
  ...textConverter(),
  fallback: undefined,
  read: safely('number', (value) => (typeof value === 'number' || typeof value === 'string' ? ok(value) : rejected('number'))),
};

/** A whole number (`heading-level`): as {@link numberInput}, and an attribute of digits is read as the number. */
export const integerInput: Input<number | string> = {
  ...numberInput,
  fromAttribute: (value: string | null) => (value !== null && /^\s*-?\d+\s*$/.test(value) ? Number(value) : (value ?? undefined)),
};

/**
 * Whether the attribute `text` turns a flag on: present means on, as for HTML's boolean attributes (`export`,
 * `export=""`, as React 19 sets it, `export="export"`), except `"false"` in any letter case, which a CMS editor
 * writes to mean off.
 */
const flagText = (text: string): boolean => text.trim().toLowerCase() !== 'false';

/**
 * A flag (`export`, `expanded`): a boolean; as an attribute, present means on and `"false"` means off; a number is
 * on unless 0 or NaN.
 */
export const flagInput: Input<boolean> = {
  fromAttribute: (value: string | null) => value !== null && flagText(value),
  toAttribute: (value: unknown) => (value === true ? '' : null),
  fallback: false,
  read(value) {
    if (value === undefined || value === null) return ok(false);
    if (typeof value === 'boolean') return ok(value);
    if (typeof value === 'string') return ok(flagText(value));
    if (typeof value === 'number') return ok(value !== 0 && !Number.isNaN(value));
    return rejected('flag');
  },
};

/**
 * One of a few words (`variant="ring"`), in any letter case; anything else is noticed and `fallback` is used.
 *
 * @param choices The words allowed, the first being the default.
 */
export function choiceInput<const T extends string>(choices: readonly [T, ...T[]]): ChoiceInput<T> {
  const find = (value: unknown): T | undefined => {
    if (typeof value !== 'string') return undefined;
    const word = value.trim().toLowerCase();
    return choices.find((choice) => choice === word);
  };
  return {
    ...textConverter(),
    choices,
    fallback: choices[0],
    pick: (value) => find(value) ?? choices[0],
    // A choice is never rejected: an unknown word is noticed (see `notices`) and the default is drawn.
    read: (value) => ok(find(value) ?? (value as T | undefined)),
  };
}

/** Whether `value` is one of `choices` (or not set, which means the default). */
export function isAllowedChoice(choices: readonly string[], value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return typeof value === 'string' && (value.trim() === '' || choices.includes(value.trim().toLowerCase()));
}

/** A short, safe description of a rejected value for a message: `"abc"`, `4`, `an array`, `a Date`. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (typeof value === 'symbol') return 'Symbol';
    if (typeof value === 'function') return 'function';
    if (Array.isArray(value)) return 'Array';
    if (value instanceof Date) return 'Date';
    return 'Object';
  } catch {
    return 'Object';
  }
}
