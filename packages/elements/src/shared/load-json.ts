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

/** The fetching, once imported. */
let fetchingModule: typeof import('./fetch-json.js') | undefined;

/**
 * What `load` does with the fetching (`fetch-json.ts`: a plan's or a feed's JSON fetched, shared and validated, and
 * how that fails), imported on first use with the sharing of requests and the validators (a page whose elements
 * fetch nothing downloads none of them), then at hand: later loads join a request in the same task they ask, as
 * elements updating together must. A chunk that could not be loaded rejects with its error ({@link loadFailed} words
 * it).
 */
export function fetching<T>(load: (module: typeof import('./fetch-json.js')) => Promise<T>): Promise<T> {
  return fetchingModule ? load(fetchingModule) : import('./fetch-json.js').then((module) => load((fetchingModule = module)));
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
