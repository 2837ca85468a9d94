/** Id formats at province scale: at least 10,000 tasks, 1,000 units and 200 sections, with the seed's ids unchanged. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBigPlan } from '../../../scripts/bench/big-plan-build.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { SectionSchema, TargetSchema, TaskSchema, validatePlan } from '../src/index.js';

const idOk = (schema: typeof TaskSchema | typeof SectionSchema | typeof TargetSchema, id: string) =>
  !schema.safeParse({ id }).error?.issues.some((issue) => issue.path[0] === 'id');

describe('ids at province scale', () => {
  test('task, section and target ids keep a two-digit minimum and reach t10000, s200 and t10000.1', () => {
    for (const id of ['t01', 't99', 't100', 't999', 't1000', 't10000']) assert.ok(idOk(TaskSchema, id), id);
    for (const id of ['t1', 't', 'T01', 't01a', 't100000']) assert.ok(!idOk(TaskSchema, id), id);
    for (const id of ['s01', 's99', 's100', 's200']) assert.ok(idOk(SectionSchema, id), id);
    for (const id of ['s1', 's', 's1000']) assert.ok(!idOk(SectionSchema, id), id);
    for (const id of ['t09.1', 't999.12', 't10000.1']) assert.ok(idOk(TargetSchema, id), id);
    for (const id of ['t9.1', 't10000', 't10000.']) assert.ok(!idOk(TargetSchema, id), id);
  });

  test('a generated plan of 10,000 tasks, 1,000 units and 200 sections is valid', () => {
    const plan = buildBigPlan(dezhouPlan, { tasks: 10_000, units: 1_000, sections: 200 });
    assert.deepEqual([plan.tasks.length, plan.units.length, plan.sections.length], [10_000, 1_000, 200]);
    assert.equal(plan.tasks.at(-1)!.id, 't10000');
    assert.equal(plan.sections.at(-1)!.id, 's200');
    const result = validatePlan(plan);
    assert.deepEqual(result.success ? [] : result.issues.slice(0, 3), []);
  });

  test('the Dezhou plan is unchanged: still valid, ids t01…t69 and s01…s11', () => {
    const result = validatePlan(dezhouPlan);
    assert.ok(result.success);
    assert.deepEqual(result.plan, JSON.parse(JSON.stringify(dezhouPlan)));
    assert.deepEqual(dezhouPlan.tasks.map((t) => t.id), Array.from({ length: 69 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`));
    assert.deepEqual(dezhouPlan.sections.map((s) => s.id), Array.from({ length: 11 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`));
  });
});
