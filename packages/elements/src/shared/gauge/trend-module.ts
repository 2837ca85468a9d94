/**
 * The trend's templates as the elements reach them: here at hand. The CDN build swaps this module for
 * `trend-module.lazy.ts`, where they load with the first progress feed (only a feed gives readings over time), so a
 * page without one never downloads them.
 */
import type { LazyModule } from '../base-element.modules.js';

export { renderTrend } from './trend.js';

/**
 * The trend's templates as a module a feed waits for (a fetched feed's load, the view of a `progress` property's
 * report): here at hand, loaded.
 */
export const trendModule: LazyModule<unknown> = { loaded: true, load: () => Promise.resolve(true) };
