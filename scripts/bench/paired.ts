/**
 * Ratios of a case to its baseline measured in the same interleaved rounds, and whether a ratio goal is met. On a
 * shared 2-core machine one round can run at half speed: each round's ratio compares two runs slowed alike, so the
 * median of the per-round ratios moves less than the ratio of two medians, and their spread says how far to trust it.
 */

/** The per-round ratios of `samples` to `base` (the same rounds, in order), sorted; undefined when they do not pair. */
export function roundRatios(samples: readonly number[] | undefined, base: readonly number[] | undefined): number[] | undefined {
  if (!samples?.length || samples.length !== base?.length) return undefined;
  return samples.map((t, i) => t / base[i]!).sort((a, b) => a - b);
}

/** The `q` quantile (0 to 1) of sorted values, interpolated between the two nearest. */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/** A ratio's median and the middle half of its rounds (the quartiles). */
export interface PairedRatio {
  readonly median: number;
  readonly low: number;
  readonly high: number;
  readonly rounds: number;
}

export function pairedRatio(samples: readonly number[] | undefined, base: readonly number[] | undefined): PairedRatio | undefined {
  const ratios = roundRatios(samples, base);
  if (!ratios) return undefined;
  return { median: quantile(ratios, 0.5), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75), rounds: ratios.length };
}

/**
 * Whether a "at most `goal`×" goal is met: yes when three rounds in four are within it (the upper quartile), no when
 * three in four are over it (the lower quartile), and otherwise undecided: the run cannot tell, and says so.
 */
export function goalVerdict(ratio: PairedRatio, goal: number): 'met' | 'not met' | 'undecided' {
  if (ratio.high <= goal) return 'met';
  if (ratio.low > goal) return 'not met';
  return 'undecided';
}
