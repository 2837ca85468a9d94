/// <reference types="node" />
/**
 * The server render's `fetch`, following a redirect only within the origin the element named. A browser reads a
 * redirect to another origin only if that origin allows the page (CORS, `connect-src`), and Node's `fetch` follows
 * any: the render could put into the page data the page itself could not load, and on a server reach an address the
 * author never named (an internal host).
 */

/** The most redirects one plan or feed may take (a browser allows 20; a feed needs one or two). */
export const MAX_REDIRECTS = 5;

/** The statuses `fetch` would follow. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Whether a redirect from the URL an element `named` to `target` stays in its origin: the same scheme, host and
 * port, or the http→https upgrade of the same host and port (never a downgrade).
 */
export function sameOriginRedirect(named: URL, target: URL): boolean {
  const upgrade = named.protocol === 'http:' && target.protocol === 'https:';
  return target.host === named.host && (target.protocol === named.protocol || upgrade);
}

/** Lets a response's body go unread: its connection is not held open until the timer. */
export function discard(response: Response): void {
  const body = response.body as unknown as { cancel?(): Promise<void>; destroy?(): void } | null;
  void body?.cancel?.().catch(() => undefined);
  body?.destroy?.();
}

/** Where a `Location` header leads from `at`. */
function resolvedLocation(location: string, at: URL): URL {
  try {
    return new URL(location, at);
  } catch {
    throw new Error(`the server redirected ${at.href} to an address that is no URL`);
  }
}

/**
 * The response for `url` after the redirects within its origin, at most {@link MAX_REDIRECTS}; any other redirect
 * is an error naming where it went. A redirect without a `Location` is the response itself, as in a browser.
 */
export async function fetchSameOrigin(url: URL, init: Omit<RequestInit, 'redirect'>): Promise<Response> {
  let at = url;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(at, { ...init, redirect: 'manual' });
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    discard(response);
    const target = resolvedLocation(location, at);
    // Within the origin named, and no downgrade from where it went on the way (http → https → http).
    if (!sameOriginRedirect(url, target) || !sameOriginRedirect(at, target)) {
      throw new Error(`the server redirected ${at.href} to ${target.href}; the render does not follow a redirect to another origin`);
    }
    if (redirects === MAX_REDIRECTS) throw new Error(`the server redirected it more than ${MAX_REDIRECTS} times`);
    at = target;
  }
}
