/** createPlanLookups: the lookups of createPlanApi alone, answering the same; evaluatePlanTarget paces as the API does. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { createPlanApi, createPlanLookups, evaluatePlanTarget } from '../src/index.js';

const api = createPlanApi(dezhouPlan);
const lookups = createPlanLookups(dezhouPlan);

test('createPlanLookups binds the lookups only', () => {
  assert.deepEqual(Object.keys(lookups).sort(), ['getSection', 'getTarget', 'getTask', 'getUnit', 'index', 'plan', 'targetsOfTask', 'unitsOfTask']);
});

test('each lookup answers as the PlanApi does', () => {
  assert.deepStrictEqual(lookups.plan, api.plan);
  for (const task of api.plan.tasks) {
    assert.deepStrictEqual(lookups.getTask(task.number), api.getTask(task.number));
    assert.deepStrictEqual(lookups.getSection(task.sectionId), api.getSection(task.sectionId));
    assert.deepStrictEqual(lookups.unitsOfTask(task.id), api.unitsOfTask(task.id));
    assert.deepStrictEqual(lookups.targetsOfTask(task.id), api.targetsOfTask(task.id));
  }
  for (const unit of api.plan.units) assert.deepStrictEqual(lookups.getUnit(unit.name['zh-Hans']), api.getUnit(unit.name['zh-Hans']));
  for (const target of api.plan.targets) assert.deepStrictEqual(lookups.getTarget(target.id), api.getTarget(target.id));
});

test('evaluatePlanTarget paces from the plan period start, as PlanApi.evaluateTarget', () => {
  const target = api.getTarget('t09.1')!;
  const reading = { value: 2100, asOf: '2023-06-30' };
  assert.deepStrictEqual(evaluatePlanTarget(api.plan, target, reading, { lang: 'en' }), api.evaluateTarget(target, reading, { lang: 'en' }));
  // A period that starts later paces differently: the start is the plan's, not the deadline year's.
  const later = evaluatePlanTarget({ period: { start: '2023-04-01', end: '2023-12-31' } }, target, reading);
  assert.notDeepStrictEqual(later, api.evaluateTarget(target, reading));
});

test("a plan's unit names are normalized only when a unit is first looked up by name: indexing it and building its matrix read no alias", () => {
  let aliasReads = 0;
  // The plan's units, each counting the reads of its aliases (read only to key units by name).
  const units = dezhouPlan.units.map((unit) => {
    const counted = { ...unit };
    Object.defineProperty(counted, 'aliases', { enumerable: true, get: () => (aliasReads++, unit.aliases) });
    return counted;
  });
  const plan = { ...dezhouPlan, units };
  const counted = createPlanApi(plan);
  const matrix = counted.responsibilityMatrix();
  assert.equal(matrix.rows.length, 48);
  assert.equal(counted.getTask(9)?.id, 't09');
  assert.equal(aliasReads, 0, 'aliases read before any look-up by name');
  assert.equal(counted.getUnit('市發改委')?.id, api.getUnit('市發改委')?.id);
  assert.ok(aliasReads > 0);
  const once = aliasReads;
  assert.equal(counted.getUnit('市科技局')?.id, api.getUnit('市科技局')?.id);
  assert.equal(aliasReads, once, 'the keys are built once');
  assert.deepEqual(counted.tasksOfUnit('科技局')?.map((t) => t.number), api.tasksOfUnit('科技局')?.map((t) => t.number));
});
