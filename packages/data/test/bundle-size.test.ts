/**
 * What an import costs a page: each case is bundled the way an app's bundler would (esbuild, `bundle`, `minify`,
 * ESM, browser), from the sources through the package's own `exports` map and `sideEffects: false`, and measured
 * gzipped. Modelled on zod's `packages/treeshake/bundle-size.test.ts`: a budget and a list of what must not appear.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { SEED_SHA256 } from '../scripts/seed.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { packageDir } from './helpers.js';

const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
  sideEffects: unknown;
  exports: Record<string, string | { types: string; default: string }>;
};

/** `@dz-tasks/data[/subpath]` → the source of the file its `exports` entry names (`./dist/x.js` → `src/x.ts`). */
const fromSources: Plugin = {
  name: 'dz-data-sources',
  setup(b) {
    b.onResolve({ filter: /^@dz-tasks\/data(\/.*)?$/ }, (args) => {
      const entry = pkg.exports[`.${args.path.slice('@dz-tasks/data'.length)}`];
      if (typeof entry !== 'object') return { errors: [{ text: `${args.path} is not an export of the package` }] };
      return { path: resolve(packageDir, entry.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts')) };
    });
  },
};

/** The Dezhou plan's data module left out of the bundle, so what remains is the code that serves it. */
const withoutPlanData: Plugin = {
  name: 'dz-plan-data-external',
  setup(b) {
    b.onResolve({ filter: /\/generated\/dezhou-2023\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** Bundles `code` (an app's entry module) and returns the minified output and its gzipped size in bytes. */
async function bundle(code: string, { planData = true } = {}): Promise<{ text: string; gzip: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: planData ? [fromSources] : [fromSources, withoutPlanData],
  });
  const text = result.outputFiles[0]!.text;
  return { text, gzip: gzipSync(text).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

/** zod/mini's class names (`$constructor('$ZodType', …)`, `ZodMiniType`), its error class and its English messages. */
const ZOD = ['$ZodType', 'ZodMiniType', '$ZodError', 'Invalid input'];
/** Build-time tools of `@dz-tasks/data/node` and the CLI: none may reach a page. */
const NODE_ONLY = ['opencc', 'pinyin', 'mammoth', 'xmldom', 'node:fs', 'node:crypto'];
/** The Dezhou plan: the seed's hash, the plan's id, a task title and a unit name, as the data module holds them. */
const PLAN = [SEED_SHA256, dezhouPlan.id, dezhouPlan.tasks[8]!.title['zh-Hant'], dezhouPlan.units[0]!.name['zh-Hant']];

function assertAbsent(text: string, markers: readonly string[], what: string): void {
  const found = markers.filter((m) => text.includes(m));
  assert.deepEqual(found, [], `${what}: found ${found.join(', ')}`);
}

describe('bundle size: what an import brings along', () => {
  test("getTask from '@dz-tasks/data/dezhou-2023': no zod; its code (the plan's data module left external) under 6 KiB gzip", async (t) => {
    const use = `import { getTask } from '@dz-tasks/data/dezhou-2023'; console.log(getTask(9));`;
    const code = await bundle(use, { planData: false });
    const whole = await bundle(use);
    t.diagnostic(`getTask: code ${kb(code.gzip)} gzip; with the plan's data ${kb(whole.gzip)} gzip`);
    assertAbsent(whole.text, [...ZOD, ...NODE_ONLY], 'getTask');
    assert.ok(whole.text.includes(SEED_SHA256), 'the plan is in the whole bundle (the markers are live)');
    assert.ok(code.gzip < 6 * 1024, `getTask's code is ${kb(code.gzip)} gzip, over the 6 KiB budget`);
  });

  test("dezhou() and createPlanApi: every query, still no zod", async (t) => {
    const dezhou = await bundle(`import { dezhou } from '@dz-tasks/data/dezhou-2023'; console.log(dezhou());`, { planData: false });
    const api = await bundle(`import { createPlanApi } from '@dz-tasks/data'; console.log(createPlanApi);`);
    t.diagnostic(`dezhou(): code ${kb(dezhou.gzip)} gzip; createPlanApi: ${kb(api.gzip)} gzip`);
    assertAbsent(dezhou.text, [...ZOD, ...NODE_ONLY], 'dezhou()');
    assertAbsent(api.text, [...ZOD, ...NODE_ONLY, ...PLAN], 'createPlanApi');
  });

  test("the generic entry '@dz-tasks/data', used in full, carries no plan and no build-time tool, and is the README's size", async (t) => {
    const all = await bundle(`import * as data from '@dz-tasks/data'; console.log(data);`);
    t.diagnostic(`import * from '@dz-tasks/data': ${kb(all.gzip)} gzip`);
    assertAbsent(all.text, [...PLAN, ...NODE_ONLY], "'@dz-tasks/data'");
    assert.ok(all.text.includes('ZodMiniType'), 'zod is in the full entry (the markers are live)');
    // The README's table says what the whole entry costs; within 10% of it, so that the figure cannot drift again.
    const said = /all of it \(zod included\) about (\d+) KiB/.exec(readFileSync(resolve(packageDir, 'README.md'), 'utf8'))?.[1];
    assert.ok(said, "the README's table gives the whole entry's size");
    assert.ok(Math.abs(all.gzip / 1024 - Number(said)) <= Number(said) / 10, `the whole entry is ${kb(all.gzip)} gzip; the README says about ${said} KiB`);
  });

  // The README: "Only validatePlan, loadPlan and parseProgressReport load zod". Reading a report already parsed does not.
  for (const name of ['latestProgress', 'progressHistory', 'judgedReading', 'readingShown', 'staleReading']) {
    test(`${name} from '@dz-tasks/data' loads no zod`, async () => {
      const used = await bundle(`import { ${name} } from '@dz-tasks/data'; console.log(${name});`);
      assertAbsent(used.text, [...ZOD, ...NODE_ONLY, ...PLAN], name);
    });
  }

  test("parsePlanText from '@dz-tasks/data' alone: the parser and nothing else", async (t) => {
    const parser = await bundle(`import { parsePlanText } from '@dz-tasks/data'; console.log(parsePlanText('1.甲。'));`);
    t.diagnostic(`parsePlanText: ${kb(parser.gzip)} gzip`);
    assertAbsent(parser.text, [...ZOD, ...NODE_ONLY, ...PLAN], 'parsePlanText');
    // What the parser reads (src/parse/*: three numbering styles, three heading styles, units in parentheses or on
    // their own line, keywords in either script, 18 diagnostic codes with line, column and quote) is unchanged by the
    // rewrites that shrank it (5,354 → 5,115 → 4,931 → 4,712 → 4,700 → 4,638 → 4,482 → 4,453 → 4,418 → 4,386 → 4,371
    // → 4,360 → 4,353 → 4,346 → 4,323 → 4,321 → 4,320 → 4,228 → 4,077 bytes gzip, the last two steps the units split's
    // rewrite and smaller readings of the same rules), checked by every parse test and by the old and new parser
    // compared on thousands of documents. Names separated by blanks and duties shared as an error (2026-12) took it to
    // 4,229, and nine smaller writings of the same code back to 4,093 (the reading of 推进地铁4、5号线 as no task did not
    // fit). The budget is issue 9's 4 KiB (the file's usual rule, the size plus 1%, would allow more than the goal).
    assert.ok(parser.gzip <= 4_096, `parsePlanText is ${parser.gzip} bytes gzip, over issue 9's 4 KiB (4,096 bytes)`);
  });

  test('the vocabulary (Language, Status, comparator words) loads no validator', async () => {
    const words = await bundle(`import { Language, languages, Status, statusLabels, Comparator } from '@dz-tasks/data'; console.log(Language, languages, Status, statusLabels, Comparator);`);
    assertAbsent(words.text, [...ZOD, ...PLAN], 'the vocabulary');
  });

  test('package.json: no side effects, and every subpath export names its types first', () => {
    assert.equal(pkg.sideEffects, false);
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${path}: types first`);
    }
  });
});

describe('bundle size: the progress-sheet import in a browser', () => {
  test("progressTemplate from '@dz-tasks/data/progress': no parser, under 20 KiB gzip (it reads a plan as it is; F226)", async (t) => {
    const used = await bundle(`import { progressTemplate } from '@dz-tasks/data/progress'; console.log(progressTemplate);`);
    t.diagnostic(`progressTemplate: ${kb(used.gzip)} gzip`);
    assertAbsent(used.text, [...NODE_ONLY, ...PLAN], 'progressTemplate');
    // 16.5 KiB at 2026-12-07; reading old plans' ranges by their words inside it (the parser) took it to 44.5 KiB.
    assert.ok(used.gzip < 20 * 1024, `progressTemplate is ${kb(used.gzip)} gzip, over 20 KiB: does it load the parser?`);
  });

  test("importProgressFiles from '@dz-tasks/data/progress': ExcelJS only in a lazy chunk, no plan, no build-time tool", async (t) => {
    const result = await build({
      stdin: { contents: `import { importProgressFiles } from '@dz-tasks/data/progress'; console.log(importProgressFiles);`, resolveDir: packageDir, loader: 'js' },
      bundle: true,
      splitting: true,
      outdir: resolve(packageDir, 'bundle-out'),
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      plugins: [fromSources],
    });
    const [entry, ...chunks] = result.outputFiles.filter((f) => f.path.endsWith('.js'));
    const excelMarker = 'xl/worksheets/';
    const entryGzip = gzipSync(entry!.text).length;
    t.diagnostic(`importProgressFiles: ${kb(entryGzip)} gzip; ExcelJS chunk ${kb(gzipSync(chunks.find((c) => c.text.includes(excelMarker))?.text ?? '').length)} gzip, loaded for a workbook only`);
    assertAbsent(entry!.text, [excelMarker, ...NODE_ONLY, ...PLAN], 'importProgressFiles');
    assert.ok(chunks.some((c) => c.text.includes(excelMarker)), 'ExcelJS is bundled, in a chunk of its own (the marker is live)');
  });
});
