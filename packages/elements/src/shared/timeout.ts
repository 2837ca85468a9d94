/** Seconds an element waits for a plan, a feed or the bundled plan's parts by default: `DzElement.timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** Whether a `timeout` is usable: a finite number of seconds above 0. */
export const usableSeconds = (value: unknown): value is number => typeof value === 'number' && value > 0 && Number.isFinite(value);

/** The seconds an element with this `timeout` waits: it, when usable (else noticed by `checkInputs`), or the default. */
export const secondsToWait = (timeout: unknown): number => (usableSeconds(timeout) ? timeout : DEFAULT_TIMEOUT_SECONDS);
