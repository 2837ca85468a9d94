/**
 * What an element says about its inputs when {@link checkInputs} found something: the `invalid-attribute` error of a
 * rejected value, and notices of attributes it does not know (`sections="4"`: "Did you mean "section"?"), of words
 * not allowed (`variant="bars"`), of values written empty (`section=""`) and of a `lang` it does not speak. Loaded
 * only when there is something to say, so pages without a mistake never fetch it.
 */
import { languages, type Language } from '@dz-tasks/data';
import type { ReactiveElement } from 'lit';
import { attributeOf, blank, declaredAttributes, type ElementClass, type InputCheck, unspoken, unused } from './check-inputs.js';
import { closestWord } from './closest-word.js';
import { ErrorCode, type DzErrorDetail } from './events.js';
import type { Strings } from './i18n/ui-strings.js';
import { flagInput, given, holdsWordNotAllowed, isInput, offWords } from './inputs.js';
import { DEFAULT_TIMEOUT_SECONDS } from './timeout.js';
import type { LinkTemplateInput } from './link-template.js';
import type { DataHost } from './base-element.loads.js';

/** A notice shown over the content and reported once; `key` tells notices apart (attribute and value). */
export interface InputNotice extends DzErrorDetail {
  readonly key: string;
}

/** The error to show instead of the content, if a value was rejected, and the notices over it. */
export interface InputReport {
  readonly error?: DzErrorDetail;
  readonly notices: readonly InputNotice[];
}

/** HTML's global attributes (and `role`), which any element may carry, and Lit's `defer-hydration`. */
const globalAttributes = new Set(
  ('accesskey autocapitalize autocorrect autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id ' +
    'inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style ' +
    'tabindex title translate writingsuggestions xmlns defer-hydration').split(' '),
);

/** Attributes of the page or a framework: `data-*`, `aria-*`, handlers (`onclick`), `xml:lang`, Angular's, Vue's. */
const foreign = /^(?:data-|aria-|on|_|ng-|v-)|:/;

/**
 * What an attribute of one element is called on another, which edit distance does not find: a gauge's feed is `src`,
 * the other elements' `progress-src`.
 */
const aliases: Readonly<Record<string, string>> = { src: 'progress-src', 'progress-src': 'src' };

/** The declared attribute `name` most likely meant: its own name without `data-`, its alias, or the closest. */
const meant = (name: string, known: ReadonlySet<string>): string | undefined => {
  const renamed = name.replace(/^data-/, '');
  return [renamed, aliases[renamed]].find((word) => word && known.has(word)) ?? closestWord(name, known);
};

/**
 * Words only a mistake shows, in each language: here, in the chunk of the words about inputs, not in the UI strings
 * every page loads.
 */
const inputWords: Readonly<
  Record<Language, { readonly planSrcMisspelt: (name: string) => string; readonly curlyQuotes: (name: string) => string; readonly cutAtSpace: (name: string, word: string) => string }>
> = {
  'zh-Hant': {
    planSrcMisspelt: (name) => `不明屬性「${name}」:是否要用「plan-src」?未顯示任何計劃:不以內建的德州市計劃代替。`,
    curlyQuotes: (name) => `已忽略不明屬性「${name}」:屬性值用了彎引號(“ ” ‘ ’ ＂),在空格處被截斷。請改用直引號 "。`,
    cutAtSpace: (name, word) => `已忽略不明屬性「${word}」:「${name}」的值在空格處被截斷。請把整個值放在直引號內:${name}="…"。`,
  },
  'zh-Hans': {
    planSrcMisspelt: (name) => `不明属性“${name}”:是否要用“plan-src”?未显示任何计划:不以内置的德州市计划代替。`,
    curlyQuotes: (name) => `已忽略不明属性“${name}”:属性值用了弯引号(“ ” ‘ ’ ＂),在空格处被截断。请改用直引号 "。`,
    cutAtSpace: (name, word) => `已忽略不明属性“${word}”:“${name}”的值在空格处被截断。请把整个值放在直引号内:${name}="…"。`,
  },
  en: {
    planSrcMisspelt: (name) => `Unknown attribute "${name}": did you mean "plan-src"? No plan is shown: the bundled Dezhou plan is not shown in its place.`,
    curlyQuotes: (name) => `Unknown attribute "${name}" ignored: the value was written in curly quotes (“ ” ‘ ’ ＂), which end at its first space. Write straight quotes: ".`,
    cutAtSpace: (name, word) => `Unknown attribute "${word}" ignored: the value of "${name}" was cut at a space. Put the whole value in straight quotes: ${name}="…".`,
  },
};

/** A curly quote in an attribute's name: what is left of a value in curly quotes (`unit=“县科技局 县财政局”`) past its space. */
const curly = /[“”‘’＂]/;

/** What an object turns into as attribute text: `[object Object]`, `[object URL]`. */
const objectText = /^\[object \w+\]$/;

/** A short, safe description of a value for a message, in the words of `t`: `"abc"`, `4`, `null`, "an array", "陣列". */
export function describeValue(value: unknown, t: Strings): string {
  const kinds = t.valueKinds;
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return String(value);
    if (typeof value === 'function') return kinds.function;
    if (typeof value === 'symbol') return kinds.symbol;
    if (value === undefined) return kinds.undefined;
    return Array.isArray(value) ? kinds.array : value instanceof Date ? kinds.date : kinds.object;
  } catch {
    return kinds.object; // a revoked Proxy
  }
}

/**
 * The values of `host` that go {@link unused}, each as its attribute and the attribute shown instead (the first given
 * of the properties that win over it).
 */
function unusedInputs(host: ReactiveElement, elementClass: ElementClass): [string, string][] {
  const properties = elementClass.elementProperties;
  const values = host as unknown as Record<PropertyKey, unknown>;
  const attribute = (key: PropertyKey) => attributeOf(key, properties.get(key) ?? {}) || String(key);
  const found: [string, string][] = [];
  for (const [name, { converter: input }] of properties) {
    if (isInput(input) && unused(input, values, values[name])) found.push([attribute(name), attribute(input.beside!.find((key) => given(values[key]))!)]);
  }
  return found;
}

/** The words for what {@link checkInputs} found on `host`, in `lang`, the element's language, whose UI strings `t` are. */
export function reportInputs(host: ReactiveElement, check: InputCheck, t: Strings, lang: Language): InputReport {
  const elementClass = host.constructor as ElementClass;
  const known = declaredAttributes(elementClass);
  const notices: InputNotice[] = [];
  let planError: string | undefined;
  const notice = (code: ErrorCode, key: string, message: string, suggestion: string | undefined) =>
    notices.push({ code, key, message: suggestion === undefined ? message : message + t.didYouMean(suggestion) });
  /**
   * The attribute of ours written last with a value, while only attributes written empty follow it: what a CMS that
   * drops quotes cuts its value into (`unit=市發改委 市財政局` is `unit="市發改委" 市財政局=""`).
   */
  let cut: string | undefined;
  for (const { name, value } of Array.from(host.attributes ?? [])) {
    const before = cut;
    cut = value ? (known.has(name) ? name : undefined) : known.has(name) ? undefined : cut;
    // `data-section`, as a rich-text editor renames an attribute it does not know, is the page's unless it is ours.
    const renamed = name.replace(/^data-/, '');
    if (known.has(name) || globalAttributes.has(name) || (foreign.test(name) && !known.has(renamed))) continue;
    const held = (host as unknown as Record<string, unknown>)[name];
    if (objectText.test(value)) {
      // A framework sets a property only if the element has it: on a tag not yet defined, an object becomes this text;
      // nothing to say once the property holds something else (the app set it since).
      if ((held ?? value) !== value) continue;
      const tag = host.localName;
      notice(ErrorCode.unknownAttribute, name, t.objectAsAttribute(name, value, tag, `@dz-tasks/elements/${tag.replace(/^dz-/, '')}.js`), undefined);
      continue;
    }
    const suggestion = meant(name, known);
    // A misspelt name after a value (`task="9" expaned`) is a misspelling, not a cut word (review r130 F3).
    if (curly.test(name) || (before && !value && suggestion === undefined)) {
      notice(ErrorCode.unknownAttribute, name, curly.test(name) ? inputWords[lang].curlyQuotes(name) : inputWords[lang].cutAtSpace(before!, name), undefined);
      continue;
    }
    // `plan-scr`: with no plan, the bundled Dezhou plan would be shown as the one meant. No plan, and an error.
    if (suggestion === 'plan-src' && !(host as DataHost).planSrc && (host as DataHost).plan === undefined) planError ??= inputWords[lang].planSrcMisspelt(name);
    else notice(ErrorCode.unknownAttribute, name, t.unknownAttribute(name), suggestion);
  }
  for (const [name, options] of elementClass.elementProperties) {
    const input = options.converter;
    const value: unknown = (host as unknown as Record<PropertyKey, unknown>)[name];
    if (!isInput(input) || !input.choices || !holdsWordNotAllowed(input, value)) continue;
    const { choices } = input;
    const attribute = attributeOf(name, options) || String(name);
    const word = input.wordNotAllowed?.(value);
    if (word !== undefined) {
      notice(ErrorCode.invalidValue, `${attribute}=${word}`, t.invalidWord(attribute, word, choices.join(' | ')), closestWord(word, choices));
      continue;
    }
    const shown = describeValue(value, t);
    const suggestion = typeof value === 'string' ? closestWord(value.trim(), choices) : undefined;
    notice(ErrorCode.invalidValue, `${attribute}=${shown}`, t.invalidChoice(attribute, shown, choices.join(' | ')), suggestion);
  }
  for (const [name, options] of elementClass.elementProperties) {
    const input = options.converter as LinkTemplateInput | undefined;
    const value: unknown = (host as unknown as Record<PropertyKey, unknown>)[name];
    if (!isInput(input) || !('unlinkable' in input) || typeof value !== 'string' || !value || !input.unlinkable(value)) continue;
    const attribute = attributeOf(name, options) || String(name);
    const shown = describeValue(value, t);
    notice(ErrorCode.invalidValue, `${attribute}=${shown}`, t.invalidLinkTemplate(attribute, shown, input.keys.map((key) => `{${key}}`).join(' | '), input.example), undefined);
  }
  for (const [name, value] of check.unusable) {
    const options = elementClass.elementProperties.get(name)!;
    const shown = describeValue(value, t);
    const attribute = attributeOf(name, options) || String(name);
    notice(ErrorCode.invalidValue, `${attribute}=${shown}`, options.converter === flagInput ? t.invalidFlag(attribute, shown, [...offWords].join(' ')) : t.invalidTimeout(shown, DEFAULT_TIMEOUT_SECONDS), undefined);
  }
  for (const [name, options] of elementClass.elementProperties) {
    const value: unknown = (host as unknown as Record<PropertyKey, unknown>)[name];
    if (!isInput(options.converter) || !blank(options.converter, value)) continue;
    const attribute = attributeOf(name, options) || String(name);
    notice(ErrorCode.invalidValue, `${attribute}=""`, t.emptyAttribute(attribute), undefined);
  }
  for (const [ignored, instead] of unusedInputs(host, elementClass)) notice(ErrorCode.invalidValue, `${ignored}:unused`, t.ignoredInput(ignored, instead), undefined);
  const tag = host.getAttribute?.('lang');
  if (unspoken(tag)) {
    const shown = describeValue(tag, t);
    notice(ErrorCode.invalidValue, `lang=${shown}`, t.invalidChoice('lang', shown, languages.join(' | ')), closestWord(tag.trim(), languages));
  }
  if (check.content) notices.push({ code: ErrorCode.unexpectedContent, key: 'content', message: t.unexpectedContent(host.localName) });
  const rejection = check.rejections.values().next().value;
  const message = rejection ? t.invalidAttribute(rejection.attribute, describeValue(rejection.value, t)) : planError;
  return message ? { notices, error: { code: ErrorCode.invalidAttribute, message } } : { notices };
}
