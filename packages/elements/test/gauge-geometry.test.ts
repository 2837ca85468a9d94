/**
 * The scale of a gauge paced from a baseline runs over the baseline, the target and the value, whichever way the
 * target lies: up to a floor (800 → 900) or down to a limit (PM2.5 50 → ≤ 42), where the scale was once 45 to 45.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget, type Target } from '@dz-tasks/data';
import { gaugeGeometry } from '../src/shared/gauge/geometry.js';

const level = (comparator: 'atLeast' | 'atMost', value: number): Target => ({
  id: 't98.1',
  taskId: 't98',
  metric: { 'zh-Hant': '指標', 'zh-Hans': '指标', en: 'Metric' },
  valueText: String(value),
  value,
  unit: '個',
  unitEn: 'units',
  comparator,
  measure: 'level',
  firmness: 'plain',
  deadline: '2023-12-31',
  quote: '',
  offset: 0,
});

describe('a gauge paced from a baseline', () => {
  test('up to a floor: from the baseline to the target, the value beyond either widening it', () => {
    const g = gaugeGeometry(evaluateTarget(level('atLeast', 900), { value: 850, asOf: '2023-06-30', baseline: 800 }));
    assert.deepEqual([g.min, g.max, g.fill], [800, 900, 0.5]);
    const fell = gaugeGeometry(evaluateTarget(level('atLeast', 900), { value: 790, asOf: '2023-06-30', baseline: 800 }));
    assert.deepEqual([fell.min, fell.max, fell.fill], [790, 900, 0]);
  });

  test('down to a limit: from the target to the baseline, never a scale of one point', () => {
    const g = gaugeGeometry(evaluateTarget(level('atMost', 42), { value: 45, asOf: '2023-06-30', baseline: 50 }));
    assert.deepEqual([g.min, g.max, g.fill], [42, 50, 0.625]);
    assert.ok(g.min < g.max);
  });
});

describe('a level above its upper limit (review r118 F1)', () => {
  test('a cap held all year is exceeded; a level the plan brings down by the deadline is not yet reached, not exceeded', () => {
    const cap = evaluateTarget(level('atMost', 38), { value: 40, asOf: '2023-06-30' });
    assert.deepEqual([cap.status, gaugeGeometry(cap).exceeded], ['overCeiling', true]);
    const down = evaluateTarget({ ...level('atMost', 38), broughtDown: true }, { value: 40, asOf: '2023-06-30' });
    // The gauge said 尚未達到目標(已超上限): two statuses at once.
    assert.deepEqual([down.status, gaugeGeometry(down).exceeded], ['belowTarget', false]);
  });

  test('a level brought down by the deadline above it is drawn full to its limit, with no arc beyond it (review r119 F4)', () => {
    // The arc beyond the target, in the status colour, is a flow's good news past its target: not a level still above
    // the limit it must come down to (尚未達到目標).
    const down = gaugeGeometry(evaluateTarget({ ...level('atMost', 38), broughtDown: true }, { value: 40, asOf: '2023-06-30' }));
    assert.deepEqual([down.fill, down.beyond, down.exceeded], [1, false, false]);
    // Its fill stops at the limit's mark, however far above it (review r125 F4: 80 of 38 filled 52% of the ring past it).
    for (const value of [40, 80]) {
      const far = gaugeGeometry(evaluateTarget({ ...level('atMost', 38), broughtDown: true }, { value, asOf: '2023-06-30' }));
      assert.equal(far.fill, far.target, `${value}`);
    }
    const rate = gaugeGeometry(evaluateTarget({ ...level('atMost', 5), unit: '%', measure: 'rate', broughtDown: true }, { value: 5.3, asOf: '2023-06-30' }));
    assert.equal(rate.fill, rate.target);
    const cap = gaugeGeometry(evaluateTarget(level('atMost', 38), { value: 40, asOf: '2023-06-30' }));
    assert.deepEqual([cap.beyond, cap.exceeded], [true, true]);
  });
});
