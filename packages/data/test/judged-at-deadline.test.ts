/**
 * A supervision office's review: a target is judged at its deadline. A reading dated after it (a January figure in
 * the final report) stays in the history, never in the judgement; a figure dated at the deadline is this period's,
 * not "本期未報", in a report dated after it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluatePlanTarget, judgedReading, progressHistory, staleReading, type ProgressReport } from '../src/index.js';
import { diffReports, notReportedBy } from '../src/progress/index.js';
import { supervisionFeeds } from './fixtures/supervision-feeds.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const at = (asOf: string, value: number) => ({ value, asOf });
const { q3, q4, final }: Record<'q3' | 'q4' | 'final', ProgressReport> = supervisionFeeds(dezhouPlan.id);

describe('judgedReading: the reading a target is judged by', () => {
  test('before the deadline, the latest reading', () => {
    assert.deepEqual(judgedReading(progressHistory(q3, 't09.1'), target('t09.1'), q3), { value: 2200, asOf: '2023-09-30' });
  });

  test('once due, the last reading on or before the deadline: t09.1 2950 at 12-31, not 3010 at 01-15', () => {
    const history = progressHistory(final, 't09.1');
    assert.equal(history.at(-1)!.value, 3010, 'the later reading stays in the history');
    const reading = judgedReading(history, target('t09.1'), final)!;
    assert.deepEqual(reading, { value: 2950, asOf: '2023-12-31' });
    assert.equal(evaluatePlanTarget(dezhouPlan, target('t09.1'), reading).status, 'missed');
  });

  test('a target due 30 June with 2900 then and 3100 on 30 September stays missed', () => {
    const june = { ...target('t09.1'), deadline: '2023-06-30' };
    const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2900, asOf: '2023-06-30' }, { target: 't09.1', value: 3100 }] };
    const reading = judgedReading(progressHistory(report, 't09.1'), june, report)!;
    assert.deepEqual(reading, at('2023-06-30', 2900));
    assert.equal(evaluatePlanTarget(dezhouPlan, june, reading).status, 'missed');
  });

  test('a ceiling (t26.3) under it at the deadline is not turned over it by January’s use', () => {
    const report: ProgressReport = { ...final, entries: [...final.entries, { target: 't26.3', value: 22.5, asOf: '2024-01-15' }] };
    const reading = judgedReading(progressHistory(report, 't26.3'), target('t26.3'), report)!;
    assert.deepEqual(reading, at('2023-12-31', 21));
    assert.notEqual(evaluatePlanTarget(dezhouPlan, target('t26.3'), reading).status, 'overCeiling');
    assert.notEqual(evaluatePlanTarget(dezhouPlan, target('t26.3'), reading).status, 'missed');
  });

  test('with every reading after the deadline, none to judge by: not reported by the deadline', () => {
    const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2024-02-29', entries: [{ target: 't09.1', value: 3010, asOf: '2024-01-15' }, { target: 't09.1', value: 3200, asOf: '2024-02-29' }] };
    assert.equal(judgedReading(progressHistory(report, 't09.1'), target('t09.1'), report), undefined);
    assert.equal(progressHistory(report, 't09.1').length, 2, 'the readings stay in the history');
  });

  test('quarterly readings and a year-end figure dated in January: September’s, 本期未報, until the figure is dated at the deadline', () => {
    const entries = [
      { target: 't09.1', value: 600, asOf: '2023-03-31' },
      { target: 't09.1', value: 1500, asOf: '2023-06-30' },
      { target: 't09.1', value: 2200, asOf: '2023-09-30' },
    ];
    const january: ProgressReport = { plan: dezhouPlan.id, asOf: '2024-01-15', entries: [...entries, { target: 't09.1', value: 3100 }] };
    const reading = judgedReading(progressHistory(january, 't09.1'), target('t09.1'), january)!;
    assert.deepEqual(reading, at('2023-09-30', 2200));
    assert.deepEqual(notReportedBy(january, dezhouPlan), [{ target: 't09.1', asOf: '2023-09-30' }]);
    // Dated at the deadline (the sheet's date column, or --as-of 2023-12-31), it is the year's result.
    const dated: ProgressReport = { ...january, entries: [...entries, { target: 't09.1', value: 3100, asOf: '2023-12-31' }] };
    assert.deepEqual(judgedReading(progressHistory(dated, 't09.1'), target('t09.1'), dated), at('2023-12-31', 3100));
    assert.deepEqual(notReportedBy(dated, dezhouPlan), []);
  });

  test('due 30 June, monthly readings: July’s never makes good a June not reported (May’s, 本期未報), nor a June miss', () => {
    const june = { ...target('t09.1'), deadline: '2023-06-30' };
    const skipped = [at('2023-05-31', 1000), at('2023-07-31', 3000)];
    const reading = judgedReading(skipped, june, { asOf: '2023-07-31' })!;
    assert.deepEqual(reading, at('2023-05-31', 1000));
    assert.equal(staleReading(reading, june, { asOf: '2023-07-31' }), true);
    const reported = [at('2023-05-31', 1000), at('2023-06-30', 2500), at('2023-07-31', 3000)];
    assert.deepEqual(judgedReading(reported, june, { asOf: '2023-07-31' }), at('2023-06-30', 2500));
    assert.equal(evaluatePlanTarget(dezhouPlan, june, at('2023-06-30', 2500)).status, 'missed');
  });

  test('a reading long after the deadline never stands for it: a rolling feed’s 2024 figures leave 2023’s target at September, 本期未報', () => {
    for (const later of [at('2024-12-31', 9000), at('2024-03-31', 400), at('2024-01-15', 3100)]) {
      const report: ProgressReport = {
        plan: dezhouPlan.id,
        asOf: later.asOf,
        entries: [{ target: 't09.1', value: 2200, asOf: '2023-09-30' }, { target: 't09.1', ...later }],
      };
      const reading = judgedReading(progressHistory(report, 't09.1'), target('t09.1'), report)!;
      assert.deepEqual(reading, at('2023-09-30', 2200), later.asOf);
      assert.deepEqual(notReportedBy(report, dezhouPlan), [{ target: 't09.1', asOf: '2023-09-30' }], later.asOf);
    }
  });

  test('only readings before the deadline in a report after it: the last, and not reported for the period', () => {
    const history = [at('2023-06-30', 1500), at('2023-09-30', 2200)];
    const reading = judgedReading(history, target('t09.1'), final)!;
    assert.deepEqual(reading, at('2023-09-30', 2200));
    assert.equal(staleReading(reading, target('t09.1'), final), true);
  });

  test('no reading, nothing to judge', () => {
    assert.equal(judgedReading([], target('t09.1'), final), undefined);
  });
});

describe('staleReading: before the earlier of the report’s date and the deadline', () => {
  test('a figure dated at the deadline is this period’s in a report dated after it', () => {
    for (const id of ['t09.1', 't38.3', 't03.3', 't26.4', 't26.3', 't02.2', 't03.2']) {
      const reading = judgedReading(progressHistory(final, id), target(id), final)!;
      assert.equal(staleReading(reading, target(id), final), false, id);
    }
    assert.deepEqual(notReportedBy(final, dezhouPlan), []);
  });

  test('a reading before the deadline is still old in a report dated after the deadline; before it, older than the report', () => {
    assert.equal(staleReading(at('2023-09-30', 1), target('t02.2'), final), true);
    assert.equal(staleReading(at('2023-06-30', 1), target('t02.2'), q3), true);
    assert.deepEqual(notReportedBy(q3, dezhouPlan).map((s) => s.target), ['t02.2', 't03.2']);
  });
});

describe('progress diff judges at the deadline', () => {
  test('q4 → final: t09.1’s January figure is no change of status, nor better', () => {
    const changes = diffReports(q4, final, dezhouPlan, 'zh-Hant', { today: '2026-01-01' });
    const t091 = changes.find((c) => c.target === 't09.1');
    assert.ok(!t091 || (!t091.statusChanged && t091.direction === undefined), JSON.stringify(t091));
    assert.equal(changes.filter((c) => c.direction === 'better').length, 0);
  });

  test('q3 → final: t09.1 is judged by its 31 December reading, missed', () => {
    const t091 = diffReports(q3, final, dezhouPlan, 'en', { today: '2026-01-01' }).find((c) => c.target === 't09.1')!;
    assert.deepEqual([t091.after?.value, t091.after?.asOf, t091.after?.status], [2950, '2023-12-31', 'missed']);
  });
});
