/** The small templates of the matrix: a role cell's content, a total, and the legend. Glyph and word, never colour alone. */
import type { Role, RoleTotals } from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import { roleGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { roleWord } from './labels.js';

/**
 * A cell's content: its role's word (abbreviated in English, with the full word for screen readers). Its glyph is
 * drawn by the styles (task-matrix.styles.ts), as the generated content of the cell with an empty alternative text:
 * a table of 3,000 cells lays out in about the time of its elements, so a cell is one element where it can be.
 */
export function roleContent(role: Role, t: Strings): TemplateResult | string {
  const full = roleWord(role, t);
  const short = role === 'lead' ? t.matrixLeadShort : t.matrixParticipatingShort;
  return short === full ? full : html`<span class="word" aria-hidden="true">${short}</span><span class="visually-hidden">${full}</span>`;
}

/** `●3 ○5`: a total split by role, for the eye (screen readers get {@link totalsInWords}). */
export function totalsInGlyphs(totals: RoleTotals): string {
  return `${roleGlyphs.lead}${totals.lead} ${roleGlyphs.participating}${totals.participating}`;
}

/** "3 lead, 5 participating", visually hidden. */
export function totalsInWords(totals: RoleTotals, t: Strings): TemplateResult {
  return html`<span class="visually-hidden">${t.matrixTotalsOf(totals.lead, totals.participating)}</span>`;
}

/**
 * A total cell: the sum (as text), and its split by role as one image, glyphs for the eye and words for screen
 * readers (its label, the words of {@link totalsInWords}). One element where a sum, the glyphs and visually hidden
 * words took three: a table of 3,000 cells lays out in about the time of its elements.
 */
export function totalContent(totals: RoleTotals, t: Strings): TemplateResult {
  return html`${totals.total}<span class="split" role="img" aria-label=${t.matrixTotalsOf(totals.lead, totals.participating)}>${totalsInGlyphs(totals)}</span>`;
}

export function renderLegend(t: Strings): TemplateResult {
  return html`<div class="legend" part="legend">
    <span class="legend-title" id="legend-title">${t.legend}</span>
    <ul aria-labelledby="legend-title">
      <li>
        <span class="key lead" aria-hidden="true">${roleGlyphs.lead} ${t.matrixLeadShort}</span>
        ${t.leadUnits}
      </li>
      <li>
        <span class="key participating" aria-hidden="true">${roleGlyphs.participating} ${t.matrixParticipatingShort}</span>
        ${t.participatingUnits}
      </li>
      <li><span class="key empty" aria-hidden="true">&nbsp;</span> ${t.matrixNoRole}</li>
    </ul>
    <p class="legend-note">${t.matrixLegendNote}</p>
  </div>`;
}
