/**
 * `@dz-tasks/data/dezhou-2023/core`: the Dezhou 2023 plan without the task bodies (sections, titles, units, targets),
 * what a matrix or a gauge shows, compact: Traditional text, the Simplified folded from it by {@link expandCore}, the
 * English in `@dz-tasks/data/dezhou-2023/en`. Add bodies with {@link withBodies}. {@link splitBySection} cuts it further, by
 * section, for pages that show a few tasks (the CDN build does); {@link joinParts} puts loaded parts back together.
 *
 * @packageDocumentation
 */
export { dezhouCoreCompact } from './generated/dezhou-2023-core.js';
export {
  expandCore,
  foldBodies,
  joinParts,
  splitBySection,
  withBodies,
  type CompactPlanCore,
  type EnglishTexts,
  type PartsBase,
  type PlacedItems,
  type PlanCore,
  type SectionParts,
  type TaskBodies,
} from './plan-parts.js';
export { sectionOf } from './section-of.js';
