import { css } from 'lit';

/**
 * Styles every gauge shares: the status colours, the status as a glyph and a word, the trend (the compact gauge of
 * lists adds `compact-gauge.styles.ts`). Colours come from `--dz-gauge-<status>-color` when the host defines them,
 * else from the shared `--dz-color-<status>` tokens, so any host can include these styles.
 */
export default css`
  /*
   * The tone (三色) of a status, from the data's statusTones; a status with a colour of its own overrides it below.
   * The track is a line (a ring's thin circle, a bar's outline) 3:1 against the surface and the grey rows a gauge sits
   * on, in light and dark (WCAG 1.4.11); inside it, the surface, from which every status colour stands out as text does.
   */
  [data-tone] {
    --_dz-status-color: var(--dz-gauge-not-started-color, var(--_dz-color-not-started));
    --_dz-gauge-track: var(--dz-gauge-track-color, var(--_dz-color-muted));
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

  /*
   * The status wraps as other words do, rather than run past a phone's screen (a reader's text spacing); its glyph
   * keeps to its first word by a no-break space (templates.ts).
   */
  .gauge-status {
    color: var(--_dz-status-color);
    font-weight: 600;
  }

  .gauge-glyph {
    display: inline-block;
    min-inline-size: 1em;
    text-align: center;
  }

  .gauge-exceeded {
    margin-inline-start: 0.25em;
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

  @media (forced-colors: active) {
    .gauge-status {
      color: CanvasText;
    }
  }
`;
