/**
 * `@dz-tasks/data/dezhou-2023/bodies.zh-Hant`: every Dezhou 2023 task's body in Traditional Chinese, by task id,
 * to add to {@link dezhouCore} with `withBodies`.
 *
 * @packageDocumentation
 */
export { dezhouBodiesHant } from './generated/dezhou-2023-bodies.zh-Hant.js';
