/**
 * Validation that never throws, whatever it is given: the input is first copied to plain data within limits (so a
 * throwing getter, a revoked Proxy, a cycle or a 40 MB string is one clear issue, and zod never touches a hostile
 * object), then validated with a cap on the issues collected. zod 4 gathers a property's issues with
 * `issues.push(...issues)`, which overflows the stack past about 125,000 of them (15,000 empty tasks); so a large
 * value that fails is validated again piece by piece, stopping at {@link MAX_ISSUES}; a valid one is validated once.
 */
import * as z from 'zod/mini';
import { formatPath, validationMessagesIn, type ValidationIssue } from './issues.js';
import { fileKind, type FileKind } from './file-kind.js';
import { say, validationWords, type Said, type ValidationWords } from './validation-words.js';
import type { Language } from './vocabulary.js';

/** Most values (objects, arrays, strings, numbers…) an input may hold; the Dezhou plan has about 5,500. */
export const MAX_INPUT_VALUES = 1_000_000;
/** Most characters all of an input's strings may hold together (the Dezhou plan's hold about 66,000). */
export const MAX_INPUT_CHARS = 32 * 1024 * 1024;
/** Deepest nesting of objects and arrays an input may have (a plan nests 4 levels). */
export const MAX_INPUT_DEPTH = 64;
/** Most issues reported; one more issue then says that the list was cut. */
export const MAX_ISSUES = 1000;
/** A value with at most this many values inside is validated by zod in one call: it cannot hold 125,000 issues. */
const WHOLE_BELOW = 2000;
/** Objects and arrays of at most this many values are not measured one by one: they count as this many. */
const SMALL = 32;

/** How a validator words its issues. */
export interface ValidationOptions {
  /** The language of the issues' messages: `zh-Hant`, `zh-Hans` or `en` (the default); for a tag (`zh-CN`), `resolveLanguage(tag)`. */
  readonly lang?: Language;
}

/**
 * What {@link validateInput} returns. A failure of the schema (not of the limits, nor a file of the other kind) gives
 * the input as plain data too, so that checks needing only its valid fields can still run.
 */
export type InputResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[]; copy?: unknown };

type Path = readonly PropertyKey[];

/** Thrown inside the copy only, to stop it with an issue; never leaves this module. */
class InputProblem {
  constructor(
    readonly path: Path,
    readonly message: string,
  ) {}
}

/** A thrown value's message, read without trusting it (its `message` may itself be a throwing getter). */
function describe(error: unknown, words: ValidationWords): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return words.indescribable();
  }
}

/**
 * A plain copy of `input` (arrays, own enumerable properties, primitives; keys set to `undefined` left out and `-0`
 * read as `0`, as JSON has them) and the number of values inside each copied
 * object, or an {@link InputProblem} thrown at the first value that cannot be read or exceeds a limit.
 */
function plainCopy(input: unknown, words: ValidationWords): { copy: unknown; sizes: WeakMap<object, number> } {
  // Only values of more than SMALL values are remembered with their size, to keep the copy cheap.
  const sizes = new WeakMap<object, number>();
  const ancestors = new Set<unknown>();
  const path: PropertyKey[] = [];
  let values = 0;
  let chars = 0;
  const problem = (message: string, at: Path = path) => new InputProblem([...at], message);
  const visit = (value: unknown): unknown => {
    if (++values > MAX_INPUT_VALUES) throw problem(words.tooManyValues(MAX_INPUT_VALUES), []);
    if (typeof value === 'string' && (chars += value.length) > MAX_INPUT_CHARS) {
      throw problem(words.tooManyChars(MAX_INPUT_CHARS), []);
    }
    // Plain JSON data: -0 is 0.
    if (value === 0) return 0;
    if (value === null || typeof value !== 'object') return value;
    if (path.length >= MAX_INPUT_DEPTH) throw problem(words.tooDeep(MAX_INPUT_DEPTH));
    if (ancestors.has(value)) throw problem(words.cycle());
    const before = values;
    ancestors.add(value);
    let copy: unknown[] | Record<string, unknown>;
    // A value that cannot be read throws here, at its path (the key is still on it): one try per object, not per value.
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        copy = [];
        for (let i = 0; i < length; i++) {
          path.push(i);
          copy.push(visit(value[i]));
          path.pop();
        }
      } else {
        copy = {};
        for (const key of Object.keys(value)) {
          path.push(key);
          const item = visit((value as Record<string, unknown>)[key]);
          path.pop();
          // Plain JSON data: a key set to undefined is a key left out, as JSON.stringify leaves it out.
          if (item === undefined) continue;
          // A `__proto__` key of JSON is defined, not assigned: it stays a key (a strict schema says it is unknown)
          // and never becomes the copy's prototype, whose fields the schema would read as the copy's own.
          if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
          else copy[key] = item;
        }
      }
    } catch (error) {
      throw error instanceof InputProblem ? error : problem(words.cannotRead(describe(error, words)));
    }
    ancestors.delete(value);
    if (values - before > SMALL) sizes.set(copy, values - before);
    return copy;
  };
  try {
    return { copy: visit(input), sizes };
  } catch (error) {
    throw error instanceof InputProblem ? error : problem(words.cannotRead(describe(error, words)), []);
  }
}

/** The zod internals the piecewise walk reads: an object's shape, an array's element, an optional's inner type. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  checks?: readonly unknown[];
}

/**
 * Validates `input` against `schema` and never throws: a plain copy within the limits above, then zod. At most
 * {@link MAX_ISSUES} issues come back, in the order zod finds them, and one more says how many were left out if any.
 * Their messages are in `lang`. An input within the limits that fails and has the shape of `other` (the package's
 * other kind of file: `file-kind.ts`) is one issue at the root instead, `other.said` in `lang`'s words.
 */
export function validateInput<T>(schema: z.ZodMiniType<T>, input: unknown, lang: Language = 'en', other?: { readonly kind: FileKind; readonly said: Said }): InputResult<T> {
  const words = validationWords[lang];
  const messages = validationMessagesIn(lang);
  let copy: unknown;
  let sizes: WeakMap<object, number>;
  try {
    ({ copy, sizes } = plainCopy(input, words));
  } catch (error) {
    const problem = error as InputProblem;
    return { success: false, issues: [{ path: formatPath(problem.path), message: problem.message }] };
  }
  const issues: ValidationIssue[] = [];
  let more = false;
  const add = (path: Path, found: readonly z.core.$ZodIssue[]) => {
    for (const issue of found) {
      if (issues.length >= MAX_ISSUES) return void (more = true);
      issues.push({ path: formatPath([...path, ...issue.path]), message: issue.message });
    }
  };
  /** How many values `value` holds, or SMALL for a small object (at most that many). */
  const sizeOf = (value: unknown) => (value === null || typeof value !== 'object' ? 1 : (sizes.get(value) ?? SMALL));
  const whole = (s: z.ZodMiniType, value: unknown, path: Path) => {
    const result = s.safeParse(value, { error: messages });
    if (!result.success) add(path, result.error.issues);
  };
  // Large objects and arrays are walked along the schema, so that no single zod call collects too many issues.
  const walk = (s: z.ZodMiniType, value: unknown, path: Path): void => {
    if (more) return;
    const def = s._zod.def as Def;
    const large = (sizes.get(value as object) ?? 0) > WHOLE_BELOW;
    if (!large) return whole(s, value, path);
    if (def.type === 'optional') return walk(def.innerType!, value, path);
    if (def.type === 'array' && Array.isArray(value) && !def.checks?.length) {
      // Runs of small elements are validated together, one zod call per WHOLE_BELOW values or so.
      const run = z.array(def.element!);
      for (let i = 0; i < value.length && !more; ) {
        if (sizeOf(value[i]) > WHOLE_BELOW) {
          walk(def.element!, value[i], [...path, i]);
          i++;
          continue;
        }
        const from = i;
        let count = 0;
        while (i < value.length && count < WHOLE_BELOW && sizeOf(value[i]) <= WHOLE_BELOW) count += sizeOf(value[i++]);
        const result = run.safeParse(value.slice(from, i), { error: messages });
        if (!result.success) add(path, result.error.issues.map((issue) => ({ ...issue, path: [Number(issue.path[0]) + from, ...issue.path.slice(1)] })));
      }
      return;
    }
    if (def.type === 'object' && !Array.isArray(value)) {
      // Its own checks (the plan's cross-references) are the whole pass's, above.
      for (const [key, field] of Object.entries(def.shape!)) walk(field, (value as Record<string, unknown>)[key], [...path, key]);
      return;
    }
    whole(s, value, path);
  };
  // A valid input, the common case, costs one zod pass over the whole. Only an invalid one is then walked piece by
  // piece, to list its issues without overflowing; the whole pass may itself overflow on one with very many issues.
  let failed: readonly z.core.$ZodIssue[] | undefined;
  let overflow: unknown;
  try {
    const result = schema.safeParse(copy, { error: messages });
    if (result.success) return { success: true, data: result.data };
    failed = result.error.issues;
  } catch (error) {
    overflow = error;
  }
  // The other kind of file (a plan given as the report): said as such, not as a file missing every field of its own.
  if (other && fileKind(copy) === other.kind) return { success: false, issues: [{ path: '(root)', message: say(words, other.said) }] };
  try {
    // A small input's issues are the whole pass's; a large one's come from the walk, unless its parts are all valid:
    // then they are the whole value's own checks (the plan's cross-references), which only the whole pass runs.
    if (failed && (sizes.get(copy as object) ?? 0) <= WHOLE_BELOW) add([], failed);
    else walk(schema, copy, []);
    if (!issues.length) {
      if (failed) add([], failed);
      else throw overflow;
    }
  } catch (error) {
    // Not expected on plain data within the limits; a failure, never an exception, all the same.
    issues.push({ path: '(root)', message: words.cannotValidate(describe(error, words)) });
  }
  if (more) issues.push({ path: '(root)', message: words.moreProblems(MAX_ISSUES) });
  return { success: false, issues, copy };
}
