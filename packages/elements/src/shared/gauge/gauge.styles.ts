import { css } from 'lit';

/**
 * Styles of the compact gauge and of the status colours. Colours come from `--dz-gauge-<status>-color` when the
 * host defines them, else from the shared `--dz-color-<status>` tokens, so any host can include these styles.
 */
export default css`
  /* The tone (三色) of a status, from the data's statusTones; a status with a colour of its own overrides it below. */
  [data-tone] {
    --_dz-status-color: var(--dz-gauge-not-started-color, var(--_dz-color-not-started));
  }
  [data-tone=good] {
    --_dz-status-color: var(--dz-gauge-on-track-color, var(--_dz-color-on-track));
  }
  [data-tone=warning] {
    --_dz-status-color: var(--dz-gauge-warning-color, var(--dz-gauge-behind-color, var(--_dz-color-behind)));
  }
  [data-tone=alert] {
    --_dz-status-color: var(--dz-gauge-missed-color, var(--_dz-color-missed));
  }
  [data-status=met] {
    --_dz-status-color: var(--dz-gauge-met-color, var(--_dz-color-met));
  }
  [data-status=behind] {
    --_dz-status-color: var(--dz-gauge-behind-color, var(--_dz-color-behind));
  }
  [data-status=seriously-behind] {
    --_dz-status-color: var(--dz-gauge-seriously-behind-color, var(--dz-gauge-missed-color, var(--_dz-color-missed)));
  }
  [data-status=over-ceiling] {
    --_dz-status-color: var(--dz-gauge-over-ceiling-color, var(--dz-gauge-missed-color, var(--_dz-color-missed)));
  }

  .gauge-status {
    color: var(--_dz-status-color);
    font-weight: 600;
    white-space: nowrap;
  }

  .gauge-glyph {
    display: inline-block;
    min-inline-size: 1em;
    text-align: center;
  }

  .gauge-exceeded {
    margin-inline-start: 0.25em;
  }

  .gauge-compact {
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
    background: var(--_dz-color-text);
  }

  .gauge-mark-expected {
    background: repeating-linear-gradient(to bottom, var(--_dz-color-text) 0 2px, transparent 2px 3px);
  }

  .gauge-progress,
  .gauge-note {
    color: var(--_dz-color-muted);
    font-size: 0.875em;
  }

  .trend {
    font-size: 0.875em;
  }
  .trend-steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_dz-color-muted);
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
    .gauge-status {
      color: CanvasText;
    }
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
