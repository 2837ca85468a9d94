/** The bench report's paired ratios and its verdict on a ratio goal (scripts/bench/paired.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goalVerdict, medianInterval, pairedRatio, roundRatios } from './paired.js';

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

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

  test('the median of an even count of rounds is the mean of the middle two', () => {
    assert.equal(medianInterval([1, 2, 3, 4, 5]).median, 3);
    assert.equal(medianInterval([1, 2, 3, 4]).median, 2.5);
    assert.equal(medianInterval([7]).median, 7);
  });

  test("the median's 95% interval is the binomial order statistics of the published tables, narrowing with more rounds", () => {
    // (rounds, 1-based order statistics of the interval), as tables of the sign test give them.
    for (const [n, k] of [[5, 1], [6, 1], [9, 2], [11, 2], [15, 4], [21, 6], [25, 8]] as const) {
      const { low, high, median } = medianInterval(oneTo(n));
      assert.deepEqual([low, high], [k, n + 1 - k], `${n} rounds`);
      assert.equal(median, (n + 1) / 2);
    }
  });

  test('a goal is met when the whole interval is within it, not met when all of it is over it, else undecided', () => {
    const ratios = (values: number[]) => pairedRatio(values, values.map(() => 1))!;
    const spread = (centre: number) => oneTo(21).map((i) => centre + (i - 11) * 0.02);
    assert.equal(goalVerdict(ratios(spread(1.19)), 1.3), 'met'); // interval 1.09–1.29
    assert.equal(goalVerdict(ratios(spread(1.41)), 1.3), 'not met'); // 1.31–1.51
    // The median alone (1.28) would say met; an interval of 1.18–1.38 cannot.
    const straddling = ratios(spread(1.28));
    assert.ok(straddling.median <= 1.3);
    assert.equal(goalVerdict(straddling, 1.3), 'undecided');
  });
});
