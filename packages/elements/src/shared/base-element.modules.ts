/**
 * Modules an element's view may need that most pages never load: the validators (and zod), for a `plan` property,
 * a `plan-src` or a feed; the words about inputs, for a page with a mistake in an element's inputs; in the npm build,
 * the bundled Dezhou plan, for an element given none (`default-plan.ts`). Each is imported once per page, on first
 * use; an element that needs one shows its loading state until it is there, or, if its chunk cannot be loaded, says
 * so (see `failed`).
 */
import type { ReactiveControllerHost } from 'lit';

/** A module imported on first use: `loaded` once it is there; `failed`, why its last import failed. */
export interface LazyModule<M> {
  readonly loaded: M | undefined;
  readonly failed?: unknown;
  load(): Promise<M>;
}

/** The module `importModule` imports, on first use, once (again after a failure, which `failed` keeps until then). */
export function lazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const lazy = {
    loaded: undefined as M | undefined,
    failed: undefined as unknown,
    load: () =>
      (loading ??= importModule().then(
        (module) => ((lazy.failed = undefined), (lazy.loaded = module)),
        (error: unknown) => {
          loading = undefined;
          throw (lazy.failed = error);
        },
      )),
  };
  return lazy;
}

/** The validators of plans and feeds (and zod): a page with the bundled plan never loads them. */
export const validatorsModule: LazyModule<typeof import('./validators.js')> = lazyModule(() => import('./validators.js'));

/** The words about inputs: only a page with a mistake in an element's inputs loads them. */
export const inputReportModule: LazyModule<typeof import('./input-report.js')> = lazyModule(() => import('./input-report.js'));

/** The modules an element waits on: it updates when one arrives, and its `updateComplete` waits for that update. */
export class ModuleWait {
  /** The import under way that the view waits on, if any. */
  pending?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads `module`, then updates the host. */
  waitFor(module: LazyModule<unknown>): void {
    if (this.pending) return;
    const pending: Promise<void> = module.load().then(
      () => {
        if (this.pending === pending) this.pending = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.pending === pending) this.pending = undefined;
        console.error(error);
        // The view says the failure (`failed`): it waits no more.
        this.host.requestUpdate();
      },
    );
    this.pending = pending;
  }
}
