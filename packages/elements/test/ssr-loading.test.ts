/**
 * The server renders no element that still loads: its loading skeleton (`part="loading"`, no longer marked
 * `aria-busy`, which a live region must not be: review r59, L5) would be kept until the page's script drew the element
 * again, or for ever without script. `renderPage` preloads every element's data; one it could not is refused.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RenderError } from '../src/ssr/index.js';
import { defineElements, renderShadowRoot } from '../src/ssr/render-element.js';

it('refuses an element still loading (its plan-src not preloaded), and renders it with its data', async () => {
  const registry = await defineElements();
  const card = (attributes: [string, string][]) => renderShadowRoot(registry, 'dz-task-card', new Map(attributes), 'zh-Hant', 'page.html:1');
  assert.throws(() => card([['task', '9'], ['plan-src', 'https://example.test/not-preloaded.json']]), (error: unknown) => {
    return error instanceof RenderError && error.message === 'page.html:1: the element is still loading its data';
  });
  assert.doesNotMatch(card([['task', '9']]).template, /part="loading"/);
});
