/**
 * Ratios of a case to its baseline measured in the same interleaved rounds, and whether a ratio goal is met. On a
 * shared 2-core machine one round can run at half speed: each round's ratio compares two runs slowed alike, so the
 * median of the per-round ratios moves less than the ratio of two medians, and their spread says how far to trust it.
 */
import { median } from './harness.js';

/** The per-round ratios of `samples` to `base` (the same rounds, in order), sorted; undefined when they do not pair. */
export function roundRatios(samples: readonly number[] | undefined, base: readonly number[] | undefined): number[] | undefined {
  if (!samples?.length || samples.length !== base?.length) return undefined;
  return samples.map((t, i) => t / base[i]!).sort((a, b) => a - b);
}

/**
 * The median of sorted values and a distribution-free confidence interval for it: the order statistics `k` and
 * `n + 1 - k` (1-based), with `k` the largest for which a Binomial(n, ½) count falls below `k` with probability at
 * most (1 - confidence) / 2. It narrows as rounds are added, whatever the spread of single rounds; with fewer than 6
 * values it is the whole range.
 */
export function medianInterval(sorted: readonly number[], confidence = 0.95): { median: number; low: number; high: number } {
  const n = sorted.length;
  const tail = (1 - confidence) / 2;
  // P(count ≤ j) for j = 0, 1, …, accumulated from the binomial terms C(n, j) / 2^n.
  let k = 1;
  let term = 0.5 ** n;
  let below = term; // P(count ≤ 0)
  for (let j = 1; j < n / 2 && below <= tail; j++) {
    k = j; // P(count ≤ j - 1) ≤ tail: the interval may start at the j-th value
    term = (term * (n - j + 1)) / j;
    below += term;
  }
  return { median: median(sorted), low: sorted[k - 1]!, high: sorted[n - k]! };
}

/** A ratio's median over its rounds and the 95% confidence interval of that median. */
export interface PairedRatio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
  readonly rounds: number;
}

export function pairedRatio(samples: readonly number[] | undefined, base: readonly number[] | undefined): PairedRatio | undefined {
  const ratios = roundRatios(samples, base);
  if (!ratios) return undefined;
  return { ...medianInterval(ratios), rounds: ratios.length };
}

/**
 * Whether a "at most `goal`×" goal is met: yes when the whole confidence interval of the median ratio is within it,
 * no when all of it is over it, and otherwise undecided: the run cannot tell (more rounds may), and says so.
 */
export function goalVerdict(ratio: PairedRatio, goal: number): 'met' | 'not met' | 'undecided' {
  if (ratio.high <= goal) return 'met';
  if (ratio.low > goal) return 'not met';
  return 'undecided';
}
