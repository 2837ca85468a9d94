/**
 * What the peer pages of the benchmark show, computed once in Node from the plan, so that the static table, Grid.js
 * and Tabulator render the very cells `<dz-task-matrix>` renders, and the static rings and ECharts the very values
 * and statuses `<dz-target-gauge>` shows. The peers get the answers precomputed; our elements work them out from
 * the plan in the page (that work is in their times).
 */
import { evaluateTarget, formatAmount, statusLabels, type Plan, type Status, type Target } from '@dz-tasks/data';

/** The glyph and word of each role, as the matrix writes them in Traditional Chinese. */
export const roleText = { lead: '● 牽頭', participating: '○ 參與' } as const;

export interface MatrixFixture {
  readonly caption: string;
  /** Task numbers, one per column. */
  readonly columns: readonly string[];
  /** Unit name, then one cell text per task ('' for no role), then the row total. */
  readonly rows: readonly (readonly string[])[];
  /** One total per task column, then the overall total. */
  readonly totals: readonly string[];
}

const totalText = (lead: number, participating: number) => `${lead + participating} ●${lead} ○${participating}`;

/** The whole plan's units × tasks matrix: units with a role, in plan order; tasks in plan order. */
export function matrixFixture(plan: Plan): MatrixFixture {
  const roleOf = new Map<string, 'lead' | 'participating'>();
  for (const task of plan.tasks) {
    for (const unit of task.participating) roleOf.set(`${unit} ${task.id}`, 'participating');
    for (const unit of task.lead) roleOf.set(`${unit} ${task.id}`, 'lead');
  }
  const units = plan.units.filter((unit) => plan.tasks.some((task) => roleOf.has(`${unit.id} ${task.id}`)));
  const columnCounts = plan.tasks.map(() => ({ lead: 0, participating: 0 }));
  const rows = units.map((unit) => {
    let lead = 0;
    let participating = 0;
    const cells = plan.tasks.map((task, c) => {
      const role = roleOf.get(`${unit.id} ${task.id}`);
      if (!role) return '';
      if (role === 'lead') lead++;
      else participating++;
      columnCounts[c]![role]++;
      return roleText[role];
    });
    return [unit.name['zh-Hant'], ...cells, totalText(lead, participating)];
  });
  const all = columnCounts.reduce((sum, c) => ({ lead: sum.lead + c.lead, participating: sum.participating + c.participating }), { lead: 0, participating: 0 });
  return {
    caption: `責任分工表 — ${plan.title['zh-Hant']}`,
    columns: plan.tasks.map((task) => String(task.number)),
    rows,
    totals: [...columnCounts.map((c) => totalText(c.lead, c.participating)), totalText(all.lead, all.participating)],
  };
}

export interface GaugeFixture {
  readonly id: string;
  readonly metric: string;
  /** The value as the gauge attribute gets it. */
  readonly value: number;
  readonly asOf: string;
  /** The value in words, with its unit (`2100個`). */
  readonly valueText: string;
  /** The target in words (`≥ 3000個`). */
  readonly targetText: string;
  /** Fill of the ring, 0–1. */
  readonly fill: number;
  readonly status: Status;
  readonly statusText: string;
}

/** The date every reading stands at: mid-period, so flows are paced and some targets are behind. */
export const benchAsOf = '2023-06-30';

/** Shares of the target the readings cycle through, so every status appears. */
const shares = [0.2, 0.45, 0.7, 0.95, 1.1];

/** One reading per target of the plan, with the status `evaluateTarget` gives it. */
export function gaugeFixture(plan: Plan): GaugeFixture[] {
  return plan.targets.map((target: Target, i) => {
    const candidates = [Math.round(target.value * shares[i % shares.length]! * 100) / 100, target.value];
    for (const value of candidates) {
      try {
        const evaluation = evaluateTarget(target, { value, asOf: benchAsOf });
        return {
          id: target.id,
          metric: target.metric['zh-Hant'],
          value,
          asOf: benchAsOf,
          valueText: formatAmount(target, value, 'zh-Hant'),
          targetText: `${target.valueText}${target.unit}`,
          fill: Math.max(0, Math.min(1, Number.isFinite(evaluation.progress) ? evaluation.progress : 1)),
          status: evaluation.status,
          statusText: statusLabels['zh-Hant'][evaluation.status],
        };
      } catch {
        // The reading does not fit this target (a share above 100%, say): try the target's own value.
      }
    }
    throw new Error(`no reading fits target ${target.id}`);
  });
}
