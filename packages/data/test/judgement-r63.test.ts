/**
 * Review r63 §1–§5: a running total (a flow, a ceiling's use, a count of designations conferred) read lower than an
 * earlier reading is a contradiction, not a status; and a stale reading whose status cannot change any more (over the
 * ceiling, or met) stands, not 本期未報. One rule (`runningTotal`, `contradictedBy`, `settledStatus`) for the CLI and
 * the elements.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dezhouPlan } from '../src/dezhou-2023.js';
import {
  contradictedBy,
  describeReadingProblem,
  evaluatePlanTarget,
  progressHistory,
  readingShown,
  runningTotal,
  settledStatus,
  staleReading,
  totalFalls,
  type ProgressReport,
} from '../src/index.js';
import { diffReports, notReportedBy } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const TODAY = '2024-06-30';
const report = (asOf: string, entries: { target: string; value: number; asOf?: string }[]): ProgressReport => ({ plan: dezhouPlan.id, asOf, entries });
const shown = (r: ProgressReport, id: string) => readingShown(progressHistory(r, id), target(id), r, TODAY)!;
const evaluate = (r: ProgressReport, id: string) => evaluatePlanTarget(dezhouPlan, target(id), shown(r, id), { lang: 'zh-Hant', today: TODAY });

describe('runningTotal: the one home of "its readings cannot fall"', () => {
  test('flows, a ceiling’s use and a count of designations conferred are running totals; levels, rates and changes are not', () => {
    assert.deepEqual(['t09.1', 't26.3', 't29.1', 't02.2', 't12.3'].map((id) => runningTotal(target(id))), [true, true, true, true, true]);
    assert.deepEqual(['t03.2', 't38.4', 't26.4', 't03.3', 't48.1'].map((id) => runningTotal(target(id))), [false, false, false, false, false]);
  });

  test('totalFalls follows it: a designation count that falls is a figure to check (§3)', () => {
    assert.equal(totalFalls(target('t29.1'), { value: 3, asOf: '2023-06-30' }, { value: 2, asOf: '2023-12-31' }), true);
  });
});

describe('contradictedBy: the earlier reading a running total is read lower than (§1–§3)', () => {
  const cases: [string, { value: number; asOf: string }[], { value: number; asOf: string } | undefined][] = [
    ['t26.3', [{ value: 22, asOf: '2023-09-30' }, { value: 21, asOf: '2023-12-31' }], { value: 22, asOf: '2023-09-30' }],
    ['t26.3', [{ value: 16, asOf: '2023-06-30' }, { value: 12, asOf: '2023-09-30' }], { value: 16, asOf: '2023-06-30' }],
    ['t09.1', [{ value: 3100, asOf: '2023-09-30' }, { value: 2900, asOf: '2023-12-31' }], { value: 3100, asOf: '2023-09-30' }],
    ['t57.3', [{ value: 6.5, asOf: '2023-09-30' }, { value: 5.5, asOf: '2023-12-31' }], { value: 6.5, asOf: '2023-09-30' }],
    ['t29.1', [{ value: 3, asOf: '2023-06-30' }, { value: 2, asOf: '2023-12-31' }], { value: 3, asOf: '2023-06-30' }],
    ['t12.3', [{ value: 8, asOf: '2023-06-30' }, { value: 6, asOf: '2023-09-30' }], { value: 8, asOf: '2023-06-30' }],
    // The highest earlier reading, not only the one before: 3100, then 2950, then 2900.
    ['t09.1', [{ value: 3100, asOf: '2023-06-30' }, { value: 2950, asOf: '2023-09-30' }, { value: 2900, asOf: '2023-12-31' }], { value: 3100, asOf: '2023-06-30' }],
    ['t09.1', [{ value: 2100, asOf: '2023-06-30' }, { value: 2900, asOf: '2023-12-31' }], undefined],
    ['t03.3', [{ value: 12, asOf: '2023-06-30' }, { value: 9, asOf: '2023-12-31' }], undefined],
    ['t48.1', [{ value: 300, asOf: '2023-06-30' }, { value: 280, asOf: '2023-09-30' }], undefined],
  ];
  for (const [id, history, earlier] of cases) {
    test(`${id} ${history.map((r) => `${r.value}@${r.asOf}`).join(', ')}`, () => {
      assert.deepEqual(contradictedBy(history, history.at(-1)!, target(id)), earlier);
    });
  }

  test('the problem words say the earlier figure and its date, in each language', () => {
    const problem = { code: 'belowEarlier', value: 2900, earlier: 3100, earlierAsOf: '2023-09-30' } as const;
    assert.equal(describeReadingProblem(problem, target('t09.1'), 'zh-Hant'), '2900個 少於 2023年9月30日的 3100個:累計數不會減少,請核實');
    assert.equal(describeReadingProblem(problem, target('t09.1'), 'zh-Hans'), '2900个 少于 2023年9月30日的 3100个:累计数不会减少,请核实');
    assert.equal(describeReadingProblem(problem, target('t09.1'), 'en'), '2,900 base stations, below the 3,100 base stations of 30 September 2023: a running total cannot fall; check both figures');
  });
});

describe('settledStatus: a stale reading whose status cannot change stands (§4, §5)', () => {
  const cases: [string, ProgressReport, boolean][] = [
    ['t26.3 22 in November, over its ceiling', report('2024-01-15', [{ target: 't26.3', value: 22, asOf: '2023-11-30' }]), true],
    ['t26.3 21 in November, within it', report('2024-01-15', [{ target: 't26.3', value: 21, asOf: '2023-11-30' }]), false],
    ['t09.1 3100 in September, met', report('2024-01-15', [{ target: 't09.1', value: 3100, asOf: '2023-09-30' }]), true],
    ['t09.1 3000 on 30 December, met', report('2024-01-15', [{ target: 't09.1', value: 3000, asOf: '2023-12-30' }]), true],
    ['t09.1 2200 in September, not yet', report('2024-01-15', [{ target: 't09.1', value: 2200, asOf: '2023-09-30' }]), false],
    ['t14.4 15.5 in March, met', report('2023-06-30', [{ target: 't14.4', value: 15.5, asOf: '2023-03-31' }]), true],
    ['t02.2 a title conferred in June', report('2024-01-15', [{ target: 't02.2', value: 1, asOf: '2023-06-30' }]), true],
    ['t03.3 a growth met in June may fall', report('2024-01-15', [{ target: 't03.3', value: 12, asOf: '2023-06-30' }]), false],
    ['t38.4 a held rate met in June may fall', report('2024-01-15', [{ target: 't38.4', value: 95, asOf: '2023-06-30' }]), false],
    ['t48.1 a level met in June may fall', report('2024-01-15', [{ target: 't48.1', value: 300, asOf: '2023-06-30' }]), false],
  ];
  for (const [name, r, settled] of cases) {
    test(name, () => {
      const id = r.entries[0]!.target;
      const evaluation = evaluate(r, id);
      assert.equal(settledStatus(evaluation), settled);
      assert.equal(staleReading(shown(r, id), target(id), r), true, 'stale by its date alone');
      assert.equal(staleReading(shown(r, id), target(id), r, evaluation), !settled, 'not reported this period unless settled');
      assert.deepEqual(notReportedBy(r, dezhouPlan, { today: TODAY }).map((s) => s.target), settled ? [] : [id]);
    });
  }
});

describe('progress diff: a contradiction is named, not ranked; a settled status stands', () => {
  const old = report('2023-09-30', [
    { target: 't09.1', value: 3100 },
    { target: 't26.3', value: 22 },
    { target: 't29.1', value: 3 },
    { target: 't02.2', value: 1 },
    { target: 't12.4', value: 1 },
  ]);
  const now = report('2024-01-15', [
    { target: 't09.1', value: 3100, asOf: '2023-09-30' },
    { target: 't09.1', value: 2900, asOf: '2023-12-31' },
    { target: 't26.3', value: 22, asOf: '2023-09-30' },
    { target: 't26.3', value: 21, asOf: '2023-12-31' },
    { target: 't29.1', value: 3, asOf: '2023-09-30' },
    { target: 't29.1', value: 2, asOf: '2023-12-31' },
    { target: 't02.2', value: 1, asOf: '2023-09-30' },
    { target: 't12.4', value: 1, asOf: '2023-09-30' },
  ]);

  test('diffReports: no direction, no status, the problem `belowEarlier` with the earlier figure', () => {
    const changes = diffReports(old, now, dezhouPlan, 'zh-Hant', { today: TODAY });
    for (const id of ['t09.1', 't26.3', 't29.1']) {
      const change = changes.find((c) => c.target === id)!;
      assert.equal(change.direction, undefined, id);
      assert.equal(change.after!.status, undefined, id);
      assert.equal(change.after!.problem?.code, 'belowEarlier', id);
      assert.equal(change.totalFalls, true, id);
    }
    assert.match(changes.find((c) => c.target === 't09.1')!.after!.sentence, /^2900個 少於 2023年9月30日的 3100個/);
  });

  test('notReportedBy: the title conferred stands; the listing not yet made stays 本期未報', () => {
    assert.deepEqual(notReportedBy(now, dezhouPlan, { today: TODAY }), [{ target: 't12.4', asOf: '2023-09-30' }]);
  });

  test('the CLI: ≠ for a contradiction, counted apart from better and worse; only t12.4 not reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r63-'));
    try {
      writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
      writeFileSync(join(dir, 'new.json'), JSON.stringify(now));
      const r = await dzPlanHere('progress', 'diff', join(dir, 'old.json'), join(dir, 'new.json'), '--lang', 'zh-Hant');
      assert.match(r.stdout, /^≠ t09\.1 新開通5G基站: 3100個 \(2023年9月30日, 已達成\) → 2900個 \(2023年12月31日, 數值矛盾\)$/mu);
      assert.match(r.stdout, /^≠ t26\.3 /mu);
      assert.match(r.stdout, /^≠ t29\.1 /mu);
      assert.doesNotMatch(r.stdout, /^[↑↓*] t(09\.1|26\.3|29\.1)/mu);
      assert.match(r.stdout, /好轉 0 個\(↑\)、變差 0 個\(↓\)、數值矛盾 3 個\(≠\)/u);
      assert.match(r.stdout, /本期未報\(所據數值較早\):t12\.4\(2023年9月30日\)$/mu);
      assert.match(r.stderr, /t29\.1.*2家 少於 2023年9月30日的 3家/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
