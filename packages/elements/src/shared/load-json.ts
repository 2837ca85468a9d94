/** Fetching and validating JSON (a plan, a progress report), and the error an element shows when that fails. */
import type { Language } from '@dz-tasks/data';
import { ErrorCode, type DzErrorDetail } from './events.js';

/**
 * A failure to load or validate, with the stable code of `dz-error` and the message in the words of `kind`. It keeps
 * the facts (URL, status, issues) in `say`, so {@link loadFailed} words it again in another language: an element
 * whose `lang` changes shows its error in the new one.
 */
export class DzLoadError extends Error implements DzErrorDetail {
  constructor(
    readonly code: ErrorCode,
    /** The message in the words of a kind. */
    readonly say: (kind: LoadKind) => string,
    kind: LoadKind,
  ) {
    super(say(kind));
    this.name = 'DzLoadError';
  }

  /** The `dz-error` detail of this error: its code and message. */
  get detail(): DzErrorDetail {
    return { code: this.code, message: this.message };
  }
}

/** A problem a validator found: where, and what, in words. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/**
 * A validator's answer: the value, or the issues found (as the data package's validators report them), in English and,
 * through `issuesIn`, in the language of each element that shows them.
 */
export type Validation<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly issues: readonly Issue[]; readonly issuesIn?: (lang: Language) => readonly Issue[] };

/** What is being loaded: the codes of its failures and the words of each, in the element's language. */
export interface LoadKind {
  /** The language of the words, and of the validator's issues they quote. */
  readonly lang: Language;
  readonly fetchFailed: ErrorCode;
  readonly invalid: ErrorCode;
  readonly timedOut: ErrorCode;
  /** `Could not load /plan.json: HTTP 404`. */
  readonly fetchFailedMessage: (url: string, why: string) => string;
  /** `Invalid plan data (/plan.json): entries[0].value: expected number (+2)`. */
  readonly invalidMessage: (url: string, why: string) => string;
  /** `No complete answer from /plan.json within 15 s`. */
  readonly timedOutMessage: (url: string, seconds: number) => string;
}

/** How long a caller waits, and its interest: aborting `signal` withdraws it. */
export interface LoadOptions {
  readonly signal: AbortSignal;
  /** Seconds until the caller gives up with `kind.timedOut` (and withdraws its interest in the request). */
  readonly seconds: number;
}

/**
 * The fetching, with the sharing of requests, imported on first use (a page whose elements fetch nothing does not
 * download it), then at hand: later loads join a request in the same task they ask, as elements updating together
 * must.
 */
let fetching: typeof import('./fetch-json.js') | undefined;

/**
 * The JSON at `url`, validated: fetched and parsed once per page for every element that asks at the same time (see
 * `requestJson` in shared-requests.ts), and validated once per `key` (the validator, or the plan a feed is checked against); a
 * validator may answer asynchronously (once the validators module is loaded). Throws
 * a {@link DzLoadError} in the words of `kind`, naming `url` as given (and, for `kind.fetchFailed`, as resolved, when that differs): `kind.fetchFailed` for a network error or
 * an HTTP error status or a response over the size limit, `kind.invalid` for text that is not JSON or fails
 * `validate`, `kind.timedOut` when the whole response has not arrived within `seconds` (this caller then withdraws
 * its interest, which aborts the fetch if nobody else waits); for a module that could not be loaded, its error as it
 * is ({@link loadFailed} words it). When `signal` aborts, this caller stops waiting and the promise rejects with the
 * signal's reason.
 */
export function loadJson<T>(
  url: string,
  options: LoadOptions,
  validate: (json: unknown) => Validation<T> | Promise<Validation<T>>,
  kind: LoadKind,
  key: object = validate,
): Promise<T> {
  return fetching ? fetching.fetchJson(url, options, validate, kind, key) : import('./fetch-json.js').then((module) => (fetching = module).fetchJson(url, options, validate, kind, key));
}

/**
 * `error` as the load of `url` failing in the words of `kind` (the element's language now): a {@link DzLoadError}
 * worded again; anything else (the fetching's, the validators' or `@lit/task`'s chunk not loaded: a CDN folder updated
 * under a cached loader) `kind.fetchFailed`, with what failed.
 */
export const loadFailed = (url: string, error: unknown, kind: LoadKind): DzLoadError =>
  error instanceof DzLoadError
    ? new DzLoadError(error.code, error.say, kind)
    : new DzLoadError(kind.fetchFailed, (kind) => kind.fetchFailedMessage(url, String(error)), kind);
