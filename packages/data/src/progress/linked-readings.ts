/**
 * Targets the plan links, read against each other at one date: the same things counted in two tasks (`sameAs`: the
 * same 42 water projects of tasks 16 and 32) read differently, or a part (`partOf`: the graduates among the talents
 * attracted) read above its whole. Each reading may be right alone; together one of them is wrong, and the office
 * checks which (`dz-plan progress import` says so).
 */
import { onLine, scaleOf, unitScale } from '../format-number.js';
import { indexPlan } from '../plan-index.js';
import type { ProgressReport } from '../progress-report.js';
import type { Plan, Target } from '../schema.js';
import { progressHistories } from './histories.js';

/** Two linked targets read against each other at one date. */
export interface LinkedReadingConflict {
  /** `sameAs`: the two differ; `partOf`: the part is above its whole. */
  readonly kind: 'sameAs' | 'partOf';
  /** The target that names the link (the second twin, the part). */
  readonly target: string;
  /** The target it links to (the first twin, the whole). */
  readonly other: string;
  /** The date both readings stand at. */
  readonly asOf: string;
  /** The target's value, in its unit. */
  readonly value: number;
  /** The other target's value, in its unit. */
  readonly otherValue: number;
}

/** A target's unit without its 萬 or 億 (`人` of `萬人`): two targets are compared only in the same one. */
const baseUnit = (target: Target) => target.unit.slice(scaleOf(target.unit).length);

/**
 * The linked targets of `plan` whose readings in `report` disagree at a date both are read at, in plan order, then
 * date order. Compared in the units' base (0.15萬人 is 1500人); a link between targets of other base units, to a
 * target not in the plan, or of a threshold each member must reach (`each`) is not compared.
 */
export function linkedReadingConflicts(report: ProgressReport, plan: Plan): LinkedReadingConflict[] {
  const targets = indexPlan(plan).targetById;
  const histories = progressHistories(report);
  return plan.targets.flatMap((target) => {
    const kind = target.sameAs !== undefined ? 'sameAs' : target.partOf !== undefined ? 'partOf' : undefined;
    const other = targets.get((target.sameAs ?? target.partOf)!);
    if (!kind || !other || target.each || other.each || baseUnit(target) !== baseUnit(other)) return [];
    const otherAt = new Map((histories.get(other.id) ?? []).map((r) => [r.asOf, r.value]));
    return (histories.get(target.id) ?? []).flatMap(({ asOf, value }) => {
      const otherValue = otherAt.get(asOf);
      if (otherValue === undefined) return [];
      const [mine, theirs] = [value * unitScale(target.unit), otherValue * unitScale(other.unit)];
      const conflict = kind === 'sameAs' ? !onLine(mine, theirs) : mine > theirs && !onLine(mine, theirs);
      return conflict ? [{ kind, target: target.id, other: other.id, asOf, value, otherValue }] : [];
    });
  });
}
