/**
 * A report with a reading for every second target of the Dezhou plan, 0 to 120 % of it by mid-year, so an overview's
 * table shows its status columns: shared by the overview's tests of its layouts.
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';

export const halfReadReport: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: dezhou()
    .plan.targets.filter((_, i) => i % 2 === 0)
    .map((target, i) => ({ target: target.id, value: target.value * [0, 0.3, 0.6, 1, 1.2][(i * 7) % 5]! })),
};
