/**
 * What ships: the CDN file is self-contained and carries no classic zod or build-time tools; the npm build keeps
 * classes free of side effects and leaves Lit, @lit/task and zod to the user's bundler; the package passes publint.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { publint } from 'publint';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const pkgDir = `${repoRoot}packages/elements`;
const cdnPath = `${pkgDir}/dist/cdn/dz-elements.js`;
const built = existsSync(cdnPath) && existsSync(`${pkgDir}/dist/index.js`);
const elements = ['task-card', 'task-matrix', 'target-gauge'];

describe('bundles', { skip: built ? false : 'run `npm run build` first' }, () => {
  it('the CDN file is one self-contained module within its size budget', (t) => {
    const code = readFileSync(cdnPath, 'utf8');
    const gzip = gzipSync(code).length;
    t.diagnostic(`dz-elements.js: ${(code.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    assert.doesNotMatch(code, /^\s*import\s.*from\s*['"]/m, 'no import of another module');
    assert.doesNotMatch(code, /\bimport\(/, 'no dynamic import');
    // The plan and Lit are inside: a budget that fails loudly if classic zod or a second copy of the plan sneaks in.
    assert.ok(gzip < 160 * 1024, `gzip size ${gzip} is over the 160 KiB budget`);
    for (const tag of ['dz-task-card', 'dz-task-matrix', 'dz-target-gauge']) assert.ok(code.includes(tag), `${tag} is registered`);
    assert.ok(code.includes('dezhou-2023-green-low-carbon'), 'the Dezhou plan is inside');
  });

  it('the CDN file carries none of what must not reach a page', () => {
    const code = readFileSync(cdnPath, 'utf8');
    // Classic zod registers its classes under these names; zod/mini's are "ZodMini…".
    const mustNotAppear = ['"ZodString"', '"ZodObject"', '"ZodEffects"', 'opencc', 'node:fs', 'process.env.NODE_ENV', 'unsafeHTML', 'Lit is in dev mode'];
    for (const text of mustNotAppear) assert.ok(!code.includes(text), `found ${text} in the CDN file`);
  });

  for (const name of elements) {
    it(`${name}: the class module defines nothing; the define file does`, () => {
      const classModule = readFileSync(`${pkgDir}/dist/${name}/${name}.js`, 'utf8');
      const defineModule = readFileSync(`${pkgDir}/dist/${name}.js`, 'utf8');
      assert.doesNotMatch(classModule, /customElements\.define|defineElement\(/);
      assert.match(defineModule, /defineElement\('dz-/);
      assert.match(classModule, /from 'lit'/, 'Lit stays an import in the npm build');
    });
  }

  it('package.json: sideEffects lists only the define files, every export has types first', () => {
    const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
    // The src entries let the CDN build (which bundles the sources) keep the registrations.
    assert.deepEqual(
      [...pkg.sideEffects].sort(),
      ['./dist/all.js', './dist/cdn/*', './src/all.ts', ...elements.flatMap((e) => [`./dist/${e}.js`, `./src/${e}.ts`])].sort(),
    );
    for (const [path, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${path}: types first`);
    }
    for (const dep of ['lit', '@lit/task', 'zod', '@dz-tasks/data']) assert.ok(pkg.dependencies[dep], `${dep} is a dependency`);
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it('passes publint', async (t) => {
    const { messages } = await publint({ pkgDir, strict: false });
    for (const m of messages) t.diagnostic(`${m.type}: ${m.code} ${JSON.stringify(m.args)}`);
    assert.deepEqual(messages.filter((m) => m.type === 'error'), []);
  });
});
