/**
 * The Dezhou plan with one rate held about a value, for showing the status `aboveBand`: 秸稈綜合利用率 (t38.3) as if
 * it were 穩定在96%左右 (±2%) rather than 達到96%以上. The plan's own 左右 targets are all amounts, which are met above
 * their band, so only such a rate can be above it. Invented for the demonstration and the tests.
 */
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';

export const stableRatePlan: typeof dezhouPlan = {
  ...dezhouPlan,
  targets: dezhouPlan.targets.map((t) => (t.id === 't38.3' ? { ...t, comparator: 'approx', tolerance: 0.02, held: true } : t)),
};
