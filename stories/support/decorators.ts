/**
 * Decorators every story can use through `parameters`:
 * - `sampleData: true` puts a visible "示例數據 / sample data" label above the story, so progress values from
 *   `stories/sample-data/` are never taken for real progress;
 * - `scheme: 'light' | 'dark'` (or the scheme toolbar) shows the elements in that colour scheme;
 * - the `lang` toolbar global (default zh-Hant, the elements' default) wraps every story in `<div lang>`.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

export const withLanguage: Decorator = (story, { globals }) =>
  html`<div lang=${(globals['lang'] as string | undefined) ?? 'zh-Hant'}>${story()}</div>`;

export const withSampleDataLabel: Decorator = (story, { parameters }) => {
  if (!parameters['sampleData']) return story();
  installStyles();
  return html`<div class="sb-sample">
    <p class="sb-sample-label" role="note">
      <span aria-hidden="true">⚠︎</span>
      <span lang="zh-Hant">示例數據,並非真實進度</span> ·
      <span lang="en">Sample data, not real progress</span>
    </p>
    ${story()}
  </div>`;
};

/**
 * The elements take light or dark from the page's `color-scheme` (their colours are `light-dark()` pairs), so a
 * forced scheme is a wrapper that declares one: `light`, `dark`, or `light dark` to follow the system setting.
 * A story's `parameters.scheme` wins over the toolbar.
 */
export const withScheme: Decorator = (story, { parameters, globals }) => {
  const scheme = (parameters['scheme'] ?? globals['scheme'] ?? 'light') as 'light' | 'dark' | 'system';
  if (scheme === 'light' && !parameters['scheme']) return story();
  installStyles();
  return html`<div class="sb-scheme sb-scheme-${scheme}">${story()}</div>`;
};

let installed = false;

function installStyles(): void {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    .sb-scheme-light { color-scheme: light; }
    .sb-scheme-dark { color-scheme: dark; }
    .sb-scheme-system { color-scheme: light dark; }
    .sb-scheme {
      padding: 1.5rem;
      border-radius: 8px;
      background: light-dark(#ffffff, #0d1117);
      color: light-dark(#1f2328, #e6edf3);
    }
    /* One column no wider than the story: an implicit one took its content's width, and a 320 px story scrolled sideways. */
    .sb-sample { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem; }
    .sb-sample-label {
      justify-self: start;
      margin: 0;
      padding: 0.25rem 0.75rem;
      border: 2px dashed #7d4e00;
      border-radius: 4px;
      background: #fff8c5;
      color: #5c3a00;
      font: 600 0.875rem/1.4 system-ui, sans-serif;
    }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
