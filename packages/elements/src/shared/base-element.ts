/** What every dz- element shares: the plan it shows, its language, progress feeds, its view and how it reports errors. */
import type { Plan, PlanLookups, ProgressReport } from '@dz-tasks/data';
import { Task, TaskStatus } from '@lit/task';
import { html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { checkInputs, type InputCheck } from './check-inputs.js';
import { emit, ErrorCode, type DzErrorDetail } from './events.js';
import type { InputReport } from './input-report.js';
import { urlInput } from './inputs.js';
import { LanguageController } from './i18n/language.js';
import type { Strings } from './i18n/ui-strings.js';
import { defaultPlan, reportPlanOf } from './default-plan.js';
import { DzLoadError, loadJson, validated, type LoadKind, type LoadOptions, type Validation } from './load-json.js';
import { createLoadTask } from './load-task.js';
import { preloadedPlan, preloadedReport, type LoadState } from './preloaded.js';

/**
 * Where an element's data stands: ready with a value, still loading, or failed with a message to show. Switch on
 * `state` to narrow it.
 *
 * @typeParam T The value once loaded, e.g. a plan's lookups ({@link PlanLookups}) or a {@link ProgressReport}.
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
    } & Ready);

type Validators = typeof import('./validators.js');

/** The validators once loaded; until then the `plan` property shows the loading state. */
let validators: Validators | undefined;
let validatorsLoading: Promise<Validators> | undefined;

/** The validators module (and zod), imported on first use only: a page with the bundled plan never loads it. */
function loadValidators(): Promise<Validators> {
  validatorsLoading ??= import('./validators.js').then((module) => (validators = module));
  return validatorsLoading;
}

type InputReporter = typeof import('./input-report.js');

/** The words about inputs once loaded: only a page with a mistake in an element's inputs loads them. */
let inputReporter: InputReporter | undefined;
let inputReporterLoading: Promise<InputReporter> | undefined;

function loadInputReporter(): Promise<InputReporter> {
  inputReporterLoading ??= import('./input-report.js').then((module) => (inputReporter = module));
  return inputReporterLoading;
}

/** A plan checked against the schema, with its lookups, once the validators are loaded (one key for all). */
const planValidation = async (json: unknown): Promise<Validation<PlanLookups>> => (await loadValidators()).planValidation(json);

/** The error codes and words of a plan that cannot be loaded (`plan-src`), in the language of `t`. */
export const planLoad = (t: Strings): LoadKind => ({
  fetchFailed: ErrorCode.planFetchFailed,
  invalid: ErrorCode.planInvalid,
  timedOut: ErrorCode.planTimeout,
  fetchFailedMessage: t.fetchFailed,
  invalidMessage: t.invalidPlan,
  timedOutMessage: t.timedOut,
});

/** The error codes and words of a progress feed that cannot be loaded, in the language of `t`. */
export const feedLoad = (t: Strings): LoadKind => ({
  fetchFailed: ErrorCode.feedFetchFailed,
  invalid: ErrorCode.feedInvalid,
  timedOut: ErrorCode.feedTimeout,
  fetchFailedMessage: t.fetchFailed,
  invalidMessage: t.invalidFeed,
  timedOutMessage: t.timedOut,
});

/** Seconds an element waits for a plan or feed by default: {@link DzElement.timeout}. */
const DEFAULT_TIMEOUT_SECONDS = 15;

/** A URL attribute as given, or `undefined` when it is absent or blank (a blank URL would fetch the page itself). */
const urlOf = (value: string | undefined): string | undefined => value?.trim() || undefined;

const validatedPlans = new WeakMap<object, PlanLookups | DzErrorDetail>();

/**
 * The `plan` property validated, or its `plan-invalid` error: whatever it is (a throwing getter, a revoked Proxy, an
 * input too large for the validator), the element shows a message, never the bundled plan kept silently.
 */
function validatePlanProperty(plan: object, validators: Validators, t: Strings): PlanLookups | DzErrorDetail {
  try {
    return validated(plan, validators.planValidation, 'plan', planLoad(t));
  } catch (error) {
    if (error instanceof DzLoadError) return error.detail;
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { code: ErrorCode.planInvalid, message: t.invalidPlan('plan', why) };
  }
}

/**
 * Base class of the dz- elements, one pattern for all: `willUpdate` derives one {@link ElementView} from the
 * properties and the loaded data (`deriveView`), `render` only reads it, and `updated` dispatches its error as
 * `dz-error`, once per distinct error.
 *
 * @typeParam Ready What the element draws when ready.
 */
export abstract class DzElement<Ready extends object = object> extends LitElement {
  /**
   * URL of another plan's JSON, validated against the data package's schemas. Default: the Dezhou 2023 plan.
   * Elements with the same `plan-src` (resolved against the page) share one request and one validated plan.
   */
  @property({ attribute: 'plan-src', reflect: true, converter: urlInput }) planSrc?: string;

  /**
   * Seconds to wait for a `plan-src` or a progress feed to arrive in full before showing a `plan-timeout` or
   * `feed-timeout` error (and aborting the request, unless other elements still wait on it). Default 15.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** A plan object (for developers); validated once. Ignored when `plan-src` is set. */
  @property({ attribute: false }) plan?: Plan;

  /**
   * Attributes the element sets on itself without declaring a property for them (the gauge's `status`): not
   * reported as unknown.
   */
  static readonly reflectedAttributes: readonly string[] = [];

  protected readonly i18n = new LanguageController(this);

  /** What the element shows, derived in `willUpdate`. */
  protected view: ElementView<Ready> = { kind: 'loading', lines: 1 };

  /** The inputs as last checked in `willUpdate`: rejected properties, and whether to look closer. */
  private inputCheck?: InputCheck;

  /** What the element says about its inputs (an error, notices), when `inputCheck` found something. */
  private inputReport?: InputReport;

  private lastError?: string;

  /** The notices already reported (console and `dz-error`), so each is reported once per element. */
  private readonly reported = new Set<string>();

  /** The import of a module the view waits on (validators, input words); `updateComplete` waits for it too. */
  private modulePending?: Promise<unknown>;

  private readonly planTask: Task<readonly [string | undefined], PlanLookups | undefined> = createLoadTask(
    this,
    () => [urlOf(this.planSrc)] as const,
    async ([src], signal) => {
      if (!src) return undefined;
      // The validators load while the plan is fetched; a failure to load them surfaces where they are awaited.
      loadValidators().catch(() => undefined);
      return loadJson(src, this.loadOptions(signal), planValidation, planLoad(this.i18n.strings));
    },
  );

  /** The plan to show, from `plan-src`, `plan`, or the bundled Dezhou plan. */
  protected get planState(): Loadable<PlanLookups> {
    // On a server (see ssr/) plans are read before the render, which cannot wait for a fetch.
    const src = urlOf(this.planSrc);
    if (src) return isServer ? preloadedPlan(src) : this.taskState(this.planTask);
    const plan: unknown = this.plan;
    if (plan !== undefined && plan !== null) {
      const t = this.i18n.strings;
      // Not an object (a framework passing a string or a number): nothing to validate.
      if (typeof plan !== 'object') return { state: 'error', error: { code: ErrorCode.planInvalid, message: t.invalidPlan('plan', typeof plan) } };
      let cached = validatedPlans.get(plan);
      if (!cached) {
        if (!validators) {
          this.waitFor(loadValidators);
          return { state: 'loading' };
        }
        cached = validatePlanProperty(plan, validators, t);
        validatedPlans.set(plan, cached);
      }
      return 'code' in cached ? { state: 'error', error: cached } : { state: 'ready', value: cached };
    }
    return defaultPlan(this);
  }

  /** Loads a module the view needs (the validators, the input words), then updates; `updateComplete` waits for both. */
  private waitFor(load: () => Promise<unknown>): void {
    if (this.modulePending) return;
    const pending: Promise<void> = load().then(
      () => {
        if (this.modulePending === pending) this.modulePending = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.modulePending === pending) this.modulePending = undefined;
        console.error(error);
      },
    );
    this.modulePending = pending;
  }

  /**
   * Waits for the UI strings of the element's language while they load (the CDN build loads zh-Hans and English on
   * first use), so nothing renders in the wrong language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.i18n.loading;
    return loading ? loading.then(() => super.scheduleUpdate(), () => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for a module the view needs, and the update that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.modulePending) {
      await this.modulePending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Turns a {@link Task} into a {@link Loadable}; a {@link DzLoadError} keeps its code. */
  protected taskState<T>(task: LoadState<T>): Loadable<T> {
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return task.value === undefined ? { state: 'loading' } : { state: 'ready', value: task.value };
      case TaskStatus.ERROR:
        return {
          state: 'error',
          error: task.error instanceof DzLoadError ? task.error.detail : { code: ErrorCode.feedFetchFailed, message: String(task.error) },
        };
      default:
        return { state: 'loading' };
    }
  }

  /**
   * A Task that loads a progress report from the URL `src()` returns, validated against the plan. Elements on the
   * same URL share one request and, per plan, one validation; a newer URL withdraws this element's interest in the
   * older request, so a slow old response never overwrites a newer one. On a server it reads the report preloaded
   * by `renderPage` instead.
   */
  protected createFeedTask(src: () => string | undefined): LoadState<ProgressReport> {
    if (isServer) return preloadedReport(src, () => this.planSrc);
    return createLoadTask(
      this,
      () => {
        const plan = this.planState;
        return [urlOf(src()), plan.state === 'ready' ? plan.value : undefined] as const;
      },
      async ([url, api], signal): Promise<ProgressReport | undefined> => {
        if (!url || !api) return undefined;
        const loading = loadValidators();
        const checkedAgainst = reportPlanOf(api);
        const report = async (json: unknown): Promise<Validation<ProgressReport>> => (await loading).reportValidation(json, checkedAgainst);
        return loadJson(url, this.loadOptions(signal), report, feedLoad(this.i18n.strings), api.plan);
      },
    );
  }

  /** How long a load waits: {@link DzElement.timeout}, or an `invalid-value` error when it is not a positive number. */
  private loadOptions(signal: AbortSignal): LoadOptions {
    const seconds = this.timeout;
    if (!(typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds))) {
      throw new DzLoadError(ErrorCode.invalidValue, this.i18n.strings.invalidTimeout(this.getAttribute('timeout') ?? String(seconds)));
    }
    return { signal, seconds };
  }

  /** The view for the current properties, plan and feeds. Pure: it reads state and writes none. */
  protected abstract deriveView(): ElementView<Ready>;

  /** The element when its view is `ready`. */
  protected abstract renderReady(view: ElementView<Ready> & { readonly kind: 'ready' }): unknown;

  /**
   * Checks the inputs (normalising values set as properties, rejecting what has no meaning, noticing misspelt
   * attributes), then derives the view.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const check = (this.inputCheck = checkInputs(this, changed, this.inputCheck));
    const needsWords = check.suspect || check.rejections.size > 0;
    if (needsWords && !inputReporter) this.waitFor(loadInputReporter);
    this.inputReport = needsWords && inputReporter ? inputReporter.reportInputs(this, check, this.i18n.strings) : undefined;
    this.view = this.currentView();
  }

  /**
   * The view for the inputs as last checked: an `invalid-attribute` error for a rejected value (loading until its
   * words are), else `deriveView`.
   */
  protected currentView(): ElementView<Ready> {
    if (this.inputReport?.error) return { kind: 'error', error: this.inputReport.error };
    return this.inputCheck?.rejections.size ? { kind: 'loading', lines: 1 } : this.deriveView();
  }

  /**
   * Whether the shadow root holds content rendered on a server (declarative shadow DOM, see `renderPage`) that the
   * element has not yet taken over. It keeps that content while its data loads, then hydrates it: the render that
   * hydrates must match the server's, so it draws nothing the server could not know (a measured layout).
   */
  protected get hydrating(): boolean {
    return this.serverRendered;
  }

  private serverRendered = false;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.serverRendered = true;
    super.connectedCallback();
  }

  /**
   * Whether `view` still waits for data (the plan, a feed). A view drawn with a feed inside (a card's targets)
   * overrides this to add its own.
   */
  protected waitsForData(view: ElementView<Ready>): boolean {
    return view.kind === 'loading';
  }

  protected override update(changed: PropertyValues): void {
    if (this.serverRendered && this.renderRoot.firstChild && this.waitsForData(this.view)) {
      // Keep the server's content (and only reflect attributes) until the data is there: hydrating it with a loading
      // skeleton would not match it, and replacing it would flash.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    const hydrating = this.serverRendered;
    super.update(changed); // hydrates the server's content: `hydrating` stays true while it renders
    if (hydrating) {
      this.serverRendered = false;
      // Draw once more what hydration had to hold back (the matrix's narrow layout, measured meanwhile).
      this.requestUpdate();
    }
  }

  protected override render(): unknown {
    const notices = this.inputReport?.notices ?? [];
    const content = this.renderView(this.view);
    if (notices.length === 0) return content;
    return html`<ul class="notices" part="notices">
        ${notices.map((notice) => html`<li class="notice" part="notice"><span class="icon" aria-hidden="true">ⓘ</span> ${notice.message}</li>`)}
      </ul>
      ${content}`;
  }

  private renderView(view: ElementView<Ready>): unknown {
    switch (view.kind) {
      case 'loading':
        return this.renderLoading(view.lines);
      case 'error':
        return this.renderError(view.error);
      case 'empty':
        return this.renderEmpty(view.message);
      default:
        return this.renderReady(view);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.view.kind === 'error' || this.view.kind === 'ready' ? this.view.error : undefined;
    const key = error ? `${error.code}\u0000${error.message}` : undefined;
    if (key !== this.lastError) {
      this.lastError = key;
      if (error) emit(this, 'dz-error', { code: error.code, message: error.message });
    }
    this.reportNotices();
  }

  /** Tells the console and `dz-error` listeners of each new notice, once per element, attribute and value. */
  private reportNotices(): void {
    for (const { key, code, message } of this.inputReport?.notices ?? []) {
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      console.warn(`<${this.localName}>: ${message}`, this);
      emit(this, 'dz-error', { code, message });
    }
  }

  /** An error message in place; `updated` dispatches it as `dz-error`. */
  protected renderError(error: DzErrorDetail): TemplateResult {
    return html`<div class="message error" part="error" role="alert">
      <span class="icon" aria-hidden="true">⚠</span><span>${error.message}</span>
    </div>`;
  }

  /** The loading skeleton; `aria-busy` tells assistive technology the content is coming. */
  protected renderLoading(lines = 3): TemplateResult {
    return html`<div class="loading" part="loading" role="status" aria-busy="true">
      <span class="visually-hidden">${this.i18n.strings.loading}</span>
      ${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
    </div>`;
  }

  /** A short status message for an empty result. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p class="message empty" part="empty" role="status">${message}</p>`;
  }

  /** `nothing` helper for subclasses. */
  protected readonly nothing = nothing;
}
