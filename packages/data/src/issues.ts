/** Turning validation issues into messages that name the path (`tasks[3].lead[0]: unknown unit id "foo"`), in a language. */

import type * as z from 'zod/mini';
import { util } from 'zod/v4/core';
import english from 'zod/v4/locales/en.js';
import simplified from 'zod/v4/locales/zh-CN.js';
import traditional from 'zod/v4/locales/zh-TW.js';
import { say, validationWords, zodIssueWords, type Said, type ZodIssueWords } from './validation-words.js';
import { languageOption } from './library-inputs.js';
import type { Language } from './vocabulary.js';

/** zod's own messages (`expected number, received string`) in each language, for the issues {@link zodIssueIn} does not word: `zod/mini` ships none. */
const zodLocales: Readonly<Record<Language, () => { localeError: z.core.$ZodErrorMap }>> = {
  'zh-Hant': traditional,
  'zh-Hans': simplified,
  en: english,
};

/** The checks of this package's schemas that say their issue in its words (see {@link worded}). */
const wordedChecks = new WeakMap<object, Said>();

/**
 * `check`, registered to say its issue as `said` in the language of the parse (an id like `s01`, a real date): the
 * schemas carry no message of their own, which would outrank the parse's language.
 */
export function worded<T extends object>(check: T, said: Said): T {
  wordedChecks.set(check, said);
  return check;
}

/** The `params` of a custom issue that says itself as `said` in the language of the parse (a plan's cross-references). */
export const saying = (said: Said): { said: Said } => ({ said });

/** What was found, named, with the value itself when it is short: `數字 1.5`, `文字「2100」`, `the text "2100"`. */
function received(value: unknown, w: ZodIssueWords): string {
  const found = util.parsedType(value);
  const shown = typeof value === 'string' ? (value.length <= 24 ? w.quote(value) : undefined) : typeof value === 'number' || typeof value === 'boolean' ? ` ${String(value)}` : undefined;
  return w.received(w.types[found] ?? found, shown);
}

/**
 * A zod issue of a kind these schemas raise, in this package's words, or `undefined` for another kind (zod's locale says it):
 * a wrong type names both types and the value found, a missing value says so, a number out of range its bound.
 */
function zodIssueIn(issue: z.core.$ZodRawIssue, w: ZodIssueWords): string | undefined {
  const named = (type: string) => w.types[type] ?? type;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? w.missing(named(issue.expected)) : w.expected(named(issue.expected), received(issue.input, w));
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return w.empty();
      if (issue.origin === 'string' || issue.origin === 'array') return w.fewerThan(String(issue.minimum), issue.origin === 'array' ? 'items' : 'characters');
      return w.atLeast(String(issue.minimum), !!issue.inclusive);
    case 'too_big':
      return issue.origin === 'number' ? w.atMost(String(issue.maximum), !!issue.inclusive) : undefined;
    case 'invalid_value':
      return w.oneOf(issue.values.map((value) => String(value)).join(' | '));
    default:
      return undefined;
  }
}

const errorMaps = new Map<Language, z.core.$ZodErrorMap>();

/**
 * The messages of validation issues in `lang`, to pass to each parse: this package's checks in its words
 * (one table, `validation-words.ts`), zod's own issues in its words there too (`expected a number, received the text
 * "八"`) or, of a kind it does not word, in zod's locale of the language. `zod/mini` ships no messages (every
 * issue would read "Invalid input"); passing the map keeps them specific without a global `z.config` side effect.
 *
 * @example
 * ```ts
 * PlanSchema.safeParse(json, { error: validationMessagesIn('zh-Hant') });
 * ```
 */
export function validationMessagesIn(lang: Language): z.core.$ZodErrorMap {
  // A tag this package does not speak (from plain JavaScript) is read as every `lang` option is: a validator never throws.
  const known = languageOption(lang, 'en');
  let map = errorMaps.get(known);
  if (!map) {
    const words = validationWords[known];
    const zodWords = zodIssueWords[known];
    const zodLocale = zodLocales[known]().localeError;
    map = (issue) => {
      const said = wordedChecks.get(issue.inst as object) ?? (issue.code === 'custom' ? (issue.params as { said?: Said } | undefined)?.said : undefined);
      if (said) return say(words, said);
      // A strict object's keys it does not have (a misspelt `as_of`), said with the keys it has.
      if (issue.code === 'unrecognized_keys') {
        const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
        // $schema, which only editors read, is no key a writer of the report is told about.
        if (shape) return words.unknownKeys(issue.keys, Object.keys(shape).filter((key) => key !== '$schema'));
      }
      return zodIssueIn(issue, zodWords) ?? zodLocale(issue);
    };
    errorMaps.set(known, map);
  }
  return map;
}

/** One problem found in user-supplied data, with the path of the offending value. */
export interface ValidationIssue {
  /** `tasks[3].lead[0]`, or `(root)` for the whole document. */
  readonly path: string;
  /**
   * What is wrong with the value at `path`, in the language the validator was given (English by default): `unknown
   * unit id "foo"`, `expected a number, received the text "八"`; `沒有編號為「foo」的單位`.
   */
  readonly message: string;
}

/**
 * Formats a zod issue path as `tasks[3].lead[0]`: numbers become indices, keys are joined with dots; an empty path
 * is `(root)`.
 *
 * @example
 * ```ts
 * formatPath(['tasks', 3, 'lead', 0]); // 'tasks[3].lead[0]'
 * formatPath([]);                       // '(root)'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/**
 * Converts zod issues (anything with a `path` array and a `message`) to {@link ValidationIssue}s, with the path
 * formatted by {@link formatPath}.
 *
 * @example
 * ```ts
 * const result = PlanSchema.safeParse(json, { error: validationMessagesIn('en') });
 * if (!result.success) toValidationIssues(result.error.issues); // [{ path: 'tasks[3].lead[0]', message: '…' }]
 * ```
 */
export function toValidationIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * An issue as one line: `entries[0].value: 應為數字,…`; an issue of the whole document (`(root)`: a feed that is `[]`)
 * is its message alone.
 *
 * @example
 * ```ts
 * issueLine({ path: 'tasks[3].lead[0]', message: 'unknown unit id "foo"' }); // 'tasks[3].lead[0]: unknown unit id "foo"'
 * issueLine({ path: '(root)', message: 'expected object, received array' }); // 'expected object, received array'
 * ```
 */
export function issueLine(issue: ValidationIssue): string {
  return issue.path === '(root)' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** `path: message` lines. */
export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return toValidationIssues(issues).map(issueLine);
}
