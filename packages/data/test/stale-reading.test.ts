/** A target's latest reading dated before its report: not reported this period, one rule for the CLI and the elements. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { progressHistory, staleReading, type ProgressReport } from '../src/index.js';
import { notReportedBy } from '../src/progress/index.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const report: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't18.2', value: 600, asOf: '2023-06-30' },
    { target: 't09.1', value: 2480 },
    { target: 't38.3', value: 80, asOf: '2023-06-30' },
    { target: 't38.3', value: 90 },
  ],
};

test('staleReading: a latest reading dated before the report’s date, and only that', () => {
  const latest = (id: string) => progressHistory(report, id).at(-1)!;
  assert.equal(staleReading(latest('t18.2'), target('t18.2'), report), true);
  assert.equal(staleReading(latest('t09.1'), target('t09.1'), report), false);
  assert.equal(staleReading(latest('t38.3'), target('t38.3'), report), false, 'an older reading followed by one of the report’s date');
});

test('notReportedBy lists the targets whose latest reading staleReading calls old', () => {
  const stale = notReportedBy(report, dezhouPlan);
  assert.deepEqual(stale, [{ target: 't18.2', asOf: '2023-06-30' }]);
  assert.deepEqual(
    stale.map((s) => s.target),
    dezhouPlan.targets.filter((t) => progressHistory(report, t.id).length && staleReading(progressHistory(report, t.id).at(-1)!, t, report)).map((t) => t.id),
  );
});
