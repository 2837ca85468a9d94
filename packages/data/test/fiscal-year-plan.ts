/** A plan whose period does not start on 1 January, for the tests of pacing from the plan's period. Not a test file. */
import { dezhouPlan } from '../src/dezhou-2023.js';
import type { Plan } from '../src/schema.js';

/**
 * The Dezhou plan recast over a fiscal year, 1 July 2022 to 30 June 2023, every target due at its end: a reading
 * of 2022-09-30 is in its period, and a pace counted from 1 January of the deadline's year is not its pace.
 */
export const fiscalYearPlan: Plan = {
  ...dezhouPlan,
  period: { start: '2022-07-01', end: '2023-06-30' },
  targets: dezhouPlan.targets.map((target) => ({ ...target, deadline: '2023-06-30' })),
};
