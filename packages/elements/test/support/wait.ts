/**
 * Waiting in browser tests without depending on time: every wait is for a state or an event, with a ceiling that
 * only a hung test reaches. The machines have two cores and other work may run beside the tests, so a ceiling is
 * generous (open-wc's `waitUntil` gives up after 1 s by default).
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/** The longest any single wait may take before the test fails: a hang, never a slow machine. */
export const CEILING_MS = 30_000;

/** Waits until `predicate` holds (checked on every animation frame), or fails with `message` at the ceiling. */
export function until(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: CEILING_MS, interval: 16 });
}

/** One macrotask: every microtask queued so far (promise continuations, Lit's update scheduling) has run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** A response the test releases when it chooses, and learns when the element has read. */
export interface HeldResponse {
  /**
   * Answers the request with `body` as JSON (status 200 unless `init` says otherwise); resolves once the element has
   * read the whole body, or, for an error status (whose body is not read), one task after the answer.
   */
  release(body: unknown, init?: { status?: number; headers?: Record<string, string> }): Promise<void>;
  /** Whether the request's signal was aborted. */
  readonly aborted: boolean;
}

/** `url` resolved against the page, as elements key their requests. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * Replaces `window.fetch` for one test: every request waits until the test releases it, in whatever order the test
 * chooses. `request(url)` resolves with the latest held request for a URL (relative or absolute) once the element
 * has made it; `count(url)` is how many requests were made for it. With `ignoreAbort`, an aborted request stays
 * pending, as from a server or polyfill that does not honour abort.
 */
export function holdFetch({ ignoreAbort = false } = {}): {
  request(url: string): Promise<HeldResponse>;
  count(url: string): number;
  restore(): void;
} {
  const original = window.fetch;
  const made = new Map<string, HeldResponse>();
  const counts = new Map<string, number>();
  const waiting = new Map<string, (held: HeldResponse) => void>();
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = absolute(String(input));
      counts.set(url, (counts.get(url) ?? 0) + 1);
      const signal = init?.signal ?? undefined;
      let read!: () => void;
      const wasRead = new Promise<void>((done) => (read = done));
      const held: HeldResponse = {
        get aborted() {
          return signal?.aborted ?? false;
        },
        async release(body, init) {
          const response = new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
          // The element reads the body as a stream; once the stream has ended and a task has passed, it has acted on it.
          const stream = response.body!.pipeThrough(new TransformStream({ flush: () => void nextTask().then(read) }));
          Object.defineProperty(response, 'body', { value: stream });
          resolve(response);
          if (!response.ok) await nextTask();
          else await wasRead;
        },
      };
      if (!ignoreAbort) signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      made.set(url, held);
      waiting.get(url)?.(held);
    })) as typeof fetch;
  return {
    // A request never made fails the test at the ceiling, naming the URL, rather than hanging the file.
    request: (url) => {
      const existing = made.get(absolute(url));
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const ceiling = setTimeout(() => reject(new Error(`no request for ${url} within ${CEILING_MS / 1000} s`)), CEILING_MS);
        waiting.set(absolute(url), (held) => {
          clearTimeout(ceiling);
          resolve(held);
        });
      });
    },
    count: (url) => counts.get(absolute(url)) ?? 0,
    restore: () => {
      window.fetch = original;
    },
  };
}

let fedNumber = 0;

/**
 * The element `template(url)` renders, its feed at a fresh `url` held and answered with `report`, once `loading(el)`
 * (its loading state, or the part of it the feed fills) is gone and its update after: an element shown with a feed,
 * whatever the machine's speed.
 */
export async function withHeldFeed<E extends LitElement>(template: (url: string) => TemplateResult, report: unknown, loading: (el: E) => unknown): Promise<E> {
  const fetches = holdFetch();
  try {
    const url = `/held-feed-${++fedNumber}.json`;
    const el = await fixture<E>(template(url));
    await (await fetches.request(url)).release(report);
    await until(() => !loading(el), 'the feed is shown');
    await el.updateComplete;
    return el;
  } finally {
    fetches.restore();
  }
}
