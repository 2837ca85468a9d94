/**
 * What ships: the CDN folder is a small loader that runs as module or classic script, plus hashed chunks with no
 * classic zod or build-time tools; the npm build keeps
 * classes free of side effects and leaves Lit, @lit/task and zod to the user's bundler; the package passes publint.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { transform } from 'lightningcss';
import { publint } from 'publint';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { minifyCssText } from '../../../scripts/lib/minify-css-text.js';
import { litCss } from '../../../scripts/lib/minify-lit-css.js';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const pkgDir = `${repoRoot}packages/elements`;
const cdnDir = `${pkgDir}/dist/cdn`;
const cdnPath = `${cdnDir}/dz-elements.js`;
/** The scripts of the CDN folder (source maps left out). */
const cdnFiles = () => readdirSync(cdnDir).filter((file) => file.endsWith('.js'));
const built = existsSync(cdnPath) && existsSync(`${pkgDir}/dist/index.js`);
const elements = ['task-card', 'task-matrix', 'target-gauge', 'unit-summary', 'plan-overview'];

describe('bundles', { skip: built ? false : 'run `npm run build` first' }, () => {
  it('the CDN loader is small, registers every element, and runs as a module and as a classic script', (t) => {
    const code = readFileSync(cdnPath, 'utf8');
    const gzip = gzipSync(code, { level: 9 }).length;
    t.diagnostic(`dz-elements.js: ${(code.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(2)} KiB gzip`);
    // A classic script may hold import() but no import/export statement and no import.meta.
    assert.doesNotMatch(code, /^\s*(import|export)\s[^(]/m, 'no import or export statement');
    assert.doesNotMatch(code, /import\.meta/, 'no import.meta');
    assert.ok(gzip < 2 * 1024, `the loader is ${gzip} B gzip, over 2 KiB: it should only load chunks`);
    for (const tag of elements.map((name) => `dz-${name}`)) assert.ok(code.includes(tag), `${tag} is registered`);
    const chunks = [...code.matchAll(/import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map((m) => m[1]!);
    // One chunk per element, Lit's hydration support for server-rendered pages (`dz-elements render`), and the words
    // for a misspelt tag.
    const others = /^dz-(hydrate|unknown-tag)-/;
    assert.equal(chunks.filter((chunk) => !others.test(chunk)).length, elements.length, 'one chunk import per element');
    assert.equal(chunks.filter((chunk) => chunk.startsWith('dz-hydrate-')).length, 1, 'and one for hydration');
    assert.equal(chunks.filter((chunk) => chunk.startsWith('dz-unknown-tag-')).length, 1, 'and one for a misspelt tag');
    for (const chunk of chunks) assert.ok(existsSync(`${cdnDir}/${chunk}`), `${chunk} is beside the loader`);
  });

  it('the CDN folder: hashed chunks beside the loader, the plan in a chunk of its own', (t) => {
    const files = cdnFiles();
    for (const file of files) t.diagnostic(`${file}: ${(gzipSync(readFileSync(`${cdnDir}/${file}`), { level: 9 }).length / 1024).toFixed(1)} KiB gzip`);
    for (const file of files) if (file !== 'dz-elements.js') assert.match(file, /^dz-[\w.-]+-[\w-]{8}\.js$/, `${file} is a hashed chunk`);
    const withPlan = files.filter((file) => readFileSync(`${cdnDir}/${file}`, 'utf8').includes('dezhou-2023-green-low-carbon'));
    assert.equal(withPlan.length, 1, `the plan is in one chunk: ${withPlan.join(', ')}`);
    assert.ok(!/dz-(task|target)-/.test(withPlan[0]!), 'and not in an element chunk');
  });

  it('no two CDN chunks import each other, directly or through others: a cycle leaves a binding undefined when a chunk runs', () => {
    // A module of the shared chunk importing one a later chunk holds (iso-date.js in the gauge chunk, once) made the
    // shared chunk import the gauge chunk, which imports it: every element failed with "… is not a function".
    const importsOf = new Map(
      cdnFiles().map((file) => [file, [...readFileSync(`${cdnDir}/${file}`, 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!)]),
    );
    const cycle = (file: string, path: readonly string[]): string[] | undefined => {
      if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
      for (const next of importsOf.get(file) ?? []) {
        const found = cycle(next, [...path, file]);
        if (found) return found;
      }
      return undefined;
    };
    for (const file of importsOf.keys()) assert.equal(cycle(file, [])?.join(' → '), undefined);
    assert.ok([...importsOf.values()].some((imports) => imports.some((i) => i.startsWith('dz-shared-'))), 'the reader finds the static imports');
  });

  it("the English words' chunk imports no element's code: a page without a gauge, switched to English, fetches no gauge chunk (issue 10)", () => {
    // F125 moved the English amounts' pattern of percentage points into target-kinds, in the gauge's chunk group: an
    // English matrix page then fetched the gauge's chunk (about 6.8 KB gzip) for one regular expression.
    const english = cdnFiles().find((file) => file.startsWith('dz-strings-en-'));
    assert.ok(english, 'the English words are a chunk of their own');
    const imports = [...readFileSync(`${cdnDir}/${english}`, 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
    assert.deepEqual(imports.filter((file) => !file.startsWith('dz-shared-')), [], `${english} imports only the shared chunk`);
  });

  it("the CDN folder has no chunk of the bundler's runtime helpers alone: a page would fetch it for a few lines", () => {
    assert.deepEqual(cdnFiles().filter((file) => /runtime/.test(file)), []);
  });

  it('the CDN folder carries none of what must not reach a page', () => {
    // Classic zod registers its classes under these names; zod/mini's are "ZodMini…".
    const mustNotAppear = ['"ZodString"', '"ZodObject"', '"ZodEffects"', 'opencc', 'node:fs', 'process.env.NODE_ENV', 'unsafeHTML', 'Lit is in dev mode'];
    for (const file of cdnFiles()) {
      const code = readFileSync(`${cdnDir}/${file}`, 'utf8');
      for (const text of mustNotAppear) assert.ok(!code.includes(text), `found ${text} in ${file}`);
    }
  });

  it("the CDN's plan parts leave out the fields no element reads (source spans, quotes, the extractor's notes but 力爭)", () => {
    const parts = cdnFiles().filter((file) => /^dz-(base|units|all-tasks|all-targets|tasks-s\d+|targets-s\d+)-/.test(file));
    assert.ok(parts.some((file) => file.startsWith('dz-all-targets-')) && parts.some((file) => file.startsWith('dz-base-')), parts.join(', '));
    for (const file of parts) {
      const code = readFileSync(`${cdnDir}/${file}`, 'utf8');
      assert.doesNotMatch(code, /[{,](quote|offset|partOf|sameAs|source|sha256):/, file);
      // A target's firmness only where the plan strives for it (力爭, which its words say): not `plain`, not `ensure`.
      assert.doesNotMatch(code, /[{,]firmness:(?![`"']strive)/, file);
    }
  });

  it("the CDN build's styles lose comments and layout whitespace, and read the same in lightningcss", () => {
    const styleFiles = readdirSync(`${pkgDir}/src`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.styles.ts'));
    assert.ok(styleFiles.length >= 4, `style files: ${styleFiles.join(', ')}`);
    // lightningcss keeps a custom property's value as written, so ", " and "," differ there only in spelling.
    const read = (css: string) => transform({ filename: 'x.css', code: Buffer.from(css), minify: true }).code.toString().replace(/, /g, ',');
    for (const file of styleFiles) {
      const source = readFileSync(`${pkgDir}/src/${file}`, 'utf8');
      for (const [, body] of source.matchAll(litCss)) {
        const plain = body!.replace(/\$\{[^}]*\}/g, '600px').replace(/\\`/g, '"');
        const minified = minifyCssText(plain);
        // No comment, no line and no layout space around a brace or a semicolon left, and shorter: a sheet of tokens
        // alone has little else to lose (task-colors), so no share of its length is asked.
        assert.ok(!/\/\*|\n/.test(minified) && minified.length < plain.length, `${file}: ${plain.length} → ${minified.length} characters`);
        assert.doesNotMatch(minified, /\s[{};]|[{};]\s/, `${file}: layout space left around a brace or a semicolon`);
        assert.equal(read(minified), read(plain), file);
      }
    }
    const matrixChunk = cdnFiles().find((file) => file.startsWith('dz-task-matrix-'))!;
    assert.ok(!readFileSync(`${cdnDir}/${matrixChunk}`, 'utf8').includes("The list layout and its columns follow the element's own width"), 'no CSS comment in the matrix chunk');
  });

  it("the npm build's styles (dist) lose comments and layout whitespace too, and read in lightningcss as the sources' do (review r48)", async () => {
    const styleFiles = readdirSync(`${pkgDir}/src`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.styles.ts'));
    // The stylesheets themselves (Lit's `cssText`, interpolations filled in), of the sources and of dist.
    const sheetsOf = async (path: string) =>
      Object.entries((await import(path)) as Record<string, unknown>).flatMap(([name, value]) =>
        value && typeof value === 'object' && 'cssText' in value ? [[name, String(value.cssText)] as const] : [],
      );
    const read = (css: string) => transform({ filename: 'x.css', code: Buffer.from(css), minify: true }).code.toString().replace(/, /g, ',');
    for (const file of styleFiles) {
      const source = new Map(await sheetsOf(`${pkgDir}/src/${file}`));
      const built = await sheetsOf(`${pkgDir}/dist/${file.replace(/\.ts$/, '.js')}`);
      assert.deepEqual(built.map(([name]) => name), [...source.keys()], `${file}: the same stylesheets`);
      for (const [name, css] of built) {
        const before = source.get(name)!;
        assert.ok(!/\/\*|\n/.test(css) && css.length <= before.length, `${file} ${name}: ${before.length} → ${css.length} characters`);
        // An `unsafeCSS` value (`hanFonts`: a list of fonts, no stylesheet) is no `css` literal, left as it is.
        if (css !== before) assert.equal(read(css), read(before), `${file} ${name}`);
      }
      const length = (sheets: Iterable<readonly [string, string]>) => [...sheets].reduce((sum, [, css]) => sum + css.length, 0);
      assert.ok(length(built) < length(source), `${file}: ${length(source)} → ${length(built)} characters`);
    }
    // No css`…` elsewhere in dist (the step rewrites *.styles.js only) carries a comment.
    const scripts = readdirSync(`${pkgDir}/dist`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'));
    for (const file of scripts) {
      for (const [, css] of readFileSync(`${pkgDir}/dist/${file}`, 'utf8').matchAll(litCss)) assert.ok(!css!.includes('/*'), `${file}: a CSS comment`);
    }
  });

  it("the npm build's styles keep source maps that point into the sources: every mapping lands on the character it mapped before the styles were minified", () => {
    const styleFiles = readdirSync(`${pkgDir}/dist`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.styles.js') && !file.startsWith('cdn/'));
    let mappings = 0;
    for (const file of styleFiles) {
      const lines = readFileSync(`${pkgDir}/dist/${file}`, 'utf8').split('\n');
      const map = JSON.parse(readFileSync(`${pkgDir}/dist/${file}.map`, 'utf8')) as RawSourceMap;
      assert.deepEqual(map.sources, [`${'../'.repeat(file.split('/').length)}src/${file.replace(/\.js$/, '.ts')}`], file);
      const source = map.sourcesContent![0]!.split('\n');
      new SourceMapConsumer(map).eachMapping((mapping) => {
        mappings += 1;
        assert.ok(mapping.originalLine !== null && mapping.originalColumn !== null, `${file}: a mapping to no source`);
        const built = lines[mapping.generatedLine - 1]!.charAt(mapping.generatedColumn);
        const original = source[mapping.originalLine - 1]!.charAt(mapping.originalColumn);
        // tsc writes `css \`…\``, and maps the space to the source's backtick.
        if (!(built === ' ' && original === '`')) assert.equal(built, original, `${file}:${mapping.generatedLine}:${mapping.generatedColumn}`);
      });
    }
    assert.ok(mappings > 100, `${mappings} mappings`);
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
    // The src entries let the CDN build (which bundles the sources) keep the registrations. The hydration support
    // applies itself when imported (its CDN chunk is called by the loader).
    assert.deepEqual(
      [...pkg.sideEffects].sort(),
      ['./dist/all.js', './dist/cdn/*', './dist/hydrate-support.js', './src/all.ts', ...elements.flatMap((e) => [`./dist/${e}.js`, `./src/${e}.ts`])].sort(),
    );
    for (const [path, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${path}: types first`);
    }
    for (const dep of ['lit', '@lit/task', 'zod', '@dz-tasks/data']) assert.ok(pkg.dependencies[dep], `${dep} is a dependency`);
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it("the types import only the package's own files and its dependencies (a React developer's review: lit-html, a dependency of lit, broke a strict install)", () => {
    const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
    // Itself, and the frameworks whose JSX the framework types augment (frameworks/*.d.ts): the user's own.
    const allowed = new Set([pkg.name, 'react', 'preact', 'vue', ...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
    const declarations = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? declarations(`${dir}/${entry.name}`) : entry.name.endsWith('.d.ts') ? [`${dir}/${entry.name}`] : [],
      );
    const undeclared = new Set<string>();
    for (const file of declarations(`${pkgDir}/dist`)) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, specifier] of code.matchAll(/(?:from |import\()["']([^"'.][^"']*)["']/g)) {
        const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!;
        if (!allowed.has(name) && !name.startsWith('node:')) undeclared.add(`${name} (${file.slice(pkgDir.length + 1)})`);
      }
    }
    assert.deepEqual([...undeclared], []);
  });

  it('passes publint', async (t) => {
    const { messages } = await publint({ pkgDir, strict: false });
    for (const m of messages) t.diagnostic(`${m.type}: ${m.code} ${JSON.stringify(m.args)}`);
    assert.deepEqual(messages.filter((m) => m.type === 'error'), []);
  });
});
