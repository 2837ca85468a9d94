/**
 * F231 (review r93 L6): a target written in two forms (`t09.1`, `t9.1`) given different values at one date: the report
 * was refused, but only some of the conflicting entries were named (the pass on the ids as the plan reads them did not
 * run once the pass on the ids as written had found one). Every conflicting entry is named, once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport } from '../src/index.js';

const paths = (values: readonly (readonly [string, number])[]) => {
  const r = parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: values.map(([target, value]) => ({ target, value })) }, dezhouPlan);
  assert.equal(r.success, false);
  return r.issues.map((i) => i.path);
};

describe('r93 L6: every entry giving one target a second value is named, once', () => {
  test('[t09.1: 1, t09.1: 5, t9.1: 6]: entries 1 and 2', () => {
    assert.deepEqual(paths([['t09.1', 1], ['t09.1', 5], ['t9.1', 6]]), ['entries[1]', 'entries[2]']);
  });
  test('[t09.1: 5, t9.1: 1, t09.1: 1]: entries 1 and 2', () => {
    assert.deepEqual(paths([['t09.1', 5], ['t9.1', 1], ['t09.1', 1]]), ['entries[1]', 'entries[2]']);
  });
  test('a wrong value elsewhere still stops the check of ids as the plan reads them (the values are not all read)', () => {
    const r = parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 1 }, { target: 't9.1', value: 2 }, { target: 't09.2', value: 'x' }] }, dezhouPlan);
    assert.deepEqual(r.issues.map((i) => i.path), ['entries[2].value']);
  });
});
