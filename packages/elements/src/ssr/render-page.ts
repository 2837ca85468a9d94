/// <reference types="node" />
/**
 * `renderPage`: every dz- element of an HTML page (or snippet) gets its server-rendered shadow root, as declarative
 * shadow DOM, so its content is there with no script. The rest of the text is left exactly as it was.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { localIsoDate } from '@dz-tasks/data';
import { parse } from 'parse5';
import { unsetLang } from '../shared/i18n/language.js';
import { flagInput } from '../shared/inputs.js';
import { clearPreloaded } from '../shared/preloaded.js';
import { feedAttributes, preloadData, type ElementData } from './data.js';
import { RenderError } from './render-error.js';
import { defineElements, elementTags, escapeAttribute, renderShadowRoot } from './render-element.js';
import { TODAY_ATTRIBUTE } from './rendered-today.js';
import { attributeOf, isElement, type Element, type Node } from './tree.js';

/** Options of {@link renderPage}. */
export interface RenderPageOptions {
  /**
   * What the page's relative `plan-src`, `progress-src` and `src` URLs resolve against: a folder (the page's own,
   * usually) or an http(s) URL. Default: the current directory.
   */
  readonly base?: string | URL;
  /**
   * With a folder as `base`: the site's folder, what URLs starting with `/` resolve against and the only folder
   * files are read from (a browser on the site could read no other). Default: `base`.
   */
  readonly root?: string;
  /**
   * The language of the page the HTML goes into (its `<html lang>`), for elements with no `lang` on themselves or
   * an ancestor in the HTML: a snippet pasted into an English page needs `'en'`. Default: none (Traditional Chinese).
   */
  readonly lang?: string;
  /**
   * The most seconds the render waits for the page's plans and feeds, all of them together, whatever their elements'
   * own `timeout` (a page cannot hold the server for a day per feed). Default: 60 (`RENDER_TIMEOUT_SECONDS`).
   */
  readonly timeout?: number;
  /**
   * Render a page whose elements show notices about their inputs (a misspelt attribute, a value they ignore), the
   * notices in it, as a browser shows them, and listed in {@link RenderedPage.notices}. Default: such a page is
   * refused with a {@link RenderError} naming each notice.
   */
  readonly lenient?: boolean;
}

/** What {@link renderPage} made. */
export interface RenderedPage {
  /** The page with every dz- element's shadow root filled in. */
  readonly html: string;
  /** How many elements were rendered. */
  readonly elements: number;
  /**
   * The CSP hashes of the `<style>` elements in the shadow roots (`'sha256-…'`), for a `style-src` that allows
   * them without `'unsafe-inline'`.
   */
  readonly styleHashes: readonly string[];
  /** Each notice the page's elements show, naming its element and line: only with `lenient` (without, none or a throw). */
  readonly notices: readonly string[];
}

interface Found extends ElementData {
  readonly node: Element;
  readonly lang: string | undefined;
}

/** Every dz- element, in document order, with the nearest `lang` of its ancestors (not inside `<template>`s). */
function findElements(node: Node, lang: string | undefined, found: Found[]): Found[] {
  if (!('childNodes' in node)) return found;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    // `lang="undefined"` is unset, as the browser reads it (`unsetLang`: review r130 F2).
    const written = attributeOf(child, 'lang');
    const own = unsetLang(written) ? undefined : written;
    if (child.tagName.startsWith('dz-')) {
      const attributes = new Map(child.attrs.map((attr) => [attr.name, attr.value]));
      const line = child.sourceCodeLocation?.startLine;
      // Escaped as the page has them: `task='9" onmouseover="…'` is shown as one attribute, not as two.
      const shown = [...attributes].slice(0, 2).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
      found.push({ tag: child.tagName, attributes, node: child, lang, where: `<${child.tagName}${shown}> (line ${line})` });
    }
    if (child.tagName !== 'template') findElements(child, own ?? lang, found);
  }
  return found;
}

/**
 * Whether `element` holds content an element's default slot would show (as `hasContent` in the browser): an element
 * that is not for a named slot or a rendered shadow root, or text that is not white space.
 */
function holdsContent(element: Element): boolean {
  return element.childNodes.some((node) =>
    isElement(node)
      ? attributeOf(node, 'slot') === undefined && !(node.tagName === 'template' && attributeOf(node, 'shadowrootmode') !== undefined)
      : node.nodeName === '#text' && 'value' in node && node.value.trim() !== '',
  );
}

/** The page's `<template shadowrootmode>` already inside `element` (a page rendered before), to replace. */
function renderedBefore(element: Element): Element | undefined {
  return element.childNodes.find(
    (node): node is Element => isElement(node) && node.tagName === 'template' && attributeOf(node, 'shadowrootmode') !== undefined,
  );
}

/** A change to the page's text: `text` in place of what is from `start` to `end`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The edit that gives `element`'s start tag attribute `name` with `value` (bare when empty) in place of the one it has,
 * or, with `undefined`, takes the attribute away; none when the tag is so already.
 */
function attributeEdit(element: Found, html: string, name: string, value: string | undefined): Edit | undefined {
  if (element.attributes.get(name) === value) return undefined;
  const location = element.node.sourceCodeLocation;
  const old = location?.attrs?.[name];
  const text = value === undefined ? '' : value === '' ? name : `${name}="${escapeAttribute(value)}"`;
  // Taken away with the white space before it.
  if (old) return { start: old.startOffset - (value === undefined ? 1 : 0), end: old.endOffset, text };
  const tag = location?.startTag;
  if (value === undefined || !tag) return undefined;
  // Before the tag's `>` (or `/>`).
  const at = tag.endOffset - (html.charAt(tag.endOffset - 2) === '/' ? 2 : 1);
  return { start: at, end: at, text: ` ${text}` };
}

/**
 * The attributes to render `element` with, and the edits its tag needs: a task card is rendered expanded, so that its
 * body text shows with no script (its button does nothing then), and `expanded` is written on a tag that has none, so
 * that it stays expanded once hydrated. One written off (`expanded="false"`, as Vue's server renderer writes a bound
 * `false`) is left as written: the card hydrates the server's expanded state, then folds (task-card.ts). Other
 * elements as they are.
 */
function shownInFull(element: Found, html: string): { readonly attributes: ReadonlyMap<string, string>; readonly edits: readonly Edit[] } {
  const written = element.attributes.get('expanded');
  if (element.tag !== 'dz-task-card' || (written !== undefined && flagInput.read(written) === true)) return { attributes: element.attributes, edits: [] };
  const edit = written === undefined ? attributeEdit(element, html, 'expanded', '') : undefined;
  return { attributes: new Map(element.attributes).set('expanded', ''), edits: edit ? [edit] : [] };
}

/**
 * Whether what `element` shows depends on today's date: a gauge (its value stands at today by default) and an element
 * judging a feed (a reading dated after today is refused); the matrix never reads the date.
 */
function readsToday(element: Found): boolean {
  const feed = feedAttributes[element.tag];
  return element.tag === 'dz-target-gauge' || (feed !== undefined && element.attributes.has(feed));
}

/**
 * The edits of `element`'s start tag beside its expanded state: the attributes it sets on itself (`reflected`, the
 * gauge's `status`, so that page CSS styles it with no script), and the date it was rendered at when what it shows
 * depends on it ({@link TODAY_ATTRIBUTE}: the hydration support draws it afresh on another day).
 */
function tagEdits(element: Found, html: string, reflected: ReadonlyMap<string, string | undefined>, today: string): Edit[] {
  const edits = [...reflected].map(([name, value]) => attributeEdit(element, html, name, value));
  if (readsToday(element)) edits.push(attributeEdit(element, html, TODAY_ATTRIBUTE, today));
  return edits.filter((edit) => edit !== undefined);
}

/** The message of a page refused for its notices: each, then what to do. */
function noticesMessage(notices: readonly string[]): string {
  const count = notices.length === 1 ? 'a notice' : `${notices.length} notices`;
  return `${notices.join('\n')}\nthe elements would show ${count} about their attributes: fix them, or render with \`lenient\` to keep the notices in the page`;
}

const styleText = /<style>([\s\S]*?)<\/style>/g;

/** The CSP hash of each distinct `<style>` text. */
function hashesOf(templates: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const template of templates) {
    for (const [, css] of template.matchAll(styleText)) hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  }
  return [...hashes];
}

/** Renders one page at a time: the preloaded data is shared by the render. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders every dz- element of `html` (card, matrix, gauge, unit summary, plan overview) on the server: each gets its
 * shadow root as declarative shadow DOM (`<template shadowrootmode="open">`), so browsers show the content with
 * scripts off, search engines index it, and it prints. The elements keep their attributes and light DOM, and the
 * rest of the text is left as it was. With the CDN script on the page too, the elements hydrate the content
 * instead of drawing it again. A page rendered before is rendered again, not twice.
 *
 * Feeds and plans (`progress-src`, `src`, `plan-src`) are read from files or URLs (relative ones against
 * `options.base`) and validated first, so the page shows their progress. Only files in the site's folder
 * (`options.root`) are read, and no more than an element would (20 MB, within its `timeout`).
 *
 * Node only. Throws a {@link RenderError} for an unknown dz- tag, a feed or plan that cannot be read or is invalid,
 * or an element that would show an error (an unknown task, say), naming the element and its line; and, unless
 * `options.lenient`, for elements that would show notices about their attributes (a misspelt name, a value they
 * ignore), each in its `notices`. A task card is rendered expanded (with no script its button does nothing), its tag
 * given `expanded` unless it says otherwise (`expanded="false"`: that card folds once hydrated).
 *
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 * import { renderPage } from '@dz-tasks/elements/ssr';
 *
 * const page = await readFile('site/plan.html', 'utf8');
 * const { html } = await renderPage(page, { base: 'site' });
 * await writeFile('public/plan.html', html);
 * ```
 */
export function renderPage(html: string, options: RenderPageOptions = {}): Promise<RenderedPage> {
  const result = queue.then(() => renderNow(html, options));
  queue = result.catch(() => undefined);
  return result;
}

/** What `value` is, for a message: `undefined`, `null`, `a number`. */
const kindOf = (value: unknown) => (value === undefined || value === null ? String(value) : `a ${typeof value}`);

async function renderNow(html: string, options: RenderPageOptions): Promise<RenderedPage> {
  // Callers in JavaScript have no types to stop them.
  if (typeof html !== 'string') throw new RenderError(`html: the page's HTML is a string, not ${kindOf(html)}`);
  if (typeof options !== 'object' || options === null) throw new RenderError(`options: an object ({ base, root, lang, timeout, lenient }), not ${kindOf(options)}`);
  const base = options.base instanceof URL ? options.base : baseUrl(options.base ?? process.cwd());
  const root = base.protocol === 'file:' ? (options.root === undefined ? base : baseUrl(options.root)) : undefined;
  if (root && root.protocol !== 'file:') throw new RenderError(`the site's folder (root) is a folder, not ${root.href}`);
  const { timeout } = options;
  if (timeout !== undefined && !(timeout > 0 && timeout <= 86_400)) throw new RenderError(`timeout takes seconds above 0 and at most a day (86400), not ${timeout}`);
  const elements = findElements(parse(html, { sourceCodeLocationInfo: true }), options.lang, []);
  const known = new Set<string>(elementTags);
  const unknown = elements.find((element) => !known.has(element.tag));
  if (unknown) throw new RenderError(`${unknown.where}: unknown element; the dz- elements are ${elementTags.join(', ')}`);
  // In a browser the element shows such content after itself, under a notice; rendered here, with scripts off, it
  // would be hidden (most often the rest of the page, after a tag left unclosed).
  const holding = elements.find((element) => holdsContent(element.node));
  if (holding) throw new RenderError(`${holding.where}: content between its tags would be hidden: is the tag closed? Write <${holding.tag} …></${holding.tag}>`);
  const registry = await defineElements();
  try {
    await preloadData(elements, { base, ...(root ? { root } : {}), ...(options.timeout === undefined ? {} : { seconds: options.timeout }) });
    const notices: string[] = [];
    const templates: string[] = [];
    const today = localIsoDate();
    const edits = elements.flatMap((element) => {
      const expanding = shownInFull(element, html);
      const { template, notices: shown, reflected } = renderShadowRoot(registry, element.tag, expanding.attributes, element.lang, element.where);
      notices.push(...shown.map((notice) => `${element.where}: ${notice}`));
      templates.push(template);
      const before = renderedBefore(element.node)?.sourceCodeLocation;
      const at = element.node.sourceCodeLocation?.startTag?.endOffset;
      if (at === undefined) throw new RenderError(`${element.where}: no position in the page`);
      const onTag = [...expanding.edits, ...tagEdits(element, html, reflected, today)].sort((a, b) => a.start - b.start);
      return [...onTag, { start: before?.startOffset ?? at, end: before?.endOffset ?? at, text: template }];
    });
    if (notices.length && !options.lenient) throw new RenderError(noticesMessage(notices), notices);
    let out = '';
    let done = 0;
    for (const edit of edits) {
      out += html.slice(done, edit.start) + edit.text;
      done = edit.end;
    }
    out += html.slice(done);
    return { html: out, elements: templates.length, styleHashes: hashesOf(templates), notices };
  } finally {
    clearPreloaded();
  }
}

/** A folder (or an http(s) URL) as the base of relative URLs. */
function baseUrl(base: string): URL {
  if (/^https?:\/\//i.test(base)) return new URL(base.endsWith('/') ? base : `${base}/`);
  const url = pathToFileURL(base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
