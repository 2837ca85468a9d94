/**
 * `@dz-tasks/data/dezhou-2023/bodies.zh-Hans`: every Dezhou 2023 task's body in Simplified Chinese, by task id, to add
 * to `dezhouCore` with `withBodies`. They are folded from the Traditional bodies when this module loads, not shipped
 * twice: the generator (`scripts/build-plan.ts`) checks that the fold gives OpenCC's conversion for every body.
 *
 * @packageDocumentation
 */
import { dezhouBodiesHant } from './generated/dezhou-2023-bodies.zh-Hant.js';
import { foldBodies, type TaskBodies } from './plan-parts.js';

/** Each task's body in Simplified Chinese, by task id. */
export const dezhouBodiesHans: TaskBodies = /* @__PURE__ */ foldBodies(dezhouBodiesHant);
