/**
 * Which attributes a dz- element knows: those of its declared properties (their one home), HTML's global attributes,
 * and what frameworks add. Anything else on the element is most likely a misspelling (`sections="4"`, `asof=`), which
 * the element reports with the closest known name.
 */
import type { PropertyDeclaration } from 'lit';

/** HTML's global attributes (and `role`), which any element may carry. */
const globalAttributes = new Set([
  'accesskey', 'autocapitalize', 'autocorrect', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable',
  'enterkeyhint', 'exportparts', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref',
  'itemscope', 'itemtype', 'lang', 'nonce', 'part', 'popover', 'role', 'slot', 'spellcheck', 'style', 'tabindex',
  'title', 'translate', 'writingsuggestions', 'xmlns',
  // Lit's server rendering marks elements to hydrate later.
  'defer-hydration',
]);

/**
 * Attributes that belong to the page or a framework, not to the element: `data-*`, `aria-*`, event handlers
 * (`onclick`), namespaced names (`xml:lang`), Angular's `_ngcontent-*` and `ng-*`, Vue's `v-*`.
 */
const foreign = /^(?:data-|aria-|on|_|ng-|v-)|:/;

/** The attribute of each declared property that has one: its `attribute` option, or its name in lower case. */
export function declaredAttributes(properties: ReadonlyMap<PropertyKey, PropertyDeclaration>): string[] {
  const names: string[] = [];
  for (const [name, options] of properties) {
    if (options.attribute === false || options.state) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return names;
}

/** Whether an attribute on a dz- element whose own attributes are `known` is one it does not know. */
export function isUnknownAttribute(name: string, known: ReadonlySet<string>): boolean {
  return !known.has(name) && !globalAttributes.has(name) && !foreign.test(name);
}
