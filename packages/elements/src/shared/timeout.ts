/** Seconds an element waits for a plan, a feed or the bundled plan's parts by default: `DzElement.timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * The longest `timeout`: a day. A longer one is no wait a reader makes, and past 2³¹ ms or 2⁵³ ms browsers' timers
 * fire at once or throw (`AbortSignal.timeout(1e16)`).
 */
export const MAX_TIMEOUT_SECONDS = 86_400;

/** Whether a `timeout` is usable: a number of seconds above 0, at most {@link MAX_TIMEOUT_SECONDS}. */
export const usableSeconds = (value: unknown): value is number => typeof value === 'number' && value > 0 && value <= MAX_TIMEOUT_SECONDS;

/** The seconds an element with this `timeout` waits: it, when usable (else noticed by `checkInputs`), or the default. */
export const secondsToWait = (timeout: unknown): number => (usableSeconds(timeout) ? timeout : DEFAULT_TIMEOUT_SECONDS);
