/**
 * The trend's templates as the elements reach them: here at hand. The CDN build swaps this module for
 * `trend-module.lazy.ts`, where they load with the first progress feed (only a feed gives readings over time), so a
 * page without one never downloads them.
 */
export { renderTrend } from './trend.js';

/** Loads the trend's templates (a feed's load waits for it): here they are at hand. */
export const loadTrend = (): Promise<unknown> => Promise.resolve();
