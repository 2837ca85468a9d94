/**
 * How proposals compare with reviewed targets, for the tests and the benchmark (internal; not exported by the
 * package). A proposal matches a target when it is in the same task, its quote overlaps the target's quote and it
 * has the same value (and upper value); each is matched at most once, in text order.
 */
import type { Plan, Target } from '../schema.js';
import { extractTargets, type ProposedTarget } from '../extract-targets.js';

/** A proposal with the task whose body it was found in. */
export interface TaskProposal extends ProposedTarget {
  readonly taskId: string;
}

export interface ExtractionScore {
  readonly targets: number;
  readonly proposals: number;
  /** Pairs of a target and the proposal that matches it. */
  readonly matched: readonly { readonly target: Target; readonly proposal: TaskProposal }[];
  readonly misses: readonly Target[];
  readonly falsePositives: readonly TaskProposal[];
  readonly recall: number;
  readonly precision: number;
  /** Recall and precision counting only matches whose comparator agrees too. */
  readonly comparatorRecall: number;
  readonly comparatorPrecision: number;
  /** Share of the matches whose measure kind agrees. */
  readonly measureAgreement: number;
  /** Share of the matches whose firmness agrees. */
  readonly firmnessAgreement: number;
}

/** Every task body of `plan` run through {@link extractTargets}, offsets into the plan's source. */
export function proposeForPlan(plan: Plan): TaskProposal[] {
  return plan.tasks.flatMap((task) =>
    extractTargets(task.body['zh-Hant'], { offset: task.source.body.offset }).map((p) => ({ ...p, taskId: task.id })),
  );
}

const sameNumber = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/** Scores `proposals` against the plan's reviewed targets. */
export function scoreProposals(plan: Plan, proposals: readonly TaskProposal[]): ExtractionScore {
  const used = new Set<TaskProposal>();
  const matched: { target: Target; proposal: TaskProposal }[] = [];
  const misses: Target[] = [];
  for (const target of plan.targets) {
    const end = target.offset + target.quote.length;
    const proposal = proposals.find(
      (p) =>
        !used.has(p) &&
        p.taskId === target.taskId &&
        p.offset < end &&
        target.offset < p.offset + p.quote.length &&
        sameNumber(p.value, target.value) &&
        sameNumber(p.upperValue, target.upperValue),
    );
    if (proposal) {
      used.add(proposal);
      matched.push({ target, proposal });
    } else misses.push(target);
  }
  const agreeing = (test: (t: Target, p: TaskProposal) => boolean) => matched.filter(({ target, proposal }) => test(target, proposal)).length;
  const byComparator = agreeing((t, p) => t.comparator === p.comparator);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    targets: plan.targets.length,
    proposals: proposals.length,
    matched,
    misses,
    falsePositives: proposals.filter((p) => !used.has(p)),
    recall: ratio(matched.length, plan.targets.length),
    precision: ratio(matched.length, proposals.length),
    comparatorRecall: ratio(byComparator, plan.targets.length),
    comparatorPrecision: ratio(byComparator, proposals.length),
    measureAgreement: ratio(agreeing((t, p) => t.measure === p.measure), matched.length),
    firmnessAgreement: ratio(agreeing((t, p) => t.firmness === p.firmness), matched.length),
  };
}
