import { css } from 'lit';

/**
 * The card's own custom properties, defaulted from the shared tokens so a page can theme every element at once
 * (`--dz-color-lead`) or only the cards (`--dz-card-lead-color`).
 */
export default css`
  :host {
    --_dz-card-bg: var(--dz-card-bg, var(--_dz-color-surface));
    --_dz-card-color: var(--dz-card-color, var(--_dz-color-text));
    --_dz-card-muted-color: var(--dz-card-muted-color, var(--_dz-color-muted));
    --_dz-item-muted: var(--_dz-card-muted-color);
    --_dz-card-border-color: var(--dz-card-border-color, var(--_dz-color-border));
    --_dz-card-border-width: var(--dz-card-border-width, 1px);
    --_dz-card-radius: var(--dz-card-radius, calc(var(--_dz-radius) * 1.5));
    --_dz-card-padding: var(--dz-card-padding, calc(var(--_dz-space) * 2));
    --_dz-card-gap: var(--dz-card-gap, calc(var(--_dz-space) * 1.5));
    --_dz-card-heading-color: var(--dz-card-heading-color, var(--_dz-color-text));
    --_dz-card-number-color: var(--dz-card-number-color, var(--_dz-color-accent));
    --_dz-card-lead-color: var(--dz-card-lead-color, var(--_dz-color-lead));
    --_dz-card-lead-bg: var(--dz-card-lead-bg, var(--_dz-color-lead-bg));
    --_dz-card-participating-color: var(--dz-card-participating-color, var(--_dz-color-participating));
    --_dz-card-participating-bg: var(--dz-card-participating-bg, var(--_dz-color-participating-bg));
    --_dz-card-link-color: var(--dz-card-link-color, var(--_dz-color-accent));
    --_dz-card-body-font-size: var(--dz-card-body-font-size, 0.95rem);

    max-width: 48rem;
    /*
     * Text starts at the start edge (the right in a right-to-left page), not as the page around aligns it: Vite's
     * starter templates centre the app's root. A rule of the page's on the tag itself still wins over this one.
     */
    text-align: start;
  }

  .card {
    display: grid;
    gap: var(--_dz-card-gap);
    padding: var(--_dz-card-padding);
    color: var(--_dz-card-color);
    background: var(--_dz-card-bg);
    border: var(--_dz-card-border-width) solid var(--_dz-card-border-color);
    border-radius: var(--_dz-card-radius);
  }

  .heading {
    color: var(--_dz-card-heading-color);
  }

  .number {
    display: inline-block;
    color: var(--_dz-card-number-color);
    font-variant-numeric: tabular-nums;
  }

  .section {
    margin: 0;
    color: var(--_dz-card-muted-color);
    font-size: 0.9rem;
  }

  .group-label {
    margin: 0 0 calc(var(--_dz-space) / 2);
    font-size: 0.9rem;
    font-weight: 600;
  }

  .units-area {
    display: grid;
    gap: var(--_dz-space);
  }

  .group-label.lead {
    color: var(--_dz-card-lead-color);
  }

  .group-label.participating {
    color: var(--_dz-card-participating-color);
  }

  .units {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_dz-space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .unit {
    display: inline-flex;
    align-items: baseline;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.9rem;
  }

  .unit.lead {
    color: var(--_dz-card-lead-color);
    background: var(--_dz-card-lead-bg);
  }

  .unit.participating {
    color: var(--_dz-card-participating-color);
    background: var(--_dz-card-participating-bg);
    border-style: dashed;
  }

  /*
   * With unit-href the whole chip is the link, its glyph inside: over the chip's padding, a target of 24 px or more
   * (WCAG 2.5.8) whatever the page's root font (under html { font-size: 87.5% } the chip is 21 px), and its focus ring
   * takes the chip's corners.
   */
  .unit-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-height: 24px;
    margin: -0.1em -0.6em;
    padding: 0.1em 0.6em;
    border-radius: inherit;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .unit-link:hover {
    text-decoration-thickness: 2px;
  }

  .glyph {
    font-size: 0.8em;
  }

  /* An inline block: a link's underline is the name's, not the glyph's. */
  .unit .glyph {
    display: inline-block;
    margin-inline-end: 0.3em;
  }

  .body-area {
    display: grid;
    gap: var(--_dz-space);
    justify-items: start;
  }

  .note,
  .as-of {
    margin: 0;
    color: var(--_dz-card-muted-color);
    font-size: 0.9rem;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    padding: 0.25em 0.75em;
    font: inherit;
    font-size: 0.9rem;
    color: var(--_dz-card-link-color);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_dz-radius);
    cursor: pointer;
  }

  .toggle:hover {
    background: var(--_dz-color-surface-alt);
  }

  .toggle .chevron {
    display: inline-block;
    transition: transform 0.15s ease;
  }

  /* The state the button says, which is the one drawn (also while a card hydrates a server's expanded content). */
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  .body {
    margin: 0;
    font-size: var(--_dz-card-body-font-size);
    line-height: 1.8;
    white-space: pre-line;
  }

  .body[hidden] {
    display: none;
  }

  .targets-area {
    display: grid;
    gap: var(--_dz-space);
  }

  .targets {
    display: grid;
    gap: var(--_dz-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .target {
    display: grid;
    gap: calc(var(--_dz-space) / 4);
    padding: calc(var(--_dz-space) / 2) var(--_dz-space);
    border-radius: var(--_dz-radius);
    background: var(--_dz-color-surface-alt);
  }

  /* ---- print: the body shown, collapsed or not, and no button; no target or unit cut between pages; the gauges keep their fills (gauge.styles.ts) ---- */

  @media print {
    .toggle {
      display: none;
    }
    .body[hidden] {
      display: block;
    }
    .header,
    .as-of {
      break-after: avoid;
    }
    .unit,
    .target {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card,
    .unit,
    .toggle {
      border-color: CanvasText;
    }
    .unit.lead,
    .unit.participating,
    .group-label.lead,
    .group-label.participating {
      color: CanvasText;
      background: Canvas;
    }
    .unit-link {
      color: LinkText;
    }
    .toggle {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .target {
      border: 1px solid CanvasText;
    }
  }
`;
