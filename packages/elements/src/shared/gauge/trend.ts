/**
 * A target's readings over time, where a progress feed gives more than one: the trend in words (`up from 1,500
 * units on 31 March 2023`), read by screen readers as it is shown, and the readings as a short step list.
 */
import { changeDirection, formatIsoDate, totalFalls, type Language, type ProgressReading, type Target } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/ui-strings.js';
import { formatValue } from './format.js';

/**
 * The reading shown (the one dated `at`, the reading judged; the latest without) against the one before it, in words;
 * `undefined` with none before it. A reading judged at the deadline is never described by a later one's change. A
 * change (↓12% from a base year, ↑6%; a growth held under a ceiling, a rise: `changeDirection`) says its cut or rise
 * grew or shrank (`the cut shrank from ↓ 7%`): its raw value going down is a use going up; one that went from a cut to
 * a rise or back, or from or to none, says it turned (`turned from ↓ 7% on … to ↑ 1%`); two readings against the
 * target say the rise (for a cut asked) grew or shrank. A total built up over the year that falls says its readings
 * await checking (the import tells the office to check them) (`totalFalls`): it cannot fall, whatever status the
 * reading is given. The earlier reading is written as the headline writes it ({@link formatValue}).
 */
export function trendWords(target: Target, history: readonly ProgressReading[], lang: Language, t: Strings, at?: string): string | undefined {
  const i = at === undefined ? history.length - 1 : history.findIndex((r) => r.asOf === at);
  const [before, latest] = [history[i - 1], history[i]];
  if (!before || !latest) return undefined;
  const date = formatIsoDate(before.asOf, lang);
  if (latest.value === before.value) return t.trendSame(date);
  const from = formatValue(target, before.value, lang);
  const up = latest.value > before.value;
  // The direction the readings count (a growth held under a ceiling, 漲幅控制在3%以內, counts rises), not the comparator's.
  const by = changeDirection(target);
  if (totalFalls(target, before, latest)) return t.trendTotalFalls(from, date);
  if (by) {
    // A cut that became a rise or a rise a cut (↑ 3.1% then ↓ 4.2%), or a change from or to none (0% then ↑ 3%): it
    // turned, from what to what; it neither grew nor shrank.
    if (Math.sign(before.value) !== Math.sign(latest.value)) return t.trendTurned(from, date, formatValue(target, latest.value, lang));
    // Both the target's way, or both against it (a rise where a cut is asked: ↑ 5% then ↑ 3%, the rise shrank).
    const cut = (by === 'decreaseBy') === before.value > 0;
    return (Math.abs(latest.value) > Math.abs(before.value) ? t.trendGrew : t.trendShrank)(cut ? t.trendCut : t.trendRise, from, date);
  }
  return (up ? t.trendUp : t.trendDown)(from, date);
}

/**
 * The trend in words of the reading shown (dated `at`) and the readings in date order, later ones too; nothing with
 * fewer than two readings.
 */
export function renderTrend(target: Target, history: readonly ProgressReading[], lang: Language, t: Strings, part: string, at?: string): TemplateResult | typeof nothing {
  if (history.length < 2) return nothing;
  const words = trendWords(target, history, lang, t, at);
  return html`<div class="trend" part=${part}>
    ${words ? html`<span class="trend-words">${words}</span>` : nothing}
    <ol class="trend-steps" aria-label=${t.trendReadings}>
      ${history.map((r) => html`<li><span class="trend-value">${formatValue(target, r.value, lang)}</span> <span class="trend-date">${formatIsoDate(r.asOf, lang)}</span></li>`)}
    </ol>
  </div>`;
}
