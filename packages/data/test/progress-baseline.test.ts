/**
 * A level's baseline given once in a report holds for the target's later readings (a review: a report appended with
 * `--into` from a sheet, which has no baseline column, judged 850 of ≥ 900 from a base of 700 as 尚未達到目標 and
 * `progress diff` called it worse than 800 the quarter before, on pace).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateTarget, latestProgress, progressHistory, type ProgressReport } from '../src/index.js';
import { diffReports } from '../src/progress/index.js';

const plan = dezhouPlan.id;
const t03_2 = dezhouPlan.targets.find((target) => target.id === 't03.2')!;
const june: ProgressReport = { plan, asOf: '2023-06-30', entries: [{ target: 't03.2', value: 800, asOf: '2023-06-30', baseline: 700 }] };
const september: ProgressReport = { ...june, asOf: '2023-09-30', entries: [...june.entries, { target: 't03.2', value: 850, asOf: '2023-09-30' }] };

describe('a baseline given once', () => {
  test('holds for the later readings of its target that give none', () => {
    assert.equal(t03_2.measure, 'level');
    assert.equal(t03_2.baseline, undefined, 'the plan gives no baseline: only the report does');
    assert.deepEqual(latestProgress(september, 't03.2'), { value: 850, asOf: '2023-09-30', baseline: 700 });
    const reading = latestProgress(september, 't03.2')!;
    assert.equal(evaluateTarget(t03_2, reading).status, 'onTrack');
  });

  test('not for readings before it, nor over a later baseline of its own', () => {
    const report: ProgressReport = {
      plan,
      asOf: '2023-09-30',
      entries: [
        { target: 't03.2', value: 760, asOf: '2023-03-31' },
        { target: 't03.2', value: 800, asOf: '2023-06-30', baseline: 700 },
        { target: 't03.2', value: 850, baseline: 720 },
        { target: 't01.1', value: 30 },
      ],
    };
    assert.deepEqual(progressHistory(report, 't03.2'), [
      { value: 760, asOf: '2023-03-31' },
      { value: 800, asOf: '2023-06-30', baseline: 700 },
      { value: 850, asOf: '2023-09-30', baseline: 720 },
    ]);
    assert.deepEqual(progressHistory(report, 't01.1'), [{ value: 30, asOf: '2023-09-30' }]);
  });

  test('an appended quarter on pace is not called worse by progress diff', () => {
    const changes = diffReports(june, september, dezhouPlan);
    const change = changes.find((c) => c.target === 't03.2');
    assert.ok(change, 't03.2 changed');
    assert.equal(change.before?.status, 'onTrack');
    assert.equal(change.after?.status, 'onTrack');
    assert.notEqual(change.direction, 'worse');
  });
});
