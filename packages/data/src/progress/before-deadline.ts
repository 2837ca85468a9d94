/**
 * Rows an import keeps that stand before their targets' deadline while the report's date is on or past it (review
 * r100 M4): a sheet of 11-30 imported into the year-end report. Not the figures as of the deadline: the targets are
 * judged not reported this period (本期未報, `notReportedBy`'s rule, one home), never by the status at the rows' date.
 */
import type { ProgressReport } from '../progress-report.js';
import type { Language, Plan } from '../schema.js';
import { notReportedBy } from './diff-reports.js';
import type { ReadingSource } from './reading-sources.js';
import { colonIn, describeRows, describeWhere, sheetProblemWords, type SheetWarning } from './sheet-problems.js';

/**
 * The `beforeDeadline` warnings of an import: of the targets the report (this import's readings with the report appended
 * to, dated `asOf`) leaves stale (`notReportedBy`) and due by `asOf`, those whose judged reading is one of this
 * import's (`sources`), one warning per sheet, date and deadline naming its rows. Empty when none.
 */
export function beforeDeadlineRows(report: ProgressReport, plan: Plan, sources: readonly ReadingSource[], lang: Language, today: string): SheetWarning[] {
  const deadlineOf = new Map(plan.targets.map((t) => [t.id, t.deadline]));
  const groups = new Map<string, { file: string; sheet?: string; asOf: string; deadline: string; rows: number[] }>();
  for (const stale of notReportedBy(report, plan, { today })) {
    const deadline = deadlineOf.get(stale.target)!;
    if (deadline > report.asOf) continue;
    for (const row of sources.find((s) => s.target === stale.target && s.asOf === stale.asOf)?.rows ?? []) {
      const key = [row.file, row.sheet ?? '', stale.asOf, deadline].join('\u0000');
      const group = groups.get(key) ?? { file: row.file, ...(row.sheet === undefined ? {} : { sheet: row.sheet }), asOf: stale.asOf, deadline, rows: [] };
      group.rows.push(row.row);
      groups.set(key, group);
    }
  }
  const colon = colonIn(lang);
  return [...groups.values()].map(({ file, sheet, asOf, deadline, rows }) => {
    const sorted = rows.sort((a, b) => a - b);
    const where = describeWhere({ file, ...(sheet === undefined ? {} : { sheet }) }, lang);
    const message = `${where}${colon}${describeRows(sorted, lang)}${colon}${sheetProblemWords[lang].beforeDeadline(asOf, deadline, report.asOf)}`;
    return { code: 'beforeDeadline', file, ...(sheet === undefined ? {} : { sheet }), rows: sorted, message };
  });
}
