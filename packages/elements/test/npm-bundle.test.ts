/**
 * What an app that installs the package from npm bundles (a review, r48): a Vite app that imports one element and
 * shows its own plan (`plan-src`, `plan`) must not carry the Dezhou plan in the code its page loads first. The bundled
 * plan is a dynamic import of its own, which a bundler puts in a chunk fetched only when an element shows it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build, type Rolldown } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const pkgDir = `${repoRoot}packages/elements`;
const built = existsSync(`${pkgDir}/dist/index.js`) && existsSync(`${pkgDir}/dist/target-gauge.js`);

/**
 * Texts only the Dezhou plan holds: a unit's name (the plan's core) and a phrase of task 1's body (its Traditional
 * bodies), each in a different module of `@dz-tasks/data`.
 */
const dezhouTexts = ['德州銀保監分局', '先投后股'];

/**
 * Modules of `@dz-tasks/data` that only the plan's chunk needs, by the bundler's module ids: `plan-parts.js` (the
 * compact core expanded, parts put together) and the table folding Traditional Chinese to Simplified that expanding
 * needs (`generated/fold.js`, and `fold.js` reading it). The elements' plan scopes (`sectionOf`, for the CDN build)
 * brought both into the entry until F58. A matrix given its own plan finds units by name in any script, so an app with
 * all.js loads the fold table first; not `plan-parts.js`.
 */
const planParts = /\/data\/dist\/plan-parts\.js$/;
const foldTable = /\/data\/dist\/(generated\/)?fold\.js$/;

/**
 * The gzip size (level 9) the gauge's app loads first (its entry and the chunks the entry imports) stays under: with
 * Vite 8.3, 193.0 KB, 76.5 KB gzip with the plan imported statically (the review's app; it measured 240 KB, 78.8 KB
 * gzip from the packed 0.2.0); 85.0 KB, 32.9 KB gzip with `@dz-tasks/data/dezhou-2023` stubbed out; with the plan a
 * dynamic import, 88.2 KB, 37.1 KB gzip, and the plan a chunk of its own, 99.1 KB, 37.6 KB gzip. Back in the entry,
 * the plan would cross the ceiling by far. Then the plan's code left the entry too (F58: `sectionOf`, which the
 * elements' plan scopes import, in a module of its own, away from `plan-parts.js` and the fold table): 88.5 KB,
 * 37.2 KB gzip before (three chunks), 85.9 KB, 32.6 KB gzip after (one), the plan's chunk 38.0 KB gzip with that code.
 * F60: the npm build's styles without comments and layout whitespace (`scripts/minify-dist-css.ts`, review r48): 32.8 KB
 * gzip before, 31.2 KB after; the ceiling from 34 KB to 32.
 * 2026-12-07: F209 (what is left of a ceiling used faster than the pace, 超額完成 beside a target met beyond its goal,
 * in the evaluation's sentence) took it to 32.1 KB; the ceiling from 32 KB to 32.5 (the npm build has no terser pass).
 * Stop 72: a page that says no language shows its plan's (F254: the language controller reads the plan), the bundled
 * plan told apart for its errors' note (F253, F255): just over 32.5 KB; the ceiling from 32.5 KB to 33.
 */
const GAUGE_FIRST_GZIP = 33 * 1024;
/**
 * The same for an app importing `all.js`: 281.8 KB, 101.9 KB gzip before; 180.3 KB, 63.0 KB stubbed; 181.4 KB, 64.2 KB
 * after. F58: 183.3 KB, 65.0 KB gzip before, 181.9 KB, 63.6 KB after (the matrix's scope no longer assembles parts).
 * F60, the styles minified: 63.8 KB gzip before, 58.6 KB after; the ceiling from 65 KB to 60.
 * 2026-12-06: F195 (力爭 in a target's words), F196 (a gauge's value without as-of past its deadline noticed, shown
 * errors in the console) and F197/F203 (the matrix's shadows at the edges of its scroll box) took it to 60.3 KB; the
 * ceiling from 60 KB to 61 (the room F202 made is the CDN build's alone).
 * 2026-12-07: F256/F260 (how far a target missed, and 未報送 once due, review r100 M2 and L8: in the npm build the
 * judging code carries them statically, where the CDN build loads the words on demand) took it to 61.08 KB; the ceiling
 * from 61 KB to 61.2.
 */
const ALL_FIRST_GZIP = 61.2 * 1024;

const work = mkdtempSync(join(tmpdir(), 'dz-npm-bundle-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Bundle {
  readonly entry: Rolldown.OutputChunk;
  /** The entry and every chunk it imports statically: what the page loads before any element updates. */
  readonly loadedFirst: readonly Rolldown.OutputChunk[];
  readonly chunks: readonly Rolldown.OutputChunk[];
}

/** A Vite app (in a folder of its own, the repository's packages as its node_modules) whose script is `main`. */
async function bundle(name: string, main: string): Promise<Bundle> {
  const root = join(work, name);
  mkdirSync(join(root, 'src'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(join(root, 'src/main.js'), main);
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><dz-target-gauge plan-src="/plan.json" target="t01.1"></dz-target-gauge><script type="module" src="/src/main.js"></script></body></html>',
  );
  const result = await build({ root, configFile: false, logLevel: 'silent', cacheDir: join(root, '.vite'), build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const entries = chunks.filter((chunk) => chunk.isEntry);
  assert.equal(entries.length, 1, `one entry: ${entries.map((chunk) => chunk.fileName).join(', ')}`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loadedFirst = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (loadedFirst.has(chunk)) return;
    loadedFirst.add(chunk);
    for (const file of chunk.imports) visit(byName.get(file)!);
  };
  visit(entries[0]!);
  return { entry: entries[0]!, loadedFirst: [...loadedFirst], chunks };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The elements' stylesheet modules in the package's dist (`*.styles.js`), by the bundler's module ids. */
const stylesModule = /\/elements\/dist\/.*\.styles\.js$/;

/**
 * The texts of the template literals of the elements' stylesheet modules in `app` (Lit's `css\`…\``, its tag renamed
 * by the bundler, and `unsafeCSS` text; the text between interpolations, as TypeScript parses the module), each checked
 * to be in its chunk's code as the bundler wrote it: an app's bundler leaves the text of template literals alone, so
 * comments the npm build kept there reached every page (review r48).
 */
function stylesheetsOf(app: Bundle): string[] {
  const texts: string[] = [];
  for (const chunk of app.chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!stylesModule.test(id) || module.renderedLength === 0) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
          assert.ok(chunk.code.includes(node.rawText!), `${chunk.fileName}: a literal of ${id} is in its code`);
          texts.push(node.rawText!);
        }
        ts.forEachChild(node, visit);
      };
      visit(ts.createSourceFile(id, module.code ?? '', ts.ScriptTarget.ES2022, true));
    }
  }
  return texts;
}

function checkApp(app: Bundle, ceiling: number, notFirst: readonly RegExp[], t: { diagnostic(message: string): void }) {
  for (const chunk of app.chunks) t.diagnostic(`${chunk.fileName}: ${kb(chunk.code.length)}, ${kb(gzipSync(chunk.code, { level: 9 }).length)} gzip`);
  const sheets = stylesheetsOf(app);
  assert.ok(sheets.length >= 3, `the elements' stylesheets are found: ${sheets.length}`);
  assert.deepEqual(sheets.filter((sheet) => sheet.includes('/*')).map((sheet) => sheet.slice(0, 60)), [], 'no CSS comment in the stylesheets the app loads');
  for (const chunk of app.loadedFirst) {
    for (const text of dezhouTexts) assert.ok(!chunk.code.includes(text), `${chunk.fileName}, loaded with the entry, holds the Dezhou plan (${text})`);
    const planCode = Object.keys(chunk.modules).filter((id) => chunk.modules[id]!.renderedLength > 0 && notFirst.some((module) => module.test(id)));
    assert.deepEqual(planCode, [], `${chunk.fileName}, loaded with the entry, holds the plan's code`);
  }
  const withPlan = app.chunks.filter((chunk) => dezhouTexts.every((text) => chunk.code.includes(text)));
  assert.equal(withPlan.length, 1, `the Dezhou plan is in one chunk: ${withPlan.map((chunk) => chunk.fileName).join(', ')}`);
  assert.ok(withPlan[0]!.isDynamicEntry, `${withPlan[0]!.fileName} is imported dynamically`);
  assert.ok(app.entry.dynamicImports.length > 0 || app.loadedFirst.some((chunk) => chunk.dynamicImports.includes(withPlan[0]!.fileName)), 'and reached from the entry');
  const gzip = app.loadedFirst.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  t.diagnostic(`loaded first: ${app.loadedFirst.map((chunk) => chunk.fileName).join(', ')}: ${kb(gzip)} gzip`);
  assert.ok(gzip < ceiling, `the entry and its static imports are ${kb(gzip)} gzip, over ${kb(ceiling)}`);
}

describe('an npm app that shows its own plan', { skip: built ? false : 'run `npm run build` first' }, () => {
  it("bundles one element without the Dezhou plan in the code it loads first: the plan is a chunk of its own (r48's app)", async (t) => {
    checkApp(await bundle('gauge', "import '@dz-tasks/elements/target-gauge.js';\n"), GAUGE_FIRST_GZIP, [planParts, foldTable], t);
  });

  it('bundles every element (all.js) without it too', async (t) => {
    checkApp(await bundle('all', "import '@dz-tasks/elements/all.js';\n"), ALL_FIRST_GZIP, [planParts], t);
  });
});
