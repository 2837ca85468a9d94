/** What a dz- element shows and the data it waits on, as values: the one view object each update derives. */
import type { DzErrorDetail } from './events.js';

/**
 * Where an element's data stands: ready with a value, still loading, or failed with a message to show. Switch on
 * `state` to narrow it.
 *
 * @typeParam T The value once loaded, e.g. a plan's lookups (`PlanLookups`) or a `ProgressReport`.
 */
export type Loadable<T> =
  | {
      /** `'ready'`: the value is there. */
      readonly state: 'ready';
      /** The loaded (and validated) value. */
      readonly value: T;
    }
  | {
      /** `'loading'`: a fetch is under way, or there is nothing to load yet. */
      readonly state: 'loading';
    }
  | {
      /** `'error'`: loading or validation failed. */
      readonly state: 'error';
      /** The code and the message to show, as dispatched in `dz-error`. */
      readonly error: DzErrorDetail;
    };

/**
 * What an element shows, derived once per update: a loading skeleton of `lines`, an error, a short message for an
 * empty result, or `ready` with what to draw (`Ready`), optionally with an error shown alongside (a card's feed).
 *
 * @typeParam Ready What the element draws when ready.
 */
export type ElementView<Ready extends object> =
  | {
      /** `'loading'`: the plan or a feed is on its way. */
      readonly kind: 'loading';
      /** How many lines the skeleton has. */
      readonly lines: number;
    }
  | {
      /** `'error'`: the element shows only this error. */
      readonly kind: 'error';
      /** The code and the message, shown in place and dispatched in `dz-error`. */
      readonly error: DzErrorDetail;
    }
  | {
      /** `'empty'`: nothing matches. */
      readonly kind: 'empty';
      /** The message shown instead. */
      readonly message: string;
    }
  | ({
      /** `'ready'`: draw `Ready`. */
      readonly kind: 'ready';
      /** An error shown alongside what is drawn (a card's failed feed), dispatched in `dz-error`. */
      readonly error?: DzErrorDetail;
      /**
       * A notice over what is drawn, told once as the notices about the inputs are: how the element read them when it
       * had to assume (a gauge's value without a date, past its deadline).
       */
      readonly notice?: DzErrorDetail & {
        /** What the notice is about (`as-of`): it is told once per element and key. */
        readonly key: string;
      };
    } & Ready);

/** What an element reads of a load (see `load-task.ts`), or of its preloaded stand-in on a server (`preloaded.ts`). */
export interface LoadState<T> {
  /** Where the load stands now. */
  readonly current: Loadable<T>;
}
