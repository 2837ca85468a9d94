/** The bench report's paired ratios and its verdict on a ratio goal (scripts/bench/paired.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goalVerdict, pairedRatio, quantile, roundRatios } from './paired.js';

describe('paired ratios of interleaved rounds', () => {
  test('pair each round with the baseline of the same round, not the two medians', () => {
    // The machine halved its speed in rounds 2 and 3: both cases slowed alike, and each round's ratio is 1.2.
    const base = [10, 20, 20, 10, 10];
    const ours = [12, 24, 24, 12, 12];
    assert.deepEqual(roundRatios(ours, base)!.map((r) => r.toFixed(6)), Array(5).fill('1.200000'));
    assert.deepEqual(pairedRatio(ours, base), { median: 1.2, low: 1.2, high: 1.2, rounds: 5 });
    // Paired with the wrong rounds (a slowed run beside a quick one) the ratios scatter from 0.6 to 2.4.
    const mispaired = pairedRatio(ours, [10, 10, 10, 20, 20])!;
    assert.equal(mispaired.median, 1.2);
    assert.ok(mispaired.low < 1 && mispaired.high > 2, JSON.stringify(mispaired));
  });

  test('no ratio when the rounds do not pair (a case failed in some round, or no samples)', () => {
    assert.equal(roundRatios([1, 2], [1]), undefined);
    assert.equal(roundRatios(undefined, [1]), undefined);
    assert.equal(pairedRatio([], []), undefined);
  });

  test('quartiles interpolate between the nearest rounds', () => {
    assert.equal(quantile([1, 2, 3, 4, 5], 0.5), 3);
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.75), 4);
    assert.equal(quantile([7], 0.75), 7);
  });

  test('a goal is met when three rounds in four are within it, not met when three in four are over it, else undecided', () => {
    const ratio = (values: number[]) => pairedRatio(values, values.map(() => 1))!;
    assert.equal(goalVerdict(ratio([1.1, 1.2, 1.25, 1.28, 1.4]), 1.3), 'met');
    assert.equal(goalVerdict(ratio([1.2, 1.35, 1.4, 1.5, 1.6]), 1.3), 'not met');
    // The median alone (1.27) would say met; a quarter of the rounds over the goal and a quarter under it cannot.
    const straddling = ratio([1.0, 1.2, 1.27, 1.45, 1.9]);
    assert.ok(straddling.median <= 1.3);
    assert.equal(goalVerdict(straddling, 1.3), 'undecided');
  });
});
