import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ProgressReport, Status } from '@dz-tasks/data';
import { DzElement, type ElementView } from '../shared/base-element.js';
import { choiceInput, given, numberInput, textInput, type Taken } from '../shared/inputs.js';
import gaugeStyles from '../shared/gauge/gauge.styles.js';
import sharedStyles from '../shared/shared.styles.js';
import styles from './target-gauge.styles.js';
import { renderReading, renderTarget, type GaugeVariant } from './target-gauge.templates.js';
import { gaugeViewOf, progressInput, srcInput, type GaugeReady } from './target-gauge.view.js';
import { gaugeScope } from './gauge-scope.js';
import { dateInput } from './date-input.js';

export type { GaugeVariant };

/**
 * Which colours tell the statuses apart (the `scheme` attribute of `<dz-target-gauge>`): `traffic` (the default,
 * 紅黃綠: met and on track green, behind amber, missed red, not started grey) or `rag5` (the same, but met blue).
 * A glyph and a word always accompany the colour.
 */
export type GaugeScheme = 'traffic' | 'rag5';

/** The gauge's `variant` words, the default first. */
const variantInput = choiceInput<GaugeVariant>(['ring', 'bar']);
/** The gauge's `scheme` words, the default first. */
const schemeInput = choiceInput<GaugeScheme>(['traffic', 'rag5']);

/**
 * A target of the plan and how far it has come: the target alone (`≥ 3000個`), or, with a value, a ring or bar
 * meter judged by the target's measure kind, with the status written as a word and a glyph.
 *
 * The value comes from `value` (with `as-of`) or from the latest entry for the target in the progress report of
 * `progress` (your app's) or at `src`; `value` wins over both and `progress` over `src` (what is not shown is noticed as
 * ignored, as is an `as-of` without a `value`). Without `as-of` a value stands at today's date, kept between the plan's
 * start and the target's deadline (so for a target due 2023-12-31, read after 2023, it stands at 2023-12-31 and the
 * target is due, which a notice over the gauge says, asking for `as-of`); an `as-of` after the target's deadline is an
 * `invalid-value` error naming the deadline.
 *
 * Each measure is drawn honestly: a flow fills towards the target with the pace (序時進度) marked; a rate or share is
 * drawn on 0–100% with its target marked and no pace, and reads "90%(目標 ≥ 96%)"; a growth or a change against a
 * base year reads against the change targeted ("↓ 6% of ↓ 12%"), the change paced from the end of its base year; a
 * ceiling shows the share used, and going over it is drawn past a ceiling mark and written "exceeded"; a level
 * without a baseline is compared with the target only.
 *
 * Screen readers read each fact once, from the meter: its name is the metric, its `aria-valuetext` the evaluation's
 * sentence less the metric it begins with (the reading and its date, the target, the pace and the status) and its
 * description the deadline. The caption and the words beside the meter show the same to the eye and are hidden from
 * them; a feed's note and trend, which the sentence does not say, are read as shown.
 *
 * @summary A target of the plan, alone or as a meter of the progress towards it.
 *
 * @csspart base - The box holding the whole gauge (a figure captioned by the metric for a target alone, and for an error about its value or feed).
 * @csspart label - The metric's name (with a reading, hidden from screen readers: the meter's name; the caption of a target alone, and above an error about its value or feed).
 * @csspart meter - The element with `role="meter"`.
 * @csspart ring - The SVG ring (ring variant).
 * @csspart bar - The bar's track (bar variant).
 * @csspart value - The value reached and the progress in words.
 * @csspart status - The status: a glyph and a word.
 * @csspart target - The target and its deadline.
 * @csspart expected - The expected progress (序時進度) and the date the value stands at.
 * @csspart note - The remark of the progress report's entry.
 * @csspart trend - The trend over the feed's readings, where it gives more than one: in words, then the readings in date order.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The "no progress reported yet" message; once the report's date has reached the target's deadline, "not reported" (未報送) with its glyph, its `status` part.
 * @csspart error - The error message: below the target it is about (its value or feed is wrong), or alone (the target or the plan is unknown).
 * @csspart notices - The list of notices above the content (a misspelt attribute, a word not allowed).
 * @csspart notice - One notice.
 *
 * @cssprop [--dz-gauge-size=7.5rem] - Diameter of the ring.
 * @cssprop [--dz-gauge-thickness=0.75rem] - Height of the bar.
 * @cssprop [--dz-gauge-track-color=var(--dz-color-muted)] - The track: the ring's thin circle, the bar's outline (3:1 against the surface and `--dz-color-surface-alt` by default).
 * @cssprop [--dz-gauge-marker-color=var(--dz-color-text)] - The expected-progress and ceiling marks, each cut out of what it crosses by a line of `--dz-color-surface`.
 * @cssprop [--dz-gauge-met-color=var(--dz-color-met)] - Status colour "met" (green; blue with `scheme="rag5"`).
 * @cssprop [--dz-gauge-on-track-color=var(--dz-color-on-track)] - Status colour "on track" (green).
 * @cssprop [--dz-gauge-behind-color=var(--dz-color-behind)] - Status colour "behind" (amber).
 * @cssprop [--dz-gauge-missed-color=var(--dz-color-missed)] - Status colour "missed" (red).
 * @cssprop [--dz-gauge-not-started-color=var(--dz-color-not-started)] - Status colour "not started", "not yet at target" and "awaiting decision" (grey): no pace judged.
 * @cssprop [--dz-gauge-seriously-behind-color=var(--dz-gauge-missed-color)] - Status colour "seriously behind".
 * @cssprop [--dz-gauge-over-ceiling-color=var(--dz-gauge-missed-color)] - Status colour "ceiling exceeded".
 * @cssprop [--dz-gauge-warning-color=var(--dz-gauge-behind-color)] - Status colour of "used faster than the pace"
 *   and "above the target band".
 * @cssprop [--dz-gauge-overflow-color=var(--dz-gauge-missed-color)] - The part of a ceiling's meter beyond the ceiling.
 *
 * @fires dz-error - `{ code, message }` when the target is unknown (`unknown-target`), the value or date is invalid
 *   (`invalid-value`), the feed cannot be fetched (`feed-fetch-failed`), fails validation (`feed-invalid`) or does not
 *   arrive within `timeout` (`feed-timeout`), or the plan cannot be loaded (`plan-fetch-failed`, `plan-invalid`,
 *   `plan-timeout`); and for a notice over the gauge (a word `variant` does not take, a misspelt attribute).
 */
export class DzTargetGauge extends DzElement<GaugeReady> {
  /** The gauge sets `status` on itself, for styling. */
  static override readonly reflectedAttributes: readonly string[] = ['status'];

  /** The shadow root's styles: the shared base, the compact gauges' and the ring and bar's. Theme with the CSS properties and parts above. */
  static override styles = [sharedStyles, gaugeStyles, styles];

  /**
   * The parts of the Dezhou plan the gauge shows, for the CDN build (see `shared/plan-scope.ts`).
   * @internal
   */
  static planScope = gaugeScope;

  /**
   * The reactive properties below, declared here rather than by decorators: a few bytes less on every gauge's page.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    target: { converter: textInput },
    value: { converter: numberInput },
    // A date, read only with `value`; without one it is quiet (the reading not yet arrived, as a framework's page first
    // draws it: the target alone; a feed dates its own).
    asOf: { attribute: 'as-of', converter: dateInput },
    progress: { attribute: false, converter: progressInput },
    src: { converter: srcInput },
    variant: { reflect: true, converter: variantInput },
    scheme: { reflect: true, converter: schemeInput },
  };

  /** Id of the target, e.g. `t09.1` (task 9, first target). */
  declare target?: string;

  /**
   * The amount reached, in the target's unit; for a change or growth the change achieved (a 7% reduction is `7`).
   * As an attribute it is read as editors write it: `2100`, `2,100`, `2100個`, `2.1萬` or `21000人` for a target in
   * 萬人, `36.4%` for a share. Text that is not a number, another unit, or a value in the wrong scale (21000 for a
   * target in 萬人) is shown as an `invalid-value` error that says what was expected.
   */
  declare value?: number | string;

  /**
   * The date the value stands at (`YYYY-MM-DD`). Default: today, kept between the plan's start and the target's
   * deadline. A date after today is an `invalid-value` error: a value cannot stand at a day to come (nor can a feed's
   * reading); so is a date after the target's deadline, naming it: give the value as of the deadline.
   */
  declare asOf?: string | Date;

  /**
   * A progress report your app holds (`{ plan, asOf, entries }`, as `parseProgressReport` of `@dz-tasks/data` returns
   * it: fetched with your own credentials, or built from a form); the latest entry for the target is shown. Validated
   * against the plan as a feed at `src` is (`feed-invalid`), once per report object; `null` is a report still to come
   * (the loading state). It wins over `src`, which is then never requested; `value` wins over it.
   */
  declare progress?: ProgressReport | null;

  /**
   * URL of a progress report (`{ plan, asOf, entries }`); the latest entry for the target is shown. Every element
   * on the page with the same feed URL (resolved against the page) shares one request and, per plan, one validation.
   */
  declare src?: string | URL;

  /** `ring` (default) or `bar`. */
  variant: GaugeVariant = variantInput.fallback;

  /** Status colours: `traffic` (default, 紅黃綠: red, amber, green) or `rag5` (met blue, on track green, behind amber, missed red, not started grey). */
  scheme: GaugeScheme = schemeInput.fallback;

  /**
   * The report of `progress`, or else the feed at `src`, fetched only without a `value`, which wins (a `src` said to be
   * ignored is never requested).
   */
  private readonly feed = this.createFeedTask(() => (given(this.value) ? undefined : (this.src as Taken<string>)));

  /**
   * The status shown (reflected to the `status` attribute for styling): `stale` for a reading older than the report
   * and the deadline (本期未報, which the gauge shows in place of its status), `undefined` without a value.
   */
  get status(): Status | 'stale' | undefined {
    const view = this.view;
    return view.kind === 'ready' && view.progress === 'reading' ? (view.stale ? 'stale' : view.evaluation.status) : undefined;
  }

  protected override deriveView(): ElementView<GaugeReady> {
    const plan = this.planState;
    if (plan.state === 'loading') return { kind: 'loading', lines: 2 };
    if (plan.state === 'error') return { kind: 'error', error: plan.error };
    const src = this.progress === undefined ? (this.src as Taken<string>) : 'progress';
    const input = { target: this.target, value: this.value, asOf: this.asOf as Taken<string>, src };
    // The view reads the feed only with a source (`src`).
    return gaugeViewOf(plan.value, input, () => this.taskState(this.feed, src)!, this.i18n.lang, this.i18n.strings);
  }

  protected override waitsForData(view: ElementView<GaugeReady>): boolean {
    return super.waitsForData(view) || (view.kind === 'ready' && view.progress === 'loading');
  }

  protected override renderReady(view: ElementView<GaugeReady> & { readonly kind: 'ready' }): TemplateResult {
    const { lang, strings: t } = this.i18n;
    switch (view.progress) {
      case 'reading':
        return renderReading(view.target, view.evaluation, view.note, view.history ?? [], variantInput.pick(this.variant), lang, t, view.stale, view.gap);
      case 'loading':
        return renderTarget(view.target, this.renderLoading(1), lang, t);
      case 'empty':
        // Due with no entry in the report: 未報送 with its glyph, as a status is shown (`JudgedTarget.unreportedStatus`).
        return renderTarget(view.target, view.unreported ? html`<p class="message empty" part="empty" role="status" lang=${this.i18n.stringsLang}>${view.unreported(t, 'status')}</p>` : this.renderEmpty(t.noValue), lang, t);
      default:
        // An error about its value or feed below the target it is about (`none` with an error, see `GaugeReady`).
        return renderTarget(view.target, view.error ? this.renderError(view.error) : nothing, lang, t);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.status;
    if (status) this.setAttribute('status', status);
    else this.removeAttribute('status');
  }
}
