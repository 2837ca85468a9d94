/**
 * The data of a dz- element: its plan (from `plan-src`, the `plan` property, or the bundled Dezhou plan) and its
 * progress feeds, fetched and validated once per page for every element that asks (see `shared-requests.ts`).
 */
import type { Language, Plan, PlanLookups, ProgressReport } from '@dz-tasks/data';
import { isServer, type ReactiveElement } from 'lit';
import { defaultPlan, reportPlanOf } from './default-plan.js';
import { ErrorCode } from './events.js';
import { loadTrend } from './gauge/trend-module.js';
import type { Strings } from './i18n/ui-strings.js';
import { loadFailed, loadJson, type LoadKind, type LoadOptions, type Validation } from './load-json.js';
import { LoadTask } from './load-task.js';
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

/** A plan checked against the schema, with its lookups, once the validators are loaded (one key for all). */
const planValidation = async (json: unknown): Promise<Validation<PlanLookups>> => (await validatorsModule.load()).planValidation(json);

/** The element whose data is loaded: its `plan-src`, `plan` and `timeout`. */
export interface DataHost extends ReactiveElement {
  readonly planSrc?: string | URL | undefined;
  readonly plan?: Plan | null | undefined;
  readonly timeout: number;
}

/** The plan and the feeds of one element. */
export class ElementData {
  private readonly planTask: LoadTask<readonly [string], PlanLookups>;

  constructor(
    private readonly host: DataHost,
    private readonly modules: ModuleWait,
    /** The host's language, read once for the update under way, and its UI strings. */
    private readonly i18n: { readonly lang: Language; readonly strings: Strings },
  ) {
    this.planTask = new LoadTask(
      host,
      () => {
        const src = urlOf(host.planSrc);
        return src ? ([src] as const) : undefined;
      },
      ([src], signal) => {
        // The validators load while the plan is fetched; a failure to load them surfaces where they are awaited.
        validatorsModule.load().catch(() => undefined);
        return loadJson(src, this.loadOptions(signal), planValidation, planLoad(this.i18n.strings, this.i18n.lang));
      },
      ([src], error) => loadFailed(src, error, planLoad(this.i18n.strings, this.i18n.lang)),
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
    if (plan === null) return { state: 'loading' };
    // The bundled plan: in the npm build a module the view waits on, as for the validators below.
    if (plan === undefined) return defaultPlan(host, this.i18n.lang, this.i18n.strings, this.modules);
    const t = this.i18n.strings;
    // Not an object (a framework passing a string or a number): nothing to validate.
    if (typeof plan !== 'object') return { state: 'error', error: { code: ErrorCode.planInvalid, message: t.invalidPlan('plan', typeof plan) } };
    const validators = validatorsModule.loaded;
    if (validators) return validators.planProperty(plan, planLoad(t, this.i18n.lang));
    // Their chunk not loaded (a CDN folder updated under a cached loader): said, never a skeleton for good.
    const failed = validatorsModule.failed;
    if (failed) return { state: 'error', error: { code: ErrorCode.planFetchFailed, message: t.fetchFailed('plan', String(failed)) } };
    this.modules.waitFor(validatorsModule);
    return { state: 'loading' };
  }

  /**
   * A load of the progress report at the URL `src()` returns, validated against the plan. Elements on the same URL
   * share one request and, per plan, one validation; a newer URL withdraws this element's interest in the older
   * request, so a slow old response never overwrites a newer one. On a server it reads the report preloaded by
   * `renderPage` instead.
   */
  feed(src: () => string | undefined): LoadState<ProgressReport> {
    if (isServer) return preloadedReport(src, () => this.host.planSrc as Taken<string>);
    return new LoadTask(
      this.host,
      () => {
        const url = urlOf(src());
        if (!url) return undefined;
        const plan = this.plan;
        return plan.state === 'ready' ? ([url, plan.value] as const) : undefined;
      },
      ([url, api], signal) => {
        const loading = validatorsModule.load();
        // Awaited by the validation; a fetch that fails first leaves it unawaited (and its failure said by the fetch).
        loading.catch(() => undefined);
        // A feed may give readings over time: the trend's templates come with it (see gauge/trend-module.ts). Without
        // them (their chunk not loaded) the readings still show, without their trend.
        const trend = loadTrend().catch(console.error);
        const checkedAgainst = reportPlanOf(api);
        const report = async (json: unknown): Promise<Validation<ProgressReport>> => (await loading).reportValidation(json, checkedAgainst);
        return Promise.all([loadJson(url, this.loadOptions(signal), report, feedLoad(this.i18n.strings, this.i18n.lang), api.plan), trend]).then(([loaded]) => loaded);
      },
      ([url], error) => loadFailed(url, error, feedLoad(this.i18n.strings, this.i18n.lang)),
    );
  }

  /** How long a load waits: the host's `timeout`, or the default when it is not usable (noticed by `checkInputs`). */
  private loadOptions(signal: AbortSignal): LoadOptions {
    return { signal, seconds: secondsToWait(this.host.timeout) };
  }
}
