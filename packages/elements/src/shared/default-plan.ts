/**
 * The plan an element shows when it is given none: the Dezhou 2023 plan. In the npm build it is imported the first
 * time an element needs it, once per page (`import()`: the user's bundler puts it in a chunk of its own, which an
 * app that shows its own plan never fetches); until it is there the element shows its loading state, and its
 * `updateComplete` waits for it. The CDN build swaps this module for `default-plan.lazy.ts`, which fetches the plan
 * in parts. A server render loads it before it renders (`ssr/render-element.ts`).
 */
import type { Language, PlanLookups, ReportPlan } from '@dz-tasks/data';
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.js';
import { lazyModule, type LazyModule, type ModuleWait } from './base-element.modules.js';
import { once } from './default-plan.once.js';
import type { UiStrings } from './i18n/ui-strings.js';

/** The Dezhou plan's lookups (its whole `PlanApi`), imported on first use. */
export const dezhouModule: LazyModule<PlanLookups> = lazyModule(() => import('@dz-tasks/data/dezhou-2023').then((m) => m.dezhou()));

/**
 * The Dezhou plan's lookups, whatever the element and its language, once imported; `loading` until then (a
 * `plan-timeout` or `plan-fetch-failed` error in the words of `t` if it is late or cannot be imported), and the
 * element's `updateComplete` waits for it through `modules`, as for the view's other modules.
 */
export function defaultPlan(host: ReactiveElement, _lang: Language, t: UiStrings, modules: ModuleWait): Loadable<PlanLookups> {
  const loaded = dezhouModule.loaded;
  if (loaded) return { state: 'ready', value: loaded };
  const plan = once('dezhou', host, t, dezhouModule.load);
  // After `once`, which the import's settling tells first: when `updateComplete` stops waiting, the plan is shown.
  if (plan.state === 'loading') modules.waitFor(dezhouModule);
  return plan;
}

/** What a feed shown with `lookups` is checked against: here the whole plan, as the npm build has it. */
export function reportPlanOf(lookups: PlanLookups): ReportPlan {
  return lookups.plan;
}

/**
 * Whether `plan` is the bundled Dezhou plan's lookups (an element given no plan) or what a feed shown with them is
 * checked against (`reportPlanOf`): its errors say so.
 */
export const isBundled = (plan: PlanLookups | ReportPlan): boolean => plan === dezhouModule.loaded || plan === dezhouModule.loaded?.plan;
