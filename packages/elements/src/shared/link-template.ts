/** Links built from an attribute's template (`unit-href="/units/{id}"`, `task-href="/tasks/{number}"`). */

import { isServer } from 'lit';

/** What a relative link resolves against on a server, which has no page: a web page, as it will be read. */
const serverBase = 'https://localhost/';

/** URL schemes a template may produce; anything else (`javascript:`) leaves the text unlinked. */
const safeProtocols = new Set(['http:', 'https:']);

/**
 * `template` with each `{key}` replaced by its value, URL-encoded; `undefined` without a template or when the result
 * is not a web URL (relative URLs resolve against the page).
 *
 * @example
 * ```ts
 * linkFrom('/tasks/{number}', { number: 9, id: 't09' }); // '/tasks/9'
 * ```
 */
export function linkFrom(template: string | undefined | null, values: Readonly<Record<string, string | number>>): string | undefined {
  if (!template) return undefined;
  let href = template;
  for (const [key, value] of Object.entries(values)) href = href.replaceAll(`{${key}}`, encodeURIComponent(String(value)));
  try {
    return safeProtocols.has(new URL(href, isServer ? serverBase : document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
