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
  localIsoDate,
  parseProgressReport,
  PlanValidationError,
  resolveLanguage,
  searchTasks,
  validatePlan,
  type Language,
  type Plan,
  type Target,
  type ProgressReport,
} from '../src/index.js';
import { diffReports, importProgressFiles, progressTemplate } from '../src/progress/index.js';
import { describeReadingProblem } from '../src/reading-problems.js';

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

  test('progressTemplate, importProgressFiles and describeReadingProblem word their sheets and messages in it', async () => {
    const data = new TextEncoder().encode('指標編號,完成值,截至日期\r\nt09.1,二千,2023-06-30');
    const file = { name: 'unit.csv', data };
    const unreadable = { name: 'saved-from-browser.csv', data: new TextEncoder().encode('<!DOCTYPE html><html><body>進度</body></html>') };
    const problem = { code: 'notANumber', text: '二千' } as const;
    for (const [asked, spoken] of cases) {
      assert.deepEqual(progressTemplate(plan, { lang: tag(asked) }), progressTemplate(plan, { lang: spoken }));
      const options = { today: '2023-07-01' };
      assert.deepEqual(await importProgressFiles([file, unreadable], plan, { ...options, lang: tag(asked) }), await importProgressFiles([file, unreadable], plan, { ...options, lang: spoken }));
      assert.equal(describeReadingProblem(problem, t091, tag(asked)), describeReadingProblem(problem, t091, spoken));
    }
  });

  test('a tag that is not a string (?lang=en&lang=zh, read by Express as an array) is read through String(), never a TypeError', () => {
    const both = ['en', 'zh'] as unknown as Language;
    assert.equal(resolveLanguage(['zh-CN'] as unknown as string), 'zh-Hans');
    assert.equal(resolveLanguage(both, 'en'), 'en', '"en,zh" is no tag the package speaks');
    assert.equal(evaluateTarget(t091, reading, { lang: both }).sentence, evaluateTarget(t091, reading, { lang: 'en' }).sentence);
    assert.deepEqual(parseProgressReport(plan, plan, { lang: both }), parseProgressReport(plan, plan, { lang: 'en' }));
  });

  test('a null lang is unset, as ?? reads it: the function\'s own default', () => {
    const none = null as unknown as Language;
    assert.equal(evaluateTarget(t091, reading, { lang: none }).sentence, evaluateTarget(t091, reading).sentence);
    assert.deepEqual(diffReports(june, july, plan, none, { today: '2023-07-01' }), diffReports(june, july, plan, 'zh-Hant', { today: '2023-07-01' }));
    assert.deepEqual(validatePlan({ id: 1 }, { lang: none }), validatePlan({ id: 1 }));
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
    // 00:30 on 1 July where it is latest on Earth (UTC+14): still 30 June in Dezhou (UTC+8), in UTC and in every zone
    // west of UTC+13:30, so the local date would judge a reading of 1 July as after today wherever the test runs.
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2023-07-01T00:30:00+14:00') });
    const today = latestIsoDate();
    assert.equal(today, '2023-07-01');
    assert.notEqual(localIsoDate(), today, `the local date differs in this zone (${process.env.TZ ?? 'system'})`);
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

  test('checked first: a bad today is said even when the reading\'s own date is not real, or before the period', () => {
    for (const asOf of ['2023-02-30', '2019-06-30']) {
      const error = thrown(() => evaluateTarget(t091, { value: 2100, asOf }, { today: 'yesterday' }));
      assert.ok(error instanceof RangeError && !(error instanceof InvalidReadingError), String(error));
      assert.equal(error.message, 'today "yesterday" is not an ISO date (YYYY-MM-DD)');
    }
  });

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

describe('evaluateTarget given what is not a target', () => {
  test('its id or nothing: a TypeError that says what to give, as the plan API’s says (a RangeError named the deadline of target undefined)', () => {
    const reading = { value: 2100, asOf: '2023-06-30' };
    for (const given of ['t09.1', undefined, null, 42]) {
      const expected = (e: unknown) =>
        e instanceof TypeError && e.message === `evaluateTarget: ${JSON.stringify(given)} is not a target: give getTarget(${JSON.stringify(given)})`;
      assert.throws(() => evaluateTarget(given as unknown as Target, reading), expected, String(given));
    }
    assert.throws(
      () => createPlanApi(plan).evaluateTarget('t09.1' as unknown as Target, reading),
      (e) => e instanceof TypeError && e.message === 'evaluateTarget: "t09.1" is not a target: give api.getTarget("t09.1")',
    );
    assert.equal(evaluateTarget(t091, reading).status, 'onTrack');
  });
});
