/**
 * validatePlan and parseProgressReport on hostile input (issue 14, items 2 and 4): they never throw. Throwing getters,
 * revoked Proxies, cycles, huge or deeply nested values and inputs with more problems than anyone reads all come back
 * as a validation failure whose message says what was wrong; impossible dates and duplicate task numbers are rejected.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport, type Plan, validatePlan } from '../src/index.js';
import * as z from 'zod/mini';
import { MAX_INPUT_DEPTH, MAX_INPUT_VALUES, MAX_ISSUES, validateInput } from '../src/validate-input.js';

const clone = (): Plan => structuredClone(dezhouPlan);
const report = (entries: unknown[] = [{ target: 't09.1', value: 1 }], asOf: unknown = '2023-06-30') => ({ plan: dezhouPlan.id, asOf, entries });

/** Runs both validators on `input` (as a plan, and as a report) and returns their issues; neither may throw. */
function bothFail(input: unknown): { plan: string[]; report: string[] } {
  const plan = validatePlan(input);
  const rep = parseProgressReport(input);
  assert.equal(plan.success, false, 'validatePlan accepted it');
  assert.equal(rep.success, false, 'parseProgressReport accepted it');
  const lines = (r: { issues: readonly { path: string; message: string }[] }) => r.issues.map((i) => `${i.path}: ${i.message}`);
  return { plan: lines(plan), report: lines(rep) };
}

describe('validatePlan and parseProgressReport never throw', () => {
  test('a throwing getter is a failure naming its path and the error', () => {
    const plan = clone() as unknown as Record<string, unknown>;
    Object.defineProperty(plan, 'tasks', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = validatePlan(plan);
    assert.equal(result.success, false);
    assert.match(result.issues[0]!.message, /cannot be read.*boom/);
    assert.equal(result.issues[0]!.path, 'tasks');
    const entries = [{ target: 't09.1', get value(): number { throw new RangeError('no value'); } }];
    const rep = parseProgressReport(report(entries));
    assert.equal(rep.success, false);
    assert.deepEqual(rep.issues.map((i) => i.path), ['entries[0].value']);
    assert.match(rep.issues[0]!.message, /no value/);
  });

  test('a revoked Proxy, at the root or inside, is a failure', () => {
    const root = Proxy.revocable({}, {});
    root.revoke();
    const { plan, report: rep } = bothFail(root.proxy);
    assert.match(plan[0]!, /^\(root\): cannot be read/);
    assert.match(rep[0]!, /^\(root\): cannot be read/);
    const inner = Proxy.revocable([], {});
    inner.revoke();
    const result = parseProgressReport(report(inner.proxy as unknown[]));
    assert.equal(result.success, false);
    assert.match(result.issues[0]!.message, /cannot be read/);
    assert.equal(result.issues[0]!.path, 'entries');
  });

  test('an error whose own message throws, a getter that throws a non-Error, a Proxy whose traps throw', () => {
    const hostileError = { get message(): string { throw new Error('again'); } };
    const plan = { get id(): string { throw hostileError; } };
    const result = validatePlan(plan);
    assert.equal(result.success, false);
    assert.match(result.issues[0]!.message, /cannot be read/);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    const { plan: issues } = bothFail(trap);
    assert.match(issues[0]!, /no keys/);
  });

  test('a cycle and a nesting deeper than the limit are failures that say so', () => {
    const cyclic: Record<string, unknown> = { ...clone() };
    cyclic.self = cyclic;
    assert.match(bothFail(cyclic).plan[0]!, /self: .*refers to itself/);
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { plan, report: rep } = bothFail({ ...report(), entries: deep });
    assert.match(plan.join('\n'), new RegExp(`nested deeper than ${MAX_INPUT_DEPTH} levels`));
    assert.match(rep.join('\n'), new RegExp(`nested deeper than ${MAX_INPUT_DEPTH} levels`));
  });

  test(`an input of more than ${MAX_INPUT_VALUES.toLocaleString('en')} values is refused before validating, with the limit in the message`, () => {
    const entries = new Array<number>(MAX_INPUT_VALUES).fill(0);
    const { plan, report: rep } = bothFail(report(entries));
    assert.equal(rep.length, 1);
    assert.match(rep[0]!, /^\(root\): too large to validate: more than 1,000,000 values/);
    assert.match(plan[0]!, /too large to validate/);
    const long = 'x'.repeat(40 * 1024 * 1024);
    assert.match(bothFail(report([{ target: 't09.1', value: 1, note: long }])).report[0]!, /too large to validate: more than .* characters/);
  });

  test(`15,000 empty tasks (the stack overflow of zod's issue collection): at most ${MAX_ISSUES} issues, and the last one says how the list was cut`, () => {
    const plan = { ...clone(), tasks: Array.from({ length: 15_000 }, () => ({})) };
    const result = validatePlan(plan);
    assert.equal(result.success, false);
    assert.equal(result.issues.length, MAX_ISSUES + 1);
    assert.equal(result.issues[0]!.path, 'tasks[0].id');
    assert.match(result.issues.at(-1)!.message, new RegExp(`only the first ${MAX_ISSUES.toLocaleString("en")} problems are listed`));
    const rep = parseProgressReport(report(Array.from({ length: 200_000 }, () => ({}))));
    assert.equal(rep.success, false);
    assert.equal(rep.issues.length, MAX_ISSUES + 1);
  });

  test('more broken references than the cap (3,000 tasks in an unknown section) stop at the cap too', () => {
    const plan = clone();
    const task = plan.tasks[0]!;
    plan.tasks = Array.from({ length: 3_000 }, (_, i) => ({ ...task, id: `t${String(i + 10).padStart(5, '0')}`, number: i + 10, sectionId: 's99', targetIds: [] }));
    const result = validatePlan(plan);
    assert.equal(result.success, false);
    assert.equal(result.issues.length, MAX_ISSUES + 1);
    assert.match(result.issues[0]!.message, /unknown section id "s99"/);
  });

  test('a valid input larger than one zod call is validated in one pass: every value is checked once (issue 10)', () => {
    // Large inputs are walked piece by piece only to list their issues; a valid one must not be validated twice.
    let checked = 0;
    const counted = z.string().check(z.refine(() => (checked++, true)));
    const schema = z.object({ name: counted, items: z.array(counted) });
    const result = validateInput(schema, { name: 'list', items: Array.from({ length: 5000 }, (_, i) => `item ${i}`) });
    assert.equal(result.success, true);
    assert.equal(checked, 5001);
  });

  test('an invalid large input still lists every issue with its path, and its whole-value checks once the parts are valid', () => {
    const counted = z.array(z.string());
    const schema = z.object({ items: counted }).check(z.refine((value) => value.items.length < 5000, 'too many items'));
    const items: unknown[] = Array.from({ length: 5000 }, (_, i) => `item ${i}`);
    const whole = validateInput(schema, { items });
    assert.deepEqual(whole.success ? [] : whole.issues, [{ path: '(root)', message: 'too many items' }]);
    items[4321] = 7;
    const part = validateInput(schema, { items });
    assert.equal(part.success, false);
    assert.deepEqual(part.success ? [] : part.issues.map((issue) => issue.path), ['items[4321]']);
  });

  test('the Dezhou plan still validates, as plain data equal to itself', () => {
    const result = validatePlan(clone());
    assert.equal(result.success, true);
    assert.deepStrictEqual(result.success && result.plan, dezhouPlan);
  });
});

describe('impossible dates and duplicate task numbers (issue 14 item 2, item 4)', () => {
  for (const date of ['2023-02-30', '9999-99-99', '2023-13-01', '2023-00-10', '2022-02-29']) {
    test(`${date} is refused as a deadline, a period end, a report date and an entry date`, () => {
      const deadline = clone();
      deadline.targets[0]!.deadline = date;
      assert.deepEqual(validatePlan(deadline).issues.map((i) => `${i.path}: ${i.message}`), ['targets[0].deadline: expected a real date']);
      const period = clone();
      period.period.end = date;
      assert.deepEqual(validatePlan(period).issues.map((i) => i.path), ['period.end']);
      assert.deepEqual(parseProgressReport(report(undefined, date)).issues.map((i) => i.path), ['asOf']);
      assert.deepEqual(parseProgressReport(report([{ target: 't09.1', value: 1, asOf: date }])).issues.map((i) => i.path), ['entries[0].asOf']);
    });
  }
  test('2024-02-29 (a leap day) is a real date', () => {
    assert.equal(parseProgressReport(report(undefined, '2024-02-29')).success, true);
  });

  test('two tasks with one number are refused, naming the second', () => {
    const plan = clone();
    plan.tasks[5] = { ...plan.tasks[5]!, number: plan.tasks[4]!.number };
    const result = validatePlan(plan);
    assert.equal(result.success, false);
    assert.deepEqual(result.issues.map((i) => `${i.path}: ${i.message}`), [`tasks[5].number: duplicate task number ${plan.tasks[4]!.number} (also tasks[4])`]);
  });
});
