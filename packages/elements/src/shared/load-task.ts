/** A Task that loads shared data for an element, and lets go of it while the element is off the page. */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftThePage = new DOMException('The element left the page', 'AbortError');

/**
 * A {@link Task} running `load` with the values of `args`, whose signal is the element's interest in a shared
 * request: a newer `args` aborts the older run (and its result is ignored, so the last URL wins), and an element
 * removed from the page aborts its pending run, so a request nobody else waits on is aborted too. An element
 * moved (removed and inserted again in one go) keeps its run; one inserted again later loads again, and one whose
 * properties change while it is off the page loads only once it is back.
 */
export function createLoadTask<const A extends readonly unknown[], T>(
  host: ReactiveControllerHost & Element,
  args: () => A,
  load: (args: A, signal: AbortSignal) => Promise<T>,
): Task<A, T> {
  const task: Task<A, T> = new Task<A, T>(host, {
    args,
    task: async (values, { signal }) => {
      // An element off the page (its properties changed after removal) loads nothing until it is back.
      if (!host.isConnected) return release.waitForReturn();
      try {
        return await load(values, signal);
      } catch (error) {
        if (signal.reason === leftThePage) return initialState;
        throw error;
      }
    },
  });
  const release = new ReleaseWhenRemoved(host, task);
  host.addController(release);
  return task;
}

class ReleaseWhenRemoved implements ReactiveController {
  private released = false;

  constructor(
    private readonly host: Element,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {}

  hostDisconnected(): void {
    // Decided once the current script has run: a move disconnects and connects again synchronously.
    queueMicrotask(() => {
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.waitForReturn();
      this.task.abort(leftThePage);
    });
  }

  /** Marks the task to run again when the host comes back; its run ends quietly meanwhile. */
  waitForReturn(): typeof initialState {
    this.released = true;
    return initialState;
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    void this.task.run();
  }
}
