import { css, unsafeCSS } from 'lit';
import { roleGlyphs } from '../shared/glyphs.js';
import { hanFonts } from '../shared/shared.styles.js';
import { NARROW_BELOW } from './layout.js';

/** Just below the breakpoint: the element shows the list at widths under {@link NARROW_BELOW}. */
const narrowMax = unsafeCSS(`${NARROW_BELOW - 0.02}px`);

/** A CSS string: `"●"`. */
const cssString = (text: string) => unsafeCSS(`"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`);

/** The role cells' glyphs, from the one glyph table (set as values: the build minifies the rules around them). */
const leadGlyph = cssString(roleGlyphs.lead);
const participatingGlyph = cssString(roleGlyphs.participating);

/*
 * On screen a role cell's glyph is drawn as its background, in its text colour: a disc for ● and a ring for ○, the
 * size and place of the glyph at the table's size above the word (in em of the cell's size: they follow the host's).
 * A ::before per role cell cost its style and three boxes (itself, its text, the anonymous block around the word),
 * about 2 ms of the whole plan's first render in Chromium, where the same table as static HTML takes about 30 (issue
 * 10). Print and forced colours drop backgrounds: there the glyph is the cell's generated content, from the glyph
 * table (below).
 */
const leadDisc = unsafeCSS('radial-gradient(closest-side,currentColor calc(100% - .75px),#0000)');
const participatingRing = unsafeCSS('radial-gradient(closest-side,#0000 calc(100% - 1.6px),currentColor calc(100% - 1.1px) calc(100% - .6px),#0000)');
/**
 * Where the drawn glyph sits: centred, above its word wherever the cell's middle puts it (a tall row's), as in a cell
 * of one line (the glyph's centre .98em of the word's size above the word's). Pinned to the top, it drifted from a word at mid-height
 * by up to 70 px (review r67).
 */
const glyphSize = unsafeCSS('.92em .92em');
const glyphPosition = unsafeCSS('50% calc(50% - .28em)');
/** The tint of the focused cell's row and column. */
const tint = unsafeCSS('linear-gradient(var(--_dz-matrix-highlight-bg), var(--_dz-matrix-highlight-bg))');

export default css`
  :host {
    --_dz-matrix-lead-color: var(--dz-matrix-lead-color, var(--_dz-color-lead));
    --_dz-matrix-lead-bg: var(--dz-matrix-lead-bg, var(--_dz-color-lead-bg));
    --_dz-matrix-participating-color: var(--dz-matrix-participating-color, var(--_dz-color-participating));
    --_dz-matrix-participating-bg: var(--dz-matrix-participating-bg, var(--_dz-color-participating-bg));
    /* Translucent, so it tints the role colours instead of hiding them. (light, dark) like the shared tokens. */
    --_dz-matrix-highlight-bg: var(--dz-matrix-highlight-bg, light-dark(rgb(255 196 0 / 0.24), rgb(255 214 10 / 0.14)));
    --_dz-matrix-header-bg: var(--dz-matrix-header-bg, var(--_dz-color-surface-alt));
    --_dz-matrix-border-color: var(--dz-matrix-border-color, var(--_dz-color-border));
    --_dz-matrix-max-height: var(--dz-matrix-max-height, 70vh);

    /*
     * Where a layout sizes the element to its content (a float, a flex row, a table cell) it takes the room there is,
     * up to its wrapper's 48em: a column of minmax(0, 1fr) asks for none of it (min-content 0) and as much as its
     * content (max-content). In block flow the column is the element's width, as before.
     */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    /*
     * Text starts at the start edge (the right in a right-to-left page), not as the page around aligns it: Vite's
     * starter templates centre the app's root. A rule of the page's on the tag itself still wins over this one.
     */
    text-align: start;
  }

  /*
   * The containing block of whatever is absolutely positioned inside (the visually hidden words of cells, headers and
   * totals): the frame, which then clips them, and around it the wrapper, whose box a page's scrolling box clips.
   * Anchored further out, a role cell's hidden word sat where its cell is in the whole table, beyond the frame, and
   * stretched the page (an English page with the whole plan grew to 2877 × 4847 px, review r62).
   */
  .base,
  .scroller {
    position: relative;
  }

  /*
   * The sticky cells' z-index (1 to 3) orders them within the element, not on the page: a page's own sticky header of
   * z-index 1 had the matrix's header row painted over it as the page scrolled.
   */
  .base {
    isolation: isolate;
  }

  .base {
    /*
     * The list layout and its columns follow the element's own width, not the viewport's: its wrapper's. Contained,
     * the wrapper has no width of its content but the one given here; on the host it left the element none at all.
     */
    container: dz-task-matrix / inline-size;
    contain-intrinsic-inline-size: 48em;
    display: grid;
    gap: var(--_dz-space);
  }

  .toolbar {
    display: flex;
  }

  .export {
    font: inherit;
    font-size: 0.875rem;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_dz-color-accent);
    border-radius: var(--_dz-radius);
    color: var(--_dz-color-accent);
    background: var(--_dz-color-surface);
    cursor: pointer;
  }

  .export:hover {
    background: var(--_dz-color-surface-alt);
  }

  /* ---- table ---- */

  .scroller {
    /* As wide as the table, up to the element's width; then it scrolls. */
    justify-self: start;
    max-width: 100%;
    box-sizing: border-box;
    overflow: auto;
    max-height: var(--_dz-matrix-max-height);
    border: 1px solid var(--_dz-matrix-border-color);
    border-radius: var(--_dz-radius);
    background: var(--_dz-color-surface);
    overscroll-behavior-inline: contain;
  }

  /*
   * A shadow at each edge beyond which rows or columns are hidden (scroll-edges.ts names the edges; the element places
   * the box inside the sticky header row, first column and total row): over the body's cells, which are opaque and
   * not positioned, clicked through; in the text colour, at 30%. Forced colours drop shadows: there each such edge is
   * a dashed line (below), its width set here, drawn only where the line has a style.
   */
  .edges {
    position: sticky;
    pointer-events: none;
    border: 0;
    opacity: 0.3;
    box-shadow: var(--_t, 0 0), var(--_r, 0 0), var(--_b, 0 0), var(--_l, 0 0);
  }

  .top {
    --_t: inset 0 8px 6px -6px;
    border-top-width: 2px;
  }

  .right {
    --_r: inset -8px 0 6px -6px;
    border-right-width: 2px;
  }

  .bottom {
    --_b: inset 0 -8px 6px -6px;
    border-bottom-width: 2px;
  }

  .left {
    --_l: inset 8px 0 6px -6px;
    border-left-width: 2px;
  }

  table {
    /* separate, not collapse: collapsed borders do not travel with sticky cells. */
    border-collapse: separate;
    /*
     * A word longer than its cell's widest (a row header's 16em, the caption's frame) breaks there, but a column is
     * still as wide as its longest word: the host's overflow-wrap (anywhere) narrowed the English columns until their
     * words broke.
     */
    overflow-wrap: break-word;
    border-spacing: 0;
    font-size: 0.875em;
    color: var(--_dz-color-text);
  }

  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    padding: var(--_dz-space);
  }

  .caption-text {
    /*
     * Stays in view while the table scrolls sideways, and wraps within the element's width (100cqi), less the
     * caption's padding and room for the frame's borders and a scrollbar, not the table's: a long caption is read whole.
     */
    position: sticky;
    left: var(--_dz-space);
    display: inline-block;
    max-width: calc(100cqi - 2 * var(--_dz-space) - 1.25rem);
  }

  /*
   * The box of headers and totals; role cells have the same box in their own rule (td.cell), so that each of them
   * matches one rule here and tests none of the headers' and totals': a table of 3,000 cells pays for every rule its
   * cells match or test (issue 10).
   */
  th,
  td.total {
    padding: calc(var(--_dz-space) / 2) var(--_dz-space);
    border-right: 1px solid var(--_dz-matrix-border-color);
    border-bottom: 1px solid var(--_dz-matrix-border-color);
    background-clip: padding-box;
  }

  th {
    background-color: var(--_dz-matrix-header-bg);
    font-weight: 600;
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    vertical-align: bottom;
    text-align: center;
    white-space: nowrap;
    border-bottom: 2px solid var(--_dz-matrix-border-color);
  }

  thead th.unit-column {
    white-space: normal;
    min-width: 6em;
    max-width: 9em;
  }

  /*
   * English unit names, on screen: where the table is wider than its frame each column is as wide as its longest word,
   * and a long name ran to 13 lines, a sticky header row half the frame's height (r67 M11). Smaller, closer lines in
   * wider columns: a third. Paper keeps the table's size.
   */
  @media screen {
    thead th.unit-column:not(.vertical) {
      min-width: 8em;
      font-size: 0.857em;
      line-height: 1.25;
    }
  }

  thead th.unit-column.vertical {
    /* Chinese unit names read naturally top to bottom and keep the columns narrow. */
    writing-mode: vertical-rl;
    min-width: 0;
    max-width: none;
    max-height: 12em;
    text-align: start;
  }

  /*
   * A header's visually hidden title ("任務 24 加快構建…", what screen readers read) is the most text the table lays
   * out, about 1,100 characters for the whole plan: shaped in a font that has its Han characters, not after a lookup
   * in the system font (which has none), its layout costs about half (issue 10). Never seen, so the font does not
   * show.
   */
  th .visually-hidden {
    font-family: ${hanFonts}, sans-serif;
  }

  th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    text-align: start;
    font-weight: 500;
    min-width: 8em;
    max-width: 16em;
    border-right: 2px solid var(--_dz-matrix-border-color);
  }

  thead th:first-child {
    left: 0;
    z-index: 3;
    text-align: start;
    border-right: 2px solid var(--_dz-matrix-border-color);
  }

  tfoot .total,
  tfoot .gap {
    position: sticky;
    bottom: 0;
    z-index: 2;
    background-color: var(--_dz-matrix-header-bg);
    border-top: 2px solid var(--_dz-matrix-border-color);
  }

  /* The corner of the sticky total row and the sticky first column stays above both. */
  tfoot th[scope='row'] {
    z-index: 3;
  }

  /* Too tall for a short frame (task-matrix.ts): the total row, then the header, scroll with the table. */
  .free-foot tfoot .total,
  .free-foot tfoot .gap {
    bottom: auto;
  }

  .free-head thead th {
    top: auto;
  }

  .task-number {
    font-variant-numeric: tabular-nums;
  }

  td.cell {
    padding: calc(var(--_dz-space) / 2) var(--_dz-space);
    border-right: 1px solid var(--_dz-matrix-border-color);
    border-bottom: 1px solid var(--_dz-matrix-border-color);
    background-clip: padding-box;
    min-width: 2.75em;
    text-align: center;
    line-height: 1.2;
    background-color: var(--_dz-color-surface);
    cursor: pointer;
  }

  td.lead {
    color: var(--_dz-matrix-lead-color);
    background-color: var(--_dz-matrix-lead-bg);
    font-weight: 600;
  }

  td.participating {
    color: var(--_dz-matrix-participating-color);
    background-color: var(--_dz-matrix-participating-bg);
  }

  /* A role cell's word, under its glyph (drawn as the cell's background, see leadDisc). */
  td.lead,
  td.participating {
    /*
     * In em, as the table (r112 F4): 12 px, its top padding 20.8 px and its glyph 11 px at the defaults, each a share
     * of the host's font size. The top padding holds the glyph's line: the table's size at the line height of 1.2.
     */
    font-size: 0.857em;
    white-space: nowrap;
    /* Kept under a page's ::part(cell) padding, which would set the word on its glyph (review r128 F1). */
    padding-top: 1.733em !important;
    background-repeat: no-repeat;
    background-size: ${glyphSize};
    background-position: ${glyphPosition};
  }

  td.lead {
    background-image: ${leadDisc};
  }

  td.participating {
    background-image: ${participatingRing};
  }

  .total {
    text-align: center;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  /* The sum in bold; its split below it is not. */
  td.total {
    background-color: var(--_dz-matrix-header-bg);
    font-weight: 700;
  }

  /* In its total's colour, which a brand header's text colour sets through the parts (review r128 F2). */
  .split {
    display: block;
    font-weight: 400;
    font-size: 0.857em;
  }

  .sort-mark {
    margin-inline-start: 0.25em;
  }

  /* The focused cell's row and column. */
  .row-hl > th,
  .row-hl > td,
  .col-hl {
    background-image: ${tint};
  }

  /* A role cell there keeps its glyph, over the tint. */
  .row-hl > td.lead,
  td.lead.col-hl,
  .row-hl > td.participating,
  td.participating.col-hl {
    background-size: ${glyphSize}, auto;
    background-position: ${glyphPosition}, 0 0;
  }

  .row-hl > td.lead,
  td.lead.col-hl {
    background-image: ${leadDisc}, ${tint};
  }

  .row-hl > td.participating,
  td.participating.col-hl {
    background-image: ${participatingRing}, ${tint};
  }

  td.cell:focus,
  th:focus,
  td.total:focus {
    outline: 2px solid var(--_dz-color-focus);
    outline-offset: -3px;
  }

  .current {
    margin: 0;
    min-height: 1.5em;
    font-size: 0.875rem;
    color: var(--_dz-color-muted);
  }

  /* ---- legend ---- */

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
  }

  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend-title {
    font-weight: 600;
  }

  .key {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.25em;
    border-radius: 3px;
    text-align: center;
  }

  .key.lead {
    color: var(--_dz-matrix-lead-color);
    background: var(--_dz-matrix-lead-bg);
  }

  .key.participating {
    color: var(--_dz-matrix-participating-color);
    background: var(--_dz-matrix-participating-bg);
  }

  .key.empty {
    border: 1px solid var(--_dz-matrix-border-color);
  }

  .legend-note {
    flex-basis: 100%;
    margin: 0;
    color: var(--_dz-color-muted);
  }

  /* ---- narrow list ---- */

  .list-caption {
    margin: 0;
    font-weight: 600;
  }

  .list,
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list {
    display: grid;
    gap: var(--_dz-space);
  }

  .entry {
    padding: var(--_dz-space);
    border: 1px solid var(--_dz-matrix-border-color);
    border-radius: var(--_dz-radius);
    background: var(--_dz-color-surface);
  }

  .entry-head {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }

  /* A heading (list.ts) drawn as the text it replaced, its counts on its line. */
  .entry-name {
    display: inline;
    margin: 0;
    font: inherit;
  }

  .entry-count {
    font-weight: 400;
    font-size: 0.875rem;
    color: var(--_dz-color-muted);
  }

  .groups {
    display: grid;
    gap: 0.5rem;
  }

  .group-label {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .group.lead .group-label {
    color: var(--_dz-matrix-lead-color);
  }

  .group.participating .group-label {
    color: var(--_dz-matrix-participating-color);
  }

  .items {
    display: grid;
    gap: 0.25rem;
  }

  /* A task (or unit): a link with a link template, else text (list.ts); a box either way, its role at its start. */
  .item {
    display: block;
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    font-size: 0.875rem;
    border: 1px solid var(--_dz-matrix-border-color);
    border-radius: var(--_dz-radius);
    color: var(--_dz-color-text);
    background: var(--_dz-color-surface);
  }

  .group.lead .item {
    border-inline-start: 4px solid var(--_dz-matrix-lead-color);
  }

  .group.participating .item {
    border-inline-start: 4px dashed var(--_dz-matrix-participating-color);
  }

  a.item:hover {
    background: var(--_dz-color-surface-alt);
  }

  @container dz-task-matrix (min-width: 420px) {
    .groups {
      grid-template-columns: 1fr 1fr;
    }
  }

  @container dz-task-matrix (max-width: ${narrowMax}) {
    .toolbar {
      justify-content: stretch;
    }
    .export {
      flex: 1;
    }
  }

  /*
   * Where backgrounds do not show (print drops them, forced colours drop gradients), the glyph is the role cell's
   * generated content, with an empty alternative text (screen readers read the word, not "black circle"), after a
   * plain one for browsers without that syntax. The print rules below set its size on paper.
   */
  @media print, (forced-colors: active) {
    td.lead,
    td.participating {
      padding-top: 0.25rem !important;
    }
    td.lead::before,
    td.participating::before {
      display: block;
      font-size: 0.875rem;
    }
    td.lead::before {
      content: ${leadGlyph};
      content: ${leadGlyph} / '';
    }
    td.participating::before {
      content: ${participatingGlyph};
      content: ${participatingGlyph} / '';
    }
  }

  /* ---- forced colours (Windows high contrast) ---- */

  @media (forced-colors: active) {
    th,
    td,
    .scroller,
    .entry,
    .item {
      border-color: CanvasText;
    }
    .row-hl > th,
    .row-hl > td,
    .col-hl {
      background-image: none;
      outline: 1px dashed Highlight;
      outline-offset: -3px;
    }
    td.cell:focus,
    th:focus,
    td.total:focus {
      outline: 3px solid Highlight;
    }
    /* Shadows are not drawn: a dashed line at each edge beyond which rows or columns are hidden, in the text colour. */
    .edges {
      border-style: dashed;
      opacity: 1;
    }
    .export {
      border-color: ButtonText;
      color: ButtonText;
    }
  }

  /* ---- a large table renders a window: every row one line high, every role column one width ---- */
  /* A row header cut to its line keeps its whole name in its title (hover) and, for the keyboard, in the current line. */

  .virtual tbody th[scope='row'] {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* Role cells and column totals: only a windowed table's cells have aria-colindex, so other cells never test this. */
  .virtual td[aria-colindex]:not(:last-child),
  .virtual thead th:not(:first-child):not(.total) {
    box-sizing: border-box;
    width: 4.5em;
    min-width: 4.5em;
    max-width: 4.5em;
    overflow: hidden;
  }

  .virtual .gap {
    padding: 0;
    border: 0;
    background: none;
  }

  /* ---- print: the whole table, header row on every page, black on white ---- */

  @media print {
    .scroller {
      overflow: visible;
      max-height: none;
      border: none;
    }
    table {
      font-size: 8pt;
    }
    thead {
      display: table-header-group;
    }
    tfoot {
      /* Once at the end: repeated on every page it would read as page totals. */
      display: table-row-group;
    }
    thead th,
    th[scope='row'],
    tfoot .total,
    tfoot .gap,
    .caption-text {
      position: static;
    }
    th,
    td,
    .entry,
    .item {
      color: #000 !important;
      background: none !important;
      border-color: #000 !important;
      box-shadow: none !important;
    }
    tr,
    .entry {
      break-inside: avoid;
    }
    /* Each band of columns (print-table.ts) starts a page, so its header row tops the page. */
    .print-band + .print-band {
      break-before: page;
    }
    .print-band caption {
      padding: 0 0 4pt;
    }
    /* The right column's numbers sit outside their items, in the gap: wide enough not to touch the left's titles. */
    .print-key {
      columns: 2;
      column-gap: 3em;
      font-size: 8pt;
    }
    td.cell {
      min-width: 0;
      padding: 1pt 2pt !important;
    }
    thead th,
    th[scope='row'],
    td.total {
      padding: 1pt 3pt;
    }
    td.lead,
    td.participating,
    .split {
      font-size: 6pt;
    }
    td.lead::before,
    td.participating::before {
      font-size: 8pt;
    }
    .toolbar,
    .current,
    .edges {
      display: none;
    }
    td.cell:focus,
    th:focus,
    td.total:focus {
      outline: none;
    }
  }
`;
