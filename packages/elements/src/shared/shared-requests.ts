/**
 * One request per URL per page: every element that loads a plan or a progress feed from the same URL (resolved
 * against the page) shares one fetch and one JSON parse, and what is validated from it is validated once per
 * validator (per plan, for a feed).
 *
 * A request lives while someone waits on it: each caller's `signal` is its interest, and the fetch is aborted only
 * when the last interest is withdrawn. Once answered, the parsed JSON is kept for later callers only as long as the
 * response's `Cache-Control: max-age` or `Expires` says it is fresh (less its age: the time since its `Date`, or its
 * `Age`), and forgotten when that ends; without such a header, and for a failure, it is shared only while in flight,
 * and the next caller fetches again with the default cache mode, so the browser's HTTP cache decides whether that
 * reaches the network or revalidates.
 */

/**
 * Why a request failed, in no language: each element words it (`fetch-problems.ts`). `crossOrigin` is a network error
 * from another origin than the page's, which the browser gives alike for a refusal to let the page read the answer
 * (no CORS headers, the page's `connect-src`). `redirected`: the page's own URL redirected, and where it went could not
 * be read: as a rule another origin refusing the page (the browser does not say where a refused redirect went). A redirect the browser let the page read (within the origin, or to one whose CORS headers and the
 * page's `connect-src` allow it) is read: the page's server chose it, the page's policy allowed it.
 */
export type FetchProblem =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'tooLarge'; readonly megabytes: number }
  | { readonly kind: 'network' | 'crossOrigin' | 'redirected' | 'notJson' | 'notHttp' };

/** What a shared request came to: the parsed JSON, or why it failed, in no language (each element words it). */
export type Fetched =
  | {
      readonly ok: true;
      readonly json: unknown;
      /** Validation results by validator key (the plan a feed is checked against), computed once for everyone. */
      readonly validations: WeakMap<object, unknown>;
    }
  | {
      readonly ok: false;
      /** `fetch`: network error or HTTP error status; `parse`: the body is not JSON. */
      readonly stage: 'fetch' | 'parse';
      /** An HTTP error status, a network error, a body over the size limit or not JSON, a URL that is not http(s). */
      readonly why: FetchProblem;
    };

interface SharedRequest {
  readonly answer: Promise<Fetched>;
  readonly controller: AbortController;
  /** Callers waiting while in flight; at zero the fetch is aborted. */
  interests: number;
  answered: boolean;
  /** `Date.now()` after which an answered request is no longer reused. */
  freshUntil: number;
  /** The timer that forgets the answer when its freshness ends. */
  expiry?: ReturnType<typeof setTimeout>;
}

const requests = new Map<string, SharedRequest>();

/**
 * The JSON at `url`, fetched once for every caller that asks while it is in flight or still fresh. Aborting
 * `signal` withdraws this caller's interest (its promise rejects with the signal's reason) and aborts the fetch
 * when nobody else waits on it. Never rejects otherwise: a failure is an answer.
 */
export function requestJson(url: string, signal: AbortSignal): Promise<Fetched> {
  if (signal.aborted) return Promise.reject(signal.reason);
  const key = httpUrl(url);
  if (!key) return Promise.resolve({ ok: false, stage: 'fetch', why: { kind: 'notHttp' } });
  let request = requests.get(key);
  if (request?.answered && !(Date.now() < request.freshUntil)) {
    forget(key, request);
    request = undefined;
  }
  if (!request) {
    request = start(key);
    requests.set(key, request);
  }
  return request.answered ? request.answer : join(key, request, signal);
}

/**
 * `url` resolved against the page, if it is an http(s) URL: a `javascript:`, `data:` or `file:` URL, or one that
 * does not parse, is never fetched (under a strict CSP it would be a violation, and it is never a plan or a feed).
 */
export function httpUrl(url: string): string | undefined {
  try {
    const resolved = new URL(url, document.baseURI);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function start(url: string): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = {
    controller,
    interests: 0,
    answered: false,
    freshUntil: 0,
    answer: fetchJson(url, controller.signal).then(({ fetched, freshFor }) => {
      request.answered = true;
      // An aborted request was already forgotten; a late answer from a fetch that ignores abort is dropped here.
      if (requests.get(url) === request) {
        if (fetched.ok && freshFor > 0) {
          request.freshUntil = Date.now() + freshFor;
          // Forgotten when it goes stale, asked for again or not: no page keeps every plan it was ever shown. (A timer
          // fires at once past 2^31 - 1 ms, about 24.8 days: forgotten then at the latest.)
          request.expiry = setTimeout(() => forget(url, request), Math.min(freshFor, 2 ** 31 - 1));
        } else requests.delete(url);
      }
      return fetched;
    }),
  };
  return request;
}

/** Drops `request`, if it is still the one for `url`, and its timer. */
function forget(url: string, request: SharedRequest): void {
  clearTimeout(request.expiry);
  if (requests.get(url) === request) requests.delete(url);
}

function join(url: string, request: SharedRequest, signal: AbortSignal): Promise<Fetched> {
  request.interests += 1;
  return new Promise((resolve, reject) => {
    const withdraw = () => {
      reject(signal.reason);
      request.interests -= 1;
      if (request.interests > 0 || request.answered) return;
      if (requests.get(url) === request) requests.delete(url);
      request.controller.abort();
    };
    signal.addEventListener('abort', withdraw, { once: true });
    void request.answer.then((fetched) => {
      signal.removeEventListener('abort', withdraw);
      resolve(fetched);
    });
  });
}

/**
 * The largest plan or feed an element reads: 20 MB, the JSON of a plan of about 8,000 tasks as long as the seed's in
 * three languages (a plan at the schema's limits, 10,000 tasks and 1,000 units, is about 25 MB: set it as `plan`). A
 * longer response is refused (by its `Content-Length`, or once that many bytes have arrived) rather than parsed on the
 * page's main thread.
 */
export const MAX_RESPONSE_BYTES = 20 * 2 ** 20;

/** The body as UTF-8 text, or `undefined` (its stream cancelled) once it is longer than {@link MAX_RESPONSE_BYTES}. */
async function readText(response: Response): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > MAX_RESPONSE_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let length = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    length += value.byteLength;
    if (length > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<{ fetched: Fetched; freshFor: number }> {
  const failed = (stage: 'fetch' | 'parse', why: FetchProblem) => ({ fetched: { ok: false, stage, why } as const, freshFor: 0 });
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) return failed('fetch', { kind: 'http', status: response.status });
    const body = await readText(response);
    if (body === undefined) return failed('fetch', { kind: 'tooLarge', megabytes: MAX_RESPONSE_BYTES / 2 ** 20 });
    text = body;
  } catch {
    // An aborted fetch's answer goes unread: nothing to ask again.
    const ours = new URL(url).origin === location.origin;
    return failed('fetch', { kind: ours ? (!signal.aborted && (await redirects(url, signal)) ? 'redirected' : 'network') : 'crossOrigin' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failed('parse', { kind: 'notJson' });
  }
  return { fetched: { ok: true, json, validations: new WeakMap() }, freshFor: freshnessOf(response.headers) };
}

/**
 * Whether `url` answers with a redirect, asked again without following it: a fetch of the page's origin that failed
 * after a redirect went to another origin that refused the page (no CORS headers, the page's `connect-src`), which the
 * browser tells as it tells a network error.
 */
async function redirects(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, { signal, redirect: 'manual' });
    void response.body?.cancel().catch(() => undefined);
    return response.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/**
 * How many milliseconds a response may be reused without asking again, from its headers: its freshness lifetime
 * (`max-age`, else `Expires` less `Date`) less its age (RFC 9111: the larger of `Age` and the time since `Date`, so an
 * answer kept in the browser's HTTP cache is not fresh again); 0 with `no-store`, `no-cache` or neither. A
 * cross-origin response exposes `Cache-Control` and `Expires` but not `Age` or `Date` (unless the server lists them
 * in `Access-Control-Expose-Headers`); then it is taken as sent now, its age 0.
 */
export function freshnessOf(headers: Headers, now = Date.now()): number {
  const directives = new Map(
    (headers.get('cache-control') ?? '')
      .toLowerCase()
      .split(',')
      .map((directive) => directive.trim().split('=', 2) as [string, string?])
      .filter(([name]) => name !== '')
      .map(([name, value]) => [name.trim(), value?.trim().replace(/^"(.*)"$/, '$1')] as const),
  );
  if (directives.has('no-store') || directives.has('no-cache')) return 0;
  const date = Date.parse(headers.get('date') ?? '');
  const sent = Number.isNaN(date) ? now : date;
  const maxAge = directives.get('max-age') ?? '';
  const lifetime = directives.has('max-age') ? (/^\d+$/.test(maxAge) ? Number(maxAge) * 1000 : 0) : Date.parse(headers.get('expires') ?? '') - sent;
  const age = Number(headers.get('age') ?? 0) * 1000;
  // NaN (an unreadable Expires or Age) compares false: no freshness, or no age beyond the time since Date.
  return lifetime > 0 ? Math.max(0, lifetime - Math.max(now - sent, age > 0 ? age : 0)) : 0;
}
