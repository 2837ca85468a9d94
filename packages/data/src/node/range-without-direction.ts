/**
 * `dz-plan lint`'s name for the reading of a range of a change that keeps no `direction`, which lives with the progress
 * sheets that read it too (`../progress/range-without-direction.ts`, F226: `progressTemplate` reads it without the CLI).
 */
export { rangeWithoutDirection, type RangeWithoutDirection, type ReadWithoutDirection } from '../progress/range-without-direction.js';
