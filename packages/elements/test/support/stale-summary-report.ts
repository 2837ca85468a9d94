/**
 * The report of a unit-summary review, shared by the summary's tests: dated 30 September, its t18.2 reading from 30
 * June (600 of ≥ 1000: not reported this period), t18.1 of its own date; two status groups for 市發改委.
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';

export const staleSummaryReport: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't18.2', value: 600, asOf: '2023-06-30' },
    { target: 't18.1', value: 300 },
  ],
};
