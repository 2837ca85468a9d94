/**
 * `@dz-tasks/elements`: the element classes, without registering them. Import `@dz-tasks/elements/task-card.js`
 * (or `all.js`) to register the tags.
 *
 * @packageDocumentation
 */
export { DzTaskCard } from './task-card/task-card.js';
export type { HeadingLevel } from './shared/heading.js';
export { DzTaskMatrix } from './task-matrix/task-matrix.js';
export { DzTargetGauge, type GaugeVariant, type GaugeScheme } from './target-gauge/target-gauge.js';
export { DzUnitSummary } from './unit-summary/unit-summary.js';
export type { SummaryPart, SummarySeparator, SummaryShow } from './unit-summary/unit-summary.view.js';
export { DzPlanOverview } from './plan-overview/plan-overview.js';
export { DzElement, type ElementView, type Loadable } from './shared/base-element.js';
export { defineElement } from './shared/define.js';
export { ErrorCode, type DzErrorDetail, type DzSelectDetail, type DzToggleDetail, type DzEventMap } from './shared/events.js';
export { strings } from './shared/i18n/strings.js';
export { languageOf } from './shared/i18n/language.js';
export type { UiStrings, ValueKinds } from './shared/i18n/ui-strings.js';
