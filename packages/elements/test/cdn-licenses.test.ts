/**
 * The CDN folder carries the licences of the third-party code in its chunks: the minified chunks drop Lit's
 * `@license` comments, and BSD-3-Clause and MIT ask a copy of the notice to travel with the code. Which packages are
 * bundled is read from the chunks' source maps, so a new dependency without its licence fails here.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const licensesFile = `${cdnDir}THIRD-PARTY-LICENSES.txt`;

/** The npm packages whose code is in the CDN chunks, by the sources of their source maps: name → installed folder. */
function bundledPackages(): Map<string, string> {
  const packages = new Map<string, string>();
  for (const map of readdirSync(cdnDir).filter((file) => file.endsWith('.js.map'))) {
    for (const source of (JSON.parse(readFileSync(`${cdnDir}${map}`, 'utf8')) as { sources: string[] }).sources) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(source);
      if (match) packages.set(match[2]!, resolve(cdnDir, match[1]!));
    }
  }
  return packages;
}

/** The first line of a package's own licence file, as installed. */
function licenceFirstLine(dir: string): string {
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  assert.ok(file, `no licence file in ${dir}`);
  return readFileSync(`${dir}/${file}`, 'utf8').trim().split('\n')[0]!.trim();
}

describe('third-party licences of the CDN folder', { skip: existsSync(`${cdnDir}dz-elements.js`) ? false : 'run `npm run build` first' }, () => {
  it('THIRD-PARTY-LICENSES.txt names every bundled package with its licence and its licence text', () => {
    assert.ok(existsSync(licensesFile), 'dist/cdn/THIRD-PARTY-LICENSES.txt is missing');
    const text = readFileSync(licensesFile, 'utf8');
    const packages = bundledPackages();
    assert.ok(packages.has('lit-html') && packages.has('zod'), `bundled: ${[...packages.keys()].join(', ')}`);
    for (const [name, dir] of packages) {
      const { license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { license: string };
      const entry = text.split(/\n-{3,}\n/).find((part) => part.includes(`Name: ${name}\n`));
      assert.ok(entry, `${name} is bundled but not in THIRD-PARTY-LICENSES.txt`);
      assert.match(entry, new RegExp(`License: ${license.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), `${name}: its licence`);
      assert.ok(entry.includes(licenceFirstLine(dir)), `${name}: its licence text`);
    }
  });
});
