/** Readings over time: a report's history per target, appending a period, and comparing two reports. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { createPlanApi, latestProgress, parseProgressReport, progressHistory, type ProgressReport } from '../src/index.js';
import { appendPeriod, diffReports } from '../src/progress/index.js';
import { readingsAfter } from '../src/progress/append-period.js';
import { fiscalYearPlan } from './fiscal-year-plan.js';

const plan = dezhouPlan.id;
const march: ProgressReport = { plan, asOf: '2023-03-31', entries: [{ target: 't09.1', value: 1500 }, { target: 't38.3', value: 95 }] };
const june: ProgressReport = { plan, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100, note: '上半年' }, { target: 't38.3', value: 80 }, { target: 't01.1', value: 30 }] };

describe('progressHistory', () => {
  test('a target’s readings in date order, one per date (the last entry of a date wins)', () => {
    const report: ProgressReport = {
      plan,
      asOf: '2023-06-30',
      entries: [
        { target: 't09.1', value: 2100 },
        { target: 't09.1', value: 900, asOf: '2023-02-28' },
        { target: 't09.1', value: 1400, asOf: '2023-03-31' },
        { target: 't09.1', value: 1500, asOf: '2023-03-31', note: 'corrected' },
        { target: 't38.3', value: 95 },
      ],
    };
    assert.deepEqual(progressHistory(report, 't09.1'), [
      { value: 900, asOf: '2023-02-28' },
      { value: 1500, asOf: '2023-03-31', note: 'corrected' },
      { value: 2100, asOf: '2023-06-30' },
    ]);
    assert.deepEqual(latestProgress(report, 't09.1'), { value: 2100, asOf: '2023-06-30' });
    assert.deepEqual(progressHistory(report, 't99.1'), []);
  });

  test('a report with one reading per target is a history of one', () => {
    assert.deepEqual(progressHistory(march, 't09.1'), [{ value: 1500, asOf: '2023-03-31' }]);
  });
});

describe('appendPeriod', () => {
  test('adds the new period’s readings beside the old ones; the report stands at the later date', () => {
    const both = appendPeriod(march, june);
    assert.ok(parseProgressReport(both, dezhouPlan).success);
    assert.equal(both.asOf, '2023-06-30');
    assert.deepEqual(progressHistory(both, 't09.1'), [
      { value: 1500, asOf: '2023-03-31' },
      { value: 2100, asOf: '2023-06-30', note: '上半年' },
    ]);
    assert.deepEqual(progressHistory(both, 't01.1'), [{ value: 30, asOf: '2023-06-30' }]);
  });

  test('the JSON Schema the report names for its editor stays named (a review: --into dropped it)', () => {
    const named = { $schema: '../docs/progress-report.schema.json', ...march };
    assert.equal(appendPeriod(named, june).$schema, named.$schema);
    assert.equal('$schema' in appendPeriod(march, june), false);
  });

  test('a reading for a date already there replaces it (a resubmitted period), no duplicates', () => {
    const fixed: ProgressReport = { plan, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2200 }] };
    const twice = appendPeriod(appendPeriod(march, june), fixed);
    assert.deepEqual(progressHistory(twice, 't09.1').map((r) => r.value), [1500, 2200]);
    assert.equal(twice.entries.filter((e) => e.target === 't09.1').length, 2);
  });

  test('an earlier period appended late keeps the report at its latest date', () => {
    const both = appendPeriod(june, march);
    assert.equal(both.asOf, '2023-06-30');
    assert.deepEqual(latestProgress(both, 't38.3'), { value: 80, asOf: '2023-06-30' });
  });

  test('readingsAfter: the readings dated after a date, each with its date', () => {
    const september: ProgressReport = {
      plan,
      asOf: '2999-01-01',
      entries: [{ target: 't09.1', value: 1500, asOf: '2023-03-31', note: '一季度' }, { target: 't09.1', value: 2500, asOf: '2023-09-30' }, { target: 't38.3', value: 90 }],
    };
    assert.deepEqual(readingsAfter(september, '2023-06-30'), [{ target: 't09.1', value: 2500, asOf: '2023-09-30' }, { target: 't38.3', value: 90, asOf: '2999-01-01' }]);
    assert.deepEqual(readingsAfter(march, '2023-06-30'), [], 'nothing after');
  });

  test('reports of two plans are not merged', () => {
    assert.throws(() => appendPeriod(march, { ...june, plan: 'another-plan' }), /another-plan/);
  });
});

describe('diffReports', () => {
  test('lists changed values and the targets whose status changed', () => {
    const diff = diffReports(march, june, dezhouPlan, 'en');
    assert.deepEqual(
      diff.map((d) => [d.target, d.before?.value, d.after?.value]),
      [['t01.1', undefined, 30], ['t09.1', 1500, 2100], ['t38.3', 95, 80]],
    );
    const rate = diff.find((d) => d.target === 't38.3')!;
    // 95% of straw used by March, 80% by June: below a 96% to reach by the year's end, not yet at target both times.
    assert.equal(rate.before!.status, 'belowTarget');
    assert.equal(rate.after!.status, 'belowTarget');
    assert.equal(rate.statusChanged, false);
    const fiveG = diff.find((d) => d.target === 't09.1')!;
    assert.equal(fiveG.before!.status, 'onTrack');
    assert.equal(fiveG.after!.status, 'onTrack');
    const added = diff.find((d) => d.target === 't01.1')!;
    assert.equal(added.statusChanged, true);
  });

  test('a status that changes with the value is flagged', () => {
    const low: ProgressReport = { plan, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 500 }] };
    const diff = diffReports(march, low, dezhouPlan);
    const fiveG = diff.find((d) => d.target === 't09.1')!;
    assert.equal(fiveG.before!.status, 'onTrack');
    assert.equal(fiveG.after!.status, 'seriouslyBehind');
    assert.equal(fiveG.statusChanged, true);
    assert.equal(diff.find((d) => d.target === 't38.3')!.after, undefined, 'a reading gone is listed');
  });

  test('the same reports: nothing changed', () => {
    assert.deepEqual(diffReports(june, structuredClone(june), dezhouPlan), []);
  });

  test('a reading dated after today is not judged: no status, its problem (afterToday) said in the language', () => {
    const slip: ProgressReport = { plan, asOf: '2032-06-30', entries: [{ target: 't09.1', value: 2100 }] };
    const fiveG = diffReports(march, slip, dezhouPlan, 'en', { today: '2026-12-01' }).find((d) => d.target === 't09.1')!;
    assert.equal(fiveG.after!.status, undefined);
    assert.deepEqual(fiveG.after!.problem, { code: 'afterToday', asOf: '2032-06-30', today: '2026-12-01' });
    assert.equal(fiveG.after!.sentence, '2032-06-30 is after today (2026-12-01)');
    assert.equal(fiveG.before!.problem, undefined);
    assert.equal(fiveG.statusChanged, true);
    const later = diffReports(march, slip, dezhouPlan, 'en', { today: '2032-07-01' }).find((d) => d.target === 't09.1')!;
    assert.equal(later.after, undefined, 'once its day has come, a reading dated long after the deadline is not judged: none was reported by it');
  });

  test('by default today is the clock’s, as the import’s: a reading dated 2999 is not judged', () => {
    const far: ProgressReport = { plan, asOf: '2999-01-01', entries: [{ target: 't09.1', value: 2100 }] };
    const fiveG = diffReports(march, far, dezhouPlan).find((d) => d.target === 't09.1')!;
    assert.equal(fiveG.after!.problem?.code, 'afterToday');
    assert.match(fiveG.after!.sentence, /^日期 2999-01-01 晚於今天/);
  });

  test('paces from the plan’s period start, as the plan API and the elements do: a fiscal year from 1 July', () => {
    const api = createPlanApi(fiscalYearPlan);
    const target = api.getTarget('t09.1')!;
    const september: ProgressReport = { plan, asOf: '2022-09-30', entries: [{ target: 't09.1', value: 1000 }] };
    const spring: ProgressReport = { plan, asOf: '2023-03-31', entries: [{ target: 't09.1', value: 2100 }] };
    const fiveG = diffReports(september, spring, fiscalYearPlan, 'en', { today: '2026-12-01' }).find((d) => d.target === 't09.1')!;
    assert.equal(fiveG.before!.problem, undefined, '2022-09-30 is in the plan’s period');
    assert.equal(fiveG.before!.status, api.evaluateTarget(target, { value: 1000, asOf: '2022-09-30' }).status);
    // 2,100 of 3,000 is 70% with 75% of the fiscal year gone (behind); from 1 January it would be 50% gone, on track.
    assert.equal(fiveG.after!.status, api.evaluateTarget(target, { value: 2100, asOf: '2023-03-31' }).status);
    assert.equal(fiveG.after!.status, 'behind');
    assert.equal(fiveG.after!.sentence, api.evaluateTarget(target, { value: 2100, asOf: '2023-03-31' }, { lang: 'en' }).sentence);
  });
});
