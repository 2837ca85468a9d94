/**
 * What every gauge draws alike: what its `role="meter"` element announces (`aria-valuetext` is the evaluation's
 * sentence less the metric, the meter's name), and the status as a glyph and a word, with how far a target missed.
 * The compact gauge of lists is in `compact-gauge.ts`.
 */
import type { Language, Status, Target, TargetEvaluation } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { readingGlyphs, statusGlyphs } from '../glyphs.js';
import { ariaNumber, statusLabel } from './format.js';
import type { GaugeGeometry } from './geometry.js';

/** What a gauge's `role="meter"` element announces: the compact gauge's (`compact-gauge.ts`) and `<dz-target-gauge>`'s, each drawn by its template. */
export interface MeterAria {
  /** `aria-label`: the metric. */
  readonly label: string;
  readonly min: string;
  readonly max: string;
  /** `aria-valuenow`: the value. */
  readonly now: string;
  /**
   * `aria-valuetext`: the evaluation's sentence (of a stale reading, ending "not reported this period"; of a target
   * missed, with how far: `JudgedTarget.gap`) without the metric it begins with (`新開通5G基站:`), which the name says: a
   * screen reader says the name once (review r59 L6).
   */
  readonly text: string;
}

/**
 * The ARIA values of a gauge's meter, built from the data. With `stale` (the words "not reported this period", for a
 * reading older than the report) those words end the sentence in place of its status, as they stand for it on screen
 * (and no gap); else a `gap` (`JudgedTarget.gap`: `差50個`) follows the status, as on screen: `…,未達成(差50個)。`,
 * `…; missed (50 base stations short).`
 */
export function meterAria(target: Target, evaluation: TargetEvaluation, g: GaugeGeometry, lang: Language, stale?: string, gap?: string): MeterAria {
  // The status is the sentence's last clause, before its full stop: `…,待評定。`, `…; awaiting decision.`
  const text = stale
    ? evaluation.sentence.replace(/[^,; ][^,;]*(?=.$)/, stale)
    : gap
      ? evaluation.sentence.replace(/.$/, (end) => `${lang == 'en' ? ' ' : ''}(${gap})${end}`)
      : evaluation.sentence;
  const label = target.metric[lang];
  return { label, min: ariaNumber(g.min), max: ariaNumber(g.max), now: ariaNumber(evaluation.value), text: text.replace(`${label}:`, '').trim() };
}

/**
 * The status as a glyph (hidden from screen readers, which read the word) and a word. A ceiling `exceeded` under
 * another status (`missed`) adds the data package's own word for it, so the meter's sentence and the text agree;
 * a `gap` (`JudgedTarget.gap`: `差50個`, `超出上限0.13億立方米`) is added in its place, saying how far. With `stale`
 * (the words "not reported this period", for a reading older than the report) those words and their glyph stand
 * instead, and no gap: a status judged at an older date is not the report's, nor how far it missed then. The words
 * wrap where they must (a phone with a reader's text spacing), the glyph on the line of the first, held by a no-break space.
 */
export function renderStatus(status: Status, lang: Language, exceeded: boolean, part = 'gauge-status', stale?: string, gap?: string): TemplateResult {
  const extra = stale ? undefined : gap || (exceeded && status !== 'overCeiling' ? statusLabel('overCeiling', lang) : undefined);
  return html`<span class="gauge-status" part=${part}><span class="gauge-glyph" aria-hidden="true">${stale ? readingGlyphs.stale : statusGlyphs[status]}</span>&nbsp;${stale || statusLabel(status, lang)}${extra ? html`<span class="gauge-exceeded">(${extra})</span>` : nothing}</span>`;
}
