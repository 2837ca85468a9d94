/**
 * The templates every gauge shares: the `role="meter"` element whose `aria-valuetext` is the evaluation's sentence,
 * the status as a glyph and a word, and the compact one-line gauge of lists and cards.
 */
import { describeTarget, statusTones, type Language, type Status, type Target, type TargetEvaluation } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../css-props.js';
import { statusGlyphs } from '../glyphs.js';
import type { Strings } from '../i18n/ui-strings.js';
import { ariaNumber, formatProgress, statusKey, statusLabel } from './format.js';
import { gaugeGeometry, type GaugeGeometry } from './geometry.js';

/** Optional extras of {@link renderCompactGauge}. */
export interface CompactGaugeOptions {
  /** A remark from the progress report, shown after the status. */
  readonly note?: string;
}

/**
 * The `role="meter"` element of a gauge, with its range and a spoken value built from the data: `aria-valuenow` is
 * the value, `aria-valuetext` the evaluation's sentence, `aria-label` the metric. Shared by the compact gauge and
 * `<dz-target-gauge>`, so both announce the same.
 *
 * @example
 * ```ts
 * renderMeter({ className: 'meter', part: 'meter' }, target, evaluation, gaugeGeometry(evaluation), 'en', html`…`);
 * ```
 */
export function renderMeter(
  element: { readonly className: string; readonly part: string },
  target: Target,
  evaluation: TargetEvaluation,
  g: GaugeGeometry,
  lang: Language,
  content: TemplateResult,
): TemplateResult {
  const aria = meterAria(target, evaluation, g, lang);
  return html`<span
    class=${element.className}
    part=${element.part}
    role="meter"
    aria-label=${aria.label}
    aria-valuemin=${aria.min}
    aria-valuemax=${aria.max}
    aria-valuenow=${aria.now}
    aria-valuetext=${aria.text}
    >${content}</span
  >`;
}

/** What a gauge's `role="meter"` element announces (see {@link renderMeter}), for a template that draws its own. */
export interface MeterAria {
  /** `aria-label`: the metric. */
  readonly label: string;
  readonly min: string;
  readonly max: string;
  /** `aria-valuenow`: the value. */
  readonly now: string;
  /** `aria-valuetext`: the evaluation's sentence. */
  readonly text: string;
}

/** The ARIA values of a gauge's meter, built from the data. */
export function meterAria(target: Target, evaluation: TargetEvaluation, g: GaugeGeometry, lang: Language): MeterAria {
  return { label: target.metric[lang], min: ariaNumber(g.min), max: ariaNumber(g.max), now: ariaNumber(evaluation.value), text: evaluation.sentence };
}

/**
 * A one-line gauge for lists and cards: the target (`≥ 3000個`) and, with an evaluation, a small bar
 * (`role="meter"` with the evaluation's sentence as `aria-valuetext`), the progress in words, and the status as a
 * glyph and a word. Include `gauge/gauge.styles.js` in the host's styles.
 */
export function renderCompactGauge(
  target: Target,
  evaluation: TargetEvaluation | undefined,
  lang: Language,
  strings: Strings,
  options: CompactGaugeOptions = {},
): TemplateResult {
  const goal = html`<span class="gauge-target" part="gauge-target">${describeTarget(target, lang)}</span>`;
  if (!evaluation) {
    return html`<span class="gauge-compact" part="gauge">${goal}</span>`;
  }
  const g = gaugeGeometry(evaluation);
  return html`<span class="gauge-compact" part="gauge" data-status=${statusKey(evaluation.status)} data-tone=${statusTones[evaluation.status]} ?data-exceeded=${g.exceeded}>
    ${goal}
    ${renderMeter(
      { className: 'gauge-track', part: 'gauge-meter' },
      target,
      evaluation,
      g,
      lang,
      html`<span class="gauge-fill" ${cssProps({ 'inline-size': `${g.fill * 100}%` })}></span>
        ${g.beyond && g.expected !== undefined ? html`<span class="gauge-mark gauge-mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>` : nothing}
        ${g.expected === undefined
          ? html`<span class="gauge-mark gauge-mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
          : html`<span class="gauge-mark gauge-mark-expected" ${cssProps({ 'inset-inline-start': `${g.expected * 100}%` })}></span>`}`,
    )}
    <span class="gauge-progress" part="gauge-progress">${formatProgress(evaluation, lang, strings)}</span>
    ${renderStatus(evaluation.status, lang, g.exceeded)}
    ${options.note ? html`<span class="gauge-note" part="gauge-note">${options.note}</span>` : nothing}
  </span>`;
}

/**
 * The status as a glyph (hidden from screen readers, which read the word) and a word. A ceiling `exceeded` under
 * another status (`missed`) adds the data package's own word for it, so the meter's sentence and the text agree.
 */
export function renderStatus(status: Status, lang: Language, exceeded: boolean, part = 'gauge-status'): TemplateResult {
  const extra = exceeded && status !== 'overCeiling' ? statusLabel('overCeiling', lang) : undefined;
  return html`<span class="gauge-status" part=${part}
    ><span class="gauge-glyph" aria-hidden="true">${statusGlyphs[status]}</span> ${statusLabel(status, lang)}${extra ? html`<span class="gauge-exceeded">(${extra})</span>` : nothing}</span
  >`;
}
