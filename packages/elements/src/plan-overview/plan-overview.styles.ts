import { css } from 'lit';

/** Styles of `<dz-plan-overview>`: a plain table, tabular numbers, stacked bars whose colours only supplement the key. */
export default css`
  :host {
    --_dz-overview-bg: var(--dz-overview-bg, var(--_dz-color-surface));
    --_dz-overview-header-bg: var(--dz-overview-header-bg, var(--_dz-color-surface-alt));
    --_dz-overview-border-color: var(--dz-overview-border-color, var(--_dz-color-border));
    --_dz-overview-bar-width: var(--dz-overview-bar-width, 8rem);
    --_dz-overview-bar-height: var(--dz-overview-bar-height, 0.75rem);
    --_dz-overview-edge: color-mix(in srgb, var(--_dz-color-text) 30%, transparent);
  }

  /*
   * Where a layout sizes the element to its content (a float, a flex row, a table cell) it takes the room there is, up
   * to its frame's 48em: a column of minmax(0, 1fr) asks for none of it (min-content 0) and as much as its content.
   */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_dz-space);
  }


  /*
   * The frame scrolls when the table is wider. A shadow at an edge says more is there: covers that scroll with the
   * table (local) hide shadows fixed to the frame (scroll) until the table's edge has moved past them.
   */
  .scroller {
    overflow: auto;
    /*
     * Its width is the element's, not the table's: the caption wraps within it (100cqi, inside the scrollbar).
     * Contained, it has no width of its content but the one given here (none at all without it).
     */
    container-type: inline-size;
    contain-intrinsic-inline-size: 48em;
    border: 1px solid var(--_dz-overview-border-color);
    border-radius: var(--_dz-radius);
    background:
      linear-gradient(to right, var(--_dz-overview-bg) 40%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_dz-overview-bg) 40%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_dz-overview-edge), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_dz-overview-edge), transparent) right / 0.75rem 100% no-repeat scroll,
      var(--_dz-overview-bg);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    /*
     * A column is as wide as its longest word, the caption's lines as wide as the frame: the host's overflow-wrap
     * (anywhere) narrowed the English columns until their words broke. A longer word widens the table, which scrolls.
     */
    overflow-wrap: break-word;
  }

  caption {
    padding: var(--_dz-space);
    font-weight: 600;
    text-align: start;
  }

  /* Stays in view while the table scrolls sideways, wrapped within what the frame shows: a long caption is read whole. */
  .caption-text {
    position: sticky;
    inset-inline-start: var(--_dz-space);
    display: inline-block;
    max-inline-size: calc(100cqi - 2 * var(--_dz-space));
  }

  th,
  td {
    padding: calc(var(--_dz-space) / 2) var(--_dz-space);
    border-block-start: 1px solid var(--_dz-overview-border-color);
    text-align: start;
    vertical-align: top;
  }

  /* A count's column header, said again beside it where the header row is hidden (below). */
  .label {
    display: none;
    color: var(--_dz-color-muted);
  }

  /*
   * A frame narrower than 30em (a phone, a sidebar: the element's own width, not the window's; em, the element's
   * font size, as a container query reads rem from the page's root, which a site may set to 10px): each row stacked,
   * its name, its counts each with its header's words, then its statuses, the bar the row's width (the page's own
   * --dz-overview-bar-width wins); the header row is read by screen readers only. At 375 px the table was wider than
   * the frame, its status column out of sight (r67 H1). The cells keep their roles (overview-table.ts).
   */
  @container (max-width: 30em) {
    table {
      --_dz-overview-bar-width: var(--dz-overview-bar-width, 100%);
    }
    table,
    caption,
    thead,
    tbody,
    tfoot {
      display: block;
    }
    thead {
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      display: flex;
      flex-wrap: wrap;
    }
    th,
    td {
      padding-inline: calc(var(--_dz-space) / 2);
    }
    /* A row's line is its name's top border: the name comes first (order -1), the cells under it have none. */
    td {
      border: 0;
    }
    .name,
    .status-column {
      flex-basis: 100%;
    }
    .name {
      order: -1;
    }
    .label {
      display: inline;
    }
    :empty {
      padding: 0;
    }
  }

  thead th,
  tfoot {
    background: var(--_dz-overview-header-bg);
  }

  thead th {
    font-size: 0.875em;
    white-space: nowrap;
  }

  tfoot th,
  tfoot td {
    font-weight: 600;
  }

  .count,
  .rank {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  th.name {
    min-inline-size: 4.5em;
    font-weight: 500;
  }

  tfoot th.name {
    font-weight: 600;
  }

  .statuses {
    display: grid;
    gap: calc(var(--_dz-space) / 2);
  }

  .bar {
    display: flex;
    inline-size: var(--_dz-overview-bar-width);
    block-size: var(--_dz-overview-bar-height);
    border-radius: 999px;
    overflow: hidden;
    box-shadow: inset 0 0 0 1px var(--_dz-color-border);
    background: var(--_dz-color-surface-alt);
  }

  .segment {
    block-size: 100%;
    background: var(--_dz-status-color);
  }

  .segment + .segment {
    border-inline-start: 1px solid var(--_dz-overview-bg);
  }

  .segment[data-status='unreported'],
  .segment[data-status='unjudged'] {
    background: repeating-linear-gradient(45deg, var(--_dz-color-border) 0 2px, transparent 2px 5px);
  }

  .unjudged {
    margin: calc(var(--_dz-space) / 2) 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  /* Not reported this period: hatched the other way (the key beside the bar says it in words). */
  .segment[data-status='stale'] {
    background: repeating-linear-gradient(-45deg, var(--_dz-color-border) 0 2px, transparent 2px 5px);
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_dz-space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .key-item .gauge-glyph {
    color: var(--_dz-status-color, var(--_dz-color-muted));
    font-weight: 700;
  }

  /* The report's date and the notes sit outside the table's frame: on the table's own background, so a dark overview on a light page keeps its contrast. */
  .note,
  .as-of {
    margin: 0;
    color: var(--_dz-color-muted);
    font-size: 0.875em;
    inline-size: fit-content;
    padding-inline: 0.25rem;
    background: var(--_dz-overview-bg);
  }

  @media (forced-colors: active) {
    .scroller,
    th,
    td {
      border-color: CanvasText;
    }
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .segment {
      background: CanvasText;
    }
    .segment + .segment {
      border-inline-start-color: Canvas;
    }
    .key-item .gauge-glyph {
      color: CanvasText;
    }
  }

  /*
   * Print: the table whole (no scroll box to cut it), its header row repeated on every page (a thead's own display,
   * table-header-group; stacked rows have their labels instead), no row split between two pages, and the bar's
   * segments kept (they are backgrounds; the key's glyphs and words carry the meaning).
   */
  @media print {
    .scroller {
      overflow: visible;
    }
    .caption-text {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    .bar,
    .bar * {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
