/**
 * `@dz-tasks/data` called as a library: the options a backend passes (a client's `lang`, a `today`, a `limit`) are
 * read by one rule or refused with an error that names the option, never a TypeError from deep inside.
 */
import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import {
  createPlanApi,
  evaluatePlanTarget,
  evaluateTarget,
  indexPlan,
  InvalidReadingError,
  latestIsoDate,
  loadPlan,
  parseProgressReport,
  PlanValidationError,
  searchTasks,
  validatePlan,
  type Language,
  type Plan,
  type ProgressReport,
} from '../src/index.js';
import { diffReports } from '../src/progress/index.js';

const plan = dezhouPlan;
const t091 = getTarget('t09.1')!;
const june: ProgressReport = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 1500 }] };
const july: ProgressReport = { plan: plan.id, asOf: '2023-07-01', entries: [{ target: 't09.1', value: 2100 }] };
/** A tag the package does not speak, passed through plain JavaScript. */
const tag = (lang: string) => lang as Language;
/** The message of what `run` throws. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  assert.fail('expected an error');
}

describe('a lang the package does not speak is read as resolveLanguage reads a tag (zh-CN is zh-Hans, others English)', () => {
  const reading = { value: 1, asOf: '2023-06-01' };
  const cases = [
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['fr', 'en'],
  ] as const;

  test('parseProgressReport never throws: a plan file given as a report, a report of another plan', () => {
    for (const [asked, spoken] of cases) {
      assert.deepEqual(parseProgressReport(plan, plan, { lang: tag(asked) }), parseProgressReport(plan, plan, { lang: spoken }));
      const other = { plan: 'other', asOf: '2023-06-30', entries: [] };
      assert.deepEqual(parseProgressReport(other, plan, { lang: tag(asked) }), parseProgressReport(other, plan, { lang: spoken }));
    }
  });

  test('validatePlan and loadPlan: a PlanValidationError worded in the language read', () => {
    for (const [asked, spoken] of cases) {
      assert.deepEqual(validatePlan({ id: 1 }, { lang: tag(asked) }), validatePlan({ id: 1 }, { lang: spoken }));
      const error = thrown(() => loadPlan({ id: 1 }, { lang: tag(asked) }));
      assert.ok(error instanceof PlanValidationError, String(error));
      assert.equal(error.message, thrown(() => loadPlan({ id: 1 }, { lang: spoken })).message);
    }
  });

  test('evaluateTarget, evaluatePlanTarget and the plan API say the sentence in it', () => {
    const api = createPlanApi(plan);
    for (const [asked, spoken] of cases) {
      const sentence = evaluateTarget(t091, reading, { lang: spoken }).sentence;
      assert.equal(evaluateTarget(t091, reading, { lang: tag(asked) }).sentence, sentence);
      assert.equal(evaluatePlanTarget(plan, t091, reading, { lang: tag(asked) }).sentence, sentence);
      assert.equal(api.evaluateTarget(t091, reading, { lang: tag(asked) }).sentence, sentence);
    }
  });

  test('diffReports says each reading in it', () => {
    for (const [asked, spoken] of cases) {
      const changes = diffReports(june, july, plan, tag(asked), { today: '2023-07-01' });
      assert.deepEqual(changes, diffReports(june, july, plan, spoken, { today: '2023-07-01' }));
      assert.equal(changes[0]?.after?.status, 'onTrack');
    }
  });
});

describe('diffReports', () => {
  test('rethrows an error that is not a reading it cannot judge', () => {
    const broken: Plan = { ...plan, targets: plan.targets.map((t) => (t.id === 't09.1' ? { ...t, deadline: '2023-13-31' } : t)) };
    const error = thrown(() => diffReports(june, july, broken, 'en', { today: '2023-07-01' }));
    assert.ok(error instanceof RangeError && !(error instanceof InvalidReadingError), String(error));
    assert.match(error.message, /2023-13-31/);
  });

  test("judges against the date where it is latest on Earth by default, as the elements do", (t) => {
    // 18:00 UTC on 30 June: 1 July already in Dezhou (UTC+8), and where it is latest on Earth.
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2023-06-30T18:00:00Z') });
    const today = latestIsoDate();
    assert.equal(today, '2023-07-01');
    const [change] = diffReports(june, { ...july, asOf: today, entries: [{ target: 't09.1', value: 2100, asOf: today }] }, plan, 'en');
    assert.equal(change?.after?.problem, undefined);
    assert.equal(change?.after?.status, 'onTrack');
  });
});

describe('a today that is not an ISO date is a RangeError, not a check turned off', () => {
  const late = { value: 2100, asOf: '2099-06-30' };
  for (const today of ['2023-6-30', 'yesterday', '2023/07/01', '2023-02-30']) {
    test(`today "${today}"`, () => {
      const error = thrown(() => evaluateTarget(t091, late, { today }));
      assert.ok(error instanceof RangeError && !(error instanceof InvalidReadingError), String(error));
      assert.equal(error.message, `today "${today}" is not an ISO date (YYYY-MM-DD)`);
      const diffError = thrown(() => diffReports(june, { ...july, asOf: '2099-06-30' }, plan, 'en', { today }));
      assert.equal(diffError.message, error.message);
    });
  }

  test('a real today still refuses a reading after it', () => {
    assert.throws(() => evaluateTarget(t091, late, { today: '2023-06-30' }), (e) => e instanceof InvalidReadingError && e.problem.code === 'afterToday');
  });
});

describe('validatePlan: a target due before the plan period starts', () => {
  const later: Plan = { ...plan, period: { start: '2024-01-01', end: '2024-12-31' } };

  test('is an issue at its deadline, in each language', () => {
    const messages = new Set<string>();
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const result = validatePlan(later, { lang });
      assert.equal(result.success, false);
      const issues = result.issues.filter((issue) => issue.path === 'targets[0].deadline');
      assert.equal(issues.length, 1, JSON.stringify(result.issues.slice(0, 3)));
      assert.match(issues[0]!.message, /2023-12-31/);
      assert.match(issues[0]!.message, /2024-01-01/);
      messages.add(issues[0]!.message);
      assert.equal(result.issues.length, plan.targets.filter((t) => t.deadline < '2024-01-01').length);
    }
    assert.equal(messages.size, 3);
  });

  test('a deadline on the first day of the period, or the Dezhou plan, is none', () => {
    assert.equal(validatePlan(plan).success, true);
    const first = { ...plan, targets: plan.targets.map((t) => ({ ...t, deadline: plan.period.start })) };
    assert.equal(validatePlan(first).success, true);
  });
});

describe('searchTasks: a limit that is not a count is a RangeError', () => {
  const index = indexPlan(plan);
  const all = searchTasks(index, '5G', { limit: Infinity });
  for (const limit of [-1, NaN, 1.5, -Infinity, '2' as unknown as number]) {
    test(`limit ${String(limit)}`, () => {
      assert.throws(() => searchTasks(index, '5G', { limit }), (e) => e instanceof RangeError && /limit/.test(e.message));
      assert.throws(() => createPlanApi(plan).searchTasks('5G', { limit }), RangeError);
    });
  }
  test('0, a count, and Infinity are limits', () => {
    assert.ok(all.length > 1);
    assert.deepEqual(searchTasks(index, '5G', { limit: 0 }), []);
    assert.deepEqual(searchTasks(index, '5G', { limit: 1 }), all.slice(0, 1));
  });
});
