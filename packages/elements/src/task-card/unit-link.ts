/** Links of unit names, from a card's `unit-href` template. */
import { linkFrom } from '../shared/link-template.js';

/**
 * The link of a unit: `{id}` and `{name}` in `template` replaced, URL-encoded; `undefined` without a template or
 * when the result is not a web URL.
 */
export function unitLink(template: string | undefined, id: string, name: string): string | undefined {
  return linkFrom(template, { id, name });
}
