/**
 * What every dz- element shares: the one element pattern (a view object derived in `willUpdate`, a pure `render`,
 * `dz-error` from `updated`), its language, and hydration of server-rendered content. The data it loads, the modules
 * it may wait on, how it takes its inputs and the states drawn alike live beside it in `base-element.*.ts`.
 */
import type { Plan, PlanLookups, ProgressReport } from '@dz-tasks/data';
import { LitElement, nothing, ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ElementInputs } from './base-element.inputs.js';
import { ElementData, feedLoad, type DataHost } from './base-element.loads.js';
import { ModuleWait } from './base-element.modules.js';
import { renderEmpty, renderError, renderLoading, withNotices } from './base-element.templates.js';
import { claimAlert, LOADING, releaseAlert } from './page-alerts.js';
import type { ElementView, Loadable, LoadState } from './base-element.view.js';
import { emit, ErrorCode, type DzErrorDetail } from './events.js';
import type { InputNotice } from './input-report.js';
import { problemWords, problemWordsModule } from './problem-words.js';
import { secondsInput, urlInput } from './inputs.js';
import { LanguageController } from './i18n/language.js';
import { DEFAULT_TIMEOUT_SECONDS } from './timeout.js';

export type { ElementView, Loadable, LoadState } from './base-element.view.js';
export { feedLoad, planLoad } from './base-element.loads.js';

/**
 * Base class of the dz- elements, one pattern for all: `willUpdate` derives one {@link ElementView} from the
 * properties and the loaded data (`deriveView`), `render` only reads it, and `updated` dispatches its error as
 * `dz-error`, once per distinct error.
 *
 * @typeParam Ready What the element draws when ready.
 */
export abstract class DzElement<Ready extends object = object> extends LitElement {
  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every element's page.
   * Each subclass's own `properties` are added to these (Lit merges them up the chain).
   * @internal
   */
  static override properties: PropertyDeclarations = {
    planSrc: { attribute: 'plan-src', reflect: true, converter: urlInput },
    timeout: { converter: secondsInput },
    plan: { attribute: false },
  };

  /**
   * URL of another plan's JSON, validated against the data package's schemas. Default: the Dezhou 2023 plan.
   * Elements with the same `plan-src` (resolved against the page) share one request and one validated plan.
   */
  declare planSrc?: string | URL;

  /**
   * Seconds to wait for a `plan-src` or a progress feed to arrive in full before showing a `plan-timeout` or
   * `feed-timeout` error (and aborting the request, unless other elements still wait on it).
   * A number above 0, at most a day (86400); anything else is noticed and 15 is waited.
   * @default 15
   */
  timeout: number = DEFAULT_TIMEOUT_SECONDS;

  /**
   * A plan object (for developers); validated once. Ignored when `plan-src` is set. Unset (`undefined`), the bundled
   * Dezhou plan is shown; `null` means a plan still to come (your app's state before its data arrives): the element
   * shows its loading state, not the bundled plan.
   */
  declare plan?: Plan | null;

  /**
   * Attributes the element sets on itself without declaring a property for them (the gauge's `status`): not
   * reported as unknown.
   */
  static readonly reflectedAttributes: readonly string[] = [];

  /**
   * Its language: the page's, or where the page does not say one, its plan's (once loaded). Given neither `plan` nor
   * `plan-src`, no plan's is read: the bundled plan's is zh-Hant, the language where none is said, and a `plan` set
   * before the element was defined is applied by Lit only as the first update begins, after the language was read
   * for it (reading the bundled plan's would import it).
   */
  protected readonly i18n = new LanguageController(this, () => (this.plan || this.planSrc ? this.planState : undefined));

  /** What the element shows, derived in `willUpdate`. */
  protected view: ElementView<Ready> = { kind: 'loading', lines: 1 };

  /**
   * The modules the view waits on (validators, the words about inputs, the npm build's bundled plan); `updateComplete`
   * waits for them too.
   */
  private readonly modules = new ModuleWait(this);

  private readonly inputs = new ElementInputs(this, this.modules);

  private readonly data = new ElementData(this, this.modules, this.i18n);

  private lastError?: string | false;

  /**
   * The state the view shows that a page announces once (an error's code and words, or loading), and whether the
   * element is its live region on the page (page-alerts.ts).
   */
  private shown?: string | false;
  private live = false;

  /** The plan to show, from `plan-src`, `plan`, or the bundled Dezhou plan. */
  protected get planState(): Loadable<PlanLookups> {
    return this.data.plan;
  }

  /**
   * Waits for the UI strings of the element's language while they load (the CDN build loads zh-Hans and English on
   * first use), so nothing renders in the wrong language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Again once they arrive: the language may have changed meanwhile to another whose strings are still on the way.
    // If they fail, in zh-Hant's words, with a notice that says so (`i18n.failed`); the next update tries again.
    const loading = this.i18n.loading;
    return loading ? loading.then(() => this.scheduleUpdate(), () => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * A load of the progress report at the URL `src()` returns, validated against the plan, unless the element's
   * `progress` property (declared by an element with a feed) is set, which wins: its URL is never requested. Read it
   * with {@link DzElement.taskState}. Elements on the same URL share one request and, per plan, one validation; a newer
   * URL withdraws this element's interest in the older request, so a slow old response never overwrites a newer one.
   * On a server it reads the report preloaded by `renderPage` instead.
   */
  protected createFeedTask(src: () => string | undefined): LoadState<ProgressReport> {
    return this.data.feed(src);
  }

  /**
   * Where the element's progress report stands, as a {@link Loadable}: its `progress` property's (validated against
   * the plan as a feed is), else `load`'s of the URL `src`; `undefined` with neither.
   */
  protected taskState(load: LoadState<ProgressReport>, src: unknown): Loadable<ProgressReport> | undefined {
    return this.data.property<ProgressReport>('progress', (this as DataHost).progress, feedLoad) ?? (src ? load.current : undefined);
  }

  /** Also waits for a module the view needs, and the update that follows. */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((result) => (this.modules.pending ? this.afterModules() : result));
  }

  private async afterModules(): Promise<boolean> {
    let result = true;
    while (this.modules.pending) {
      await this.modules.pending;
      result = await super.getUpdateComplete();
    }
    return result;
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
    this.i18n.readForUpdate();
    // Content between the tags once hydrated: the render that hydrates must match the server's, which has none
    // (`renderPage` refuses such an element; content a script added later is shown by its next update).
    this.inputs.take(changed, this.i18n.strings, this.i18n.lang, !this.serverRendered);
    try {
      this.view = this.currentView();
    } catch (fault) {
      this.view = this.faulted(fault);
    }
    this.showView();
  }

  /**
   * Which error the view shows, or whether it draws the loading skeleton (not while it keeps a server's content), and
   * whether this element is its live region: decided when it begins to show it.
   */
  private showView(): void {
    const { error } = this.view as { error?: DzErrorDetail };
    const shown = error ? error.code + error.message : !this.serverRendered && this.waitsForData(this.view) && LOADING;
    if (shown === this.shown) return;
    releaseAlert(this, this.shown);
    this.shown = shown;
    this.live = !!shown && claimAlert(this, shown);
  }

  /**
   * The view of a fault of the element's own (a throw while it derives or draws its view): an error in its place and
   * `dz-error` (`render-failed`), the fault in the console, rather than its loading state for ever.
   */
  private faulted(fault: unknown): ElementView<Ready> {
    console.error(fault);
    return { kind: 'error', error: { code: ErrorCode.renderFailed, message: this.i18n.strings.renderFailed(String(fault)) } };
  }

  /**
   * The view for the inputs as last checked: an `invalid-attribute` error for a rejected value (loading until its
   * words are, or until their chunk fails), else `deriveView` (loading while the words of a reading it cannot judge load).
   */
  protected currentView(): ElementView<Ready> {
    const error = this.inputs.error;
    if (error) return { kind: 'error', error };
    if (this.inputs.rejected) return { kind: 'loading', lines: 1 };
    const missed = problemWords.missed;
    const view = this.deriveView();
    if (problemWords.missed === missed) return view;
    // A reading that cannot be judged, whose words are not loaded yet: loading until they are.
    this.modules.waitFor(problemWordsModule);
    return { kind: 'loading', lines: 1 };
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
    // Back on the page (or moved) with an error, or loading: its live region again unless another element took it
    // meanwhile.
    if (this.shown) {
      this.live = claimAlert(this, this.shown);
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseAlert(this, this.shown);
  }

  /**
   * Whether `view` still waits for data (the plan, a feed): it draws the loading skeleton. A view drawn with a feed
   * inside (a card's targets) overrides this to add its own.
   */
  protected waitsForData(view: ElementView<Ready>): boolean {
    return view.kind === 'loading';
  }

  protected override update(changed: PropertyValues): void {
    if (this.serverRendered && this.renderRoot.firstChild && (this.waitsForData(this.view) || this.modules.pending)) {
      // Keep the server's content (and only reflect attributes) until the data is there, and the modules the view
      // asked for (the words about its inputs: the server drew its notices): hydrating it with a loading skeleton, or
      // without them, would not match it, and replacing it would flash.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    try {
      super.update(changed); // hydrates the server's content: `hydrating` stays true while it renders
    } catch (fault) {
      this.view = this.faulted(fault);
      this.showView();
      super.update(changed);
    }
    // Hydrated: what the hydrating render held back is drawn by the element that held it (the matrix's narrow list).
    this.serverRendered = false;
  }

  protected override render(): unknown {
    // That the language's strings did not load first, then the notices about the inputs.
    const notices = [this.i18n.failed, ...this.inputs.notices, (this.view as { notice?: InputNotice }).notice].filter(Boolean) as DzErrorDetail[];
    return withNotices(notices, this.renderView(this.view), this.inputs.content, this.i18n.stringsLang);
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
    const key = this.shown;
    if (key !== this.lastError) {
      this.lastError = key;
      const { error } = this.view as { error?: DzErrorDetail };
      // In the console too, as a notice is (a warning: the page handles it, in the element's place): where the guide
      // sends an editor to look.
      if (error) console.warn(`<${this.localName}>: ${error.message}`, this), emit(this, 'dz-error', { code: error.code, message: error.message });
    }
    this.inputs.tellNew((this.view as { notice?: InputNotice }).notice);
  }

  /** An error message in place; `updated` dispatches it as `dz-error`. */
  protected renderError(error: DzErrorDetail): TemplateResult {
    return renderError(error, this.i18n.stringsLang, this.live);
  }

  /** The loading skeleton, the page's loading status if this element is (page-alerts.ts). */
  protected renderLoading(lines = 3): TemplateResult {
    return renderLoading(lines, this.i18n.strings.loading, this.i18n.stringsLang, this.live);
  }

  /** A short status message for an empty result. */
  protected renderEmpty(message: string): TemplateResult {
    return renderEmpty(message, this.i18n.stringsLang);
  }

  /** `nothing` helper for subclasses. */
  protected readonly nothing = nothing;
}
