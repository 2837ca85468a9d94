/** A Task that loads shared data for an element, and lets go of it while the element is off the page. */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The abort reason when an element leaves the page: its load ends quietly, and starts again if it comes back. */
const leftThePage = new DOMException('The element left the page', 'AbortError');

/**
 * A {@link Task} running `load` with the values of `args`, whose signal is the element's interest in a shared
 * request: a newer `args` aborts the older run (and its result is ignored, so the last URL wins), and an element
 * removed from the page aborts its pending run, so a request nobody else waits on is aborted too. An element
 * moved (removed and inserted again in one go) keeps its run; one inserted again later loads again.
 */
export function createLoadTask<const A extends readonly unknown[], T>(
  host: ReactiveControllerHost & Element,
  args: () => A,
  load: (args: A, signal: AbortSignal) => Promise<T>,
): Task<A, T> {
  const task = new Task<A, T>(host, {
    args,
    task: async (values, { signal }) => {
      try {
        return await load(values, signal);
      } catch (error) {
        if (signal.reason === leftThePage) return initialState;
        throw error;
      }
    },
  });
  host.addController(new ReleaseWhenRemoved(host, task));
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
      this.released = true;
      this.task.abort(leftThePage);
    });
  }

  hostConnected(): void {
    if (!this.released) return;
    this.released = false;
    void this.task.run();
  }
}
