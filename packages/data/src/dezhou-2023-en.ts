/**
 * `@dz-tasks/data/dezhou-2023/en`: the English texts of the Dezhou 2023 plan's core, by path, for `expandCore`;
 * only a page in English needs them.
 *
 * @packageDocumentation
 */
export { dezhouEnglish } from './generated/dezhou-2023-en.js';
