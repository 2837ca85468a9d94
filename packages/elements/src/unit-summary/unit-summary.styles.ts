import { css } from 'lit';

/** Styles of `<dz-unit-summary>`: a box like the card's, the task list with role glyphs, targets grouped by status. */
export default css`
  :host {
    --_dz-summary-bg: var(--dz-summary-bg, var(--_dz-color-surface));
    --_dz-summary-color: var(--dz-summary-color, var(--_dz-color-text));
    --_dz-summary-muted-color: var(--dz-summary-muted-color, var(--_dz-color-muted));
    --_dz-item-muted: var(--_dz-summary-muted-color);
    --_dz-summary-border-color: var(--dz-summary-border-color, var(--_dz-color-border));
    --_dz-summary-radius: var(--dz-summary-radius, calc(var(--_dz-radius) * 1.5));
    --_dz-summary-padding: var(--dz-summary-padding, calc(var(--_dz-space) * 2));
    --_dz-summary-lead-color: var(--dz-summary-lead-color, var(--_dz-color-lead));
    --_dz-summary-participating-color: var(--dz-summary-participating-color, var(--_dz-color-participating));
    --_dz-summary-link-color: var(--dz-summary-link-color, var(--_dz-color-accent));
    /*
     * Text starts at the start edge (the right in a right-to-left page), not as the page around aligns it: Vite's
     * starter templates centre the app's root. A rule of the page's on the tag itself still wins over this one.
     */
    text-align: start;
  }

  /*
   * One column of minmax(0, 1fr): where a layout sizes the element to its content (a float, a flex row) it asks for
   * none of the room (min-content 0) and as much as its content, where the contained task list (below) counts 48em.
   */
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_dz-space) * 1.5);
    padding: var(--_dz-summary-padding);
    border: 1px solid var(--_dz-summary-border-color);
    border-radius: var(--_dz-summary-radius);
    background: var(--_dz-summary-bg);
    color: var(--_dz-summary-color);
  }

  .counts,
  .as-of {
    margin: 0;
    color: var(--_dz-summary-muted-color);
  }

  .group-label {
    margin: 0;
    font-size: 1rem;
  }

  .tasks-area,
  .targets-area,
  .group {
    display: grid;
    gap: var(--_dz-space);
  }

  .tasks,
  .targets {
    display: grid;
    gap: calc(var(--_dz-space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /*
   * The role labels in a column as wide as the longest ("Participating"): every task's name starts at one edge. The
   * names' column may be narrower than their longest word ("multidimensional", spaced out by a reader's style sheet),
   * which then breaks (overflow-wrap, shared.styles.ts), rather than the list running past a narrow screen.
   */
  .tasks {
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_dz-space);
  }

  /*
   * The task list's layout follows its own width (the element's, less its padding), not the window's. Contained, the
   * area has no width of its content but the one given here; the article around it is not contained, so a float or a
   * flex row still sizes the element by its heading and targets.
   */
  .tasks-area {
    container-type: inline-size;
    contain-intrinsic-inline-size: 48em;
  }

  /*
   * Narrower than 30em (a phone, a sidebar; em, the element's font size, as in the overview): each task's role above
   * its title, which takes the row's whole width. Beside "Participating" a title had under two thirds of a 375 px
   * row, a few words a line (r67 M7).
   */
  @container (max-width: 30em) {
    .tasks {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .task {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: baseline;
  }

  .role {
    font-size: 0.875em;
    font-weight: 600;
  }

  .role.lead {
    color: var(--_dz-summary-lead-color);
  }

  .role.participating {
    color: var(--_dz-summary-participating-color);
  }

  .glyph {
    display: inline-block;
    min-inline-size: 1.25em;
  }

  /* A target of 24 px under a site's smaller root font too, as the card's unit links (WCAG 2.5.8, review r128 F4). */
  .task-link {
    min-height: 24px;
    color: var(--_dz-summary-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .group-heading {
    margin: 0;
    font-size: 0.95rem;
    color: var(--_dz-status-color);
  }

  .target {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_dz-space) / 2) var(--_dz-space);
    align-items: baseline;
    padding: calc(var(--_dz-space) / 2) var(--_dz-space);
    border-radius: var(--_dz-radius);
    background: var(--_dz-color-surface-alt);
  }

  .task-ref {
    color: var(--_dz-summary-muted-color);
    font-size: 0.875em;
    white-space: nowrap;
  }

  /*
   * ---- print: a heading (an area's, a group's) kept with what follows it, no target cut between pages. The areas and
   * groups are blocks on paper: Chromium ignores a break rule between the items of a grid. ----
   */

  @media print {
    .tasks-area,
    .targets-area,
    .group {
      display: block;
    }
    .group-heading,
    .label {
      break-after: avoid;
    }
    .target {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .summary,
    .target {
      border: 1px solid CanvasText;
    }
    .role.lead,
    .role.participating,
    .group-heading {
      color: CanvasText;
    }
    .task-link {
      color: LinkText;
    }
  }
`;
