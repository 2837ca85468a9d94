/**
 * One dz- element rendered by Lit SSR: its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`, with the markers Lit hydrates from), ready to be put inside the element.
 */
// Lit SSR is an optional package (npm installs it only when asked): the CLI loads this module through `loadOptional`,
// which names it when it is missing. A static import, as `require()` of this entry needs (no top-level await).
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment } from 'parse5';
import { attributeOf as attributeOfProperty, type ElementClass } from '../shared/check-inputs.js';
import { unsetLang } from '../shared/i18n/language.js';
import { RenderError } from './render-error.js';
import { withDomShim } from './scoped-globals.js';
import { attributeOf, childrenOf, isElement, type Element, type Node } from './tree.js';

/** The tags `renderPage` renders: every element the package defines, with its class's name in the package's entry. */
const elementClasses = {
  'dz-task-card': 'DzTaskCard',
  'dz-task-matrix': 'DzTaskMatrix',
  'dz-target-gauge': 'DzTargetGauge',
  'dz-unit-summary': 'DzUnitSummary',
  'dz-plan-overview': 'DzPlanOverview',
} as const;

/** The tags `renderPage` renders. */
export const elementTags = Object.keys(elementClasses) as readonly (keyof typeof elementClasses)[];

/** The registry the elements were defined in: Lit's `customElements`, or the one of a DOM shim the process had installed. */
let defined: Promise<CustomElementRegistry> | undefined;

/**
 * Defines the elements, once, in `customElements` (Lit's `node` build sets it, the registry of
 * `@lit-labs/ssr-dom-shim`: no global DOM shim is installed, see `scoped-globals.ts`), and resolves to that registry.
 * Each class is defined here rather than by importing the modules that define them (`all.js`): a server may have
 * imported some of those before the first render (a React or Vue app's own `import '@dz-tasks/elements/task-matrix.js'`),
 * and a module runs only once. The words a browser loads on demand, about reading problems and about an element's
 * inputs, are loaded first: a render on the server cannot wait for them, and without the words about inputs it would
 * draw an element without its notices (a misspelt attribute), which the browser then draws with them: a hydration
 * mismatch. So is the bundled Dezhou plan, which a browser imports the first time an element shows it
 * (`default-plan.ts`): an element given no plan renders it at once; and the matrix's windowed table
 * (`task-matrix/virtual-table-module.ts`), so a plan above its threshold renders its first window.
 */
export function defineElements(): Promise<CustomElementRegistry> {
  defined ??= import('../index.js').then(async (entry) => {
    for (const [tag, name] of Object.entries(elementClasses)) entry.defineElement(tag, entry[name]);
    const registry = globalThis.customElements;
    const [{ problemWordsModule }, { inputReportModule }, { dezhouModule }, { virtualTableModule }] = await Promise.all([
      import('../shared/problem-words.js'),
      import('../shared/base-element.modules.js'),
      import('../shared/default-plan.js'),
      import('../task-matrix/virtual-table-module.js'),
    ]);
    await Promise.all([problemWordsModule.load(), inputReportModule.load(), dezhouModule.load(), virtualTableModule.load()]);
    return registry;
  });
  return defined;
}

/** Names Lit's template parser reads as one attribute; others (a parse error in the page) are left to the browser. */
const plainName = /^[a-z_][a-z0-9_.:-]*$/i;

/** `value` as the text of an attribute in double quotes. */
export const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The text of `node` as a screen reader reads it (`aria-hidden` icons left out). */
function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (isElement(node) && attributeOf(node, 'aria-hidden') === 'true') return '';
  return childrenOf(node).map(textOf).join('');
}

/** The first element under `node` (templates' content included) that `test` accepts. */
function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const hasToken = (element: Element, name: string, token: string) => (attributeOf(element, name) ?? '').split(/\s+/).includes(token);

/** {@link renderShadowRoot}'s result. */
export interface RenderedShadowRoot {
  /** The `<template shadowrootmode="open">…</template>`. */
  readonly template: string;
  /** The text of each notice the element shows about its inputs (a misspelt attribute, a value it ignores). */
  readonly notices: readonly string[];
  /**
   * The attributes the element sets on itself, as it does in a browser, where they differ from those it was rendered
   * with (the gauge's `status`): each with its value, or `undefined` for one it removes.
   */
  readonly reflected: ReadonlyMap<string, string | undefined>;
}

/**
 * The attributes `element` sets on its host, where they differ from `given`: its properties with `reflect: true` the
 * page did not give (a browser never writes a given one back; Lit's server render does), as Lit's output has them on
 * `host`, and its class's `reflectedAttributes`, which carry the property of the same name (the gauge's `status`,
 * which it sets in `updated`, a step the server never runs).
 */
function reflectedAttributes(element: LitElement, host: Element, given: ReadonlyMap<string, string>): Map<string, string | undefined> {
  const elementClass = element.constructor as ElementClass;
  const reflected = new Map<string, string | undefined>();
  for (const [name, options] of elementClass.elementProperties) {
    const attribute = options.reflect && attributeOfProperty(name, options);
    if (attribute && !given.has(attribute)) reflected.set(attribute, attributeOf(host, attribute));
  }
  const values = element as unknown as Record<string, unknown>;
  for (const attribute of elementClass.reflectedAttributes ?? []) {
    const value = values[attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    reflected.set(attribute, value === undefined || value === null ? undefined : String(value));
  }
  for (const [name, value] of reflected) if (given.get(name) === value) reflected.delete(name);
  return reflected;
}

/** The text of each element `test` accepts under `node`, in order (templates' content included). */
function allText(node: Node, test: (element: Element) => boolean): string[] {
  if (isElement(node) && test(node)) return [textOf(node).trim().replace(/\s+/g, ' ')];
  return childrenOf(node).flatMap((child) => allText(child, test));
}

/**
 * The `<template shadowrootmode="open">…</template>` of `tag` with `attributes`, in `lang` when the element has
 * no `lang` of its own, and the notices it shows. Throws a {@link RenderError} (starting with `where`) when the
 * element would show an error or is still loading (its data was not preloaded). `registry` is the one
 * {@link defineElements} resolves to; Lit's DOM shim is on `globalThis` only while Lit renders ({@link withDomShim}).
 */
export function renderShadowRoot(
  registry: CustomElementRegistry,
  tag: string,
  attributes: ReadonlyMap<string, string>,
  lang: string | undefined,
  where: string,
): RenderedShadowRoot {
  // An unset `lang` (`undefined`, `null`: `unsetLang`) follows the ancestors', as in the browser (review r130 F2).
  const pairs = [...attributes].filter(([name, value]) => plainName.test(name) && !(name === 'lang' && unsetLang(value)));
  if (lang !== undefined && !pairs.some(([name]) => name === 'lang')) pairs.push(['lang', lang]);
  const markup = `<${tag}${pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}></${tag}>`;
  // The element Lit renders, to read what it sets on itself.
  let element = undefined as LitElement | undefined;
  class HostRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      if (tagName === tag) element ??= this.element;
    }
  }
  // Static markup built from parsed attributes, every value escaped: Lit parses it as the page would.
  const output = withDomShim(registry, () => collectResultSync(render(html`${unsafeStatic(markup)}`, { elementRenderers: [HostRenderer] })));
  const fragment = parseFragment(output, { sourceCodeLocationInfo: true });
  const host = find(fragment, (element) => element.tagName === tag);
  const template = host?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'template');
  const location = template?.sourceCodeLocation;
  if (!host || !element || !template || !location) throw new RenderError(`${where}: Lit rendered no shadow root`);
  const error = find(template, (element) => hasToken(element, 'part', 'error'));
  if (error) throw new RenderError(`${where}: the element shows an error: ${textOf(error).trim().replace(/\s+/g, ' ')}`);
  if (find(template, (element) => hasToken(element, 'part', 'loading'))) {
    throw new RenderError(`${where}: the element is still loading its data`);
  }
  const notices = allText(template, (element) => hasToken(element, 'part', 'notice'));
  return { template: output.slice(location.startOffset, location.endOffset), notices, reflected: reflectedAttributes(element, host, attributes) };
}
