/** loadPlan / validatePlan on the Dezhou plan, on broken copies, on garbage, and the JSON round trip of accepted plans. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { dezhou, dezhouPlan, getTask, getUnit } from '../src/dezhou-2023.js';
import { loadPlan, parseProgressReport, type Plan, PlanValidationError, validatePlan } from '../src/index.js';

// Queries without a Dezhou shorthand are methods of dezhou().
const { searchTasks } = dezhou();

const clone = (): Plan => structuredClone(dezhouPlan);

describe('loadPlan', () => {
  test('loads the Dezhou plan and answers like the bundled API', () => {
    const api = loadPlan(clone());
    assert.deepStrictEqual(api.plan, dezhouPlan);
    assert.deepStrictEqual(api.getTask(9), getTask(9));
    assert.equal(api.getUnit('市发改委')?.id, getUnit('市發改委')?.id);
    assert.deepEqual(api.tasksOfUnit('市科技局', { role: 'lead' })?.map((t) => t.number), [1, 2, 3]);
    assert.deepEqual(api.searchTasks('5G').map((r) => r.task.id), searchTasks('5G').map((r) => r.task.id));
    assert.equal(api.responsibilityMatrix().totals.total, 186);
    assert.equal(api.evaluateTarget(api.getTarget('t09.1')!, { value: 2100, asOf: '2023-06-30' }).status, 'onTrack');
    assert.equal(parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't99.9', value: 1 }] }, api.plan).success, false);
  });

  test('an unknown lead unit throws PlanValidationError naming tasks[3].lead[0]', () => {
    const broken = clone();
    broken.tasks[3]!.lead[0] = 'foo';
    assert.throws(
      () => loadPlan(broken),
      (error: unknown) => {
        assert.ok(error instanceof PlanValidationError);
        assert.equal(error.name, 'PlanValidationError');
        assert.ok(error.message.includes('tasks[3].lead[0]: unknown unit id "foo"'), error.message);
        assert.deepEqual(error.issues, [{ path: 'tasks[3].lead[0]', message: 'unknown unit id "foo"' }]);
        return true;
      },
    );
  });

  test('several problems are all listed, the message shows the first five', () => {
    const broken = clone();
    broken.tasks.forEach((t, i) => {
      if (i < 7) t.sectionId = 's99';
    });
    const result = validatePlan(broken);
    assert.equal(result.success, false);
    assert.equal(result.issues.length, 7);
    assert.ok(result.issues.every((issue, i) => issue.path === `tasks[${i}].sectionId`));
    assert.throws(() => loadPlan(broken), /… and 2 more/);
  });

  test('duplicate ids and an upper value below the value are reported', () => {
    const broken = clone();
    broken.units[1]!.id = broken.units[0]!.id;
    broken.targets[0]!.upperValue = broken.targets[0]!.value - 1;
    const paths = validatePlan(broken).issues.map((i) => i.path);
    assert.ok(paths.includes('units[1].id'), paths.join(', '));
    assert.ok(paths.includes('targets[0].upperValue'), paths.join(', '));
  });

  test('a floor on a target that is not a change is reported (an overlay would read "at least at least 100")', () => {
    const broken = clone();
    const atLeast = broken.targets.findIndex((t) => t.comparator === 'atLeast');
    broken.targets[atLeast] = { ...broken.targets[atLeast]!, floor: true };
    const issue = validatePlan(broken).issues.find((i) => i.path === `targets[${atLeast}].floor`);
    assert.ok(issue, 'the floor is an issue');
    assert.match(issue.message, /floor \(at least\) is for a change \(increaseBy, decreaseBy\), not for atLeast/);
    assert.equal(validatePlan(clone()).issues.length, 0, 't03.3 and t44.1, changes, keep theirs');
  });
});

describe('validatePlan never throws', () => {
  test('on garbage', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    cyclic.sections = [cyclic];
    for (const input of [null, undefined, 0, -0, NaN, 'plan', [], [dezhouPlan], {}, { tasks: 'x' }, { ...dezhouPlan, tasks: null }, cyclic, new Date(), () => 1, Symbol('s')]) {
      const result = validatePlan(input);
      assert.equal(result.success, false, String(typeof input));
      assert.ok(result.issues.length > 0);
    }
  });

  test('on arbitrary values (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (input) => {
        assert.equal(validatePlan(input).success, false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('accepted plans survive a JSON round trip (fast-check)', () => {
  const taskCount = dezhouPlan.tasks.length;
  const targetCount = dezhouPlan.targets.length;
  const unitIds = dezhouPlan.units.map((u) => u.id);
  const tIndex = fc.nat({ max: taskCount - 1 });
  const gIndex = fc.nat({ max: targetCount - 1 });
  const odd = fc.oneof(
    fc.constant(-0),
    fc.constant(0),
    fc.constant(2 ** 53),
    fc.constant(1e21),
    fc.constant(Number.MAX_SAFE_INTEGER),
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.double(),
  );
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.constant('\uD800'));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('taskNumber' as const), i: tIndex, v: odd }),
    fc.record({ kind: fc.constant('taskTitle' as const), i: tIndex, lang: fc.constantFrom('zh-Hant', 'zh-Hans', 'en') as fc.Arbitrary<'en'>, v: text }),
    fc.record({ kind: fc.constant('taskBody' as const), i: tIndex, v: text }),
    fc.record({ kind: fc.constant('spanOffset' as const), i: tIndex, which: fc.constantFrom('title', 'body') as fc.Arbitrary<'title'>, v: odd }),
    fc.record({ kind: fc.constant('unitsSpanUndefined' as const), i: tIndex }),
    fc.record({ kind: fc.constant('lead' as const), i: tIndex, v: fc.array(fc.constantFrom(...unitIds, 'foo'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('targetValue' as const), j: gIndex, v: odd }),
    fc.record({ kind: fc.constant('upperValue' as const), j: gIndex, v: fc.option(odd, { nil: undefined }) }),
    fc.record({ kind: fc.constant('baselineYear' as const), j: gIndex, v: fc.option(fc.oneof(fc.constant(-0), fc.integer({ min: 1900, max: 2100 })), { nil: undefined }) }),
    fc.record({ kind: fc.constant('dropUnit' as const), k: fc.nat({ max: unitIds.length - 1 }) }),
    fc.record({ kind: fc.constant('aliases' as const), k: fc.nat({ max: unitIds.length - 1 }), v: fc.array(text, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('planSource' as const), v: fc.constantFrom(undefined, null) }),
    fc.record({ kind: fc.constant('year' as const), v: odd }),
    fc.record({ kind: fc.constant('extraKey' as const), i: tIndex, v: text }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function apply(plan: Plan, m: Mutation): void {
    const anyPlan = plan as unknown as Record<string, unknown>;
    switch (m.kind) {
      case 'taskNumber': plan.tasks[m.i]!.number = m.v; break;
      case 'taskTitle': plan.tasks[m.i]!.title[m.lang] = m.v; break;
      case 'taskBody': plan.tasks[m.i]!.body['zh-Hans'] = m.v; break;
      case 'spanOffset': plan.tasks[m.i]!.source[m.which].offset = m.v; break;
      case 'unitsSpanUndefined': plan.tasks[m.i]!.source.units = undefined; break;
      case 'lead': plan.tasks[m.i]!.lead = m.v; break;
      // valueText with it, which must read as the value.
      case 'targetValue': Object.assign(plan.targets[m.j]!, { value: m.v, valueText: String(m.v) }); break;
      case 'upperValue': plan.targets[m.j]!.upperValue = m.v; break;
      case 'baselineYear': plan.targets[m.j]!.baselineYear = m.v; break;
      case 'dropUnit': plan.units.splice(m.k, 1); break;
      case 'aliases': plan.units[Math.min(m.k, plan.units.length - 1)]!.aliases = m.v; break;
      case 'planSource': anyPlan.source = m.v; break;
      case 'year': plan.year = m.v; break;
      case 'extraKey': (plan.tasks[m.i] as unknown as Record<string, unknown>).extra = m.v; break;
    }
  }

  test('whenever validatePlan accepts a mutated plan, JSON.parse(JSON.stringify(plan)) is accepted and deep-equal', (t) => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const plan = clone();
        for (const m of mutations) apply(plan, m);
        const first = validatePlan(plan);
        if (!first.success) {
          rejected++;
          assert.ok(first.issues.length > 0);
          return;
        }
        accepted++;
        const copy = JSON.parse(JSON.stringify(first.plan)) as unknown;
        assert.deepStrictEqual(copy, first.plan, 'the accepted plan is plain JSON data');
        const second = validatePlan(copy);
        assert.ok(second.success, 'the JSON copy is accepted');
        assert.deepStrictEqual(second.plan, first.plan);
      }),
      { numRuns: 300 },
    );
    t.diagnostic(`mutated plans: ${accepted} accepted, ${rejected} rejected`);
    assert.ok(accepted >= 60 && rejected >= 30, `both outcomes are exercised (accepted ${accepted}, rejected ${rejected})`);
  });

  test('-0 and keys set to undefined are normalized away (regression for the round trip)', () => {
    const plan = clone();
    plan.tasks[0]!.source.title.offset = -0;
    // A value of 0 is an upper limit's only (at most 0); -0 is that 0.
    Object.assign(plan.targets[0]!, { valueText: '0', comparator: 'atMost', value: -0 });
    plan.targets[1]!.upperValue = undefined;
    plan.targets[2]!.baselineYear = undefined;
    plan.tasks[0]!.source.units = undefined;
    (plan as { source?: unknown }).source = undefined;
    const result = validatePlan(plan);
    assert.ok(result.success);
    assert.ok(Object.is(result.plan.targets[0]!.value, 0));
    assert.ok(Object.is(result.plan.tasks[0]!.source.title.offset, 0));
    assert.ok(!('upperValue' in result.plan.targets[1]!));
    assert.ok(!('baselineYear' in result.plan.targets[2]!));
    assert.ok(!('units' in result.plan.tasks[0]!.source));
    assert.ok(!('source' in result.plan));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(result.plan)), result.plan);
    assert.ok(Object.is(plan.targets[0]!.value, -0), 'the input itself is left alone');
  });
});
