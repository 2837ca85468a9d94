/**
 * `@dz-tasks/data/dezhou-2023/core`: the Dezhou 2023 plan without the task bodies (sections, titles, units, targets),
 * what a matrix or a gauge shows; about half the bytes of the whole plan. Add bodies with {@link withBodies}.
 *
 * @packageDocumentation
 */
export { dezhouCoreData as dezhouCore } from './generated/dezhou-2023-core.js';
export { withBodies, type PlanCore, type TaskBodies } from './plan-parts.js';
