/**
 * `loadJson`'s fetching and validating, loaded with the sharing of requests on a page's first fetch: a page whose
 * elements fetch nothing downloads neither. The value of a validation or its error (`valueOf`, `validated`,
 * `invalidDetail`) lives here too, with the fetch that needs it (the validators' `plan` property and the server render
 * use it too).
 */
import { issueLine } from '@dz-tasks/data';
import type { DzErrorDetail } from './events.js';
import { DzLoadError, type Issue, type LoadKind, type LoadOptions, type Validation } from './load-json.js';
import { sayFetchProblem } from './fetch-problems.js';
import { requestJson, type Fetched } from './shared-requests.js';

/** What `loadJson` does, once this module has loaded (the `seconds` are counted from here). */
export async function fetchJson<T>(
  url: string,
  { signal, seconds }: LoadOptions,
  validate: (json: unknown) => Validation<T> | Promise<Validation<T>>,
  kind: LoadKind,
  key: object = validate,
): Promise<T> {
  const timer = AbortSignal.timeout(seconds * 1000);
  let fetched: Fetched;
  try {
    fetched = await requestJson(url, AbortSignal.any([signal, timer]));
  } catch (error) {
    if (timer.aborted && !signal.aborted) throw new DzLoadError(kind.timedOut, kind.timedOutMessage(url, seconds));
    throw error;
  }
  if (!fetched.ok) {
    const why = sayFetchProblem(fetched.why, kind.lang);
    if (fetched.stage === 'fetch') throw new DzLoadError(kind.fetchFailed, kind.fetchFailedMessage(url, why));
    throw new DzLoadError(kind.invalid, kind.invalidMessage(url, why));
  }
  let result = fetched.validations.get(key) as Validation<T> | Promise<Validation<T>> | undefined;
  if (!result) {
    result = validate(fetched.json);
    fetched.validations.set(key, result);
  }
  return valueOf(await result, url, kind);
}

/** The value of a validation, or a {@link DzLoadError} of its `invalidDetail`. */
export function valueOf<T>(result: Validation<T>, source: string, kind: LoadKind): T {
  if (result.success) return result.value;
  const { code, message } = invalidDetail(result, source, kind);
  throw new DzLoadError(code, message);
}

/** The validated value of `json`, or a {@link DzLoadError} with `kind.invalid` naming `source` (a URL, or `plan`). */
export function validated<T>(json: unknown, validate: (json: unknown) => Validation<T>, source: string, kind: LoadKind): T {
  return valueOf(validate(json), source, kind);
}

/** The first issue (its `issueLine`) and how many more: `entries[0].value: expected number (+2)`. */
function summarize(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return `${issueLine(first)}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`;
}

/** The error of a failed validation: `kind.invalid`, naming `source` and the first issue in `kind.lang`. */
export function invalidDetail(result: Validation<unknown> & { readonly success: false }, source: string, kind: LoadKind): DzErrorDetail {
  return { code: kind.invalid, message: kind.invalidMessage(source, summarize(result.issuesIn?.(kind.lang) ?? result.issues)) };
}
