/** The matrix in a narrow container: a list per unit (or per task), its tasks (or units) grouped by role, as buttons. */
import type { Language, Role } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { roleGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { totalsInGlyphs, totalsInWords } from './cells.js';
import { headingOf, roleWord } from './labels.js';
import type { MatrixView } from './matrix-view.js';

/** Each item is a button with `data-row` and `data-column`, its grid position, for `onClick` to select. */
export function renderList(view: MatrixView, caption: string, onClick: (event: MouseEvent) => void, lang: Language, t: Strings): TemplateResult {
  const columns = view.columnItems.map((_, c) => c);
  const group = (r: number, role: Role) => {
    const chosen = columns.filter((c) => view.roleAt(r, c) === role);
    if (!chosen.length) return nothing;
    const labelId = `entry-${r}-${role}`;
    return html`<div class=${`group ${role}`}>
      <p class="group-label" id=${labelId}><span aria-hidden="true">${roleGlyphs[role]} </span>${roleWord(role, t)}${t.matrixColon}</p>
      <ul class="items" aria-labelledby=${`entry-${r} ${labelId}`}>
        ${chosen.map((c) => {
          const head = headingOf(view.columnItems[c]!, lang, t);
          return html`<li><button type="button" class="item" data-row=${r} data-column=${c}>${head.full}</button></li>`;
        })}
      </ul>
    </div>`;
  };
  return html`<p class="list-caption" part="caption" id="caption">${caption}</p>
    <ul class="list" part="list" aria-labelledby="caption" @click=${onClick}>
      ${view.rowItems.map((item, r) => {
        const totals = view.rowTotals[r]!;
        return html`<li class="entry">
          <p class="entry-name">
            <span id=${`entry-${r}`}>${headingOf(item, lang, t).full}</span>
            <span class="entry-count"><span aria-hidden="true">${totalsInGlyphs(totals)}</span>${totalsInWords(totals, t)}</span>
          </p>
          <div class="groups">${group(r, 'lead')}${group(r, 'participating')}</div>
        </li>`;
      })}
    </ul>`;
}
