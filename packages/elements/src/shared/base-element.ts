/** What every dz- element shares: the plan it shows, its language, progress feeds and how it reports errors. */
import { createPlanApi, parseProgressReport, validatePlan, type PlanApi, type Plan, type ProgressReport } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emit, ErrorCode, type DzErrorDetail } from './events.js';
import { LanguageController } from './i18n.js';

/**
 * Where an element's data stands: ready with a value, still loading, or failed with a message to show. Switch on
 * `state` to narrow it.
 *
 * @typeParam T The value once loaded, e.g. a {@link PlanApi} or a {@link ProgressReport}.
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

const validatedPlans = new WeakMap<object, PlanApi | DzErrorDetail>();

/** Why a fetch failed, in a few words: `HTTP 404`, `network error`, `not JSON`. */
async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchProblem('network error');
  }
  if (!response.ok) throw new FetchProblem(`HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchProblem('not JSON', true);
  }
}

class FetchProblem extends Error {
  constructor(message: string, readonly invalid = false) {
    super(message);
  }
}

/** The first issue and how many more: `entries[0].value: expected number (+2 more)`. */
function summarize(issues: readonly { path: string; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return `${first.path}: ${first.message}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`;
}

/**
 * Base class of the dz- elements. Subclasses render from `planState`; whatever error their `render` reports
 * through `fail` is shown in the element and dispatched once as `dz-error`.
 */
export class DzElement extends LitElement {
  /** URL of another plan's JSON, validated against the data package's schemas. Default: the Dezhou 2023 plan. */
  @property({ attribute: 'plan-src', reflect: true }) planSrc?: string;

  /** A plan object (for developers); validated once. Ignored when `plan-src` is set. */
  @property({ attribute: false }) plan?: Plan;

  protected readonly i18n = new LanguageController(this);

  private lastError?: string;
  private pendingError?: DzErrorDetail;

  private readonly planTask = new Task(this, {
    args: () => [this.planSrc] as const,
    task: async ([src], { signal }) => {
      if (!src) return undefined;
      const t = this.i18n.strings;
      let json: unknown;
      try {
        json = await fetchJson(src, signal);
      } catch (error) {
        if (error instanceof FetchProblem && error.invalid) throw { code: ErrorCode.planInvalid, message: t.invalidPlan(src, error.message) };
        throw { code: ErrorCode.planFetchFailed, message: t.fetchFailed(src, (error as Error).message) };
      }
      const result = validatePlan(json);
      if (!result.success) throw { code: ErrorCode.planInvalid, message: t.invalidPlan(src, summarize(result.issues)) };
      return createPlanApi(result.plan);
    },
  });

  /** The plan to show, from `plan-src`, `plan`, or the bundled Dezhou plan. */
  protected get planState(): Loadable<PlanApi> {
    if (this.planSrc) return this.taskState(this.planTask);
    if (this.plan) {
      let cached = validatedPlans.get(this.plan);
      if (!cached) {
        const result = validatePlan(this.plan);
        cached = result.success
          ? createPlanApi(result.plan)
          : { code: ErrorCode.planInvalid, message: this.i18n.strings.invalidPlan('plan', summarize(result.issues)) };
        validatedPlans.set(this.plan, cached);
      }
      return 'code' in cached ? { state: 'error', error: cached } : { state: 'ready', value: cached };
    }
    return { state: 'ready', value: dezhou() };
  }

  /** Turns a {@link Task} into a {@link Loadable}; errors thrown as `DzErrorDetail` keep their code. */
  protected taskState<T>(task: Task<readonly unknown[], T | undefined>): Loadable<T> {
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return task.value === undefined ? { state: 'loading' } : { state: 'ready', value: task.value };
      case TaskStatus.ERROR: {
        const error = task.error as Partial<DzErrorDetail> | undefined;
        return {
          state: 'error',
          error: { code: error?.code ?? ErrorCode.feedFetchFailed, message: error?.message ?? String(task.error) },
        };
      }
      default:
        return { state: 'loading' };
    }
  }

  /**
   * A Task that fetches and validates a progress report from the URL `src()` returns, against the plan. A newer
   * URL aborts the older request, so a slow old response never overwrites a newer one.
   */
  protected createFeedTask(src: () => string | undefined): Task<readonly unknown[], ProgressReport | undefined> {
    return new Task(this, {
      args: () => [src(), this.planState.state === 'ready' ? (this.planState as { value: PlanApi }).value : undefined] as const,
      task: async ([url, api], { signal }) => {
        if (!url || !api) return undefined;
        const t = this.i18n.strings;
        let json: unknown;
        try {
          json = await fetchJson(url as string, signal);
        } catch (error) {
          if (error instanceof FetchProblem && error.invalid) throw { code: ErrorCode.feedInvalid, message: t.invalidFeed(url as string, error.message) };
          throw { code: ErrorCode.feedFetchFailed, message: t.fetchFailed(url as string, (error as Error).message) };
        }
        const result = parseProgressReport(json, (api as PlanApi).plan);
        if (!result.success) throw { code: ErrorCode.feedInvalid, message: t.invalidFeed(url as string, summarize(result.issues)) };
        return result.data;
      },
    });
  }

  /** Renders an error message in place and schedules its `dz-error` event. Call from `render`. */
  protected fail(error: DzErrorDetail): TemplateResult {
    this.pendingError = error;
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

  protected override update(changed: PropertyValues): void {
    this.pendingError = undefined;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.pendingError;
    const key = error ? `${error.code}\u0000${error.message}` : undefined;
    if (key !== this.lastError) {
      this.lastError = key;
      if (error) emit(this, 'dz-error', error);
    }
  }

  /** `nothing` helper for subclasses. */
  protected readonly nothing = nothing;
}
