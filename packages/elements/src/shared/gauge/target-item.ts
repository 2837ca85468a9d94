/** One target as a list item: its metric, its compact gauge and what a feed says of it (a card's and a unit summary's lists). */
import { formatIsoDate, type Language } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/ui-strings.js';
import type { JudgedTarget } from './judged-target.js';
import { renderCompactGauge } from './compact-gauge.js';
import { renderTrend } from './trend-module.js';

/**
 * `<li part="target">` of a judged target: its metric, its compact gauge (with the feed's status when it can be
 * judged, the reading's date when it is not the report's, "not reported this period" when it is older), why a reading
 * cannot be judged, "no progress reported yet" (or once due, 未報送 with its glyph: `unreportedStatus`), a deadline other than the plan's end, and the
 * readings over time when the feed gives more than one. The metric is hidden from screen readers where the gauge
 * draws a meter, which is named by it.
 * `before` goes before the metric (a unit summary puts the task number there).
 */
export function renderTargetItem(judged: JudgedTarget, lang: Language, t: Strings, before: unknown = nothing): TemplateResult {
  const { target, due, evaluation, problem, note, unreported, history, stale } = judged;
  return html`<li part="target" class="target" data-target-id=${target.id}>
    ${before}<span class="metric" aria-hidden=${evaluation ? 'true' : nothing}>${target.metric[lang]}</span>
    ${renderCompactGauge(target, evaluation, lang, t, { note, stale, asOf: readingDate(judged), gap: judged.gap })}
    ${problem === undefined ? nothing : html`<span class="reading-problem" part="reading-problem">${t.invalidValue(problem)}</span>`}
    ${unreported ? (judged.unreportedStatus?.(t) ?? html`<span class="no-value">${t.noValue}</span>`) : nothing}
    ${due ? html`<span class="deadline">${t.gaugeDue(formatIsoDate(target.deadline, lang))}</span>` : nothing}
    ${evaluation && history ? renderTrend(target, history, lang, t, 'gauge-trend', evaluation.asOf) : nothing}
  </li>`;
}

/** The reading's own date, where it is not the report's (a view shows the report's once). */
function readingDate({ evaluation, reportAsOf }: JudgedTarget): string | undefined {
  return evaluation && reportAsOf !== undefined && evaluation.asOf !== reportAsOf ? evaluation.asOf : undefined;
}
