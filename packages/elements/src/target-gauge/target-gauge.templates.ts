/** The templates of `<dz-target-gauge>`: the target alone, and a reading as a ring or a bar with its words. */
import { describeTarget, formatIsoDate, statusTones, type Language, type ProgressReading, type Target, type TargetEvaluation } from '@dz-tasks/data';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';
import { formatProgress, formatReading, formatShareDone, isChange, pacePercent, progressPercent, sharesDone, statusKey } from '../shared/gauge/format.js';
import { gaugeGeometry, isPaced, type GaugeGeometry } from '../shared/gauge/geometry.js';
import { noteLang } from '../shared/gauge/note-lang.js';
import { meterAria, renderStatus } from '../shared/gauge/templates.js';
import { renderTrend } from '../shared/gauge/trend-module.js';
import { readingGlyphs, statusGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { formatFigure } from './ring-figure.js';
import { arcPath, tickTurn } from './ring.js';

/** How `<dz-target-gauge>` is drawn (its `variant` attribute): a `ring` (the default) or a horizontal `bar`. */
export type GaugeVariant = 'ring' | 'bar';

/*
 * The templates are written without whitespace between blocks, nor inside tags (long lines: a tag broken before its
 * `>`, `\n  ><p`, cost the one-gauge page about 40 bytes gzip): a page of many gauges would otherwise clone, walk and
 * lay out about 30 empty text nodes per gauge. A space stays where inline words need one. (The CDN build cannot minify
 * them: a page rendered on a server with the npm build's templates hydrates only templates of the same text.)
 */

/** The target and its deadline (in words for screen readers through the visible text), with `extra` below. */
export function renderTarget(target: Target, extra: TemplateResult | typeof nothing, lang: Language, t: Strings): TemplateResult {
  return html`<figure class="gauge target-only" part="base" lang=${lang}><figcaption class="label" part="label">${target.metric[lang]}</figcaption><p class="goal" part="target"><span class="goal-amount">${describeTarget(target, lang)}</span> <span class="due">${t.gaugeDue(formatIsoDate(target.deadline, lang))}</span></p>${extra}</figure>`;
}

/**
 * A judged reading: the meter (ring or bar), the value, the status, the target, the pace, the reading's date (a line of
 * its own: run into the pace's words it dated them), the note and the trend. A
 * `stale` reading (older than the report) says "not reported this period" where its status would be, in a neutral
 * tone, as a card's target does.
 */
export function renderReading(
  target: Target,
  evaluation: TargetEvaluation,
  note: string | undefined,
  history: readonly ProgressReading[],
  variant: GaugeVariant,
  lang: Language,
  t: Strings,
  stale?: boolean,
  /** How far it missed (`差50個`: `JudgedTarget.gap`), beside its status and in the meter's sentence, as `dz-plan progress summary` says it. */
  gap?: string,
): TemplateResult {
  const g = gaugeGeometry(evaluation);
  // The meter as the compact gauge draws it (`meterAria`), its class and part written here once rather than bound on every gauge.
  // A stale reading's words stand for its status, on screen and in the meter's sentence.
  const staleWords = stale ? t.statusStale : undefined;
  const aria = meterAria(target, evaluation, g, lang, staleWords, gap);
  // One template instance per part of the gauge that varies in shape (the ring or bar, the status): the reading's
  // words and the pace are plain text in the one template, the pace's key hidden by CSS where nothing is paced.
  const paced = isPaced(evaluation);
  // Six characters fit the ring's hole at the centre's size; more (a change with its arrow, `↑ 12.35%`) at a smaller one.
  const centre = sharesDone(evaluation) ? progressPercent(evaluation, lang) : formatReading(evaluation, lang, formatFigure);
  // The words the meter's sentence says (the reading, the status, the target, the pace) are hidden from screen
  // readers, which read them once, from the meter; the deadline, which it does not say, is the meter's description.
  // A box, not a figure: screen readers would say an unnamed figure before the meter, which names the metric (the
  // label is hidden from them, as the meter says it).
  return html`<div class="gauge ${`${variant}${paced ? ' paced' : ''}${centre.length > 6 ? ' long' : ''}`}" part="base" data-status=${stale ? 'stale' : statusKey(evaluation.status)} data-tone=${stale ? 'neutral' : statusTones[evaluation.status]} ?data-exceeded=${g.exceeded} lang=${lang}><div class="label" part="label" aria-hidden="true">${target.metric[lang]}</div><div class="body"><span class="meter" part="meter" role="meter" aria-label=${aria.label} aria-valuemin=${aria.min} aria-valuemax=${aria.max} aria-valuenow=${aria.now} aria-valuetext=${aria.text} aria-describedby="due">${variant === 'bar' ? renderBar(g) : renderRing(g, stale ? readingGlyphs.stale : statusGlyphs[evaluation.status], centre)}</span><div class="details"><p class="reading" part="value" aria-hidden="true"><span class="amount">${readingAmount(evaluation, lang, t)}</span> <span class="progress">${readingProgress(evaluation, lang, t)}</span></p><div aria-hidden="true">${renderStatus(evaluation.status, lang, g.exceeded, 'status', staleWords, gap)}</div><p class="goal" part="target" aria-hidden="true">${t.gaugeTarget} <span class="goal-amount">${describeTarget(target, lang)}</span> <span class="due" id="due">${t.gaugeDue(formatIsoDate(target.deadline, lang))}</span></p><p class="pace" part="expected" aria-hidden="true">${evaluation.expected === undefined
            ? evaluation.measure === 'designation' ? t.gaugeConferred : evaluation.heldAllYear ? t.gaugeHeldAllYear : t.gaugeNotPaced
            : `${expectedLabel(evaluation, t)} ${pacePercent(evaluation, lang)}`}</p><p class="as-of" aria-hidden="true">${t.gaugeAsOf(formatIsoDate(evaluation.asOf, lang))}</p>${note ? html`<p class="note" part="note" lang=${noteLang(note, lang)}>${note}</p>` : nothing}${renderTrend(target, history, lang, t, 'trend', evaluation.asOf)}</div></div></div>`;
}

/** "序時進度", or for a change against a base year "序時進度(自2020年底起)". */
function expectedLabel(evaluation: TargetEvaluation, t: Strings): string {
  const year = evaluation.target.baselineYear;
  return evaluation.measure === 'change' && year !== undefined ? t.gaugeExpectedSince(year) : t.gaugeExpected;
}

/**
 * The value reached: `2100個`, `25億立方米`; a change (`decreaseBy`, `increaseBy`) reads against the change targeted:
 * `↓ 8% of ↓ 12%`; for a threshold each member must reach, the lowest member's: `最少的為0家`.
 */
function readingAmount(evaluation: TargetEvaluation, lang: Language, t: Strings): string {
  if (isChange(evaluation.target)) return formatProgress(evaluation, lang, t);
  const amount = formatReading(evaluation, lang);
  return evaluation.target.each ? t.gaugeLowest(amount) : amount;
}

/**
 * How far the value has come, after the amount: `完成 70%`, `已用上限 118%`, `67% done` for a change. What is not
 * paced (a rate, a growth, a level without a baseline), or gone the wrong way, has no "% done" (empty, and hidden): the
 * target line and the status say the rest.
 */
const readingProgress = (evaluation: TargetEvaluation, lang: Language, t: Strings): string => (sharesDone(evaluation) ? formatShareDone(evaluation, t, lang) : '');

function renderRing(g: GaugeGeometry, glyph: string, centre: string): TemplateResult {
  const filled = g.beyond ? g.target : g.fill;
  // One tick: the pace where there is one, else the target (past the target, the target's tick comes with the overflow).
  const tick = g.expected === undefined ? 'mark mark-target' : 'mark mark-expected';
  return html`<svg part="ring" class="ring-svg" viewBox="0 0 120 120" aria-hidden="true" focusable="false"><circle class="track" cx="60" cy="60" r="50"></circle><path class="fill" d=${arcPath(0, filled)}></path>${g.beyond
        ? svg`<path class="fill overflow" d=${arcPath(g.target, g.fill)}></path><line class="mark mark-target" x1="60" y1="19" x2="60" y2="1" transform=${tickTurn(g.target)}></line>`
        : nothing}<line class=${tick} x1="60" y1="19" x2="60" y2="1" transform=${tickTurn(g.expected ?? g.target)}></line></svg><span class="ring-center" aria-hidden="true">${centre}<span class="ring-glyph">${glyph}</span></span>`;
}

function renderBar(g: GaugeGeometry): TemplateResult {
  const filled = g.beyond ? g.target : g.fill;
  return html`<div class="bar-track" part="bar"><span class="bar-fill" ${cssProps({ 'inline-size': `${filled * 100}%` })}></span>${g.beyond
      ? html`<span class="bar-fill overflow" ${cssProps({ 'inset-inline-start': `${g.target * 100}%`, 'inline-size': `${(g.fill - g.target) * 100}%` })}></span><span class="mark mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
      : nothing}${g.expected === undefined
      ? g.beyond
        ? nothing
        : html`<span class="mark mark-target" ${cssProps({ 'inset-inline-start': `${g.target * 100}%` })}></span>`
      : html`<span class="mark mark-expected" ${cssProps({ 'inset-inline-start': `${g.expected * 100}%` })}></span>`}</div>`;
}
