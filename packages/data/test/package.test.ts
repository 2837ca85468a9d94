/** The package as published: publint finds no errors, and the workspace import resolves to the built dist. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { dezhouPlan } from '../src/index.js';
import { distDir, hasDist, packageDir } from './helpers.js';

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

  test("import('@dz-tasks/data') resolves to dist/index.js and getTask(9) works", async (t) => {
    if (!hasDist()) return t.skip(NO_DIST);
    const resolved = fileURLToPath(import.meta.resolve('@dz-tasks/data'));
    assert.equal(resolved, resolve(distDir, 'index.js'));
    const lib = (await import('@dz-tasks/data')) as typeof import('../src/index.js');
    const t9 = lib.getTask(9);
    assert.ok(t9, 'getTask(9) from dist');
    assert.equal(t9.title['zh-Hant'], '大力發展數字經濟');
    assert.equal(lib.getTask('t09'), t9);
    assert.equal(lib.dezhouPlan.tasks.length, 69);
    assert.deepStrictEqual(lib.dezhouPlan, dezhouPlan, 'dist is stale: run `npm run build -w @dz-tasks/data`');
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
});
