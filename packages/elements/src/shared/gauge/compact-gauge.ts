/**
 * The compact one-line gauge of lists (a card's targets, a unit summary's): the target, a small bar as the
 * `role="meter"` element, the progress in words and the status. Apart from `templates.ts`, so a page of
 * `<dz-target-gauge>` (which draws its own meter) does not download it.
 */
import { describeTarget, formatIsoDate, statusTones, type Language, type Target, type TargetEvaluation } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../css-props.js';
import type { Strings } from '../i18n/ui-strings.js';
import { formatProgress, statusKey, statusLabel } from './format.js';
import { gaugeGeometry, type GaugeGeometry } from './geometry.js';
import { noteLang } from './note-lang.js';
import { meterAria, renderStatus } from './templates.js';

/** Optional extras of {@link renderCompactGauge}. */
export interface CompactGaugeOptions {
  /** A remark from the progress report, shown after the status. */
  readonly note?: string;
  /** The reading's date, shown before the progress: given where it is not the report's (`截至 2023年6月30日`). */
  readonly asOf?: string;
  /**
   * The reading is older than the report: "not reported this period" stands where its status would, in a neutral
   * tone, since a pace judged at an older date is not the report's.
   */
  readonly stale?: boolean;
  /** How far it missed at its deadline or is over its ceiling (`差50個`: `JudgedTarget.gap`), beside its status and in the meter's sentence. */
  readonly gap?: string | undefined;
}

/**
 * A one-line gauge for lists and cards: the target (`≥ 3000個`) and, with an evaluation, a small bar
 * (`role="meter"` with the evaluation's sentence as `aria-valuetext`), the reading's date where asked, the progress in
 * words, and the status as a glyph and a word (or "not reported this period" for a reading older than the report).
 * With a meter, the words its sentence says (the target, the date, the progress, the status) are hidden from screen
 * readers, which read them once, from the meter; a ceiling exceeded under another status, which it does not say, stays.
 * Include `gauge/gauge.styles.js` and `gauge/compact-gauge.styles.js` in the host's styles.
 */
export function renderCompactGauge(
  target: Target,
  evaluation: TargetEvaluation | undefined,
  lang: Language,
  strings: Strings,
  options: CompactGaugeOptions = {},
): TemplateResult {
  const goal = html`<span class="gauge-target" part="gauge-target" aria-hidden=${evaluation ? 'true' : nothing}>${describeTarget(target, lang)}</span>`;
  if (!evaluation) {
    return html`<span class="gauge-compact" part="gauge">${goal}</span>`;
  }
  const g = gaugeGeometry(evaluation);
  const { asOf } = options;
  // A stale reading's words stand for its status, on screen and in the meter's sentence.
  const stale = options.stale ? strings.statusStale : undefined;
  // The `role="meter"` element, its range and a spoken value built from the data (`meterAria`, as <dz-target-gauge>'s):
  // `aria-valuetext` is the evaluation's sentence (ending "not reported this period" for a stale reading).
  // How far a target missed (`差50個`), beside its status and in the meter's sentence.
  const { gap } = options;
  const aria = meterAria(target, evaluation, g, lang, stale, gap);
  return html`<span
    class="gauge-compact"
    part="gauge"
    data-status=${stale ? 'stale' : statusKey(evaluation.status)}
    data-tone=${stale ? 'neutral' : statusTones[evaluation.status]}
    ?data-exceeded=${g.exceeded}
  >
    ${goal}
    <span
      class="gauge-track"
      part="gauge-meter"
      role="meter"
      aria-label=${aria.label}
      aria-valuemin=${aria.min}
      aria-valuemax=${aria.max}
      aria-valuenow=${aria.now}
      aria-valuetext=${aria.text}
      ><span class="gauge-fill" ${cssProps({ 'inline-size': `${g.fill * 100}%` })}></span>
      ${g.beyond && g.expected !== undefined ? html`<span class="gauge-mark gauge-mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>` : nothing}
      ${g.expected === undefined
        ? html`<span class="gauge-mark gauge-mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
        : html`<span class="gauge-mark gauge-mark-expected" ${cssProps({ 'inset-inline-start': `${g.expected * 100}%` })}></span>`}</span
    >
    ${asOf ? html`<span class="gauge-as-of" part="gauge-as-of" aria-hidden=${asOf === evaluation.asOf ? 'true' : nothing}>${strings.gaugeAsOf(formatIsoDate(asOf, lang))}</span>` : nothing}
    <span class="gauge-progress" part="gauge-progress" aria-hidden="true">${formatProgress(evaluation, lang, strings)}</span>
    <span aria-hidden="true">${renderStatus(evaluation.status, lang, g.exceeded, undefined, stale, gap)}</span>
    ${unsaidExceeded(evaluation, lang, g, stale)}
    ${options.note ? html`<span class="gauge-note" part="gauge-note" lang=${noteLang(options.note, lang)}>${options.note}</span>` : nothing}
  </span>`;
}

/**
 * The word "ceiling exceeded" for screen readers, where the status shows it and the meter's sentence does not say it
 * (a ceiling exceeded and `missed` at the deadline): the status beside the meter is hidden from them.
 */
function unsaidExceeded(evaluation: TargetEvaluation, lang: Language, g: GaugeGeometry, stale: string | undefined): TemplateResult | typeof nothing {
  const exceeded = statusLabel('overCeiling', lang);
  return g.exceeded && !stale && !evaluation.sentence.includes(exceeded) ? html`<span class="visually-hidden">${exceeded}</span>` : nothing;
}
