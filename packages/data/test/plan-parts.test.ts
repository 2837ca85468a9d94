/**
 * The plan cut by section (issue 10: a page loads the parts it shows): the parts put back together are the whole plan,
 * and the few parts an element loads answer its queries exactly as the whole plan does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhou } from '../src/dezhou-2023.js';
import { dezhouBodiesHant } from '../src/generated/dezhou-2023-bodies.zh-Hant.js';
import { dezhouCoreCompact } from '../src/generated/dezhou-2023-core.js';
import { dezhouEnglish } from '../src/generated/dezhou-2023-en.js';
import { createPlanApi, type ResponsibilityMatrix } from '../src/index.js';
import { foldBodies, joinParts, sectionOf, splitBySection, withBodies } from '../src/plan-parts.js';

const whole = dezhou();
const parts = splitBySection(dezhouCoreCompact, dezhouBodiesHant);
const sectionIds = Object.keys(parts.sections);

/** The plan a page builds from the parts of these sections (units and targets if asked), with bodies and English. */
function planOf(ids: readonly string[], { units = true, tasks = true, targets = true } = {}) {
  const sections = ids.map((id) => parts.sections[id]!);
  const core = joinParts(parts.base, { ...(units ? { units: parts.units } : {}), sections: sections.map((s) => ({ ...(tasks ? { tasks: s.tasks } : {}), ...(targets ? { targets: s.targets } : {}) })) }, dezhouEnglish);
  const bodies = Object.assign({}, ...sections.map((s) => s.bodies)) as Record<string, string>;
  return createPlanApi(withBodies(core, { 'zh-Hant': bodies, 'zh-Hans': foldBodies(bodies) }));
}

describe('plan parts by section', () => {
  test('every section has a part, and all of them put together are the whole plan', () => {
    assert.deepEqual(sectionIds, whole.plan.sections.map((s) => s.id));
    assert.deepStrictEqual(planOf(sectionIds).plan, whole.plan);
  });

  test('sectionOf finds the section of every task (by number, numeric string, id) and of every target', () => {
    for (const task of whole.plan.tasks) {
      for (const ref of [task.number, String(task.number), ` ${task.number} `, task.id, task.id.toUpperCase()]) {
        assert.equal(sectionOf(parts.base, { task: ref }), task.sectionId, `task ${JSON.stringify(ref)}`);
      }
    }
    for (const target of whole.plan.targets) assert.equal(sectionOf(parts.base, { target: target.id }), whole.getTask(target.taskId)!.sectionId);
    for (const ref of ['ｔ９', 'Ｔ09', '“9”']) assert.equal(sectionOf(parts.base, { task: ref }), 's02', `task ${ref}, as getTask reads it`);
    for (const ref of ['ｔ０９．１', '９.１', '“9.1”']) assert.equal(sectionOf(parts.base, { target: ref }), 's02', `target ${ref}, as getTarget reads it`);
    for (const ref of [0, '999', 't999', '', 'x']) assert.equal(sectionOf(parts.base, { task: ref }), undefined);
    assert.equal(sectionOf(parts.base, { target: 't09.99' }), undefined);
  });

  test('sectionOf reads a target as getTarget does (9.1, t9.1, T09.1, 09．1), and a task as t9: a page loads one section for them', () => {
    for (const target of whole.plan.targets) {
      const task = whole.getTask(target.taskId)!;
      const place = target.id.split('.')[1]!;
      for (const ref of [`${task.number}.${place}`, `t${task.number}.${place}`, target.id.toUpperCase(), `${String(task.number).padStart(2, '0')}．${place}`]) {
        assert.equal(whole.getTarget(ref)?.id, target.id, `getTarget(${ref})`);
        assert.equal(sectionOf(parts.base, { target: ref }), task.sectionId, `target ${ref}`);
      }
    }
    for (const ref of ['t9', 'T9', ' 9 ']) assert.equal(sectionOf(parts.base, { task: ref }), whole.getTask(9)!.sectionId, `task ${ref}`);
    for (const ref of ['9.99', '99.1', 'x.1', '9.', '.1']) assert.equal(sectionOf(parts.base, { target: ref }), undefined, `target ${ref}`);
  });

  test("a card's or a gauge's one section answers as the whole plan: task, section, units, targets, bodies; a gauge's target", () => {
    for (const task of whole.plan.tasks) {
      const api = planOf([task.sectionId]);
      assert.deepStrictEqual(api.getTask(task.number), task);
      assert.deepStrictEqual(api.getSection(task.sectionId), whole.getSection(task.sectionId));
      assert.deepStrictEqual(api.unitsOfTask(task.id), whole.unitsOfTask(task.id));
      assert.deepStrictEqual(api.targetsOfTask(task.id), whole.targetsOfTask(task.id));
      const gauge = planOf([task.sectionId], { units: false, tasks: false }); // a gauge loads its targets alone
      for (const target of whole.targetsOfTask(task.id)) {
        assert.deepStrictEqual(api.getTarget(target.id), target);
        assert.deepStrictEqual(gauge.getTarget(target.id), target);
      }
    }
  });

  // The matrices' data (its `roleAt` is a function of each matrix); `roles` read, so the whole grid is compared.
  const matrixData = ({ roleAt: _, ...data }: ResponsibilityMatrix) => data;
  test("a matrix's tasks of every section (no targets, no bodies) give the whole plan's matrices", () => {
    const api = planOf(sectionIds, { targets: false });
    assert.equal(api.plan.targets.length, 0);
    for (const sort of ['order', 'load'] as const) {
      for (const sections of [undefined, ...whole.plan.sections.map((s) => [s.number])]) {
        const options = { ...(sections ? { sections } : {}), sort };
        assert.deepStrictEqual(matrixData(api.responsibilityMatrix(options)), matrixData(whole.responsibilityMatrix(options)), JSON.stringify(options));
      }
      const byUnit = { units: ['市科技局'], sort };
      assert.deepStrictEqual(matrixData(api.responsibilityMatrix(byUnit)), matrixData(whole.responsibilityMatrix(byUnit)));
    }
  });
});
