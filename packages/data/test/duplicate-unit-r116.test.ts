/**
 * Review r116 F1: a document whose only diagnostic is the warning `duplicateUnitInTask` (a unit named as a lead and again
 * as taking part) was refused by `dz-plan build`, `--lenient` too: the plan it made had the unit in both roles, which
 * no plan allows (`leadAndParticipating`). The guide says a warning alone writes the plan. The unit now leads where it
 * leads, once; a unit named twice in one list is listed once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { validatePlan } from '../src/index.js';

const doc = (units: string) => `濟南市2024年重點工作任務\n一、推動創新\n1.建設平台。2024年新建5G基站3000個。${units}\n2.建設園區。新建園區3個。(牽頭單位:市發展改革委)\n`;

describe('r116 F1: a unit a task names twice', () => {
  test('as a lead and again taking part: the plan is written, the unit leads once, the warning stays', () => {
    const { plan, diagnostics } = planFromText(doc('(牽頭單位:市財政局;參與單位:市財政局、市發展改革委)'), { issuer: '濟南市人民政府' });
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.code]), [['warning', 'duplicateUnitInTask']]);
    assert.ok(plan, 'a plan is written');
    const task = plan.tasks[0]!;
    const name = (id: string) => plan.units.find((u) => u.id === id)!.name['zh-Hant'];
    assert.deepEqual(task.lead.map(name), ['市財政局']);
    assert.deepEqual(task.participating.map(name), ['市發展改革委']);
    assert.equal(validatePlan(plan).success, true);
  });

  test('twice in one list: listed once', () => {
    const { plan } = planFromText(doc('(牽頭單位:市財政局、市財政局;參與單位:市發展改革委、市發展改革委)'), { issuer: '濟南市人民政府' });
    assert.ok(plan, 'a plan is written');
    assert.equal(plan.tasks[0]!.lead.length, 1);
    assert.equal(plan.tasks[0]!.participating.length, 1);
  });
});
