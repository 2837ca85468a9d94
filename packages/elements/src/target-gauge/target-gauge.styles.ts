import { css } from 'lit';

export default css`
  /*
   * The public properties are read, not declared, here: declared on :host they would hide a value the page sets on
   * an ancestor (:root), which the shared tokens take. Their defaults are the fallbacks.
   */
  :host {
    --_dz-gauge-size: var(--dz-gauge-size, 7.5rem);
    --_dz-gauge-marker: var(--dz-gauge-marker-color, var(--_dz-color-text));
    --_dz-gauge-overflow: var(--dz-gauge-overflow-color, var(--dz-gauge-missed-color, var(--_dz-color-missed)));
    /*
     * Text starts at the start edge (the right in a right-to-left page), not as the page around aligns it: Vite's
     * starter templates centre the app's root. A rule of the page's on the tag itself still wins over this one.
     */
    text-align: start;
  }

  /*
   * The five-point scale tells "met" (blue) from "on track" (green): its blue is the fallback, so the page's
   * --dz-color-met wins here too, and --dz-gauge-met-color over both.
   */
  :host([scheme=rag5]) {
    --_dz-color-met: var(--dz-color-met, light-dark(#0b5cad, #58a6ff));
  }

  .meter {
    display: block;
  }

  /*
   * Block flow with margins rather than grids: a page shows many gauges, and block layout lays each out in one pass.
   * Children are blocks: the status (a span) in a block of its own.
   */
  .gauge {
    margin: 0;
  }

  .gauge > * + * {
    margin-block-start: calc(var(--_dz-space) * 0.75);
  }

  .label {
    font-weight: 600;
  }

  p {
    margin: 0;
  }

  .goal-amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .target-only .goal-amount {
    font-size: 1.5em;
  }

  .due,
  .as-of,
  .pace,
  .progress,
  .note {
    color: var(--_dz-color-muted);
  }

  .due,
  .as-of {
    white-space: nowrap;
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_dz-space) calc(var(--_dz-space) * 2);
  }

  .bar .body {
    display: block;
  }

  .bar .body > * + * {
    margin-block-start: var(--_dz-space);
  }

  .details {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .details > * + * {
    margin-block-start: calc(var(--_dz-space) * 0.25);
  }

  .amount {
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* A reading that is not paced has no progress words (empty, and hidden) and no pace key. */
  .progress:empty {
    display: none;
  }

  /* The pace key: a dashed line as the ring's pace tick is drawn, before the pace's words (a box, not an element). */
  .paced .pace::before {
    content: '';
    display: inline-block;
    inline-size: 0;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    border-inline-start: 2px dashed var(--_dz-gauge-marker);
  }

  /*
   * Ring: the meter holds the ring and its centre. Off screen, their style and layout wait until the gauge nears the
   * screen (content-visibility): both are hidden from screen readers, while the meter itself, whose attributes carry
   * its role, name and values, is rendered; and the meter's size is fixed, so nothing moves when they are drawn.
   * The paint containment that comes with it clips at the ring's box, which holds the centre: a figure without its
   * unit in words (target-gauge.test.ts checks every target's, in each language). docs/guide-developers.md ("Many
   * gauges on a page") has the measures.
   */
  .ring .meter {
    content-visibility: auto;
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_dz-gauge-size);
    block-size: var(--_dz-gauge-size);
  }

  /* Strokes only (fill is inherited). */
  .ring-svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    fill: none;
  }

  /* A thin line for the scale, a thick one for the progress: the fill stands out from the surface, the line too. */
  .ring-svg .track {
    stroke: var(--_dz-gauge-track);
    stroke-width: 2;
  }

  .ring-svg .fill {
    stroke: var(--_dz-status-color);
    stroke-width: 12;
  }

  /*
   * Beyond the target: the status colour of every .fill (a flow past its target is good news); red only past a ceiling
   * (the ring's and the bar's), as their status colour, which the forced-colours rules' stroke and background replace.
   */
  .ring-svg .overflow {
    stroke-width: 16;
  }

  :where([data-exceeded]) .overflow {
    --_dz-status-color: var(--_dz-gauge-overflow);
  }

  .ring-svg .mark {
    stroke: var(--_dz-gauge-marker);
    stroke-width: 2.5;
  }

  .ring-svg .mark-expected {
    stroke-dasharray: 3 2;
  }

  /*
   * The centre: the percent (or the value as a figure, its unit in the words beside), and the status glyph below it.
   * Six characters (693.5萬, 14.99%) fit the ring's hole on one line at this size; eight (↑ 12.35%) at the smaller
   * size of a long centre.
   */
  .ring-center {
    position: relative;
    text-align: center;
    line-height: 1.1;
    font-size: calc(var(--_dz-gauge-size) * 0.15);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .long .ring-center {
    font-size: calc(var(--_dz-gauge-size) * 0.12);
  }

  .ring-glyph {
    display: block;
    font-size: calc(var(--_dz-gauge-size) * 0.13);
    font-weight: 400;
    color: var(--_dz-status-color);
  }

  /* Bar */
  .bar-track {
    position: relative;
    block-size: var(--dz-gauge-thickness, 0.75rem);
    border-radius: 999px;
    box-shadow: inset 0 0 0 1px var(--_dz-gauge-track);
  }

  .bar-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: 999px;
    background: var(--_dz-status-color);
    transition: inline-size 0.4s;
  }

  .bar-fill.overflow {
    inset-block: -3px;
    border-radius: 0 999px 999px 0;
    background: repeating-linear-gradient(45deg, var(--_dz-status-color) 0 5px, transparent 5px 7px);
  }

  .bar-track .mark {
    position: absolute;
    inset-block: -4px;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_dz-gauge-marker);
  }

  .bar-track .mark-expected {
    background: repeating-linear-gradient(to bottom, var(--_dz-gauge-marker) 0 3px, transparent 3px 5px);
  }

  /*
   * Every mark (the ring's line, the bar's) is cut out of what it crosses by a line of the surface's colour around it,
   * its shadow moved a unit each way, its dashes' gaps filled: a mark on the fill stands out from the cut, which stands
   * out from every status colour as their words do from the surface (WCAG 1.4.11).
   */
  .mark {
    filter: drop-shadow(1px 0 var(--_dz-color-surface)) drop-shadow(-1px 0 var(--_dz-color-surface)) drop-shadow(0 1px var(--_dz-color-surface)) drop-shadow(0 -1px var(--_dz-color-surface));
  }

  /*
   * Print: the bar's fill and marks are backgrounds, which browsers leave out unless told (the track's rule is inherited
   * by them); one gauge, one page.
   */
  @media print {
    .bar-track {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .gauge {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bar-fill {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .ring-svg,
    .bar-track {
      forced-color-adjust: none;
      --_dz-status-color: Highlight;
    }
    /* The tracks and the marks too, cut in Canvas. */
    .gauge {
      --_dz-gauge-marker: CanvasText;
      --_dz-gauge-track: CanvasText;
      --_dz-color-surface: Canvas;
    }
    .ring-svg .overflow {
      stroke: CanvasText;
    }
    .ring-glyph {
      color: CanvasText;
    }
    .bar-fill.overflow {
      background: CanvasText;
    }
  }
`;
