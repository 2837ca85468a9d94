/**
 * The tone (三色) of each status (F118, r67 M2): "not yet at target" (`belowTarget`) judges no pace and is not off
 * track, so it has the neutral tone of "not started" and "awaiting decision", not the warning tone of "behind", which
 * the overview's bar drew it in beside an Off track count that leaves it out. `progress diff` still ranks it with the
 * warnings: a level that falls below its target is worse, one that reaches it better.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { Status, statusTones, type ProgressReport } from '../src/index.js';
import { diffReports } from '../src/progress/index.js';

describe('F118: the tones of the statuses', () => {
  test('not yet at target is neutral, as not started and awaiting decision; above the band stays a warning', () => {
    // The statuses by tone, each in the data's order: the order the elements' tally and the overview's bar read.
    const byTone = (tone: string) => Object.values(Status).filter((status) => statusTones[status] === tone);
    assert.deepEqual(
      { alert: byTone('alert'), warning: byTone('warning'), neutral: byTone('neutral'), good: byTone('good') },
      {
        alert: ['seriouslyBehind', 'missed', 'overCeiling'],
        warning: ['behind', 'overPace', 'aboveBand'],
        neutral: ['notStarted', 'belowTarget', 'pending'],
        good: ['met', 'onTrack'],
      },
    );
  });

  test('progress diff: t48.1 (a level) on track, then not yet at target, is worse; back at its target, better', () => {
    const plan = dezhouPlan.id;
    const june: ProgressReport = { plan, asOf: '2023-06-30', entries: [{ target: 't48.1', value: 300 }] };
    const september: ProgressReport = { plan, asOf: '2023-09-30', entries: [{ target: 't48.1', value: 280 }] };
    const [fell] = diffReports(june, september, dezhouPlan, 'en', { today: '2026-01-01' });
    const [rose] = diffReports(september, june, dezhouPlan, 'en', { today: '2026-01-01' });
    assert.deepEqual([fell?.before?.status, fell?.after?.status, fell?.direction], ['onTrack', 'belowTarget', 'worse']);
    assert.deepEqual([rose?.before?.status, rose?.after?.status, rose?.direction], ['belowTarget', 'onTrack', 'better']);
  });
});
