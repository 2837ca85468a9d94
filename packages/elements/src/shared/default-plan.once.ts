/**
 * How the bundled Dezhou plan loads, in both builds: each thing once per page, whatever the number of elements that
 * ask for it (the npm build's `default-plan.ts` the whole plan, the CDN build's `default-plan.lazy.ts` its parts).
 */
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.view.js';
import { ErrorCode } from './events.js';
import type { UiStrings } from './i18n/ui-strings.js';
import { secondsToWait } from './timeout.js';

/** A load that failed or timed out, in no language: the error in the words of `t`, each element's own. */
type Failure = (t: UiStrings) => Loadable<never>;

/** Results by key, and the elements that asked for a key still loading: each thing loads once per page. */
const results = new Map<string, Loadable<unknown> | Failure>();
const waiting = new Map<string, Set<ReactiveElement>>();
/** The failed load (by its key) each element that waited on it was told of: it keeps showing it, where a later element loads again. */
const failures = new WeakMap<ReactiveElement, readonly [key: string, failure: Failure]>();

/**
 * `load()`'s result for `key` once it has settled; `loading` until then, and `host` updates when it settles. A load
 * that has not settled within the first asker's `timeout` is a `plan-timeout` error until it does (a slow server:
 * the element says so rather than load forever), and every element that asked updates again when it arrives. A
 * failure is told to the elements that waited on it and forgotten: the next element to ask loads again (a chunk
 * lost to a network blip). An error is said in `t`, the UI strings of the language `host` read for its update.
 */
export function once<T>(key: string, host: ReactiveElement, t: UiStrings, load: () => Promise<T>): Loadable<T> {
  const hosts = waiting.get(key);
  if (hosts) hosts.add(host); // still loading, perhaps past its timeout
  const told = failures.get(host);
  const known = results.get(key) ?? (told?.[0] === key ? told[1] : undefined);
  if (known) return (typeof known === 'function' ? known(t) : known) as Loadable<T>;
  if (hosts) return { state: 'loading' };
  const asked = new Set([host]);
  waiting.set(key, asked);
  const tell = () => asked.forEach((waiter) => waiter.requestUpdate());
  const seconds = secondsToWait((host as { timeout?: unknown }).timeout);
  // setTimeout fires at once past 2^31 - 1 ms (about 24.8 days): wait that long at most.
  const timer = setTimeout(() => {
    results.set(key, (t) => ({ state: 'error', error: { code: ErrorCode.planTimeout, message: t.timedOut(PLAN_NAME, seconds) } }));
    tell();
  }, Math.min(seconds * 1000, 2 ** 31 - 1));
  const settle = (result?: Loadable<unknown>) => {
    clearTimeout(timer);
    waiting.delete(key);
    if (result) results.set(key, result);
    else results.delete(key);
    tell();
  };
  load().then(
    (value) => settle({ state: 'ready', value }),
    (why: unknown) => {
      const failure: Failure = (t) => ({ state: 'error', error: { code: ErrorCode.planFetchFailed, message: t.fetchFailed(PLAN_NAME, String(why)) } });
      for (const waiter of asked) failures.set(waiter, [key, failure]);
      settle();
    },
  );
  return { state: 'loading' };
}

/** How the bundled plan is named in its errors. */
const PLAN_NAME = '@dz-tasks/data/dezhou-2023';
