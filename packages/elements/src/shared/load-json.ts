/** Fetching and validating JSON (a plan, a progress report), and the error an element shows when that fails. */
import { ErrorCode, type DzErrorDetail } from './events.js';

/** A failure to load or validate, with the stable code of `dz-error` and the message in the element's language. */
export class DzLoadError extends Error implements DzErrorDetail {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DzLoadError';
  }

  /** The `dz-error` detail of this error: its code and message. */
  get detail(): DzErrorDetail {
    return { code: this.code, message: this.message };
  }
}

/** A validator's answer: the value, or the issues found (as the data package's validators report them). */
export type Validation<T> = { readonly success: true; readonly value: T } | { readonly success: false; readonly issues: readonly { path: string; message: string }[] };

/** What is being loaded: the codes of its failures and the words of each, in the element's language. */
export interface LoadKind {
  readonly fetchFailed: ErrorCode;
  readonly invalid: ErrorCode;
  /** `Could not load /plan.json: HTTP 404`. */
  readonly fetchFailedMessage: (url: string, why: string) => string;
  /** `Invalid plan data (/plan.json): entries[0].value: expected number (+2)`. */
  readonly invalidMessage: (url: string, why: string) => string;
}

/** The first issue and how many more: `entries[0].value: expected number (+2)`. */
function summarize(issues: readonly { path: string; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return `${first.path}: ${first.message}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`;
}

/** The validated value of `json`, or a {@link DzLoadError} with `kind.invalid` naming `source` (a URL, or `plan`). */
export function validated<T>(json: unknown, validate: (json: unknown) => Validation<T>, source: string, kind: LoadKind): T {
  const result = validate(json);
  if (!result.success) throw new DzLoadError(kind.invalid, kind.invalidMessage(source, summarize(result.issues)));
  return result.value;
}

/**
 * Fetches `url` as JSON and validates it. Throws a {@link DzLoadError}: `kind.fetchFailed` for a network error or
 * an HTTP error status, `kind.invalid` for text that is not JSON or fails `validate`. An abort is rethrown as is.
 */
export async function loadJson<T>(url: string, signal: AbortSignal, validate: (json: unknown) => Validation<T>, kind: LoadKind): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DzLoadError(kind.fetchFailed, kind.fetchFailedMessage(url, 'network error'));
  }
  if (!response.ok) throw new DzLoadError(kind.fetchFailed, kind.fetchFailedMessage(url, `HTTP ${response.status}`));
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DzLoadError(kind.invalid, kind.invalidMessage(url, 'not JSON'));
  }
  return validated(json, validate, url, kind);
}
