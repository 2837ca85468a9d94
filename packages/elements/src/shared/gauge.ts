/**
 * What `<dz-target-gauge>` and the task card's compact gauges share: status glyphs and colours, the geometry of a
 * gauge (how much of the track a value fills, where expected progress and the target sit), the reading shown next
 * to it, and a compact one-line gauge template with its styles.
 */
import {
  comparatorSymbols,
  describeTarget,
  formatAmount,
  statusLabels,
  type Language,
  type Status,
  type Target,
  type TargetEvaluation,
} from '@dz-tasks/data';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Strings } from './i18n.js';
import { cssProps } from './css-props.js';

/** A glyph per status, so a status is never told by colour alone. Shapes differ, not only colours. */
export const statusGlyphs: Readonly<Record<Status, string>> = {
  met: '✓',
  onTrack: '↗',
  behind: '↘',
  seriouslyBehind: '⇊',
  notStarted: '○',
  missed: '✕',
  overPace: '»',
  overCeiling: '▲',
  aboveBand: '⇡',
  belowTarget: '◔',
};

/**
 * The glyph of a status: `✓` met, `↗` on track, `↘` behind, `⇊` seriously behind, `○` not started, `✕` missed,
 * `»` used faster than the year, `▲` ceiling exceeded, `⇡` above the band, `◔` not yet at target.
 */
export function statusGlyph(status: Status): string {
  return statusGlyphs[status];
}

/** The status in words, in the language: `進度正常`, `on track`. */
export function statusLabel(status: Status, lang: Language): string {
  return statusLabels[lang][status];
}

/** The kebab-case name of a status, as used in custom properties and attributes: `on-track`. */
export function statusKey(status: Status): string {
  return status.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Where the parts of a gauge sit, each as a share (0–1) of the track. */
export interface GaugeGeometry {
  /** `aria-valuemin`: 0 (or the value when it is negative); a level with a baseline starts at its baseline. */
  readonly min: number;
  /** `aria-valuemax`: the target value, 100 for a rate in percent, or the value when it goes beyond. */
  readonly max: number;
  /** The share of the track the value fills. */
  readonly fill: number;
  /**
   * Where expected progress (序時進度) sits, or `undefined` where nothing is paced (rates, growth, levels without a
   * baseline): no time mark is drawn on those.
   */
  readonly expected: number | undefined;
  /** Where the target (or the ceiling, or a rate's floor) sits. */
  readonly target: number;
  /** The value is beyond the target; for a ceiling that means it is exceeded. */
  readonly beyond: boolean;
  /** A ceiling or an upper limit is exceeded: shown as overflow and the word "exceeded". */
  readonly exceeded: boolean;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : n > 0 ? 1 : 0);

/**
 * The geometry of a gauge for an evaluation, honest to its measure: a flow, change or ceiling fills towards the
 * target with the pace marked; a level with a baseline runs from the baseline; a rate in percent is drawn on
 * 0–100% with its target marked and no pace; growth fills towards the target growth.
 */
export function gaugeGeometry(evaluation: TargetEvaluation): GaugeGeometry {
  const { target, value } = evaluation;
  const goal = Math.abs(target.value);
  const percentScale = evaluation.measure === 'rate' && target.unit === '%';
  if (evaluation.baseline !== undefined) {
    // Paced from a baseline: the track is the way from the baseline to the target.
    const expected = clamp01(evaluation.expected ?? 0);
    return { min: Math.min(evaluation.baseline, value), max: Math.max(goal, value), fill: clamp01(evaluation.progress), expected, target: 1, beyond: evaluation.progress > 1, exceeded: false };
  }
  const max = Math.max(percentScale ? 100 : goal, value, 0) || 1;
  const beyond = value > goal;
  return {
    min: Math.min(0, value),
    max,
    fill: clamp01(value / max),
    expected: evaluation.expected === undefined ? undefined : clamp01((evaluation.expected * goal) / max),
    target: clamp01(goal / max),
    beyond: beyond && !percentScale,
    exceeded: beyond && evaluation.lowerIsBetter,
  };
}

/**
 * Whether an evaluation is judged against a pace (flows, changes, ceilings, levels with a baseline), so that a
 * "% done" and a time mark mean something; rates, growth and levels without a baseline are compared directly.
 */
export function isPaced(evaluation: TargetEvaluation): boolean {
  return evaluation.expected !== undefined;
}

/** A ratio as a whole percentage: `70%`; `∞` guards a zero target. */
export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '∞';
}

/**
 * The value reached, as people read it for the target's semantics: `2100個`, `↓ 8%` (a reduction achieved),
 * `25億立方米` (a ceiling's use).
 */
export function formatReading(evaluation: TargetEvaluation, lang: Language): string {
  const { target, value } = evaluation;
  const amount = formatAmount(target, value, lang);
  if (target.comparator === 'decreaseBy' || target.comparator === 'increaseBy') {
    return `${comparatorSymbols[target.comparator]} ${amount}`;
  }
  return amount;
}

/**
 * How far the value has come, in a few words: `完成 70%`, `↓ 8% of 12%` (reductions and increases compare with
 * the target change), `118% of the ceiling used` (ceilings).
 */
export function formatProgress(evaluation: TargetEvaluation, lang: Language, strings: Strings): string {
  const { target } = evaluation;
  if (target.comparator === 'decreaseBy' || target.comparator === 'increaseBy') {
    return strings.gaugeOfTarget(formatReading(evaluation, lang), formatAmount(target, target.valueText, lang));
  }
  // Not paced (a rate, a level without a baseline): the reading itself, never a "% done".
  if (!isPaced(evaluation)) return formatReading(evaluation, lang);
  const percent = formatPercent(evaluation.progress);
  return evaluation.lowerIsBetter ? strings.gaugeCeilingUsed(percent) : strings.gaugeDone(percent);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** An ISO date as people of the language write it: `2023年6月30日`, `30 June 2023`; other text is returned as is. */
export function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

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
  return html`<span
    class=${element.className}
    part=${element.part}
    role="meter"
    aria-label=${target.metric[lang]}
    aria-valuemin=${g.min}
    aria-valuemax=${g.max}
    aria-valuenow=${evaluation.value}
    aria-valuetext=${evaluation.sentence}
    >${content}</span
  >`;
}

/**
 * A one-line gauge for lists and cards: the target (`≥ 3000個`) and, with an evaluation, a small bar
 * (`role="meter"` with the evaluation's sentence as `aria-valuetext`), the progress in words, and the status as a
 * glyph and a word. Include {@link gaugeStyles} in the host's styles.
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
  return html`<span class="gauge-compact" part="gauge" data-status=${statusKey(evaluation.status)} ?data-exceeded=${g.exceeded}>
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
    ${renderStatus(evaluation.status, lang, g.exceeded && evaluation.status !== 'overCeiling' ? strings.gaugeExceeded : undefined)}
    ${options.note ? html`<span class="gauge-note" part="gauge-note">${options.note}</span>` : nothing}
  </span>`;
}

/** The status as a glyph (hidden from screen readers, which read the word) and a word; `extra` adds e.g. "exceeded". */
export function renderStatus(status: Status, lang: Language, extra?: string, part = 'gauge-status'): TemplateResult {
  return html`<span class="gauge-status" part=${part}
    ><span class="gauge-glyph" aria-hidden="true">${statusGlyph(status)}</span> <span class="gauge-status-word"
      >${statusLabel(status, lang)}</span
    >${extra ? html`<span class="gauge-exceeded">(${extra})</span>` : nothing}</span
  >`;
}

/**
 * Styles of the compact gauge and of the status colours. Colours come from `--dz-gauge-<status>-color` when the
 * host defines them, else from the shared `--dz-color-<status>` tokens, so any host can include these styles.
 */
export const gaugeStyles = css`
  [data-status] {
    --_dz-status-color: var(--dz-gauge-not-started-color, var(--_dz-color-not-started));
  }
  [data-status='met'] {
    --_dz-status-color: var(--dz-gauge-met-color, var(--_dz-color-met));
  }
  [data-status='on-track'] {
    --_dz-status-color: var(--dz-gauge-on-track-color, var(--_dz-color-on-track));
  }
  [data-status='behind'] {
    --_dz-status-color: var(--dz-gauge-behind-color, var(--_dz-color-behind));
  }
  [data-status='missed'] {
    --_dz-status-color: var(--dz-gauge-missed-color, var(--_dz-color-missed));
  }
  /* The other statuses take the colour of their tone (三色): warnings amber, alerts red. */
  [data-status='seriously-behind'] {
    --_dz-status-color: var(--dz-gauge-seriously-behind-color, var(--dz-gauge-missed-color, var(--_dz-color-missed)));
  }
  [data-status='over-ceiling'] {
    --_dz-status-color: var(--dz-gauge-over-ceiling-color, var(--dz-gauge-missed-color, var(--_dz-color-missed)));
  }
  [data-status='over-pace'],
  [data-status='above-band'],
  [data-status='below-target'] {
    --_dz-status-color: var(--dz-gauge-warning-color, var(--dz-gauge-behind-color, var(--_dz-color-behind)));
  }

  .gauge-status {
    color: var(--_dz-status-color);
    font-weight: 600;
    white-space: nowrap;
  }

  .gauge-glyph {
    display: inline-block;
    min-inline-size: 1em;
    text-align: center;
  }

  .gauge-exceeded {
    margin-inline-start: 0.25em;
  }

  .gauge-compact {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }

  .gauge-target {
    font-variant-numeric: tabular-nums;
  }

  .gauge-track {
    position: relative;
    display: inline-block;
    inline-size: var(--dz-gauge-compact-width, 5rem);
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--dz-gauge-track-color, var(--_dz-color-surface-alt));
    box-shadow: inset 0 0 0 1px var(--_dz-color-border);
    overflow: hidden;
  }

  .gauge-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: inherit;
    background: var(--_dz-status-color);
    transition: inline-size 0.3s ease;
  }

  .gauge-mark {
    position: absolute;
    inset-block: -1px;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_dz-color-text);
  }

  .gauge-mark-expected {
    background: repeating-linear-gradient(to bottom, var(--_dz-color-text) 0 2px, transparent 2px 3px);
  }

  .gauge-progress,
  .gauge-note {
    color: var(--_dz-color-muted);
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    .gauge-fill {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .gauge-status {
      color: CanvasText;
    }
    .gauge-track {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .gauge-fill {
      background: Highlight;
    }
    [data-exceeded] .gauge-fill {
      background: CanvasText;
    }
    .gauge-mark {
      background: CanvasText;
    }
  }
`;
