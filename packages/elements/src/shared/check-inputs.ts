/**
 * The boundary where a dz- element takes its inputs, run in `willUpdate` before the view is derived: each declared
 * property whose converter is an {@link Input} is read, normalised in place (`4` → `"4"`, a Date → `2023-06-30`) or
 * rejected; misspelt attributes and words that are not allowed are noticed, with the closest known name. New elements
 * get all of it by declaring their properties with an input as `converter`.
 */
import type { PropertyDeclaration, PropertyValues, ReactiveElement } from 'lit';
import { declaredAttributes, isUnknownAttribute } from './attribute-names.js';
import { closestWord } from './closest-word.js';
import { describeValue, isAllowedChoice, isChoice, isInput, type Expected } from './inputs.js';

/** A property value the element cannot use: shown as an `invalid-attribute` error. */
export interface Rejection {
  /** The attribute's name (the property's, for a property without one). */
  readonly attribute: string;
  /** The value, described safely (`Array`, `"abc"`, `4`). */
  readonly value: string;
  readonly expected: Expected;
}

/** Something about the attributes worth telling, while the element still shows its content. */
export type InputNotice =
  | { readonly kind: 'unknown-attribute'; readonly attribute: string; readonly suggestion?: string }
  | { readonly kind: 'invalid-choice'; readonly attribute: string; readonly value: string; readonly choices: readonly string[]; readonly suggestion?: string };

/** What the check found: the rejections by property (kept until the property is set again) and the notices. */
export interface InputCheck {
  readonly rejections: ReadonlyMap<PropertyKey, Rejection>;
  readonly notices: readonly InputNotice[];
}

/** A class of element, as far as the check needs it: Lit's declared properties, and attributes it sets itself. */
type ElementClass = typeof ReactiveElement & { readonly reflectedAttributes?: readonly string[] };

const attributeOf = (name: PropertyKey, options: PropertyDeclaration) =>
  typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();

const knownByClass = new WeakMap<ElementClass, ReadonlySet<string>>();

/** The attributes a class knows: its declared properties' and those it sets itself (the gauge's `status`). */
function knownAttributes(elementClass: ElementClass): ReadonlySet<string> {
  let known = knownByClass.get(elementClass);
  if (!known) {
    known = new Set([...declaredAttributes(elementClass.elementProperties), ...(elementClass.reflectedAttributes ?? [])]);
    knownByClass.set(elementClass, known);
  }
  return known;
}

/**
 * Reads the inputs of `host` that changed (all of them before the first update), writing normalised values back and
 * a rejected one's fallback in its place, so the rest of the element only ever sees usable values. `previous` is the
 * last check: a rejection stands until its property is set again.
 */
export function checkInputs(host: ReactiveElement, changed: PropertyValues, previous: InputCheck | undefined): InputCheck {
  const elementClass = host.constructor as ElementClass;
  const values = host as unknown as Record<PropertyKey, unknown>;
  const rejections = new Map(previous?.rejections);
  const notices: InputNotice[] = [];
  for (const [name, options] of elementClass.elementProperties) {
    const input = options.converter;
    if (!isInput(input)) continue;
    if (host.hasUpdated && !changed.has(name)) {
      if (isChoice(input)) noticeChoice(notices, attributeOf(name, options), values[name], input.choices);
      continue;
    }
    const raw = values[name];
    const read = input.read(raw);
    if (read.ok) {
      rejections.delete(name);
      if (!Object.is(read.value, raw)) values[name] = read.value;
      if (isChoice(input)) noticeChoice(notices, attributeOf(name, options), values[name], input.choices);
    } else {
      rejections.set(name, { attribute: attributeOf(name, options), value: describeValue(raw), expected: read.expected });
      values[name] = input.fallback;
    }
  }
  const known = knownAttributes(elementClass);
  const unknown = Array.from(host.attributes, ({ name }) => name)
    .filter((name) => isUnknownAttribute(name, known))
    .map((name) => withSuggestion<InputNotice>({ kind: 'unknown-attribute', attribute: name }, closestWord(name, known)));
  return { rejections, notices: [...unknown, ...notices] };
}

function noticeChoice(notices: InputNotice[], attribute: string, value: unknown, choices: readonly string[]): void {
  if (isAllowedChoice(choices, value)) return;
  const shown = describeValue(value);
  const suggestion = typeof value === 'string' ? closestWord(value.trim(), choices) : undefined;
  notices.push(withSuggestion({ kind: 'invalid-choice', attribute, value: shown, choices }, suggestion));
}

function withSuggestion<N extends InputNotice>(notice: N, suggestion: string | undefined): N {
  return suggestion === undefined ? notice : { ...notice, suggestion };
}
