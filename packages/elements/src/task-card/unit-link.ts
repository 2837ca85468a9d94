/** Links of unit names, from a card's `unit-href` template. */
import { isServer } from 'lit';

/** What a relative link resolves against on a server, which has no page: a web page, as it will be read. */
const serverBase = 'https://localhost/';

/** URL schemes a `unit-href` may produce; anything else (`javascript:`) keeps the unit as plain text. */
const safeProtocols = new Set(['http:', 'https:']);

/**
 * The link of a unit: `{id}` and `{name}` in `template` replaced, URL-encoded; `undefined` without a template or
 * when the result is not a web URL.
 */
export function unitLink(template: string | undefined, id: string, name: string): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{name}', encodeURIComponent(name));
  try {
    return safeProtocols.has(new URL(href, isServer ? serverBase : document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
