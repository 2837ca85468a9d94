/**
 * The plan an element shows when it is given none: the Dezhou 2023 plan. In the npm build it is imported with the
 * element (the user's bundler decides where it goes); the CDN build swaps this module for `default-plan.lazy.ts`,
 * which fetches the plan as its own chunk the first time an element needs it.
 */
import type { Language, PlanLookups, ReportPlan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.js';
import type { UiStrings } from './i18n/ui-strings.js';

/** The Dezhou plan's lookups (its whole `PlanApi`), ready at once, whatever the element and its language. */
export function defaultPlan(_host: ReactiveElement, _lang: Language, _t: UiStrings): Loadable<PlanLookups> {
  return { state: 'ready', value: dezhou() };
}

/** What a feed shown with `lookups` is checked against: here the whole plan, as the npm build has it. */
export function reportPlanOf(lookups: PlanLookups): ReportPlan {
  return lookups.plan;
}
