import { css } from 'lit';

/**
 * Styles of the compact one-line gauge of lists (`compact-gauge.ts`): a card's and a unit summary's targets. With
 * `gauge.styles.ts`, which gives the status colours; `<dz-target-gauge>`, which draws its own meter, leaves them out.
 */
export default css`
  .gauge-compact {
    /* The marks take the gauge's marker colour, as <dz-target-gauge>'s do (a designer's review: they ignored it). */
    --_dz-gauge-marker: var(--dz-gauge-marker-color, var(--_dz-color-text));
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }

  .gauge-target {
    font-variant-numeric: tabular-nums;
  }

  .gauge-track {
    position: relative;
    display: inline-block;
    inline-size: var(--dz-gauge-compact-width, 5rem);
    block-size: 0.5rem;
    border-radius: 999px;
    box-shadow: inset 0 0 0 1px var(--_dz-gauge-track);
  }

  .gauge-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: inherit;
    background: var(--_dz-status-color);
    transition: inline-size 0.3s ease;
  }

  .gauge-mark {
    position: absolute;
    inset-block: -2px;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_dz-gauge-marker);
    /* A cut in the surface's colour around the mark, as <dz-target-gauge>'s have: the mark stands out on the fill. */
    box-shadow: 0 0 0 1px var(--_dz-color-surface);
  }

  .gauge-mark-expected {
    background: repeating-linear-gradient(to bottom, var(--_dz-gauge-marker) 0 2px, var(--_dz-color-surface) 2px 3px);
  }

  .gauge-as-of,
  .gauge-progress,
  .gauge-note {
    color: var(--_dz-color-muted);
    font-size: 0.875em;
  }

  /*
   * Print: browsers leave backgrounds out unless told otherwise, and the bar and its marks are backgrounds. Kept,
   * in black and white they read as grey shades beside the status glyph and word, which carry the meaning.
   */
  @media print {
    .gauge-track,
    .gauge-fill,
    .gauge-mark {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .gauge-fill {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .gauge-track {
      forced-color-adjust: none;
    }
    .gauge-fill {
      background: Highlight;
    }
    [data-exceeded] .gauge-fill {
      background: CanvasText;
    }
    /* The track and the marks, cut in Canvas. */
    .gauge-compact {
      --_dz-gauge-marker: CanvasText;
      --_dz-gauge-track: CanvasText;
      --_dz-color-surface: Canvas;
    }
  }
`;
