import type { CuratedNonTarget, CuratedTarget } from '../types.js';
import * as tasks01to30 from './tasks-01-30.js';
import * as tasks31to69 from './tasks-31-69.js';

/** Every curated target of the plan, in task order. */
export const allTargets: readonly CuratedTarget[] = [...tasks01to30.targets, ...tasks31to69.targets];

/** Every numeral of the tasks that was judged not to be a target. */
export const allNonTargets: readonly CuratedNonTarget[] = [...tasks01to30.nonTargets, ...tasks31to69.nonTargets];
