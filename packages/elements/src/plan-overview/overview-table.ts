/**
 * The overview as a real `<table>`: row headers, counts, the targets behind and the status bars, and a totals row;
 * under it, the targets counted "cannot be judged", by name.
 */
import type { Language, Target } from '@dz-tasks/data';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { sectionHeading } from '../shared/section-heading.js';
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

/** What a row counts: a section's or a unit's, or the totals' (no rank, no joined tasks: their cells are empty). */
type Counted = Omit<OverviewRow, 'item'>;

/** A count column: its `data-column` (`rank`, or a count's), its header's words and its value in a row. */
type CountColumn = readonly [column: string, head: string, value: (row: Counted) => number | undefined];

/**
 * The table of `overview`, captioned `caption`, which names it (moving by tables, a screen reader says it); nothing
 * focusable but its frame, a Tab stop while it scrolls: a group named by the caption too then, as a stop with no role
 * and no name said nothing when tabbed to (review r105 F1); a group, not a region, since two overviews of one page
 * would be two landmarks of one name; not a stop, it has neither, and the table alone is read.
 *
 * Every part of the table has its ARIA role: in a narrow frame the styles stack each row's cells, and a table whose
 * display is changed loses its rows and cells for assistive tech in some browsers. Each count carries its column
 * header's words (`.label`: shown only there; hidden from screen readers, which say the header), so a stacked row
 * reads without the header row.
 */
export function renderOverviewTable(overview: OverviewReady, caption: string, { withStatuses, tabStop }: TableOptions, lang: Language, t: Strings): TemplateResult {
  const { ranked, rows, total } = overview;
  const units = overview.rowsAre === 'units';
  const rank: CountColumn = ['rank', t.overviewRank, (row) => row.rank];
  const counts: CountColumn[] = [
    ['tasks', units ? t.overviewTasksLed : t.overviewTasks, (row) => row.tasks],
    ['targets', t.overviewTargets, (row) => row.targets],
  ];
  if (withStatuses) counts.push(['behind', t.overviewBehind, (row) => row.tally.behind]);
  if (withStatuses && units) counts.push(['joined-behind', t.overviewJoinedBehind, (row) => row.joinedBehind]);
  const head = (column: string, words: string, sort?: boolean) =>
    html`<th scope="col" role="columnheader" part="header" class=${column} aria-sort=${sort ? 'descending' : nothing}>${words}</th>`;
  // A row's cells, `part` named for a section's or unit's row or for the totals row.
  const cells = (row: Counted, name: string, cell: string, rowHeader: string) => {
    const count = ([column, words, value]: CountColumn) => {
      const n = value(row);
      return html`<td role="cell" part=${cell} class=${column === 'rank' ? 'rank' : 'count'} data-column=${column}>${n === undefined
        ? nothing
        : html`<span class="label" aria-hidden="true">${words} </span>${n}`}</td>`;
    };
    return html`${ranked ? count(rank) : nothing}<th scope="row" role="rowheader" part=${rowHeader} class="name">${name}</th>${counts.map(count)}${withStatuses
      ? html`<td role="cell" part=${cell} class="status-column">${renderStatusBar(row.tally, lang, t)}</td>`
      : nothing}`;
  };
  return html`<div class="scroller" part="scroller" tabindex=${tabStop ? 0 : nothing} role=${tabStop ? 'group' : nothing} aria-labelledby=${tabStop ? 'caption' : nothing}>
    <table part="table" role="table">
      <caption id="caption" part="caption"><span class="caption-text">${caption}</span></caption>
      <thead role="rowgroup"><tr role="row">${ranked ? head('rank', t.overviewRank) : nothing}${head('name', units ? t.unit : t.section)}${counts.map(([column, words]) =>
        head('count', words, ranked && column === 'behind'),
      )}${withStatuses ? head('status-column', t.overviewStatuses) : nothing}</tr></thead>
      <tbody role="rowgroup">${rows.map((row) => html`<tr role="row" part="row" data-id=${row.item.id}>${cells(row, rowName(row, lang), 'cell', 'row-header')}</tr>`)}</tbody>
      <tfoot role="rowgroup"><tr role="row" part="total">${cells(total, t.total, 'total-cell', 'total-header')}</tr></tfoot>
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
