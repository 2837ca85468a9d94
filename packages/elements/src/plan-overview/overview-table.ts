/**
 * The overview as a real `<table>`: row headers, counts, the targets behind and the status bars, and a totals row;
 * under it, the targets counted "cannot be judged", by name.
 */
import type { Language, Target } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { sectionHeading } from '../task-matrix/matrix-view.js';
import type { OverviewReady, OverviewRow } from './plan-overview.view.js';
import type { StatusTally } from '../shared/status-tally.js';
import { renderStatusBar } from './status-bar.js';

/** What the table shows beside the counts. */
export interface TableOptions {
  /** A feed is loaded: the behind and status columns are shown. */
  readonly withStatuses: boolean;
  /**
   * The frame scrolls (or is not measured yet: the server's HTML), or has focus: it is a Tab stop, so the keyboard can
   * scroll it.
   */
  readonly tabStop: boolean;
}

function rowName(row: OverviewRow, lang: Language): string {
  return 'taskIds' in row.item ? sectionHeading(row.item, lang) : row.item.name[lang];
}

/**
 * The table of `overview`, captioned `caption`; nothing focusable but its frame, a Tab stop while it scrolls. The frame
 * is the group the caption names, which is what focus announces; the caption is hidden from screen readers so that
 * the table inside is not named a second time (shown to the eye, it still captions it).
 */
export function renderOverviewTable(overview: OverviewReady, caption: string, { withStatuses, tabStop }: TableOptions, lang: Language, t: Strings): TemplateResult {
  const { ranked, rows, total } = overview;
  const joined = withStatuses && overview.rowsAre === 'units';
  const sort = (active: boolean) => (active ? 'descending' : nothing);
  return html`<div class="scroller" part="scroller" tabindex=${tabStop ? 0 : nothing} role="group" aria-labelledby="caption">
    <table part="table">
      <caption id="caption" part="caption" aria-hidden="true"><span class="caption-text">${caption}</span></caption>
      <thead>
        <tr>
          ${ranked ? html`<th scope="col" part="header" class="rank">${t.overviewRank}</th>` : nothing}
          <th scope="col" part="header" class="name">${overview.rowsAre === 'units' ? t.unit : t.section}</th>
          <th scope="col" part="header" class="count">${overview.rowsAre === 'units' ? t.overviewTasksLed : t.overviewTasks}</th>
          <th scope="col" part="header" class="count">${t.overviewTargets}</th>
          ${withStatuses
            ? html`<th scope="col" part="header" class="count" aria-sort=${sort(ranked)}>${t.overviewBehind}</th>
                ${joined ? html`<th scope="col" part="header" class="count">${t.overviewJoinedBehind}</th>` : nothing}
                <th scope="col" part="header" class="status-column">${t.overviewStatuses}</th>`
            : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr part="row" data-id=${row.item.id}>
            ${ranked ? html`<td part="cell" class="rank">${row.rank}</td>` : nothing}
            <th scope="row" part="row-header" class="name">${rowName(row, lang)}</th>
            <td part="cell" class="count" data-column="tasks">${row.tasks}</td>
            <td part="cell" class="count" data-column="targets">${row.targets}</td>
            ${withStatuses
              ? html`<td part="cell" class="count" data-column="behind">${row.tally.behind}</td>
                  ${joined ? html`<td part="cell" class="count" data-column="joined-behind">${row.joinedBehind}</td>` : nothing}
                  <td part="cell" class="status-column">${renderStatusBar(row.tally, lang, t)}</td>`
              : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr part="total">
          ${ranked ? html`<td part="total-cell" class="rank"></td>` : nothing}
          <th scope="row" part="total-header" class="name">${t.total}</th>
          <td part="total-cell" class="count" data-column="tasks">${total.tasks}</td>
          <td part="total-cell" class="count" data-column="targets">${total.targets}</td>
          ${withStatuses
            ? html`<td part="total-cell" class="count" data-column="behind">${total.tally.behind}</td>
                ${joined ? html`<td part="total-cell" class="count" data-column="joined-behind"></td>` : nothing}
                <td part="total-cell" class="status-column">${renderStatusBar(total.tally, lang, t)}</td>`
            : nothing}
        </tr>
      </tfoot>
    </table>
  </div>
  ${withStatuses ? renderUnjudged(total.tally, lang, t) : nothing}`;
}

/** The targets whose reading cannot be judged, named under the table: what its "無法判斷" counts are. */
function renderUnjudged({ unjudged }: StatusTally, lang: Language, t: Strings): TemplateResult | typeof nothing {
  if (!unjudged.length) return nothing;
  return html`<ul class="unjudged" part="unjudged">
    ${unjudged.map(({ target }) => html`<li class="reading-problem" data-target-id=${target.id}>${unjudgedWords(target, lang, t)}</li>`)}
  </ul>`;
}

/** What the list under the table says of a target whose reading cannot be judged (`…（t04.3）：進度值無法判斷`); its `dz-error` too. */
export const unjudgedWords = (target: Target, lang: Language, t: Strings): string => t.overviewUnjudged(target.metric[lang] || target.metric['zh-Hant'], target.id);
