/** The committed generated module (and dist/plan.json, when built) cannot drift from the seed and curated files. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildPlan, generatedModulePath, generatedModuleSource, planJsonPath, planPartSources } from '../scripts/build-plan.js';
import { readSeed } from '../scripts/seed.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { type Plan, PlanSchema } from '../src/index.js';

describe('generated plan', () => {
  let rebuilt: Plan;
  let committed: Plan;
  before(async () => {
    rebuilt = buildPlan(readSeed());
    committed = ((await import(pathToFileURL(generatedModulePath).href)) as { dezhouPlanData: Plan }).dezhouPlanData;
  });

  test('the module the generator writes is the one the Dezhou entry exports', () => {
    assert.equal(committed, dezhouPlan);
  });

  test('buildPlan(readSeed()) deep-equals the committed dezhouPlanData', () => {
    assert.deepStrictEqual(rebuilt, committed);
  });

  test('generatedModuleSource(buildPlan(…)) is byte for byte the committed module', () => {
    assert.equal(generatedModuleSource(rebuilt), readFileSync(generatedModulePath, 'utf8'));
  });

  test('the plan parts (core, bodies per script) are byte for byte what the generator writes', () => {
    for (const [path, source] of Object.entries(planPartSources(rebuilt))) assert.equal(source, readFileSync(path, 'utf8'), path);
  });

  test('dist/plan.json, when built, parses to the same plan', (t) => {
    if (!existsSync(planJsonPath)) {
      t.skip('dist/plan.json is not built (run `npm run build -w @dz-tasks/data`)');
      return;
    }
    assert.deepStrictEqual(JSON.parse(readFileSync(planJsonPath, 'utf8')), rebuilt);
  });

  test('the Dezhou plan passes PlanSchema with every cross-reference', () => {
    const result = PlanSchema.safeParse(dezhouPlan);
    assert.equal(result.success, true, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)));
  });

  test('buildPlan refuses a seed that lost a task', () => {
    const seed = readSeed();
    const broken = seed.replace('69.強化督導檢查', '強化督導檢查');
    assert.notEqual(broken, seed);
    assert.throws(() => buildPlan(broken), /cannot be built/);
  });
});
