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

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftThePage = new DOMException('The element left the page', 'AbortError');

/** The state of a load under way (or with nothing to load yet): one object for all. */
export const loading: Loadable<never> = { state: 'loading' };

/** `@lit/task`, imported by the first load on the page: a page whose elements load nothing never fetches it. */
const taskModule: LazyModule<typeof import('@lit/task')> = lazyModule(() => import('@lit/task'));

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
  /** The task, made by the first run. */
  private task?: Task<A, T>;
  /** The args of the latest run. */
  private args?: A;
  /** Left the page while loading (or changed while off it): run again when back. */
  private released = false;
  /** Why `@lit/task` could not be imported for the latest args (boxed: anything may be thrown). */
  private importFailed?: { readonly error: unknown };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly argsOf: () => A | undefined,
    private readonly load: (args: A, signal: AbortSignal) => Promise<T>,
    /**
     * The error of a load that failed or could not start (`@lit/task` not imported), in the load's words: asked each
     * time it is shown, so it follows the element's language (a load is never run again for a change of `lang`).
     */
    private readonly failure: (args: A, error: unknown) => DzLoadError,
  ) {
    host.addController(this);
  }

  /** Runs the task with `args`, making it the first time (once `@lit/task` is there: imported first if need be). */
  private run(args: A): void {
    const host = this.host;
    const lit = taskModule.loaded;
    this.importFailed = undefined;
    if (!lit) {
      // Run when it arrives, unless newer args (a later run, waiting too) replaced these; a failure is their error.
      taskModule.load().then(
        () => this.args === args && this.run(args),
        (error: unknown) => {
          if (this.args !== args) return;
          this.importFailed = { error };
          host.requestUpdate();
        },
      );
      return;
    }
    // Run by hand (`autoRun: false`): only when there are args, so no URL means no run and no second update.
    this.task ??= new lit.Task<A, T>(host, {
      autoRun: false,
      task: async (args, { signal }) => {
        // An element off the page (its properties changed after removal) loads nothing until it is back.
        if (!host.isConnected) return this.release();
        try {
          return await this.load(args, signal);
        } catch (error) {
          if (signal.reason === leftThePage) return lit.initialState;
          throw error;
        }
      },
    });
    void this.task.run(args);
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
    if (!task) return loading;
    // A task means `@lit/task` is there.
    const status = taskModule.loaded!.TaskStatus;
    switch (task.status) {
      case status.COMPLETE:
        return task.value === undefined ? loading : { state: 'ready', value: task.value };
      case status.ERROR:
        return this.failed(task.error);
      default:
        return loading;
    }
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
      if (this.pending) this.task!.abort();
    } else {
      this.run(args);
    }
  }

  /** Whether the task is running. */
  private get pending(): boolean {
    return !!this.task && this.task.status === taskModule.loaded!.TaskStatus.PENDING;
  }

  /** Marks the task to run again when the host comes back; its run ends quietly meanwhile. */
  private release(): typeof import('@lit/task').initialState {
    this.released = true;
    return taskModule.loaded!.initialState;
  }

  hostDisconnected(): void {
    // Decided in a later task: a move disconnects and connects again synchronously, and a framework's replacement (a
    // new element on the same URL, inserted in the same task) joins the request in its first update, a microtask.
    setTimeout(() => {
      if (this.host.isConnected || !this.pending) return;
      this.release();
      this.task!.abort(leftThePage);
    });
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    if (this.args !== undefined) this.run(this.args);
  }
}
