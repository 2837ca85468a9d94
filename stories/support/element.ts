/**
 * Stories render an element from its args the way a CMS page writes it: one attribute per control. Which args are
 * attributes, which controls they get and which events they fire all come from custom-elements.json, so a new
 * attribute in an element's class shows up in Storybook without touching the stories.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { action } from 'storybook/actions';
import manifestJson from '../../packages/elements/custom-elements.json' with { type: 'json' };

interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const manifest = manifestJson as unknown as Manifest;

/** Every tag the stories show. */
export type DzTag = 'dz-task-card' | 'dz-task-matrix' | 'dz-target-gauge' | 'dz-unit-summary' | 'dz-plan-overview';

/** An element's args: its attributes by name (`progress-src`), plus `style` for custom properties. */
export type ElementArgs = Record<string, string | number | boolean | undefined>;

function declarationOf(tag: DzTag): ManifestDeclaration {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  // The manifest is generated before Storybook starts (`cem analyze`); an element missing from it is a build error.
  throw new Error(`${tag} is not in custom-elements.json: run "npx cem analyze" in packages/elements`);
}

/** One row of the docs table. */
function row(item: ManifestItem, category: string, typed = true): ArgTypes[string] {
  return {
    name: item.name,
    // Only attributes get controls (see controlsFor): the stories set attributes, as a page does.
    control: false,
    description: item.description ?? '',
    ...(typed ? { type: { name: 'other' as const, value: item.type?.text ?? '' } } : {}),
    table: {
      category,
      ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

/**
 * The docs table of a tag from custom-elements.json: attributes, properties, events, slots, CSS custom properties
 * and CSS parts. Storybook's own extractor keys every row by its bare name, so a part named like an attribute
 * (`target`, `value`, `caption`) replaced the attribute's row and its control; here only attributes and properties
 * use bare names (the arg names of the stories), the other rows are keyed by category.
 */
export function extractArgTypes(tag: string): ArgTypes | null {
  let declaration: ManifestDeclaration;
  try {
    declaration = declarationOf(tag as DzTag);
  } catch {
    return null;
  }
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.static) argTypes[member.name] = row(member, 'properties');
  }
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributes');
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = row(event, 'events', false);
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = { ...row(slot, 'slots', false), name: slot.name || '(default)' };
  }
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = row(property, 'css custom properties', false);
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts', false);
  return argTypes;
}

/** The attributes of a tag, from the manifest. */
export function attributesOf(tag: DzTag): readonly ManifestAttribute[] {
  return declarationOf(tag).attributes ?? [];
}

const languages = ['zh-Hant', 'zh-Hans', 'en'];

/**
 * The `heading-level` values a select offers (its type is an alias in the manifest, `HeadingLevel`): numbers, as
 * Storybook reads `?args=heading-level:4` from the URL (a string option would not match it, and the arg was dropped).
 */
const headingLevels = [2, 3, 4, 5, 6];

/**
 * Their labels, `2 (h2)`: Storybook keys a select's options by label, and bare numbers, keys of that object sorted
 * first, went before the default `''`.
 */
const headingLabels = Object.fromEntries(headingLevels.map((level) => [level, `${level} (h${level})`]));

/** A target id the plan does not have, offered by the target picker for the error story. */
export const unknownTargetExample = 't99.9';

/**
 * A target id as the picker's option: Storybook keeps an arg from the URL only if its value is letters, digits, spaces,
 * `_` and `-`, so `t09.1` is the option `t09_1` (`?args=target:t09_1`). Stories set their target by option too, so
 * the picker shows it.
 */
export const targetOption = (id: string): string => id.replace(/\./g, '_');

/**
 * The target id of a picker's option, `t09_1` → `t09.1` (an id, `t09.1`, stays as it is): {@link renderElement} writes
 * it. Not the picker's `mapping`: Storybook's docs Controls are given the mapped args, and their select, finding
 * `t09.1` among none of its options, read "Choose option…" while the story drew t09.1.
 */
export const targetFromOption = (option: string): string => option.replace(/_/g, '.');

/**
 * The target picker: every target of the plan by id, labelled with its metric and amount as the plan states them
 * (`t09.1 新開通5G基站 3000個`), plus one unknown id for the error state; each under its URL-safe option.
 */
function targetPicker(): Partial<ArgTypes[string]> {
  const targets = dezhou().plan.targets;
  const ids = [...targets.map((t) => t.id), unknownTargetExample];
  const labels: Record<string, string> = { '': '—', [targetOption(unknownTargetExample)]: `${unknownTargetExample} (未知目標 · unknown target: the error state)` };
  for (const target of targets) labels[targetOption(target.id)] = `${target.id} ${target.metric['zh-Hant']} ${target.valueText}${target.unit}`;
  return { control: { type: 'select', labels }, options: ['', ...ids.map(targetOption)] };
}

/** `'ring' | 'bar' | undefined` → ['ring', 'bar']; anything else → undefined. */
function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length < 2 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/**
 * Controls for every attribute of `tag`: a switch for booleans, a select for a union of literals, for `lang` and for
 * `heading-level` (2–6), a picker of the plan's targets for `target`, text otherwise (a CMS editor types numbers as text too). Properties, events, parts and custom properties are documented by
 * {@link extractArgTypes} without controls.
 */
export function controlsFor(tag: DzTag): Partial<ArgTypes> {
  const argTypes: Partial<ArgTypes> = {};
  for (const attribute of attributesOf(tag)) {
    const typeText = attribute.type?.text;
    const options = attribute.name === 'lang' ? languages : attribute.name === 'heading-level' ? headingLevels : literalOptions(typeText);
    const control = typeText?.startsWith('boolean')
      ? { type: 'boolean' as const }
      : options
        ? { type: 'select' as const, ...(attribute.name === 'heading-level' ? { labels: headingLabels } : {}) }
        : { type: 'text' as const };
    argTypes[attribute.name] = {
      control,
      ...(options ? { options: ['', ...options] } : {}),
      ...(attribute.name === 'target' ? targetPicker() : {}),
      table: { category: 'attributes' },
    };
  }
  // `lang` is a global attribute, not in the manifest: every element follows its own or the nearest one.
  argTypes['lang'] ??= {
    control: { type: 'select' },
    options: ['', ...languages],
    description: 'Language of this element (`zh-Hant`, `zh-Hans`, `en`); without it, the nearest `lang` of the page',
    table: { category: 'attributes' },
  };
  argTypes['style'] = {
    control: { type: 'text' },
    description: 'Inline custom properties (`--dz-…`) to theme this element',
    table: { category: 'theming' },
  };
  return argTypes;
}

/**
 * Creates `<tag>` with an attribute per arg that names one (`false`, `''` and `undefined` leave it out, `true`
 * writes it bare, a target picker's option its id) and reports its `dz-` events in the Actions panel.
 */
export function renderElement(tag: DzTag, args: ElementArgs): HTMLElement {
  const element = document.createElement(tag);
  const names = new Set(attributesOf(tag).map((a) => a.name));
  names.add('style');
  names.add('id');
  names.add('lang');
  for (const [name, value] of Object.entries(args)) {
    if (!names.has(name) || value === undefined || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : name === 'target' ? targetFromOption(String(value)) : String(value));
  }
  for (const event of declarationOf(tag).events ?? []) {
    const log = action(event.name);
    element.addEventListener(event.name, (e) => log((e as CustomEvent).detail));
  }
  return element;
}

/** The narrowest phone screen a story shows an element on (CSS px), as the WCAG reflow criterion (1.4.10) sets it. */
export const phoneWidth = 320;

/** Renders `<tag>` in a box `width` px wide (at most the page's), as a phone's screen or a narrow column holds it. */
export function renderInWidth(tag: DzTag, args: ElementArgs, width = phoneWidth): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; max-width: 100%`;
  box.append(renderElement(tag, args));
  return box;
}
