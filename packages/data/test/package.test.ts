/** The package as published: publint finds no errors, and the workspace import resolves to the built dist. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { distDir, hasDist, packageDir, repoRoot } from './helpers.js';

const NO_DIST = 'dist/ is not built: run `npm run build -w @dz-tasks/data` first';

describe('@dz-tasks/data as a package', () => {
  test('publint reports no errors (warnings and suggestions are printed)', async (t) => {
    if (!hasDist()) return t.skip(NO_DIST);
    const { messages } = await publint({ pkgDir: packageDir, strict: false });
    const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const message of messages) t.diagnostic(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
    const errors = messages.filter((m) => m.type === 'error').map((m) => formatMessage(m, pkg) ?? m.code);
    assert.deepEqual(errors, []);
  });

  test("import('@dz-tasks/data/dezhou-2023') resolves to dist/dezhou-2023.js and getTask(9) works", async (t) => {
    if (!hasDist()) return t.skip(NO_DIST);
    const resolved = fileURLToPath(import.meta.resolve('@dz-tasks/data/dezhou-2023'));
    assert.equal(resolved, resolve(distDir, 'dezhou-2023.js'));
    const lib = (await import('@dz-tasks/data/dezhou-2023')) as typeof import('../src/dezhou-2023.js');
    const t9 = lib.getTask(9);
    assert.ok(t9, 'getTask(9) from dist');
    assert.equal(t9.title['zh-Hant'], '大力發展數字經濟');
    assert.equal(lib.getTask('t09'), t9);
    assert.equal(lib.dezhou().getTask(9), t9, 'the helpers and dezhou() share one index');
    assert.equal(lib.dezhouPlan.tasks.length, 69);
    assert.deepStrictEqual(lib.dezhouPlan, dezhouPlan, 'dist is stale: run `npm run build -w @dz-tasks/data`');
  });

  test("import('@dz-tasks/data') resolves to dist/index.js: code for any plan, and no plan", async (t) => {
    if (!hasDist()) return t.skip(NO_DIST);
    assert.equal(fileURLToPath(import.meta.resolve('@dz-tasks/data')), resolve(distDir, 'index.js'));
    const lib = (await import('@dz-tasks/data')) as typeof import('../src/index.js');
    assert.equal(lib.getTask(lib.indexPlan(dezhouPlan), 9)?.number, 9);
    assert.equal(lib.loadPlan(structuredClone(dezhouPlan)).getTask(9)?.number, 9);
    assert.ok(!('dezhouPlan' in lib) && !('dezhou' in lib), 'the plan is its own entry');
  });

  test('the subpath exports resolve to dist', async (t) => {
    if (!hasDist()) return t.skip(NO_DIST);
    for (const [subpath, file] of [
      ['@dz-tasks/data/schema', 'schema.js'],
      ['@dz-tasks/data/parse-plan-text', 'parse-plan-text.js'],
      ['@dz-tasks/data/progress-report', 'progress-report.js'],
      ['@dz-tasks/data/plan.json', 'plan.json'],
    ] as const) {
      assert.equal(fileURLToPath(import.meta.resolve(subpath)), resolve(distDir, file), subpath);
    }
    const { parsePlanText } = (await import('@dz-tasks/data/parse-plan-text')) as typeof import('../src/parse-plan-text.js');
    assert.equal(parsePlanText('1.甲。乙。(牽頭單位:市甲局)').tasks[0]?.lead[0], '市甲局');
    const { PlanSchema } = (await import('@dz-tasks/data/schema')) as typeof import('../src/schema.js');
    assert.equal(PlanSchema.safeParse(dezhouPlan).success, true);
    const planJson = (await import('@dz-tasks/data/plan.json', { with: { type: 'json' } })) as { default: unknown };
    assert.deepStrictEqual(planJson.default, dezhouPlan);
  });

  test('every import from @dz-tasks/data shown in the READMEs and guides names an export of that entry', async () => {
    const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { exports: Record<string, string | { default: string }> };
    const docsDir = resolve(repoRoot, 'docs');
    const files = [
      resolve(packageDir, 'README.md'),
      resolve(repoRoot, 'README.md'),
      resolve(repoRoot, 'packages/elements/README.md'),
      ...readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => resolve(docsDir, f)),
    ];
    let checked = 0;
    for (const file of files) {
      // Code blocks only: the migration table names the imports of 0.1 on purpose.
      const code = [...readFileSync(file, 'utf8').matchAll(/```(?:ts|js|typescript|javascript)\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
      for (const [, names, specifier] of code.matchAll(/import \{([^}]*)\} from '(@dz-tasks\/data[^']*)'/g)) {
        const entry = pkg.exports[`.${specifier!.slice('@dz-tasks/data'.length)}`];
        assert.ok(typeof entry === 'object', `${file}: ${specifier} is not an export`);
        // The sources behind the entry, so the check needs no build: ./dist/x.js → src/x.ts.
        const lib = (await import(resolve(packageDir, entry.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts')))) as Record<string, unknown>;
        for (const name of names!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))) {
          assert.ok(name in lib, `${file}: ${name} is not exported by ${specifier}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 10, `only ${checked} names checked`);
  });
});
