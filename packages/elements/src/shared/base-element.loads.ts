/**
 * The data of a dz- element: its plan (from `plan-src`, the `plan` property, or the bundled Dezhou plan) and its
 * progress feeds (the `progress` property, or fetched), validated once per page for every element that asks (see
 * `shared-requests.ts`): what a property needs of the validators lives in their chunk (`validators.ts`).
 */
import type { Language, Plan, PlanLookups, ProgressReport } from '@dz-tasks/data';
import { isServer, type ReactiveElement } from 'lit';
import { defaultPlan, reportPlanOf } from './default-plan.js';
import { trendModule } from './gauge/trend-module.js';
import { ErrorCode } from './events.js';
import type { Strings } from './i18n/ui-strings.js';
import { fetching, loadFailed, type LoadKind, type LoadOptions } from './load-json.js';
import type { PropertyCheck } from './validators.js';
import { loading, LoadTask } from './load-task.js';
import { validatorsModule, type ModuleWait } from './base-element.modules.js';
import type { Loadable, LoadState } from './base-element.view.js';
import type { Taken } from './inputs.js';
import { secondsToWait } from './timeout.js';
import { preloadedPlan, preloadedReport } from './preloaded.js';

/** The error codes and words of a plan that cannot be loaded (`plan-src`), in `lang`, whose strings `t` are. */
export const planLoad = (t: Strings, lang: Language): LoadKind => ({
  lang,
  fetchFailed: ErrorCode.planFetchFailed,
  invalid: ErrorCode.planInvalid,
  timedOut: ErrorCode.planTimeout,
  fetchFailedMessage: t.fetchFailed,
  invalidMessage: t.invalidPlan,
  timedOutMessage: t.timedOut,
});

/** The error codes and words of a progress feed that cannot be loaded, in `lang`, whose strings `t` are. */
export const feedLoad = (t: Strings, lang: Language): LoadKind => ({
  lang,
  fetchFailed: ErrorCode.feedFetchFailed,
  invalid: ErrorCode.feedInvalid,
  timedOut: ErrorCode.feedTimeout,
  fetchFailedMessage: t.fetchFailed,
  invalidMessage: t.invalidFeed,
  timedOutMessage: t.timedOut,
});

/** A URL attribute as given, or `undefined` when it is absent or blank (a blank URL would fetch the page itself). */
const urlOf = (value: Taken<string | URL>): string | undefined => (value as Taken<string>)?.trim() || undefined;

/** The element whose data is loaded: its `plan-src`, `plan`, `timeout` and, for an element with a feed, `progress`. */
export interface DataHost extends ReactiveElement {
  readonly planSrc?: string | URL | undefined;
  readonly plan?: Plan | null | undefined;
  readonly progress?: unknown;
  readonly timeout: number;
}

/** The plan and the feeds of one element. */
export class ElementData {
  private readonly planTask: LoadTask<readonly [string], PlanLookups>;

  constructor(
    private readonly host: DataHost,
    /** The modules the host's view waits on (the validators, and what a report's view needs: `progressProperty`). */
    readonly modules: ModuleWait,
    /** The host's language, read once for the update under way, and its UI strings. */
    private readonly i18n: { readonly lang: Language; readonly strings: Strings },
  ) {
    this.planTask = new LoadTask(
      host,
      () => {
        const src = urlOf(host.planSrc);
        return src ? ([src] as const) : undefined;
      },
      // The validators come with the fetching, which the first load imports (with `@lit/task`: load-task.ts).
      ([src], signal) => fetching((module) => module.fetchPlan(src, this.loadOptions(signal), this.kind(planLoad))),
      ([src], error) => loadFailed(src, error, this.kind(planLoad)),
    );
  }

  /**
   * The plan to show, from `plan-src`, `plan`, or the bundled Dezhou plan (no `plan`). `plan = null` is a plan still
   * to come (an app's state before its data arrives): loading, never the bundled plan shown in its place.
   */
  get plan(): Loadable<PlanLookups> {
    const host = this.host;
    // On a server (see ssr/) plans are read before the render, which cannot wait for a fetch.
    const src = urlOf(host.planSrc);
    if (src) return isServer ? preloadedPlan(src) : this.planTask.current;
    const plan: unknown = host.plan;
    // The bundled plan: in the npm build a module the view waits on, as for the validators below.
    if (plan === undefined) return defaultPlan(host, this.i18n.lang, this.i18n.strings, this.modules);
    return this.property('plan', plan, planLoad)!;
  }

  /**
   * A `plan` or `progress` set as a property, as the validators' `planProperty` or `progressProperty` finds it (its
   * errors those of `load`, in the host's language), which the view waits for until they are loaded: all it takes to
   * check it is in their chunk (a value that is not an object too), so pages that set neither do not carry it. `null`
   * is a value still to come: loading; `undefined`, none set: `undefined`. A report is validated against the plan as
   * a fetched feed is, once per report object and plan (`progressProperty`, which also waits for what its readings
   * are drawn with).
   */
  property<T>(name: 'plan' | 'progress', value: unknown, load: (t: Strings, lang: Language) => LoadKind): Loadable<T> | undefined {
    if (value == null) return value === null ? loading : undefined;
    const kind = this.kind(load);
    const validators = validatorsModule.loaded;
    // Handed this object (the element's plan and modules), what a feed is checked against and the trend's templates,
    // rather than have that chunk import them from this one: a new export of the shared chunk renames the imports of
    // every chunk, a few bytes on every page.
    if (validators) return (validators[`${name}Property`] as PropertyCheck<T>)(value, kind, this, reportPlanOf, trendModule);
    // Their chunk not loaded (a CDN folder updated under a cached loader): said, never a skeleton for good.
    const failed = validatorsModule.failed;
    if (failed) return { state: 'error', error: loadFailed(name, failed, kind).detail };
    this.modules.waitFor(validatorsModule);
    return loading;
  }

  /** The codes and words of the errors of a load of `load`'s kind, in the host's language. */
  private kind(load: (t: Strings, lang: Language) => LoadKind): LoadKind {
    return load(this.i18n.strings, this.i18n.lang);
  }

  /**
   * A load of the progress report at the URL `src()` returns, validated against the plan, unless the `progress`
   * property is set (which wins: its URL is never requested; see {@link property}). Elements on the same URL share one
   * request and, per plan, one validation; a newer URL withdraws this element's interest in the older request, so a
   * slow old response never overwrites a newer one. On a server it reads the report preloaded by `renderPage` instead.
   */
  feed(src: () => string | undefined): LoadState<ProgressReport> {
    if (isServer) return preloadedReport(src, () => this.host.planSrc as Taken<string>);
    return new LoadTask(
      this.host,
      () => {
        const url = this.host.progress === undefined && urlOf(src());
        if (!url) return undefined;
        const plan = this.plan;
        return plan.state === 'ready' ? ([url, plan.value] as const) : undefined;
      },
      // Validated against the plan (once per plan for every element on the URL), with the trend's templates (a feed may
      // give readings over time): `fetchFeed`, handed what it needs of this chunk as for `progressProperty` above.
      ([url, api], signal) => fetching((module) => module.fetchFeed(url, reportPlanOf(api), api.plan, trendModule, this.loadOptions(signal), this.kind(feedLoad))),
      ([url], error) => loadFailed(url, error, this.kind(feedLoad)),
    );
  }

  /** How long a load waits: the host's `timeout`, or the default when it is not usable (noticed by `checkInputs`). */
  private loadOptions(signal: AbortSignal): LoadOptions {
    return { signal, seconds: secondsToWait(this.host.timeout) };
  }
}
