/**
 * A load of shared data for an element (a `plan-src`, a progress feed): a {@link Task} of `@lit/task` that runs only
 * when there is something to load, so an element with no URL is drawn in one update, and that lets go of a shared
 * request while the element is off the page. The task is made on the first load: a page of gauges without `src` or
 * `plan-src` makes none (two per gauge before, each a controller called on every update).
 */
import type { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyModule, type LazyModule } from './base-element.modules.js';
import type { Loadable, LoadState } from './base-element.view.js';
import type { DzLoadError } from './load-json.js';

/** The state of a load under way (or with nothing to load yet): one object for all. */
export const loading: Loadable<never> = { state: 'loading' };

/**
 * The running of loads (`load-task.run.ts`, with `@lit/task`), imported by the first load on the page: a page whose
 * elements load nothing never fetches it, nor carries its code.
 */
const runModule: LazyModule<typeof import('./load-task.run.js')> = lazyModule(() => import('./load-task.run.js'));

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i])));

/**
 * Loads `load(args)` whenever `args()` changes, `args()` returning `undefined` when there is nothing to load (the task
 * then never runs: no promise, no second update). The signal is the element's interest in a shared request: newer
 * args abort the older run (and its result is ignored, so the last URL wins), args gone abort it too, and an element
 * removed from the page aborts its pending run, so a request nobody else waits on is aborted. An element moved
 * (removed and inserted again in one go) keeps its run, and an element that replaces it in the same task (a new key
 * in React) joins its request first; one inserted again later loads again, and one whose properties change while it
 * is off the page loads only once it is back.
 */
export class LoadTask<A extends readonly unknown[], T> implements ReactiveController, LoadState<T> {
  // What the running of loads (`load-task.run.ts`) reads and writes is not private: that module is loaded apart.
  /** The task, made by the first run. */
  task?: Task<A, T>;
  /** The args of the latest run. */
  private args?: A;
  /** Left the page while loading (or changed while off it): run again when back. */
  released = false;
  /** Why `load-task.run.ts` (or `@lit/task`) could not be imported for the latest args (boxed: anything may be thrown). */
  private importFailed?: { readonly error: unknown };

  constructor(
    readonly host: ReactiveControllerHost & Element,
    private readonly argsOf: () => A | undefined,
    readonly load: (args: A, signal: AbortSignal) => Promise<T>,
    /**
     * The error of a load that failed or could not start (`@lit/task` not imported), in the load's words: asked each
     * time it is shown, so it follows the element's language (a load is never run again for a change of `lang`).
     */
    private readonly failure: (args: A, error: unknown) => DzLoadError,
  ) {
    host.addController(this);
  }

  /** Runs the task with `args`, making it the first time (once its module is there: imported first if need be). */
  private run(args: A): void {
    const running = runModule.loaded;
    this.importFailed = undefined;
    if (!running) {
      // Run when it arrives, unless newer args (a later run, waiting too) replaced these; a failure is their error.
      runModule.load().then(
        () => this.args === args && this.run(args),
        (error: unknown) => {
          if (this.args !== args) return;
          this.importFailed = { error };
          this.host.requestUpdate();
        },
      );
      return;
    }
    running.runTask(this, args);
  }

  /**
   * Where the load stands for the current args; an error in the words of now (see `failure`). Args not yet run (read
   * before `hostUpdate` runs them: a plan back after loading again) are loading, never the older args' outcome.
   */
  get current(): Loadable<T> {
    const task = this.task;
    const args = this.argsOf();
    if (!args || !sameArgs(args, this.args)) return loading;
    if (this.importFailed) return this.failed(this.importFailed.error);
    // A task means its module is there.
    return (task && runModule.loaded!.taskState(task, (error) => this.failed(error))) ?? loading;
  }

  /** Where the load of the latest args stands when it failed with `error`: its code, and its words of now. */
  private failed(error: unknown): Loadable<never> {
    return { state: 'error', error: this.failure(this.args!, error).detail };
  }

  /** Before each render: new args start a run (aborting the older one); args gone abort it. */
  hostUpdate(): void {
    const args = this.argsOf();
    if (sameArgs(args, this.args)) return;
    this.args = args;
    if (args === undefined) {
      if (this.task) runModule.loaded!.abortPending(this.task);
    } else {
      this.run(args);
    }
  }

  hostDisconnected(): void {
    // Decided in a later task: a move disconnects and connects again synchronously, and a framework's replacement (a
    // new element on the same URL, inserted in the same task) joins the request in its first update, a microtask.
    setTimeout(() => {
      if (!this.host.isConnected && this.task) runModule.loaded!.leftThePage(this);
    });
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    if (this.args !== undefined) this.run(this.args);
  }
}
