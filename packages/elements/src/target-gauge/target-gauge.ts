import {
  describeReadingProblem,
  describeTarget,
  InvalidReadingError,
  isIsoDate,
  latestProgress,
  parseReadingValue,
  type PlanApi,
  type Status,
  type Target,
  type TargetEvaluation,
} from '@dz-tasks/data';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DzElement } from '../shared/base-element.js';
import { ErrorCode, type DzErrorDetail } from '../shared/events.js';
import {
  formatDate,
  formatPercent,
  formatProgress,
  formatReading,
  gaugeGeometry,
  isPaced,
  gaugeStyles,
  renderMeter,
  renderStatus,
  statusGlyph,
  statusKey,
  type GaugeGeometry,
} from '../shared/gauge.js';
import sharedStyles from '../shared/shared.styles.js';
import styles from './target-gauge.styles.js';
import { cssProps } from '../shared/css-props.js';

/** How `<dz-target-gauge>` is drawn (its `variant` attribute): a `ring` (the default) or a horizontal `bar`. */
export type GaugeVariant = 'ring' | 'bar';
/**
 * Which colours tell the statuses apart (the `scheme` attribute of `<dz-target-gauge>`): `traffic` (the default,
 * 紅黃綠: met and on track green, behind amber, missed red, not started grey) or `rag5` (the same, but met blue).
 * A glyph and a word always accompany the colour.
 */
export type GaugeScheme = 'traffic' | 'rag5';

/** Today's local date, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today's date, kept within the plan's period so a past plan reads as of its end and a future one as of its start. */
function defaultAsOf(period: { start: string; end: string }): string {
  const date = today();
  return date < period.start ? period.start : date > period.end ? period.end : date;
}

const RADIUS = 50;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
const CENTER = 60;

/** A point on the ring at `share` of a turn, clockwise from the top, at `radius`. */
function ringPoint(share: number, radius: number): [number, number] {
  const angle = share * 2 * Math.PI;
  return [CENTER + radius * Math.sin(angle), CENTER - radius * Math.cos(angle)];
}

/** An arc of the ring from `from` to `to` (shares of a turn), drawn with a dash pattern. */
function arcDash(from: number, to: number): string {
  const start = from * CIRCUMFERENCE;
  const length = Math.max(0, (to - from) * CIRCUMFERENCE);
  return `0 ${start} ${length} ${CIRCUMFERENCE}`;
}

/** A radial tick across the ring at `share` of a turn. */
function ringTick(share: number, className: string): TemplateResult {
  const [x1, y1] = ringPoint(share, RADIUS - 9);
  const [x2, y2] = ringPoint(share, RADIUS + 9);
  return svg`<line class=${className} x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
}

/** What the gauge shows once the plan, the target and the reading are known. */
type View =
  | { readonly kind: 'error'; readonly error: DzErrorDetail }
  | { readonly kind: 'loading'; readonly target?: Target }
  | { readonly kind: 'target'; readonly target: Target; readonly empty: boolean }
  | { readonly kind: 'reading'; readonly target: Target; readonly evaluation: TargetEvaluation; readonly note?: string };

/**
 * A target of the plan and how far it has come: the target alone (`≥ 3000個`), or, with a value, a ring or bar
 * meter judged by the target's measure kind, with the status written as a word and a glyph.
 *
 * The value comes from `value` (with `as-of`) or from the latest entry for the target in the progress report at
 * `src`; `value` wins when both are given. Without `as-of` a value stands at today's date, kept within the plan's
 * period (so for the 2023 plan, read after 2023, it stands at 2023-12-31 and the target is due).
 *
 * Each measure is drawn honestly: a flow fills towards the target with the pace (序時進度) marked; a rate or share is
 * drawn on 0–100% with its target marked and no pace, and reads "90%(目標 ≥ 96%)"; a growth or a change against a
 * base year reads against the change targeted ("↓ 6% of 12%"), the change paced from the end of its base year; a
 * ceiling shows the share used, and going over it is drawn past a ceiling mark and written "exceeded"; a level
 * without a baseline is compared with the target only.
 *
 * @summary A target of the plan, alone or as a meter of the progress towards it.
 *
 * @csspart base - The figure holding the whole gauge.
 * @csspart label - The metric's name (the figure's caption).
 * @csspart meter - The element with `role="meter"`.
 * @csspart ring - The SVG ring (ring variant).
 * @csspart bar - The bar's track (bar variant).
 * @csspart value - The value reached and the progress in words.
 * @csspart status - The status: a glyph and a word.
 * @csspart target - The target and its deadline.
 * @csspart expected - The expected progress (序時進度) and the date the value stands at.
 * @csspart note - The remark of the progress report's entry.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The "no progress reported yet" message.
 * @csspart error - The error message.
 *
 * @cssprop --dz-gauge-size - Diameter of the ring. Default `7.5rem`.
 * @cssprop --dz-gauge-thickness - Height of the bar. Default `0.75rem`.
 * @cssprop --dz-gauge-track-color - The unfilled track.
 * @cssprop --dz-gauge-marker-color - The expected-progress and ceiling marks.
 * @cssprop --dz-gauge-met-color - Status colour "met" (green; blue with `scheme="rag5"`).
 * @cssprop --dz-gauge-on-track-color - Status colour "on track" (green).
 * @cssprop --dz-gauge-behind-color - Status colour "behind" (amber).
 * @cssprop --dz-gauge-missed-color - Status colour "missed" (red).
 * @cssprop --dz-gauge-not-started-color - Status colour "not started" (grey).
 * @cssprop --dz-gauge-seriously-behind-color - Status colour "seriously behind" (default: the "missed" colour).
 * @cssprop --dz-gauge-over-ceiling-color - Status colour "ceiling exceeded" (default: the "missed" colour).
 * @cssprop --dz-gauge-warning-color - Status colour of "used faster than the year", "above the target band" and
 *   "not yet at target" (default: the "behind" colour).
 * @cssprop --dz-gauge-overflow-color - The part of a ceiling's meter beyond the ceiling. Default: the missed colour.
 *
 * @fires dz-error - `{ code, message }` when the target is unknown (`unknown-target`), the value or date is invalid
 *   (`invalid-value`), the feed cannot be fetched (`feed-fetch-failed`) or fails validation (`feed-invalid`), or
 *   the plan cannot be loaded (`plan-fetch-failed`, `plan-invalid`).
 */
export class DzTargetGauge extends DzElement {
  /** The shadow root's styles: the shared base, the compact gauges' and the ring and bar's. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, gaugeStyles, styles];

  /** Id of the target, e.g. `t09.1` (task 9, first target). */
  @property() target?: string;

  /**
   * The amount reached, in the target's unit; for a change or growth the change achieved (a 7% reduction is `7`).
   * As an attribute it is read as editors write it: `2100`, `2,100`, `2100個`, `2.1萬` or `21000人` for a target in
   * 萬人, `36.4%` for a share. Text that is not a number, another unit, or a value in the wrong scale (21000 for a
   * target in 萬人) is shown as an `invalid-value` error that says what was expected.
   */
  @property() value?: number | string;

  /** The date the value stands at (`YYYY-MM-DD`). Default: today, kept within the plan's period. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** URL of a progress report (`{ plan, asOf, entries }`); the latest entry for the target is shown. */
  @property() src?: string;

  /** `ring` (default) or `bar`. */
  @property({ reflect: true }) variant: GaugeVariant = 'ring';

  /** Status colours: `traffic` (default, 紅黃綠: red, amber, green) or `rag5` (met blue, on track green, behind amber, missed red, not started grey). */
  @property({ reflect: true }) scheme: GaugeScheme = 'traffic';

  private readonly feed = this.createFeedTask(() => (this.src?.trim() ? this.src.trim() : undefined));

  private currentStatus?: Status;

  /** The status shown (reflected to the `status` attribute for styling), or `undefined` without a value. */
  get status(): Status | undefined {
    return this.currentStatus;
  }

  /** The value as a number in the target's unit, or the problem with it; `undefined` when none is given. */
  private readValue(target: Target): { value: number } | { problem: string } | undefined {
    const value: unknown = this.value;
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    if (typeof value === 'number') return Number.isFinite(value) ? { value } : { problem: this.i18n.strings.invalidValue(String(value)) };
    const read = parseReadingValue(String(value), target);
    return 'value' in read ? read : { problem: describeReadingProblem(read.problem, target, this.i18n.lang) };
  }

  private view(): View {
    const t = this.i18n.strings;
    const plan = this.planState;
    if (plan.state !== 'ready') return plan.state === 'error' ? { kind: 'error', error: plan.error } : { kind: 'loading' };
    const api: PlanApi = plan.value;
    const ref = this.target?.trim();
    if (!ref) return { kind: 'error', error: { code: ErrorCode.unknownTarget, message: t.missingAttribute('target') } };
    const target = api.getTarget(ref);
    if (!target) return { kind: 'error', error: { code: ErrorCode.unknownTarget, message: t.unknownTarget(ref) } };

    let reading: { value: number; asOf: string; note?: string; baseline?: number } | undefined;
    const given = this.readValue(target);
    if (given && 'problem' in given) return { kind: 'error', error: { code: ErrorCode.invalidValue, message: given.problem } };
    if (given) {
      const asOf = this.asOf?.trim() || defaultAsOf(api.plan.period);
      if (!isIsoDate(asOf)) return { kind: 'error', error: { code: ErrorCode.invalidValue, message: t.gaugeInvalidDate(asOf) } };
      reading = { value: given.value, asOf };
    } else if (this.src?.trim()) {
      const feed = this.taskState(this.feed);
      if (feed.state === 'loading') return { kind: 'loading', target };
      if (feed.state === 'error') return { kind: 'error', error: feed.error };
      reading = latestProgress(feed.value, target.id);
      if (!reading) return { kind: 'target', target, empty: true };
    } else {
      return { kind: 'target', target, empty: false };
    }

    try {
      const evaluation = api.evaluateTarget(target, reading, { lang: this.i18n.lang });
      return { kind: 'reading', target, evaluation, ...(reading.note ? { note: reading.note } : {}) };
    } catch (error) {
      // A reading that cannot be judged (the wrong scale, a date before the period): say what was expected, never throw.
      const message = error instanceof InvalidReadingError ? describeReadingProblem(error.problem, target, this.i18n.lang) : t.invalidValue((error as Error).message);
      return { kind: 'error', error: { code: ErrorCode.invalidValue, message } };
    }
  }

  protected override render(): TemplateResult {
    const view = this.view();
    this.currentStatus = view.kind === 'reading' ? view.evaluation.status : undefined;
    switch (view.kind) {
      case 'error':
        return this.fail(view.error);
      case 'loading':
        return view.target ? this.renderTarget(view.target, this.renderLoading(1)) : this.renderLoading(2);
      case 'target':
        return this.renderTarget(view.target, view.empty ? this.renderEmpty(this.i18n.strings.noValue) : nothing);
      case 'reading':
        return this.renderReading(view.target, view.evaluation, view.note);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.currentStatus) this.setAttribute('status', this.currentStatus);
    else this.removeAttribute('status');
  }

  /** The target and its deadline (in words for screen readers through the visible text), with `extra` below. */
  private renderTarget(target: Target, extra: TemplateResult | typeof nothing): TemplateResult {
    const { lang, strings: t } = this.i18n;
    return html`<figure class="gauge target-only" part="base">
      <figcaption class="label" part="label">${target.metric[lang]}</figcaption>
      <p class="goal" part="target">
        <span class="goal-amount">${describeTarget(target, lang)}</span>
        <span class="due">${t.gaugeDue(formatDate(target.deadline, lang))}</span>
      </p>
      ${extra}
    </figure>`;
  }

  private renderReading(target: Target, evaluation: TargetEvaluation, note: string | undefined): TemplateResult {
    const { lang, strings: t } = this.i18n;
    const g = gaugeGeometry(evaluation);
    const variant: GaugeVariant = this.variant === 'bar' ? 'bar' : 'ring';
    return html`<figure class="gauge ${variant}" part="base" data-status=${statusKey(evaluation.status)} ?data-exceeded=${g.exceeded}>
      <figcaption class="label" part="label">${target.metric[lang]}</figcaption>
      <div class="body">
        ${renderMeter(
          { className: 'meter', part: 'meter' },
          target,
          evaluation,
          g,
          lang,
          variant === 'bar' ? this.renderBar(g) : this.renderRing(g, evaluation),
        )}
        <div class="details">
          <p class="reading" part="value">${this.renderReadingText(evaluation)}</p>
          ${renderStatus(evaluation.status, lang, g.exceeded && evaluation.status !== 'overCeiling' ? t.gaugeExceeded : undefined, 'status')}
          <p class="goal" part="target">
            ${t.gaugeTarget} <span class="goal-amount">${describeTarget(target, lang)}</span>
            <span class="due">${t.gaugeDue(formatDate(target.deadline, lang))}</span>
          </p>
          <p class="pace" part="expected">
            ${evaluation.expected === undefined
              ? t.gaugeNotPaced
              : html`<span class="pace-key" aria-hidden="true"></span>${this.expectedLabel(evaluation)} ${formatPercent(evaluation.expected)}`}
            <span class="as-of">${t.gaugeAsOf(formatDate(evaluation.asOf, lang))}</span>
          </p>
          ${note ? html`<p class="note" part="note">${note}</p>` : nothing}
        </div>
      </div>
    </figure>`;
  }

  /** "序時進度", or for a change against a base year "序時進度(自2020年底起)". */
  private expectedLabel(evaluation: TargetEvaluation): string {
    const t = this.i18n.strings;
    const year = evaluation.target.baselineYear;
    return evaluation.measure === 'change' && year !== undefined ? t.gaugeExpectedSince(year) : t.gaugeExpected;
  }

  /**
   * The value and how far it has come: `2100個 完成 70%`, `25億立方米 已用上限 118%`; a change (`decreaseBy`,
   * `increaseBy`) reads against the change targeted: `↓ 8% of 12%  67% done`.
   */
  private renderReadingText(evaluation: TargetEvaluation): TemplateResult {
    const { lang, strings: t } = this.i18n;
    const change = evaluation.target.comparator === 'decreaseBy' || evaluation.target.comparator === 'increaseBy';
    const amount = change ? formatProgress(evaluation, lang, t) : formatReading(evaluation, lang);
    // What is not paced (a rate, a growth, a level without a baseline) has no "% done": the target line says the rest.
    if (!isPaced(evaluation)) return html`<span class="amount">${amount}</span>`;
    const progress = change ? t.gaugeDone(formatPercent(evaluation.progress)) : formatProgress(evaluation, lang, t);
    return html`<span class="amount">${amount}</span> <span class="progress">${progress}</span>`;
  }

  private renderRing(g: GaugeGeometry, evaluation: TargetEvaluation): TemplateResult {
    const filled = g.beyond ? g.target : g.fill;
    return html`<div class="ring-box">
      <svg part="ring" class="ring-svg" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="track" cx=${CENTER} cy=${CENTER} r=${RADIUS}></circle>
        <circle class="fill" cx=${CENTER} cy=${CENTER} r=${RADIUS} transform="rotate(-90 60 60)" stroke-dasharray=${arcDash(0, filled)}></circle>
        ${g.beyond
          ? svg`<circle class="fill overflow" cx=${CENTER} cy=${CENTER} r=${RADIUS} transform="rotate(-90 60 60)" stroke-dasharray=${arcDash(g.target, g.fill)}></circle>
              ${ringTick(g.target, 'mark mark-target')}`
          : nothing}
        ${g.expected === undefined ? ringTick(g.target, 'mark mark-target') : ringTick(g.expected, 'mark mark-expected')}
      </svg>
      <span class="ring-center" aria-hidden="true">
        <span class="ring-percent">${isPaced(evaluation) ? formatPercent(evaluation.progress) : formatReading(evaluation, this.i18n.lang)}</span>
        <span class="ring-glyph">${statusGlyph(evaluation.status)}</span>
      </span>
    </div>`;
  }

  private renderBar(g: GaugeGeometry): TemplateResult {
    const filled = g.beyond ? g.target : g.fill;
    return html`<div class="bar-track" part="bar">
      <span class="bar-fill" ${cssProps({ 'inline-size': `${filled * 100}%` })}></span>
      ${g.beyond
        ? html`<span class="bar-fill overflow" ${cssProps({ 'inset-inline-start': `${g.target * 100}%`, 'inline-size': `${(g.fill - g.target) * 100}%` })}></span>
            <span class="mark mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
        : nothing}
      ${g.expected === undefined
        ? g.beyond ? nothing : html`<span class="mark mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
        : html`<span class="mark mark-expected" ${cssProps({ 'inset-inline-start': `${g.expected * 100}%` })}></span>`}
    </div>`;
  }
}
