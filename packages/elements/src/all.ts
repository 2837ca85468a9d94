/** Registers every element: the entry of the CDN file `dz-elements.js`. */
export * from './index.js';
import './task-card.js';
import './task-matrix.js';
import './target-gauge.js';
import './unit-summary.js';
import './plan-overview.js';
