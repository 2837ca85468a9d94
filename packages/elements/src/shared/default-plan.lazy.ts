/**
 * The CDN build's `default-plan.ts`: the Dezhou plan is a chunk of its own, imported the first time an element
 * without `plan`/`plan-src` renders, once per page; until it is there the element shows its loading state, then
 * every element that asked updates. A page whose elements all have `plan-src` never downloads it.
 */
import type { PlanApi } from '@dz-tasks/data';
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.js';
import { ErrorCode } from './events.js';
import { languageOf } from './i18n/language.js';
import { strings } from './i18n/strings.js';

let state: Loadable<PlanApi> = { state: 'loading' };
let requested = false;
const waiting = new Set<ReactiveElement>();

/** The Dezhou plan's {@link PlanApi} once its chunk has loaded; `loading` until then (and `host` updates after). */
export function defaultPlan(host: ReactiveElement): Loadable<PlanApi> {
  if (state.state !== 'loading') return state;
  waiting.add(host);
  if (!requested) {
    requested = true;
    import('@dz-tasks/data/dezhou-2023').then(
      ({ dezhou }) => settle({ state: 'ready', value: dezhou() }),
      (error: unknown) =>
        settle({ state: 'error', error: { code: ErrorCode.planFetchFailed, message: `${strings[languageOf(host)].fetchFailed} (${String(error)})` } }),
    );
  }
  return state;
}

function settle(result: Loadable<PlanApi>): void {
  state = result;
  for (const host of waiting) host.requestUpdate();
  waiting.clear();
}
