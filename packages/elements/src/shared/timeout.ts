/** Seconds an element waits for a plan, a feed or the bundled plan's parts by default: `DzElement.timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** A `timeout` as seconds when it is usable (a finite number above 0), else `undefined`: the default is then used. */
export const usableSeconds = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : undefined;
