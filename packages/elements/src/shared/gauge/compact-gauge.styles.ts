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
    background: var(--dz-gauge-track-color, var(--_dz-color-surface-alt));
    box-shadow: inset 0 0 0 1px var(--_dz-color-border);
    overflow: hidden;
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
    inset-block: -1px;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_dz-gauge-marker);
  }

  .gauge-mark-expected {
    background: repeating-linear-gradient(to bottom, var(--_dz-gauge-marker) 0 2px, transparent 2px 3px);
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
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .gauge-fill {
      background: Highlight;
    }
    [data-exceeded] .gauge-fill {
      background: CanvasText;
    }
    .gauge-mark {
      background: CanvasText;
    }
  }
`;
