/**
 * The matrix in a narrow container: a list per unit (or per task), its tasks (or units) grouped by role, as buttons,
 * with one tab stop (see {@link GridNavigation}).
 */
import type { Language, Role } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { roleGlyphs } from '../shared/glyphs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { totalsInGlyphs, totalsInWords } from './cells.js';
import type { GridNavigation } from './grid-navigation.js';
import { headingOf, roleWord } from './labels.js';
import type { MatrixView } from './matrix-view.js';

/**
 * Each item is a button with `data-row` and `data-column`, its grid position, for `nav` to select and move between.
 * The tab stop (`tabindex="0"`) is the cursor's item, or the first item while the cursor is on none a reader chose.
 */
export function renderList(view: MatrixView, caption: string, nav: GridNavigation, lang: Language, t: Strings): TemplateResult {
  const columns = view.columnItems.map((_, c) => c);
  const { row, column } = nav.cursor;
  const onCursor = nav.placed && !!view.roleAt(row, column);
  let first = true;
  const group = (r: number, role: Role) => {
    const chosen = columns.filter((c) => view.roleAt(r, c) === role);
    if (!chosen.length) return nothing;
    const labelId = `entry-${r}-${role}`;
    return html`<div class=${`group ${role}`}>
      <p class="group-label" id=${labelId}><span aria-hidden="true">${roleGlyphs[role]} </span>${roleWord(role, t)}${t.matrixColon}</p>
      <ul class="items" aria-labelledby=${`entry-${r} ${labelId}`}>
        ${chosen.map((c) => {
          const head = headingOf(view.columnItems[c]!, lang, t);
          const stop = onCursor ? r === row && c === column : first;
          first = false;
          return html`<li><button type="button" class="item" data-row=${r} data-column=${c} tabindex=${stop ? 0 : -1}>${head.full}</button></li>`;
        })}
      </ul>
    </div>`;
  };
  return html`<p class="list-caption" part="caption" id="caption">${caption}</p>
    <ul class="list" part="list" aria-labelledby="caption" @click=${nav.onListClick} @keydown=${nav.onListKeydown} @focusin=${nav.onListFocusIn}>
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
