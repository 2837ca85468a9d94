/**
 * Plans and progress reports read before a server render. Lit renders an element on a server in one synchronous
 * pass, with no chance to fetch, so `renderPage` (`@dz-tasks/elements/ssr`) reads every `plan-src` and feed first,
 * validates it, and leaves it here; an element rendered on the server reads it instead of fetching. In a browser
 * nothing is stored and nothing reads it.
 */
import type { PlanLookups, ProgressReport } from '@dz-tasks/data';
import type { Loadable, LoadState } from './base-element.view.js';

const plans = new Map<string, PlanLookups>();
const reports = new Map<string, ProgressReport>();

/** A feed is validated against the plan of the element that shows it: one entry per plan and URL. */
const reportKey = (planSrc: string | undefined, url: string) => `${planSrc ?? ''}\u0000${url}`;

/** Stores the plan at `url` (as written in `plan-src`) for the server render. */
export function preloadPlan(url: string, api: PlanLookups): void {
  plans.set(url, api);
}

/** Stores the report at `url` (as written in the attribute), validated against the plan of `planSrc` (or the bundled one). */
export function preloadReport(planSrc: string | undefined, url: string, report: ProgressReport): void {
  reports.set(reportKey(planSrc, url), report);
}

/** Forgets everything preloaded (after a render). */
export function clearPreloaded(): void {
  plans.clear();
  reports.clear();
}

/** The preloaded plan at `url`; `loading` when none was preloaded. */
export function preloadedPlan(url: string): Loadable<PlanLookups> {
  const api = plans.get(url);
  return api ? { state: 'ready', value: api } : { state: 'loading' };
}

/** The preloaded report at `src()` as a load: `loading` without a URL or a preloaded report. */
export function preloadedReport(src: () => string | undefined, planSrc: () => string | undefined): LoadState<ProgressReport> {
  return {
    get current(): Loadable<ProgressReport> {
      const url = src();
      const report = url ? reports.get(reportKey(planSrc(), url)) : undefined;
      return report ? { state: 'ready', value: report } : { state: 'loading' };
    },
  };
}
