/**
 * Every target's readings from one pass over a report's entries, not one per target (10,000 targets × 22,000 entries
 * blocked a province's overview for a minute), as the overview reads them. Held by counts, not by timed tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { entriesByTarget, progressHistory, type ProgressEntry, type ProgressReport } from '../src/index.js';
import { progressHistories } from '../src/progress/histories.js';

/**
 * `entries` behind a Proxy that counts the passes over it: each read of a method or the iterator (`filter`, `map`,
 * `for … of`) starts one (not `constructor`, which `filter` and `map` read for the array they make).
 */
function countedEntries(entries: ProgressEntry[]): { entries: ProgressEntry[]; passes: () => number } {
  let passes = 0;
  const counted = new Proxy(entries, {
    get(array, key, receiver) {
      const value: unknown = Reflect.get(array, key, receiver);
      if (typeof value === 'function' && key !== 'constructor') passes++;
      return value;
    },
  });
  return { entries: counted, passes: () => passes };
}

/** One entry per target of the seed plan, and a second, earlier reading of every third. */
const seedEntries = (): ProgressEntry[] => [
  ...dezhouPlan.targets.map((target, i) => ({ target: target.id, value: i })),
  ...dezhouPlan.targets.filter((_, i) => i % 3 === 0).map((target) => ({ target: target.id, value: 0, asOf: '2023-03-31' })),
];

describe('entriesByTarget and progressHistories at scale', () => {
  test('group a report’s entries by target in one pass, each target’s in their order', () => {
    const { entries, passes } = countedEntries(seedEntries());
    const byTarget = entriesByTarget({ entries });
    assert.equal(passes(), 1);
    assert.deepEqual([...byTarget.keys()], dezhouPlan.targets.map((target) => target.id));
    const [first] = dezhouPlan.targets;
    assert.deepEqual(byTarget.get(first!.id), [{ target: first!.id, value: 0 }, { target: first!.id, value: 0, asOf: '2023-03-31' }]);
  });

  test('read a report’s entries once for every target’s history, not once per target', () => {
    const { entries, passes } = countedEntries(seedEntries());
    const histories = progressHistories({ plan: dezhouPlan.id, asOf: '2023-06-30', entries });
    assert.ok(dezhouPlan.targets.length > 100);
    assert.equal(histories.size, dezhouPlan.targets.length);
    assert.equal(passes(), 1);
  });

  test('each target’s history as progressHistory reads it, one date’s entries in their order', () => {
    const entries = seedEntries();
    const [first, second] = dezhouPlan.targets;
    entries.push({ target: first!.id, value: 7, asOf: '2023-03-31', note: 'corrected' }, { target: second!.id, value: 5, baseline: 2 });
    const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-06-30', entries };
    const histories = progressHistories(report);
    for (const target of dezhouPlan.targets) assert.deepEqual(histories.get(target.id), progressHistory(report, target.id), target.id);
    assert.deepEqual(histories.get(first!.id)![0], { value: 7, asOf: '2023-03-31', note: 'corrected' });
    assert.equal(histories.get('t99.1'), undefined);
  });
});
