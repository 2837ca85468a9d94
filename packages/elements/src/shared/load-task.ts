/**
 * A load of shared data for an element (a `plan-src`, a progress feed): a {@link Task} of `@lit/task` that runs only
 * when there is something to load, so an element with no URL is drawn in one update, and that lets go of a shared
 * request while the element is off the page. The task is made on the first load: a page of gauges without `src` or
 * `plan-src` makes none (two per gauge before, each a controller called on every update).
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loadable, LoadState } from './base-element.view.js';
import { ErrorCode } from './events.js';
import { DzLoadError } from './load-json.js';

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftThePage = new DOMException('The element left the page', 'AbortError');

const loading: Loadable<never> = { state: 'loading' };

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((value, i) => Object.is(value, b[i])));

/**
 * Loads `load(args)` whenever `args()` changes, `args()` returning `undefined` when there is nothing to load (the task
 * then never runs: no promise, no second update). The signal is the element's interest in a shared request: newer
 * args abort the older run (and its result is ignored, so the last URL wins), args gone abort it too, and an element
 * removed from the page aborts its pending run, so a request nobody else waits on is aborted. An element moved
 * (removed and inserted again in one go) keeps its run; one inserted again later loads again, and one whose
 * properties change while it is off the page loads only once it is back.
 */
export class LoadTask<A extends readonly unknown[], T> implements ReactiveController, LoadState<T> {
  /** The task, made by the first run. */
  private task?: Task<A, T>;
  /** The args of the latest run. */
  private args?: A;
  /** Left the page while loading (or changed while off it): run again when back. */
  private released = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly argsOf: () => A | undefined,
    private readonly load: (args: A, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Runs the task with `args`, making it the first time. */
  private run(args: A): void {
    const host = this.host;
    // Run by hand (`autoRun: false`): only when there are args, so no URL means no run and no second update.
    this.task ??= new Task<A, T>(host, {
      autoRun: false,
      task: async (args, { signal }) => {
        // An element off the page (its properties changed after removal) loads nothing until it is back.
        if (!host.isConnected) return this.release();
        try {
          return await this.load(args, signal);
        } catch (error) {
          if (signal.reason === leftThePage) return initialState;
          throw error;
        }
      },
    });
    void this.task.run(args);
  }

  /** Where the load stands for the current args; a {@link DzLoadError} keeps its code. */
  get current(): Loadable<T> {
    const task = this.task;
    if (!task || this.argsOf() === undefined) return loading;
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return task.value === undefined ? loading : { state: 'ready', value: task.value };
      case TaskStatus.ERROR:
        return {
          state: 'error',
          error: task.error instanceof DzLoadError ? task.error.detail : { code: ErrorCode.feedFetchFailed, message: String(task.error) },
        };
      default:
        return loading;
    }
  }

  /** Before each render: new args start a run (aborting the older one); args gone abort it. */
  hostUpdate(): void {
    const args = this.argsOf();
    if (sameArgs(args, this.args)) return;
    this.args = args;
    if (args === undefined) {
      if (this.task?.status === TaskStatus.PENDING) this.task.abort();
    } else {
      this.run(args);
    }
  }

  /** Marks the task to run again when the host comes back; its run ends quietly meanwhile. */
  private release(): typeof initialState {
    this.released = true;
    return initialState;
  }

  hostDisconnected(): void {
    // Decided once the current script has run: a move disconnects and connects again synchronously.
    queueMicrotask(() => {
      if (this.host.isConnected || this.task?.status !== TaskStatus.PENDING) return;
      this.release();
      this.task.abort(leftThePage);
    });
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    if (this.args !== undefined) this.run(this.args);
  }
}
