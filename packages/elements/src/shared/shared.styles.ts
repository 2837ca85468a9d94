import { css, unsafeCSS } from 'lit';

/**
 * Fonts with the Han characters of the plan's languages, one per system (macOS, Linux, Windows): Traditional glyph
 * forms. The elements' text falls back to them after the system font; text that is never seen (a matrix header's
 * visually hidden title) names them first, so its characters are shaped in one font instead of being looked up in the
 * system font first.
 */
export const hanFonts = unsafeCSS(`'PingFang TC','Noto Sans CJK TC','Microsoft JhengHei'`);

/**
 * Tokens and states every element shares. Each element reads these through its own custom properties
 * (`--_dz-matrix-lead-color: var(--dz-matrix-lead-color, var(--_dz-color-lead))`), so a page can theme all elements
 * at once or one at a time. A public `--dz-…` property is only ever read, never declared, in an element's styles: a
 * declaration would hide the page's value set on an ancestor (theming.test.ts). The colours of roles and links, which
 * a gauge never draws, are in `task-colors.styles.ts`, with the elements that show tasks.
 *
 * What each token is for, below, is the one description of it: the manifest (custom-elements-manifest.config.mjs)
 * gives it, with the default read from the `:host` block, to every element whose `styles` take this module, and so
 * do the framework and editor types generated from the manifest. A colour's default is a (light, dark) pair.
 *
 * @cssprop --dz-font-family - Font of every element's text (the system font, then a font with the plan's Han characters on each system, Simplified or Traditional as the text).
 * @cssprop --dz-color-text - Text colour of every element; the elements' own text and heading colours default to it.
 * @cssprop --dz-color-muted - Colour of secondary text: counts, deadlines, notes, notices; of loading skeletons; the gauges' tracks (every `--dz-gauge-track-color` defaults to it: a line 3:1 against the surface and `--dz-color-surface-alt`).
 * @cssprop --dz-color-surface - Background of cards, summaries and tables.
 * @cssprop --dz-color-surface-alt - Background of headers and totals, of messages, of the target rows (a card's, a summary's) and of the overview's stacked bars.
 * @cssprop --dz-color-border - Borders and frames, the outline of the overview's stacked bars.
 * @cssprop --dz-color-focus - Outline of the focused cell, link or button.
 * @cssprop --dz-color-met - Status colour "met" (green; unset, a gauge of `scheme="rag5"` draws it blue), which every `--dz-gauge-met-color` defaults to.
 * @cssprop --dz-color-on-track - Status colour "on track" (green).
 * @cssprop --dz-color-behind - Status colour "behind" (amber), also of a warning ("used faster than the pace").
 * @cssprop --dz-color-missed - Status colour "missed" (red), also of "seriously behind" and "ceiling exceeded".
 * @cssprop --dz-color-not-started - Status colour "not started", "not yet at target" and "awaiting decision" (grey).
 * @cssprop --dz-color-error - Text and border colour of an error message.
 * @cssprop --dz-color-error-bg - Background of an error message.
 * @cssprop --dz-radius - Corner radius of messages and skeletons; the card's and the summary's are 1.5 times it.
 * @cssprop --dz-space - Unit of spacing: the elements' paddings and gaps are multiples of it.
 */
export default css`
  :host {
    --_dz-font-family: var(--dz-font-family, system-ui, -apple-system, ${hanFonts}, sans-serif);
    /*
     * Light and dark follow the page's color-scheme: a page that declares \`color-scheme: light dark\` follows the
     * reader's prefers-color-scheme; a page that declares nothing stays light, so dark-mode text never lands on a
     * light page. Each pair is (light, dark).
     */
    --_dz-color-text: var(--dz-color-text, light-dark(#1f2328, #e6edf3));
    --_dz-color-muted: var(--dz-color-muted, light-dark(#57606a, #9da7b3));
    --_dz-color-surface: var(--dz-color-surface, light-dark(#fff, #161b22));
    --_dz-color-surface-alt: var(--dz-color-surface-alt, light-dark(#f6f8fa, #21262d));
    --_dz-color-border: var(--dz-color-border, light-dark(#d0d7de, #3d444d));
    --_dz-color-focus: var(--dz-color-focus, light-dark(#0b5cad, #58a6ff));
    --_dz-color-met: var(--dz-color-met, light-dark(#116329, #56d364));
    --_dz-color-on-track: var(--dz-color-on-track, light-dark(#116329, #56d364));
    --_dz-color-behind: var(--dz-color-behind, light-dark(#7d4e00, #e3b341));
    --_dz-color-missed: var(--dz-color-missed, light-dark(#a40e26, #ff7b72));
    --_dz-color-not-started: var(--dz-color-not-started, light-dark(#57606a, #9da7b3));
    --_dz-color-error: var(--dz-color-error, light-dark(#a40e26, #ff7b72));
    --_dz-color-error-bg: var(--dz-color-error-bg, light-dark(#ffebe9, #3d1a1a));
    --_dz-radius: var(--dz-radius, 6px);
    --_dz-space: var(--dz-space, 0.5rem);

    display: block;
    font-family: var(--_dz-font-family);
    color: var(--_dz-color-text);
    line-height: 1.5;
    /*
     * A word longer than its line (a URL in a feed's note, a long name in a plan) breaks inside itself rather than
     * run out of its box: anywhere, not break-word, so that a box as wide as its content (a grid's column, a chip)
     * narrows too. Where text has other places to break (Chinese, spaces) it breaks there, as before; the tables of
     * the matrix and the overview keep break-word, their columns as wide as their words.
     */
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * What an element draws in Simplified Chinese (each part says its language: \`lang\` on it, zh-CN read as zh-Hans)
   * takes the Simplified fonts of each system: the Traditional ones above drew a Simplified page in Taiwan's glyph
   * forms, its punctuation centred in the box. The page's font still comes first.
   */
  [lang=zh-Hans] {
    font-family: var(--dz-font-family, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
  }

  /* Paper is light: a dark page's light text would print on white (browsers leave out backgrounds). */
  @media print {
    :host {
      color-scheme: light;
    }
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .message {
    margin: 0;
    padding: var(--_dz-space) calc(var(--_dz-space) * 1.5);
    border-radius: var(--_dz-radius);
    border: 1px solid var(--_dz-color-border);
    background: var(--_dz-color-surface-alt);
  }

  .message.error {
    display: flex;
    gap: var(--_dz-space);
    align-items: baseline;
    color: var(--_dz-color-error);
    background: var(--_dz-color-error-bg);
    border-color: currentColor;
  }

  /* Notices of misspelt attributes and words not allowed: small, above the content, never instead of it. */
  .notices {
    margin: 0 0 var(--_dz-space);
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_dz-color-muted);
  }

  .notice {
    padding-inline-start: var(--_dz-space);
    border-inline-start: 3px solid currentColor;
  }

  /*
   * Bars of no content have no width of their own: where a layout sizes the element to its content (a float, a flex
   * row, a table cell), each takes up to 48em and the column gives up what the room lacks, so a skeleton is drawn
   * where the element will be, never 0 px wide. In block flow they are the element's width.
   */
  .loading {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_dz-space);
  }

  .skeleton {
    contain: size;
    contain-intrinsic-width: 48em;
    display: block;
    height: 1em;
    border-radius: var(--_dz-radius);
    background: var(--_dz-color-muted); /* 6.4:1 on white, 7.1:1 dark; surface-alt's 1.05:1 looked blank */
    animation: dz-pulse 1.2s ease-in-out infinite;
  }

  .skeleton:nth-child(odd) {
    width: 70%;
  }

  @keyframes dz-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_dz-color-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .message.error {
      border-color: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
