/**
 * `@dz-tasks/data/dezhou-2023/bodies.zh-Hans`: every Dezhou 2023 task's body in Simplified Chinese, by task id,
 * to add to {@link dezhouCore} with `withBodies`.
 *
 * @packageDocumentation
 */
export { dezhouBodiesHans } from './generated/dezhou-2023-bodies.zh-Hans.js';
