/**
 * The editor data generated from the manifest (`dist/frameworks/`, built by `npm run build`): what VS Code and the
 * JetBrains IDEs offer for an attribute's value is readable. A React/Vue review found `as-of` offered
 * `{ toString: {  }, toDateString: {  }, … }` and every `src`, `plan-src` and `progress-src` `{ hash: string, … }`:
 * the type parser spells out Date and URL. Review r48 found the shared theme tokens (`--dz-color-…`) in none of the
 * generated files, and list types with their brackets dropped (`section="number[]"`, `show="'targets'[]"` offered).
 * Run by the elements' `test:node`.
 *
 *   node --test test-consumers/editor-data.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const frameworks = new URL('../dist/frameworks/', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, frameworks), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);

/**
 * The shared tokens a styles module reads (`--_dz-color-text: var(--dz-color-text, light-dark(…));`), with their
 * defaults as its source writes them, `${hanFonts}` spelt out.
 */
function tokensOf(file) {
  const source = readFileSync(new URL(`../src/shared/${file}`, import.meta.url), 'utf8');
  const hanFonts = /hanFonts = unsafeCSS\(`([^`]*)`\)/.exec(source)?.[1];
  return [...source.matchAll(/--_dz-([\w-]+):\s*var\(--dz-\1,\s*(.+?)\);\s*$/gm)].map(([, name, value]) => [`--dz-${name}`, value.replace('${hanFonts}', hanFonts)]);
}
const sharedTokens = tokensOf('shared.styles.ts');
const taskColourTokens = tokensOf('task-colors.styles.ts');

/** A type's union members (`'a' | ('b' | 'c')[]` → `'a'`, `('b' | 'c')[]`). */
const unionMembers = (type) => String(type ?? '').split(/\s*\|\s*(?![^()]*\))/).filter(Boolean);

describe('editor data (dist/frameworks/)', () => {
  test('vscode.html-custom-data.json offers no object type spelt out as an attribute value', () => {
    const unreadable = read('vscode.html-custom-data.json').tags.flatMap((tag) =>
      (tag.attributes ?? []).flatMap((attribute) => (attribute.values ?? []).filter((value) => value.name.includes('{')).map(() => `${tag.name} ${attribute.name}`)),
    );
    assert.deepEqual(unreadable, []);
  });

  test('web-types.json gives no attribute or property a type with an object spelt out', () => {
    const unreadable = read('web-types.json').contributions.html.elements.flatMap((element) => [
      ...(element.attributes ?? []).filter((attribute) => String(attribute.value?.type ?? '').includes('{')).map((a) => `${element.name} ${a.name}`),
      ...(element.js?.properties ?? []).filter((property) => String(property.type ?? '').includes('{')).map((p) => `${element.name} .${p.name}`),
    ]);
    assert.deepEqual(unreadable, []);
  });

  test('as-of reads string | Date and the feeds string | URL in web-types.json, and VS Code offers no value for them', () => {
    const types = new Map(read('web-types.json').contributions.html.elements.flatMap((e) => e.attributes.map((a) => [`${e.name} ${a.name}`, a.value?.type])));
    assert.equal(types.get('dz-target-gauge as-of'), 'string | Date');
    for (const name of ['dz-target-gauge src', 'dz-task-matrix plan-src', 'dz-task-card progress-src']) assert.equal(types.get(name), 'string | URL', name);
    const values = new Map(read('vscode.html-custom-data.json').tags.flatMap((t) => t.attributes.map((a) => [`${t.name} ${a.name}`, a.values ?? []])));
    assert.deepEqual(values.get('dz-target-gauge as-of'), []);
    assert.deepEqual(values.get('dz-target-gauge src'), []);
  });

  test('VS Code offers each value of an attribute once: heading-level its levels 2 to 6 and their tags (h2), not "2" twice', () => {
    const values = new Map(read('vscode.html-custom-data.json').tags.flatMap((t) => t.attributes.map((a) => [`${t.name} ${a.name}`, (a.values ?? []).map((v) => v.name)])));
    const levels = ['2', '3', '4', '5', '6', 'h2', 'h3', 'h4', 'h5', 'h6'];
    assert.deepEqual(values.get('dz-task-card heading-level'), levels);
    assert.deepEqual(values.get('dz-unit-summary heading-level'), levels);
    const repeated = [...values].filter(([, names]) => new Set(names).size !== names.length).map(([name]) => name);
    assert.deepEqual(repeated, []);
  });

  test('custom-elements.json gives each element the shared tokens it reads, with its default and a description (r48)', () => {
    assert.ok(sharedTokens.length >= 16 && taskColourTokens.length >= 5, 'the tokens are read from the styles');
    const withTaskColours = ['dz-task-card', 'dz-task-matrix', 'dz-unit-summary'];
    const offered = new Set();
    for (const element of elements) {
      const listed = new Map((element.cssProperties ?? []).map((property) => [property.name, property]));
      const expected = [...sharedTokens, ...(withTaskColours.includes(element.tagName) ? taskColourTokens : [])];
      // Only those its styles read (r128 F6: test/manifest-css-properties.test.ts compares them with the styles).
      for (const [name, value] of expected.filter(([name]) => listed.has(name))) {
        offered.add(name);
        assert.equal(listed.get(name).default, value, `${element.tagName} ${name}`);
        assert.ok(listed.get(name).description?.length > 5, `${element.tagName} ${name} is described`);
      }
      // The gauge and the overview draw no roles or links: the task colours are not theirs to offer.
      if (!withTaskColours.includes(element.tagName)) assert.ok(!listed.has('--dz-color-lead'), `${element.tagName} reads no --dz-color-lead`);
      assert.equal(listed.size, element.cssProperties.length, `${element.tagName} lists each property once`);
    }
    assert.deepEqual([...sharedTokens, ...taskColourTokens].map(([name]) => name).filter((name) => !offered.has(name)), [], 'every shared token is offered by an element that reads it');
    // The matrix draws no status: the status colours are not its to offer (r128 F6).
    assert.ok(!elements.find((element) => element.tagName === 'dz-task-matrix').cssProperties.some((property) => property.name === '--dz-color-met'));
  });

  test("the shared tokens are in React's and Preact's CSSProperties, VS Code's CSS data and web-types.json, each once (r48)", () => {
    const names = [...sharedTokens, ...taskColourTokens].map(([name]) => name);
    const jsx = readFileSync(new URL('jsx.d.ts', frameworks), 'utf8');
    const cssProperties = jsx.slice(jsx.indexOf('export type CustomCssProperties = {'), jsx.indexOf('\n};', jsx.indexOf('export type CustomCssProperties = {')));
    for (const name of names) assert.ok(cssProperties.includes(`"${name}"?: string | undefined;`), `jsx.d.ts CustomCssProperties ${name}`);
    const vscode = read('vscode.css-custom-data.json').properties.map((property) => property.name);
    const webTypes = read('web-types.json').contributions.css.properties.map((property) => property.name);
    for (const [file, listed] of [['vscode.css-custom-data.json', vscode], ['web-types.json', webTypes]]) {
      assert.deepEqual(names.filter((name) => !listed.includes(name)), [], `${file} lists every shared token`);
      assert.deepEqual(listed.filter((name, i) => listed.indexOf(name) !== i), [], `${file} lists each property once`);
    }
  });

  test('VS Code offers only values an attribute takes: no list type (`number[]`), no word twice ("tasks tasks") (r48)', () => {
    const values = new Map(read('vscode.html-custom-data.json').tags.flatMap((t) => t.attributes.map((a) => [`${t.name} ${a.name}`, (a.values ?? []).map((v) => v.name)])));
    const meaningless = [...values].flatMap(([attribute, names]) => names.filter((name) => name.includes('[') || new Set(name.split(/\s+/)).size !== name.split(/\s+/).length).map((name) => `${attribute}: ${name}`));
    assert.deepEqual(meaningless, []);
    assert.deepEqual(values.get('dz-task-matrix section'), []);
    assert.deepEqual(values.get('dz-task-matrix unit'), []);
    assert.deepEqual(values.get('dz-plan-overview section'), []);
    // Each part once, separated as the element reads them (a space, a comma, 、: r123 F3).
    assert.deepEqual(values.get('dz-unit-summary show'), ['tasks', 'targets', 'tasks targets', 'tasks,targets', 'tasks, targets', 'tasks、targets', 'targets tasks', 'targets,tasks', 'targets, tasks', 'targets、tasks']);
  });

  test('web-types.json types an attribute as the text it takes, a property with its list bracketed, no part twice (r48)', () => {
    const types = new Map(
      read('web-types.json').contributions.html.elements.flatMap((e) => [
        ...e.attributes.map((a) => [`${e.name} ${a.name}`, a.value?.type]),
        ...(e.js?.properties ?? []).map((p) => [`${e.name} .${p.name}`, p.type]),
      ]),
    );
    const repeated = [...types].filter(([, type]) => new Set(unionMembers(type)).size !== unionMembers(type).length).map(([name, type]) => `${name}: ${type}`);
    assert.deepEqual(repeated, []);
    const listInAttribute = [...types].filter(([name, type]) => !name.includes(' .') && String(type ?? '').includes('[]')).map(([name, type]) => `${name}: ${type}`);
    assert.deepEqual(listInAttribute, []);
    assert.equal(types.get('dz-task-matrix section'), 'string | number');
    assert.equal(types.get('dz-task-matrix .section'), 'string | number | (string | number)[]');
    assert.equal(types.get('dz-task-matrix .unit'), 'string | string[]');
    assert.equal(types.get('dz-unit-summary show'), "'tasks' | 'targets' | 'tasks targets' | 'tasks,targets' | 'tasks, targets' | 'tasks、targets' | 'targets tasks' | 'targets,tasks' | 'targets, tasks' | 'targets、tasks'");
    assert.equal(types.get('dz-unit-summary .show'), "'tasks' | 'targets' | 'tasks targets' | 'tasks,targets' | 'tasks, targets' | 'tasks、targets' | 'targets tasks' | 'targets,tasks' | 'targets, tasks' | 'targets、tasks' | ('tasks' | 'targets')[]");
  });
});
