/**
 * The running of a load (`load-task.ts`): its {@link Task} of `@lit/task`, made by its first run, and what reads and
 * aborts it. Imported with `@lit/task` by the first load on the page, so a page whose elements load nothing carries
 * neither (in the CDN build, with the fetching: the `fetch-json` chunk).
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { LoadTask } from './load-task.js';
import type { Loadable } from './base-element.view.js';

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftPage = new DOMException('The element left the page', 'AbortError');

/** Runs `load`'s task with `args`, making it the first time. */
export function runTask<A extends readonly unknown[], T>(load: LoadTask<A, T>, args: A): void {
  const host = load.host;
  // Run by hand (`autoRun: false`): only when there are args, so no URL means no run and no second update.
  load.task ??= new Task<A, T>(host, {
    autoRun: false,
    task: async (args, { signal }) => {
      // An element off the page (its properties changed after removal) loads nothing until it is back.
      if (!host.isConnected) return release(load);
      try {
        return await load.load(args, signal);
      } catch (error) {
        if (signal.reason === leftPage) return initialState;
        throw error;
      }
    },
  });
  void load.task.run(args);
}

/**
 * Where `task` stands: its value, or `failed` of its error; `undefined` while it loads (`load-task.ts` answers with
 * its one object for a load under way).
 */
export function taskState<A extends readonly unknown[], T>(task: Task<A, T>, failed: (error: unknown) => Loadable<never>): Loadable<T> | undefined {
  switch (task.status) {
    case TaskStatus.COMPLETE:
      return task.value === undefined ? undefined : { state: 'ready', value: task.value };
    case TaskStatus.ERROR:
      return failed(task.error);
    default:
      return undefined;
  }
}

/** Whether `task` is running. */
const pending = <A extends readonly unknown[], T>(task: Task<A, T>): boolean => task.status === TaskStatus.PENDING;

/** Args gone: the run under way, if any, is aborted. */
export function abortPending<A extends readonly unknown[], T>(task: Task<A, T>): void {
  if (pending(task)) task.abort();
}

/** The element left the page while its task runs: the run ends quietly, and starts again when the element is back. */
export function leftThePage<A extends readonly unknown[], T>(load: LoadTask<A, T>): void {
  if (!pending(load.task!)) return;
  release(load);
  load.task!.abort(leftPage);
}

/** Marks the task to run again when the host comes back; its run ends quietly meanwhile. */
function release<A extends readonly unknown[], T>(load: LoadTask<A, T>): typeof initialState {
  load.released = true;
  return initialState;
}
