/**
 * F227 (F224's leftover): the remark 按職責分工負責 after units with roles in words, in brackets of its own
 * (`縣發改局牽頭，縣財政局配合（按職責分工負責）`) or on a task's last line, reads as F224 reads it after a comma in
 * brackets at the task's end: the units read, the remark in no name, and the same words (none since F232: each unit
 * has its role; roles-all-given-f232.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const doc = (task: string) => `嘉祥縣人民政府\n嘉祥縣2023年重點工作任務\n一、實體經濟\n${task}\n`;
const said = (diagnostics: readonly { code: string; severity: string; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
const codes = (diagnostics: readonly { code: string; severity: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}`);
const reading = (task: string, options?: Parameters<typeof parsePlanTextChecked>[1]) => {
  const parsed = parsePlanTextChecked(doc(task), options);
  const [first] = parsed.tasks;
  return { roles: [first?.lead, first?.participating], title: first?.title, body: first?.body, said: said(parsed.diagnostics) };
};

// F224's form, pinned by leading-bracket-f221.test.ts: the remark after a comma, in the brackets at the task's end.
const plain = '1.新建公園6處。（縣發改局牽頭，縣財政局配合，按職責分工負責）';

describe('the remark after roles in words, in brackets or on the last line, reads as after a comma at the task’s end', () => {
  const forms = [
    ['in a leading bracket', '1.【縣發改局牽頭，縣財政局配合（按職責分工負責）】新建公園6處。'],
    ['in the brackets at the end', '1.新建公園6處。（縣發改局牽頭，縣財政局配合（按職責分工負責））'],
    ['on the last line, after a comma', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合，按職責分工負責。'],
    ['on the last line, in brackets', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合（按職責分工負責）。'],
    ['on the last line, in brackets without a full stop', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合（按職責分工負責）'],
  ] as const;
  const expected = reading(plain);

  test('the form it is read as: units read, no error (each has its role, F232)', () => {
    assert.deepEqual(expected.roles, [['縣發改局'], ['縣財政局']]);
    assert.deepEqual(codes(parsePlanTextChecked(doc(plain)).diagnostics), []);
  });

  for (const [form, task] of forms) {
    test(`${form}: the same units, title, body and words`, () => {
      assert.deepEqual(reading(task), expected);
    });
  }

  test('the option for responsibleBesideLead reads each alike', () => {
    const option = { responsibleBesideLead: 'participating' } as const;
    const answered = reading(plain, option);
    assert.deepEqual(answered.said, []);
    for (const [form, task] of forms) assert.deepEqual(reading(task, option), answered, form);
  });

  test('in the plan built: no unit named with the remark', () => {
    const { plan } = planFromText(doc(forms[0][1]));
    assert.ok(plan);
    assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']), ['縣發改局', '縣財政局']);
  });
});

describe('a parenthesis of roles in words never closed, ending in the remark', () => {
  test('read as without it (unclosedUnits alone, as the remark at the end gives no error)', () => {
    const unclosed = parsePlanTextChecked(doc('1.新建公園6處。（縣發改局牽頭，縣財政局配合'));
    assert.deepEqual(codes(unclosed.diagnostics), ['error unclosedUnits']);
    for (const remark of ['，按職責分工負責', '（按職責分工負責）']) {
      const parsed = parsePlanTextChecked(doc(`1.新建公園6處。（縣發改局牽頭，縣財政局配合${remark}`));
      const [task] = parsed.tasks;
      assert.deepEqual([task?.lead, task?.participating], [['縣發改局'], ['縣財政局']], remark);
      assert.deepEqual(codes(parsed.diagnostics), ['error unclosedUnits'], remark);
      assert.equal(task?.body, '', remark);
    }
  });
});
