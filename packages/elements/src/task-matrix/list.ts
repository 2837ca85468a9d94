/**
 * The matrix in a narrow container: a list per unit (or per task), its tasks (or units) grouped by role. An item is a
 * link where the page gives somewhere to go (`task-href`, or `unit-href` for units), each a Tab stop as the unit
 * summary's task links are; otherwise text, with nothing to press: a button there did nothing unless the page listened
 * for `dz-select`, and a single-page app gives the template and cancels `dz-select` (see {@link GridNavigation}).
 */
import type { Language, Role, Task, Unit } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import { roleGlyphs } from '../shared/glyphs.js';
import { headingOf as headingAt } from '../shared/heading.js';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { linkFrom } from '../shared/link-template.js';
import { totalsInGlyphs, totalsInWords } from './cells.js';
import type { GridNavigation } from './grid-navigation.js';
import { headingOf, roleWord } from './labels.js';
import { isTask, type MatrixView } from './matrix-view.js';

/** The element's link templates: `task-href` (`{number}`, `{id}`) and `unit-href` (`{id}`, `{name}`). */
export interface ListLinks {
  readonly task?: string | undefined;
  readonly unit?: string | undefined;
}

/**
 * A link is an `<a>` with `data-row` and `data-column`, its grid position, for `nav` to select and to keep focus on.
 * The list itself takes focus (`tabindex="-1"`, a Tab stop while it has it: see `focusStop`) when the table it
 * replaces had it and it has no link to give it to.
 * Each entry's name is a heading at `level` (`heading-level`), for moving from unit to unit by heading as in the unit
 * summary; its counts follow it, outside it, as the summary's do: the heading says the name alone.
 * The caption and each group's label (牽頭：) are read as text, once: the lists they were also the names of read them a
 * second time (review r86 L5). The caption's id is for the export button's `aria-describedby`.
 */
export function renderList(view: MatrixView, caption: string, nav: GridNavigation, links: ListLinks, level: number, lang: Language, t: Strings): TemplateResult {
  const columns = view.columnItems.map((_, c) => c);
  const hrefOf = (item: Unit | Task) =>
    isTask(item) ? linkFrom(links.task, { number: item.number, id: item.id }) : linkFrom(links.unit, { id: item.id, name: item.name[lang] });
  const group = (r: number, role: Role) => {
    const chosen = columns.filter((c) => view.roleAt(r, c) === role);
    if (!chosen.length) return nothing;
    return html`<div class=${`group ${role}`}>
      <p class="group-label"><span aria-hidden="true">${roleGlyphs[role]} </span>${roleWord(role, t)}${t.matrixColon}</p>
      <ul class="items">
        ${chosen.map((c) => {
          const item = view.columnItems[c]!;
          const href = hrefOf(item);
          const head = headingOf(item, lang, t).full;
          return href
            ? html`<li><a class="item" part="item" href=${href} data-row=${r} data-column=${c}>${head}</a></li>`
            : html`<li class="item" part="item">${head}</li>`;
        })}
      </ul>
    </div>`;
  };
  return html`<p class="list-caption" part="caption" id="caption">${caption}</p>
    <ul class="list" part="list" tabindex="-1" @click=${nav.onListClick} @focusin=${nav.onListFocusIn}>
      ${view.rowItems.map((item, r) => {
        const totals = view.rowTotals[r]!;
        return html`<li class="entry">
          <div class="entry-head">
            ${headingAt(level, `entry-${r}`, 'entry-name', 'entry-name', headingOf(item, lang, t).full)}
            <span class="entry-count"><span aria-hidden="true">${totalsInGlyphs(totals)}</span>${totalsInWords(totals, t)}</span>
          </div>
          <div class="groups">${group(r, 'lead')}${group(r, 'participating')}</div>
        </li>`;
      })}
    </ul>`;
}
