/** Links built from an attribute's template (`unit-href="/units/{id}"`, `task-href="/tasks/{number}"`). */

import { editorUrl } from '@dz-tasks/data';
import { isServer } from 'lit';
import { asWritten, textInput, type Input } from './inputs.js';

/** What a relative link resolves against on a server, which has no page: a web page, as it will be read. */
const serverBase = 'https://localhost/';

/** URL schemes a link may have; anything else (`javascript:`) leaves the text unlinked. */
const safeProtocols = new Set(['http:', 'https:']);

/** Whether `href` is a web address (http or https, relative ones resolved against the page). */
function isWebAddress(href: string): boolean {
  try {
    return safeProtocols.has(new URL(href, isServer ? serverBase : document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether `template` cannot make one link per item: it names none of `keys` (every link would be the same), names a
 * key that is not one of them (`{ID}`, `{num}`: left as written in every link), or is not a web address (`javascript:`).
 * The element shows such a template's items unlinked, with a notice that says how to write it.
 */
export function unlinkable(written: string, keys: readonly string[]): boolean {
  const template = editorUrl(written);
  const named = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
  return named.length === 0 || named.some((key) => !keys.includes(key)) || !isWebAddress(template.replace(/\{[^{}]*\}/g, 'x'));
}

/**
 * `template` with each `{key}` replaced by its value, URL-encoded; `undefined` without a template, or one that cannot
 * make one link per item ({@link unlinkable}), or when the result is not a web URL (relative URLs resolve against the
 * page). What an editor leaves around it (quotes, invisible characters) is not part of it.
 *
 * @example
 * ```ts
 * linkFrom('/tasks/{number}', { number: 9, id: 't09' }); // '/tasks/9'
 * ```
 */
export function linkFrom(template: string | undefined | null, values: Readonly<Record<string, string | number>>): string | undefined {
  if (!template || unlinkable(template, Object.keys(values))) return undefined;
  let href = editorUrl(template);
  for (const [key, value] of Object.entries(values)) href = href.replaceAll(`{${key}}`, encodeURIComponent(String(value)));
  return isWebAddress(href) ? href : undefined;
}

/**
 * A link template (`unit-href="/units/{id}"`): text whose `{key}`s each item fills in; one that cannot make one link
 * per item (no key, another key, not a web address) is noticed, with `example`, and its items shown unlinked.
 */
export interface LinkTemplateInput extends Input<string> {
  /** The keys an item fills in: `id`, `name`. */
  readonly keys: readonly string[];
  /** A template to show in the notice: `/units/{id}`. */
  readonly example: string;
  /** Whether a template cannot make one link per item (`unlinkable` of link-template.ts, with the element's code). */
  unlinkable(template: string): boolean;
}

/**
 * A link template's input, with its keys, an example and the check of link-template.ts (passed in by the element
 * that links, so the shared code carries none of it).
 */
export const linkTemplateInput = (
  keys: readonly string[],
  example: string,
  unlinkable: (template: string, keys: readonly string[]) => boolean,
): LinkTemplateInput => ({ ...textInput, fromAttribute: asWritten, keys, example, unlinkable: (template) => unlinkable(template, keys) });
