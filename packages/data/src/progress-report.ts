/** Progress reports: the feeds a site publishes to say how far each target has come. */
import * as z from 'zod/mini';
import { toValidationIssues, type ValidationIssue } from './issues.js';
import type { Plan } from './schema.js';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'));

export const ProgressEntrySchema = z.object({
  /** Target id, e.g. `t09.1`. */
  target: z.string().check(z.minLength(1)),
  /** The amount reached, in the target's unit (for decreaseBy/increaseBy, the change achieved). */
  value: z.number().check(z.refine(Number.isFinite, 'expected a finite number')),
  /** When this value stands, if not the report's `asOf`. */
  asOf: z.optional(isoDate),
  /** A remark for readers. */
  note: z.optional(z.string()),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

/** `{ plan, asOf, entries: [{ target, value, asOf?, note? }] }`. */
export const ProgressReportSchema = z.object({
  /** Id of the plan the report is about. */
  plan: z.string().check(z.minLength(1)),
  /** The date the report stands at. */
  asOf: isoDate,
  entries: z.array(ProgressEntrySchema),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export type ProgressReportResult =
  | { readonly success: true; readonly data: ProgressReport; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly ValidationIssue[] };

/**
 * Validates a progress report. With a plan, it also checks that the report is about that plan and that every
 * entry names one of its targets. Never throws; `issues` name the path of each problem.
 *
 * @example
 * ```ts
 * const result = parseProgressReport(await (await fetch('/progress.json')).json(), dezhouPlan);
 * if (!result.success) console.warn(result.issues); // [{ path: 'entries[0].value', message: '…' }]
 * ```
 */
export function parseProgressReport(input: unknown, plan?: Plan): ProgressReportResult {
  const parsed = ProgressReportSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: toValidationIssues(parsed.error.issues) };
  const report = parsed.data;
  if (plan) {
    const issues: ValidationIssue[] = [];
    if (report.plan !== plan.id) issues.push({ path: 'plan', message: `the report is for plan "${report.plan}", not "${plan.id}"` });
    const targetIds = new Set(plan.targets.map((t) => t.id));
    report.entries.forEach((entry, i) => {
      if (!targetIds.has(entry.target)) issues.push({ path: `entries[${i}].target`, message: `unknown target id "${entry.target}"` });
    });
    if (issues.length) return { success: false, issues };
  }
  return { success: true, data: report, issues: [] };
}

/** The latest entry for a target in a report, with the date it stands at. */
export function latestProgress(report: ProgressReport, targetId: string): { value: number; asOf: string; note?: string } | undefined {
  let best: { value: number; asOf: string; note?: string } | undefined;
  for (const entry of report.entries) {
    if (entry.target !== targetId) continue;
    const asOf = entry.asOf ?? report.asOf;
    if (!best || asOf >= best.asOf) best = { value: entry.value, asOf, ...(entry.note === undefined ? {} : { note: entry.note }) };
  }
  return best;
}
