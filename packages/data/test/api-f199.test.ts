/** r84 (F199): parseProgressReport reports every layer it can, target ids as getTarget reads them, InvalidReadingError in words. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { InvalidReadingError, parseProgressReport } from '../src/index.js';

const report = (plan: string, entries: object[]) => ({ plan, asOf: '2023-06-30', entries });
const paths = (input: unknown) => parseProgressReport(input, dezhouPlan).issues.map((i) => `${i.path}: ${i.message}`);

describe('parseProgressReport: the plan and the ids are checked beside the types', () => {
  test("another plan's report whose value has the wrong type: both said, the plan first", () => {
    const issues = paths(report('jinan-2024', [{ target: 't09.1', value: 'x' }]));
    assert.equal(issues.length, 2, issues.join('\n'));
    assert.match(issues[0]!, /^plan: the report is for plan "jinan-2024"/);
    assert.match(issues[1]!, /^entries\[0\]\.value: /);
  });

  test('an unknown target beside a wrong type is said too, after the problems of the schema', () => {
    const issues = paths(report(dezhouPlan.id, [{ target: 't99.9', value: 1 }, { target: 't09.1', value: 'x' }]));
    assert.deepEqual(issues.map((i) => i.split(':')[0]), ['entries[1].value', 'entries[0].target']);
  });

  test('a field of the wrong type is not checked against the plan: one issue for it, not two', () => {
    const issues = paths({ plan: 7, asOf: '2023-06-30', entries: [{ target: 9.1, value: 1 }] });
    assert.deepEqual(issues.map((i) => i.split(':')[0]), ['plan', 'entries[0].target']);
    assert.ok(issues.every((i) => /expected/.test(i)), issues.join('\n'));
  });

  test('the issues of both layers together stop at 1,000, and one more says the list was cut', () => {
    const issues = parseProgressReport(report('jinan-2024', Array.from({ length: 600 }, () => ({ target: 't99.9', value: 'x' }))), dezhouPlan).issues;
    assert.equal(issues.length, 1001);
    assert.equal(issues[0]!.path, 'plan');
    assert.deepEqual(issues.slice(-2).map((i) => i.path), ['entries[398].target', '(root)']);
    assert.match(issues.at(-1)!.message, /1,?000/);
  });
});

describe('parseProgressReport: target ids as getTarget reads them', () => {
  test("t9.1, T09.1 and ｔ０９．１ are t09.1, written as the plan's id in the result", () => {
    const spellings = ['t9.1', 'T09.1', 'ｔ０９．１'];
    for (const s of spellings) assert.equal(getTarget(s)?.id, 't09.1', s);
    const result = parseProgressReport(report(dezhouPlan.id, spellings.map((target) => ({ target, value: 1 }))), dezhouPlan);
    assert.equal(result.success, true, JSON.stringify(result.issues));
    assert.deepEqual(result.data?.entries.map((e) => e.target), ['t09.1', 't09.1', 't09.1']);
  });
});

describe('InvalidReadingError', () => {
  test('its message is a sentence; code and problem are data', () => {
    const target = getTarget('t09.1')!;
    const error = new InvalidReadingError({ code: 'invalidDate', asOf: '2023-6-30' }, target);
    assert.equal(error.code, 'invalidDate');
    assert.deepEqual(error.problem, { code: 'invalidDate', asOf: '2023-6-30' });
    assert.equal(error.message, 'target t09.1: the reading cannot be judged (invalidDate: asOf 2023-6-30)');
    const nested = new InvalidReadingError({ code: 'invalidDate', asOf: '2023年6月', looksLike: { shape: 'month', date: '2023-06-30' } }, target);
    assert.equal(nested.message, 'target t09.1: the reading cannot be judged (invalidDate: asOf 2023年6月, looksLike (shape month, date 2023-06-30))');
  });
});
