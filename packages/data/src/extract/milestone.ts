/**
 * A share of the task's own work done by a date (2023年9月底前完成年度任务的百分之八十, 上半年完成全年任务的50%以上): a
 * milestone of its progress, whose whole the task's other targets state. It is read as a target (its date its deadline)
 * of at least that share, at a confidence below a target's own, so that `dz-plan lint` has a person look at it.
 */
import { foldToSimplified } from '../fold.js';
import type { Comparator } from '../schema.js';
import { planYearSource } from './plan-year-words.js';

/**
 * 完成年度任务的, 完成全年目标任务的: the words before a milestone's share, the year's work named by a word of the plan's
 * year but 年内 and 当年, which do not name the year's work so (left out as before sharing them: no reading changes).
 */
const MILESTONE_METRIC = new RegExp(`^完成(?:${planYearSource('年内', '当年')})?(?:目标)?任务量?的$`);

/** The confidence of a milestone: below the review threshold of `dz-plan lint`, and below a plain target's. */
const MILESTONE_CONFIDENCE = 0.5;

/** Whether the target named `metric` of unit `unit` is a milestone of its task's progress. */
export const isMilestone = (metric: string, unit: string): boolean => unit === '%' && MILESTONE_METRIC.test(foldToSimplified(metric));

/** A milestone's comparator and confidence: at least its share (80% done by then is met by 85%), `confidence` at most {@link MILESTONE_CONFIDENCE}. */
export const asMilestone = (comparator: Comparator, confidence: number): { readonly comparator: Comparator; readonly confidence: number } => ({
  comparator: comparator === 'exact' ? 'atLeast' : comparator,
  confidence: Math.min(confidence, MILESTONE_CONFIDENCE),
});
