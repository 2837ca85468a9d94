/**
 * The editor data generated from the manifest (`dist/frameworks/`, built by `npm run build`): what VS Code and the
 * JetBrains IDEs offer for an attribute's value is readable. A React/Vue review found `as-of` offered
 * `{ toString: {  }, toDateString: {  }, … }` and every `src`, `plan-src` and `progress-src` `{ hash: string, … }`:
 * the type parser spells out Date and URL. Run by the elements' `test:node`.
 *
 *   node --test test-consumers/editor-data.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const frameworks = new URL('../dist/frameworks/', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, frameworks), 'utf8'));

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
});
