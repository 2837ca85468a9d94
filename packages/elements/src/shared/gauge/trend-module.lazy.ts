/**
 * The CDN build's `trend-module.ts`: the trend's templates (and their words) are a chunk of their own, loaded with
 * the first progress feed, the only source of readings over time: `ElementData.feed` waits for {@link loadTrend}
 * before a feed is ready, so whenever a view holds a history, `renderTrend` draws it.
 */
import { nothing } from 'lit';
import { lazyModule } from '../base-element.modules.js';

const trend = lazyModule(() => import('./trend.js'));

/** Loads the trend's templates, once per page. */
export const loadTrend = (): Promise<unknown> => trend.load();

/** `renderTrend` of `trend.ts` once loaded; nothing before (no feed has been loaded, so there is no history). */
export const renderTrend: typeof import('./trend.js').renderTrend = (...args) => trend.loaded?.renderTrend(...args) ?? nothing;
