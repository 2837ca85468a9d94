/**
 * A load of shared data for an element (a `plan-src`, a progress feed), read in the same update that asks for it:
 * nothing to load costs nothing (no promise, no second render), and what is loading or loaded is read synchronously.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loadable, LoadState } from './base-element.view.js';
import { DzLoadError } from './load-json.js';
import { ErrorCode } from './events.js';

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftThePage = new DOMException('The element left the page', 'AbortError');

const loading: Loadable<never> = { state: 'loading' };

/** A failed load as the element shows it: a {@link DzLoadError} keeps its code. */
const failed = (error: unknown): Loadable<never> => ({
  state: 'error',
  error: error instanceof DzLoadError ? error.detail : { code: ErrorCode.feedFetchFailed, message: String(error) },
});

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i])));

/**
 * Loads `load(args)` whenever `args()` changes, `args()` returning `undefined` when there is nothing to load. The
 * signal is the element's interest in a shared request: newer args abort the older run (and its result is ignored,
 * so the last URL wins), and an element removed from the page aborts its pending run, so a request nobody else
 * waits on is aborted too. An element moved (removed and inserted again in one go) keeps its run; one inserted again
 * later loads again, and one whose properties change while it is off the page loads only once it is back.
 */
export class LoadTask<A extends readonly unknown[], T> implements ReactiveController, LoadState<T> {
  private args?: A;
  private state: Loadable<T> = loading;
  private run?: AbortController;
  /** Left the page while loading (or changed while off it): load again when back. */
  private released = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly argsOf: () => A | undefined,
    private readonly load: (args: A, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Where the load stands for the current args (starting it when they changed). */
  get current(): Loadable<T> {
    this.sync();
    return this.state;
  }

  /** Also follows args the view did not read in this update, so a newer URL aborts the older request at once. */
  hostUpdate(): void {
    this.sync();
  }

  private sync(): void {
    const args = this.argsOf();
    if (sameArgs(args, this.args)) return;
    this.args = args;
    this.run?.abort();
    this.run = undefined;
    this.state = loading;
    if (!args) return;
    // An element off the page (its properties changed after removal) loads nothing until it is back.
    if (!this.host.isConnected) {
      this.release();
      return;
    }
    const run = (this.run = new AbortController());
    const settle = (state: Loadable<T>) => {
      if (this.run !== run) return;
      this.run = undefined;
      this.state = state;
      this.host.requestUpdate();
    };
    let answer: Promise<T>;
    try {
      answer = this.load(args, run.signal);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (value) => settle(value === undefined ? loading : { state: 'ready', value }),
      (error: unknown) => {
        if (run.signal.reason !== leftThePage) settle(failed(error));
      },
    );
  }

  /** Forgets the args, so the load runs again once the host is back and updates. */
  private release(): void {
    this.released = true;
    this.args = undefined;
  }

  hostDisconnected(): void {
    if (!this.run) return; // nothing under way: nothing to let go of
    // Decided once the current script has run: a move disconnects and connects again synchronously.
    queueMicrotask(() => {
      const run = this.run;
      if (this.host.isConnected || !run) return;
      this.run = undefined;
      this.state = loading;
      this.release();
      run.abort(leftThePage);
    });
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    this.sync();
    this.host.requestUpdate();
  }
}
