/**
 * The boundary where a dz- element takes its inputs, run in `willUpdate` before the view is derived: each declared
 * property whose converter is an {@link Input} is read, normalised in place (`4` → `"4"`, a Date → `2023-06-30`) or
 * rejected (its fallback put in its place, so the rest of the element only sees usable values). New elements get it
 * by declaring their properties with an input as `converter`. Whether anything deserves a word (a rejection, a word
 * not allowed, an attribute the element may not know) is decided here cheaply; the words come from `input-report.ts`.
 */
import { resolveLanguage } from '@dz-tasks/data';
import type { PropertyDeclaration, PropertyValues, ReactiveElement } from 'lit';
import { flagInput, given, holdsWordNotAllowed, isInput, REJECTED, type Input, type secondsInput } from './inputs.js';
import type { LinkTemplateInput } from './link-template.js';
import { unsetLang } from './i18n/language.js';

/** A property value the element cannot use, as given. */
export interface Rejection {
  /** The attribute's name (the property's, for a property without one). */
  readonly attribute: string;
  readonly value: unknown;
}

/** What the check found: rejections by property (kept until the property is set again), and whether to look closer. */
export interface InputCheck {
  readonly rejections: ReadonlyMap<PropertyKey, Rejection>;
  /**
   * Values used though they mean nothing as written (`timeout="-2"`, the default waited; `export="nope"`, on), by
   * property, as the element holds them or, for a flag (which holds a boolean), as its attribute writes it; kept until
   * set again.
   */
  readonly unusable: ReadonlyMap<PropertyKey, unknown>;
  /**
   * Some attribute is not declared, some word is not allowed, or there is content between the tags:
   * `input-report.ts` tells which and why.
   */
  readonly suspect: boolean;
  /** Content between the tags (an element or text, not white space or a comment): shown after the element. */
  readonly content: boolean;
}

/**
 * Whether `host` has content between its tags that it does not take: an element or text that is not white space or
 * invisible (a rich-text editor's zero-width filler, U+200B, is nothing the reader sees), as
 * an element's default `<slot>` would show it (an element given to a named slot, `slot="…"`, is left alone), nor a
 * rich-text editor's empty-block filler (a lone `<br>`, a `<p>` of nothing else). A tag left unclosed
 * (`<dz-task-card task="9" />`) takes in what follows it, which would be hidden.
 */
export function hasContent(host: Element): boolean {
  for (let node = host.firstChild; node; node = node.nextSibling) {
    // A `<br>` has no content of its own, a `<p>` only what it holds.
    if (node.nodeType === 1 ? !(node as Element).hasAttribute('slot') && (!/^(BR|P)$/.test(node.nodeName) || hasContent(node as Element)) : node.nodeType === 3 && /[^\s\p{Cf}]/u.test((node as Text).data)) return true;
  }
  return false;
}

/** The word a flag was written with: `raw` if text, else its attribute's if the property holds what that reads as. */
function flagText(host: ReactiveElement, attribute: string | false, raw: unknown): unknown {
  if (typeof raw === 'string') return raw;
  const written = attribute ? host.getAttribute?.(attribute) : null;
  return written != null && flagInput.read(written) === raw ? written : raw;
}

/** A class of element, as the check sees it: Lit's declared properties, and attributes it sets itself. */
export type ElementClass = typeof ReactiveElement & { readonly reflectedAttributes?: readonly string[] };

/** The attribute of a declared property: its `attribute` option, or its name in lower case (`false`: none). */
export const attributeOf = (name: PropertyKey, options: PropertyDeclaration): string | false =>
  options.attribute === false ? false : typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();

/** Attributes surely not misspelt: common global ones and those of the page or a framework (`data-*`, `aria-*`, …). */
const surelyKnown = /^(?:id|class|style|lang|dir|title|slot|hidden|part|role|tabindex)$|^(?:data-|aria-|on|_|ng-|v-)|:/;

/** The attributes of each class, worked out once: Lit finalizes a class's properties before its first instance. */
const declared = new WeakMap<ElementClass, ReadonlySet<string>>();

/** The attributes a class declares and sets itself. */
export function declaredAttributes(elementClass: ElementClass): ReadonlySet<string> {
  let names = declared.get(elementClass);
  if (!names) {
    const found = new Set(elementClass.reflectedAttributes);
    for (const [name, options] of elementClass.elementProperties) {
      const attribute = attributeOf(name, options);
      if (attribute) found.add(attribute);
    }
    declared.set(elementClass, (names = found));
  }
  return names;
}

/**
 * Whether `value` of `input` is written empty (`section=""`, white space only): ignored as if not set, and noticed,
 * rather than a silent widening (a CMS template whose variable was empty). A flag written empty is on, and a bad
 * `timeout` has its own notice.
 */
export const blank = (input: Input, value: unknown): boolean =>
  typeof value === 'string' && !value.trim() && input !== flagInput && !('unusable' in input);

/** Whether `value` of `input` goes unused: given beside a property that wins over it ({@link Input.beside}). */
export const unused = (input: Input, values: Readonly<Record<PropertyKey, unknown>>, value: unknown): boolean =>
  given(value) && !!input.beside?.some((key) => given(values[key]));

/**
 * Whether a `lang` written on the element names no language it speaks (`lang="english"`, `"fr"`): it draws zh-Hant,
 * and says so. An empty `lang` says the language is unknown, as in HTML, and `lang="undefined"` is unset
 * (`unsetLang`); a page's own language is the page's.
 */
export const unspoken = (tag: string | null | undefined): tag is string => !unsetLang(tag) && !!tag!.trim() && resolveLanguage(tag, 'en') !== resolveLanguage(tag);

/**
 * Reads the inputs of `host` that changed (all of them before the first update), writing normalised values back and
 * a rejected one's fallback in its place. `previous` is the last check: a rejection stands until its property is set
 * again. Content between the tags is looked at only `withContent` (not while hydrating what a server drew without it).
 */
export function checkInputs(host: ReactiveElement, changed: PropertyValues, previous: InputCheck | undefined, withContent: boolean): InputCheck {
  const elementClass = host.constructor as ElementClass;
  const values = host as unknown as Record<PropertyKey, unknown>;
  const rejections = new Map(previous?.rejections);
  const unusable = new Map(previous?.unusable);
  let suspect = false;
  for (const [name, options] of elementClass.elementProperties) {
    const input = options.converter;
    if (!isInput(input)) continue;
    if (!host.hasUpdated || changed.has(name)) {
      const raw = values[name];
      const read = input.read(raw);
      rejections.delete(name);
      unusable.delete(name);
      if (read === REJECTED) rejections.set(name, { attribute: attributeOf(name, options) || String(name), value: raw });
      const value = read === REJECTED ? input.fallback : read;
      // A flag's word: text set as the property, or its attribute's while the property holds what Lit read from it
      // (not once a click or code set it otherwise: the attribute then still says the old word).
      const shown = input === flagInput ? flagText(host, attributeOf(name, options), raw) : value;
      if ((input as Partial<typeof secondsInput>).unusable?.(shown)) unusable.set(name, shown);
      if (!Object.is(value, raw)) values[name] = value;
    }
    if (holdsWordNotAllowed(input, values[name])) suspect = true;
    const text = values[name];
    if (blank(input, text) || unused(input, values, text)) suspect = true;
    if ('unlinkable' in input && typeof text === 'string' && text && (input as LinkTemplateInput).unlinkable(text)) suspect = true;
  }
  if (unspoken(host.getAttribute?.('lang'))) suspect = true;
  // A server-side DOM shim may have no attribute list: nothing to look at there.
  const attributes = host.attributes ?? [];
  if (!suspect && attributes.length) {
    const known = declaredAttributes(elementClass);
    for (let i = 0; i < attributes.length && !suspect; i++) {
      const { name } = attributes[i]!;
      // data-section: an editor's rename of an attribute the element has (read as nothing, and said so).
      suspect = !known.has(name) && (!surelyKnown.test(name) || known.has(name.replace(/^data-/, '')));
    }
  }
  // A server-side DOM shim has no child nodes to look at.
  const content = withContent && !!host.firstChild && hasContent(host);
  return { rejections, unusable, suspect: suspect || unusable.size > 0 || content, content };
}
