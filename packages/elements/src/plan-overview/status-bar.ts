/**
 * The stacked bar of target statuses, never by colour alone: the bar (hidden from screen readers) is drawn in the
 * statuses' tones (`data-tone`, the data's `statusTones`), and beside it a key gives each status as a glyph, a word
 * and a count, which is what a screen reader reads.
 */
import type { Language } from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps } from '../shared/css-props.js';
import { statusKey } from '../shared/gauge/format.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { tallyGlyph, tallyTone, tallyWord, type StatusTally } from '../shared/status-tally.js';

/** The bar and its key for one row's tally; for a row without targets, that it has none (an empty cell read "blank"). */
export function renderStatusBar(tally: StatusTally, lang: Language, t: Strings): TemplateResult {
  if (tally.total === 0) return html`<span class="no-targets">${t.overviewNoTargets}</span>`;
  const entries = [...tally.counts];
  return html`<div class="statuses">
    <span class="bar" part="bar" aria-hidden="true">${entries.map(
      ([key, count]) =>
        html`<span class="segment" part="segment" data-status=${statusKey(key)} data-tone=${ifDefined(tallyTone(key))} ${cssProps({
          'inline-size': `${(count / Math.max(1, tally.total)) * 100}%`,
        })}></span>`,
    )}</span>
    <ul class="key" part="key">
      ${entries.map(
        ([key, count]) =>
          html`<li class="key-item" data-status=${statusKey(key)} data-tone=${ifDefined(tallyTone(key))}>
            <span class="gauge-glyph" aria-hidden="true">${tallyGlyph(key)}</span> ${t.statusCount(tallyWord(key, lang, t), count)}
          </li>`,
      )}
    </ul>
  </div>`;
}
