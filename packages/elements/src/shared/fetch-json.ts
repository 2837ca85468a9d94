/**
 * The fetching and validating of a plan's or a feed's JSON (through `fetching` in load-json.ts), loaded with the
 * sharing of requests on a page's first fetch: a page whose elements fetch nothing downloads neither. The value of a
 * validation or its error (`valueOf`, `validated`) lives here too, with the fetch that needs it (and the server
 * render). Every fetch is validated: this chunk brings the validators.
 */
import type { PlanLookups, ProgressReport, ReportPlan } from '@dz-tasks/data';
import type { LazyModule } from './base-element.modules.js';
import { DzLoadError, type LoadKind, type LoadOptions, type Validation } from './load-json.js';
import { sayFetchProblem } from './fetch-problems.js';
import { httpUrl, requestJson, type Fetched } from './shared-requests.js';
import { invalidDetail, planValidation, reportValidation } from './validators.js';

/** The plan at `url` (a `plan-src`), as {@link fetchJson} loads it, with its lookups. */
export const fetchPlan = (url: string, options: LoadOptions, kind: LoadKind): Promise<PlanLookups> => fetchJson(url, options, planValidation, kind);

/**
 * The progress report at `url`, as {@link fetchJson} loads it, validated against `checkedAgainst` (what a feed shown
 * with the element's plan is checked against: `reportPlanOf`) once per `plan`; and `trend`, the trend's templates,
 * which come with the first feed (only a feed gives readings over time): without them (their chunk not loaded) the
 * readings still show, without their trend.
 */
export function fetchFeed(
  url: string,
  checkedAgainst: ReportPlan,
  plan: object,
  trend: LazyModule<unknown>,
  options: LoadOptions,
  kind: LoadKind,
): Promise<ProgressReport> {
  const drawn = trend.load().catch(console.error);
  return Promise.all([fetchJson(url, options, (json) => reportValidation(json, checkedAgainst), kind, plan), drawn]).then(([report]) => report);
}

/**
 * The JSON at `url`, validated: fetched and parsed once per page for every element that asks at the same time (see
 * `requestJson` in shared-requests.ts), and validated once per `key` (the validator, or the plan a feed is checked
 * against); a validator may answer asynchronously. Throws a {@link DzLoadError} in the words of `kind`, naming `url`
 * as given (and, for `kind.fetchFailed`, as resolved, when that differs): `kind.fetchFailed` for a network error or
 * an HTTP error status or a response over the size limit, `kind.invalid` for text that is not JSON or fails
 * `validate`, `kind.timedOut` when the whole response has not arrived within `seconds`, counted from here (this
 * caller then withdraws its interest, which aborts the fetch if nobody else waits). When `signal` aborts, this caller
 * stops waiting and the promise rejects with the signal's reason.
 */
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
    if (timer.aborted && !signal.aborted) throw new DzLoadError(kind.timedOut, (kind) => kind.timedOutMessage(url, seconds), kind);
    throw error;
  }
  if (!fetched.ok) {
    // The problem in no language: each wording says it in its own.
    const { why } = fetched;
    if (fetched.stage === 'fetch') throw new DzLoadError(kind.fetchFailed, (kind) => kind.fetchFailedMessage(requested(url), sayFetchProblem(why, kind.lang)), kind);
    throw new DzLoadError(kind.invalid, (kind) => kind.invalidMessage(url, sayFetchProblem(why, kind.lang)), kind);
  }
  let result = fetched.validations.get(key) as Validation<T> | Promise<Validation<T>> | undefined;
  if (!result) {
    const validation = (result = validate(fetched.json));
    fetched.validations.set(key, validation);
    // A validation that could not run (the validators' chunk not loaded) is not kept: the next load tries again.
    if (validation instanceof Promise) validation.catch(() => fetched.validations.get(key) === validation && fetched.validations.delete(key));
  }
  return valueOf(await result, url, kind);
}

/**
 * `url` as written (what an editor finds in their markup) and, when it differs, the URL it was requested at, resolved
 * against the page (a relative URL, `<base href>`): `feed.json (https://example.org/news/feed.json)`.
 */
function requested(url: string): string {
  const href = httpUrl(url);
  return href && href !== url ? `${url} (${href})` : url;
}

/** The value of a validation, or a {@link DzLoadError} of its `invalidDetail` (its issues in each wording's language). */
export function valueOf<T>(result: Validation<T>, source: string, kind: LoadKind): T {
  if (result.success) return result.value;
  throw new DzLoadError(kind.invalid, (kind) => invalidDetail(result, source, kind).message, kind);
}

/** The validated value of `json`, or a {@link DzLoadError} with `kind.invalid` naming `source` (a URL, or `plan`). */
export function validated<T>(json: unknown, validate: (json: unknown) => Validation<T>, source: string, kind: LoadKind): T {
  return valueOf(validate(json), source, kind);
}
