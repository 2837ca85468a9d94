/**
 * Every element's documented custom properties (`@cssprop`, read from custom-elements.json) theme it from wherever
 * the page sets them, like the shared `--dz-color-…` tokens: on the element, or on an ancestor such as `:root`. An
 * element that declared its own properties on `:host` hid a value inherited from an ancestor, silently (a designer's
 * review: `:root { --dz-gauge-size: 10rem }` did nothing).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../all.js';
import { until } from '../../test/support/wait.js';

interface CssProperty {
  name: string;
  default?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
}

const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Manifest;
const documented = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d.cssProperties ?? []] as const)),
);

/** Each element in a state that shows most of what its properties style (a ceiling exceeded shows the overflow). */
const cases: Record<string, Record<string, string>> = {
  'dz-target-gauge': { target: 't26.3', value: '25', 'as-of': '2023-06-30' },
  'dz-task-card': { task: '13' },
  'dz-task-matrix': { section: '4' },
  'dz-unit-summary': { unit: '市發改委' },
  'dz-plan-overview': {},
};

/** A value of the property's kind, different for every property, so each one shows where it lands. */
function valueFor({ name, default: fallback = '' }: CssProperty, index: number): string {
  const length = /size|width|height|thickness|padding|gap|radius|font/.test(name) || /^[\d.]+(rem|px|vh)$|^calc/.test(fallback);
  return length ? `${11 + index}px` : `rgb(${10 + index}, ${90 + index}, ${170 + index})`;
}

const STYLED = [
  'color',
  'background-color',
  'background-image',
  'border-top-color',
  'border-left-color',
  'border-top-width',
  'border-top-left-radius',
  'padding-top',
  'row-gap',
  'font-size',
  'width',
  'height',
  'max-height',
  'stroke',
] as const;

/** The computed styles of the host and everything in its shadow root that the properties could reach. */
function styles(el: Element): string[] {
  return [el, ...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    return `${node.localName}.${node.getAttribute('class') ?? ''}: ${STYLED.map((p) => style.getPropertyValue(p)).join(' ')}`;
  });
}

/** Renders `tag` inside a wrapper carrying `onWrapper` (or itself carrying `onElement`), once its content has loaded. */
async function render(tag: string, { onWrapper = {}, onElement = {} }: { onWrapper?: Record<string, string>; onElement?: Record<string, string> }): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  for (const [name, value] of Object.entries(onWrapper)) wrapper.style.setProperty(name, value);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(cases[tag]!)) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(onElement)) el.style.setProperty(name, value);
  wrapper.append(el);
  await until(() => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]') && !el.shadowRoot.querySelector('[part="loading"]'), `${tag} renders`);
  await (el as LitElement).updateComplete;
  return el;
}

describe('printing on a dark page', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  });

  // A designer's review: on a dark page every element printed its light text, on white paper.
  for (const tag of Object.keys(cases)) {
    it(`${tag} prints in the light scheme`, async function () {
      document.documentElement.style.colorScheme = 'dark';
      const el = await render(tag, {});
      const dark = getComputedStyle(el).color;
      try {
        await emulateMedia({ media: 'print' });
      } catch (error) {
        if (/not support/i.test(String(error))) this.skip(); // the Puppeteer Firefox here emulates no media
        throw error;
      }
      const printed = getComputedStyle(el).color;
      document.documentElement.style.colorScheme = 'light';
      expect(printed, 'on paper, the light scheme').to.equal(getComputedStyle(el).color);
      expect(printed).to.not.equal(dark);
    });
  }
});

describe('theming through the documented custom properties', () => {
  for (const tag of Object.keys(cases)) {
    it(`${tag} takes them from an ancestor as from the element itself`, async () => {
      const properties = documented.get(tag) ?? [];
      expect(properties.length, `${tag} documents its properties`).to.be.greaterThan(0);
      const values = Object.fromEntries(properties.map((property, i) => [property.name, valueFor(property, i)]));
      const plain = styles(await render(tag, {}));
      const onElement = styles(await render(tag, { onElement: values }));
      const onAncestor = styles(await render(tag, { onWrapper: values }));
      expect(onElement, 'the properties set on the element change how it looks').to.not.deep.equal(plain);
      expect(onAncestor).to.deep.equal(onElement);
    });

    it(`${tag}'s own styles declare none of the page's properties, so none is hidden`, () => {
      const declared: string[] = [];
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) {
            for (const name of rule.style) if (name.startsWith('--dz-')) declared.push(`${rule.selectorText} { ${name} }`);
          }
          if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const style of (customElements.get(tag) as unknown as typeof LitElement).elementStyles) {
        visit((style as { styleSheet?: CSSStyleSheet }).styleSheet!.cssRules);
      }
      expect(declared).to.deep.equal([]);
    });
  }
});
