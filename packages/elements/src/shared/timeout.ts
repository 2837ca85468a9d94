/** Seconds an element waits for a plan, a feed or the bundled plan's parts by default: `DzElement.timeout`. */
export const DEFAULT_TIMEOUT_SECONDS = 15;
