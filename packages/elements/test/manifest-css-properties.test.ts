/**
 * The custom properties custom-elements.json lists for each element (review r128, F6) are exactly the `--dz-…` ones
 * its styles read: the React and Vue types, the editors' web-types and Storybook's tables are generated from that list,
 * so a property missing from it is rejected where it works (`--dz-gauge-met-color` on the overview), and a property
 * on it that the element never reads (`--dz-color-met` on the matrix) is offered and does nothing.
 *
 * "Read" follows the styles the element's class has at runtime (`static styles`, the shared modules included): a
 * `--dz-…` property counts when it reaches a standard property, directly or through the element's private
 * `--_dz-…` properties (`--_dz-color-met: var(--dz-color-met, …)` counts only where `var(--_dz-color-met)` is read).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CSSResultGroup } from 'lit';

const elementsDir = fileURLToPath(new URL('../', import.meta.url));

interface Declaration {
  name: string;
  tagName?: string;
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(`${elementsDir}custom-elements.json`, 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ path: module.path, declaration })));

/** The text of every style sheet in a class's `styles`, nested arrays flattened. */
function cssTextOf(styles: CSSResultGroup): string {
  return Array.isArray(styles) ? styles.map((s) => cssTextOf(s as CSSResultGroup)).join('\n') : (styles as { cssText: string }).cssText;
}

/** The `--dz-…` properties a style sheet's standard properties read, directly or through its `--_…` properties. */
function publicPropertiesRead(css: string): Set<string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const varsIn = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map(([, name]) => name!);
  /** By custom property: the properties each of its declarations reads. */
  const custom = new Map<string, string[]>();
  const read = new Set<string>();
  for (const [, property, value] of text.matchAll(/(?<=[{;])\s*(--[\w-]+|[a-z-]+)\s*:\s*([^;{}]*)(?=[;}])/g)) {
    if (property!.startsWith('--')) custom.set(property!, [...(custom.get(property!) ?? []), ...varsIn(value!)]);
    else for (const name of varsIn(value!)) read.add(name);
  }
  for (const name of read) for (const next of custom.get(name) ?? []) read.add(next); // a Set iterates what is added
  return new Set([...read].filter((name) => name.startsWith('--dz-')));
}

describe('custom-elements.json lists the CSS properties each element reads (r128 F6)', () => {
  it('finds the five elements', () => assert.equal(elements.length, 5));

  for (const { path, declaration } of elements) {
    it(`${declaration.tagName}: the listed properties are those its styles read`, async () => {
      const module = (await import(`${elementsDir}${path}`)) as Record<string, { styles?: CSSResultGroup }>;
      const styles = module[declaration.name]?.styles;
      assert.ok(styles, `${declaration.name} has styles`);
      const read = publicPropertiesRead(cssTextOf(styles));
      const listed = new Set((declaration.cssProperties ?? []).map((p) => p.name));
      assert.deepEqual(
        { listedNotRead: [...listed].filter((n) => !read.has(n)).sort(), readNotListed: [...read].filter((n) => !listed.has(n)).sort() },
        { listedNotRead: [], readNotListed: [] },
      );
    });
  }

  it('counts a token read only through a private property that is itself read', () => {
    const css = ':host { --_dz-a: var(--dz-a, red); --_dz-b: var(--dz-b, var(--_dz-a)); --_dz-c: var(--dz-c); } p { color: var(--_dz-b); margin: var(--dz-d); }';
    assert.deepEqual([...publicPropertiesRead(css)].sort(), ['--dz-a', '--dz-b', '--dz-d']);
  });
});
