/**
 * The CDN build's `trend-module.ts`: the trend's templates (and their words) are a chunk of their own, loaded with
 * the first progress feed, the only source of readings over time: a fetched feed's load (`fetchFeed`) and the view of
 * a `progress` property's report (`progressProperty`) wait for {@link trendModule} before a feed is ready, so whenever
 * a view holds a history, `renderTrend` draws it.
 */
import { nothing } from 'lit';
import { lazyModule } from '../base-element.modules.js';

/** The trend's templates, imported on first use, once per page. */
export const trendModule = lazyModule(() => import('./trend.js'));

/** `renderTrend` of `trend.ts` once loaded; nothing before (no feed has been loaded, so there is no history). */
export const renderTrend: typeof import('./trend.js').renderTrend = (...args) => trendModule.loaded?.renderTrend(...args) ?? nothing;
