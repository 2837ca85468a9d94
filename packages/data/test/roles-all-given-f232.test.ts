/**
 * F232: 按職責分工負責 after units that each have a role in words (`縣發改局牽頭，縣財政局配合，按職責分工負責`) says only
 * that each works to its duties: no unit, no role, and no error, in every place F224 and F227 read it. Where some unit
 * before it has no role word of its own (`A牽頭,B、C按職責分工負責`), whether it leads or takes part is unclear: the
 * error `responsibleBesideLead` stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const doc = (task: string) => `某縣人民政府\n某縣2024年重點工作任務\n一、產業\n${task}\n`;
const said = (diagnostics: readonly { code: string; severity: string; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
const reading = (task: string) => {
  const parsed = parsePlanTextChecked(doc(task));
  const [first] = parsed.tasks;
  return { roles: [first?.lead, first?.participating], said: said(parsed.diagnostics) };
};

describe('the remark after units that all have their role: no error, the units as written', () => {
  const forms = [
    ['at the task’s end, after a comma', '1.推進建設。新建基站1000個。（縣發改局牽頭，縣財政局配合，按職責分工負責）'],
    ['at the task’s end, in its own brackets', '1.推進建設。新建基站1000個。（縣發改局牽頭，縣財政局配合（按職責分工負責））'],
    ['in a leading bracket, after a comma', '1.【縣發改局牽頭，縣財政局配合，按職責分工負責】推進建設。新建基站1000個。'],
    ['in a leading bracket, in its own brackets', '1.【縣發改局牽頭，縣財政局配合（按職責分工負責）】推進建設。新建基站1000個。'],
    ['on the last line, after a comma', '1.推進建設。新建基站1000個。\n縣發改局牽頭，縣財政局配合，按職責分工負責。'],
    ['on the last line, in brackets', '1.推進建設。新建基站1000個。\n縣發改局牽頭，縣財政局配合（按職責分工負責）。'],
  ] as const;
  for (const [form, task] of forms) {
    test(form, () => {
      assert.deepEqual(reading(task), { roles: [['縣發改局'], ['縣財政局']], said: [] });
    });
  }

  test('unclosed: only unclosedUnits, as without the remark', () => {
    for (const remark of ['，按職責分工負責', '（按職責分工負責）']) {
      const { roles, said: words } = reading(`1.推進建設。新建基站1000個。（縣發改局牽頭，縣財政局配合${remark}`);
      assert.deepEqual(roles, [['縣發改局'], ['縣財政局']], remark);
      assert.deepEqual(words.map((w) => w.split(':')[0]), ['error unclosedUnits'], remark);
    }
  });

  test('the build writes the plan: two units, no unit named with the remark', () => {
    const { plan, diagnostics } = planFromText(doc('1.推進建設。新建基站1000個。（縣發改局牽頭，縣財政局配合，按職責分工負責）'));
    assert.deepEqual(said(diagnostics).filter((d) => d.startsWith('error')), []);
    assert.ok(plan);
    assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']), ['縣發改局', '縣財政局']);
    assert.deepEqual([plan.tasks[0]!.lead, plan.tasks[0]!.participating].map((ids) => ids.length), [1, 1]);
  });
});

describe('a unit before the remark with no role word of its own: the error stays', () => {
  const kept = [
    ['units after a lead, before the remark', '（縣發改局牽頭，縣財政局、縣統計局按職責分工負責）'],
    ['one unit after roles in words, before the remark', '（縣發改局牽頭，縣財政局配合，縣統計局按職責分工負責）'],
    ['分別負責 beside a lead', '（縣發改局牽頭，縣財政局、縣統計局分別負責）'],
    ['按職責負責 beside a lead', '（縣發改局牽頭，縣財政局按職責負責）'],
    ['按職責分工落實 beside a lead', '（縣發改局牽頭，縣財政局、縣統計局按職責分工落實）'],
    ['a lead label, then 分別負責', '（牽頭單位：縣發改局、縣財政局分別負責）'],
  ] as const;
  for (const [form, units] of kept) {
    test(form, () => {
      const words = reading(`1.推進建設。新建基站1000個。${units}`).said;
      assert.deepEqual(words.map((w) => w.split(':')[0]), ['error responsibleBesideLead'], form);
    });
  }
});
