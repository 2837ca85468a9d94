/** Progress reports: the feeds a site publishes to say how far each target has come. */
import * as z from 'zod/mini';
import { onLine } from './format-number.js';
import { readingKey } from './progress/append-period.js';
import { entryDate } from './progress/entry-date.js';
import { saying, worded, type ValidationIssue } from './issues.js';
import { IsoDateSchema as isoDate } from './iso-date-schema.js';
import { languageOption } from './library-inputs.js';
import { noBidiControls, type Plan, type Target, type Unit } from './schema.js';
import { MAX_ISSUES, validateInput, type ValidationOptions } from './validate-input.js';
import { targetIdIn } from './queries/target-id-in.js';
import { validationWords, type ValidationWords } from './validation-words.js';


/**
 * One entry of a progress report: a value reached for one target. Validates {@link ProgressEntry}. A key it does not
 * have is an error, not dropped: a misspelt `as_of` would date the value at the report's `asOf`, and a `Note` be lost.
 */
export const ProgressEntrySchema = z.strictObject({
  /** Target id, e.g. `t09.1`. */
  target: z.string().check(z.minLength(1)),
  /** The amount reached, in the target's unit (for decreaseBy/increaseBy, the change achieved). */
  value: z.number().check(worded(z.refine(Number.isFinite), ['finiteNumber'])),
  /** When this value stands, if not the report's `asOf`; never after it. */
  asOf: z.optional(isoDate),
  /** A remark for readers, with no bidirectional control character (U+202A–U+202E, U+2066–U+2069), which would show it in another order than it is stored. */
  note: z.optional(z.string().check(noBidiControls)),
  /** For a target measured as a level: its amount at the start of the period, to pace from. */
  baseline: z.optional(z.number().check(worded(z.refine(Number.isFinite), ['finiteNumber']))),
  /**
   * The units whose progress sheets gave the value, by their ids in the plan (`industry-information-technology-bureau`):
   * written by `dz-plan progress import` from a unit's sheet (its template, made `--unit`), both units when two sheets
   * agree. Absent for a value from a sheet of no one unit (the office's own) or written by hand.
   */
  reportedBy: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/**
 * One entry of a {@link ProgressReport}: the value a target has reached, e.g.
 * `{ target: 't09.1', value: 2100, asOf: '2023-06-30', note: '5G: first half' }`.
 */
export interface ProgressEntry extends z.infer<typeof ProgressEntrySchema> {}

/**
 * A target and date two units or more gave different figures for (review r121 F3): written by `dz-plan progress import`
 * in place of an entry, since neither figure is known to be right and the order of the imports must not choose one;
 * `progress summary` says the figure awaits the units' agreement (數值待核定). A later import of the target at that date
 * from the office's own sheet, or one in which the units' figures agree, replaces it with an entry.
 */
export const ProgressDisputeSchema = z.strictObject({
  /** Target id, e.g. `t03.1`. */
  target: z.string().check(z.minLength(1)),
  /** The date the figures stand at, if not the report's `asOf`. */
  asOf: z.optional(isoDate),
  /** Each figure given, with the units that gave it (their ids in the plan): two or more. */
  figures: z
    .array(
      z.strictObject({
        /** The figure, in the target's unit, as an entry's `value`. */
        value: z.number().check(worded(z.refine(Number.isFinite), ['finiteNumber'])),
        /** The ids of the units that gave it (a unit's sheet's unit line). */
        reportedBy: z.array(z.string().check(z.minLength(1))),
      }),
    )
    .check(z.minLength(2)),
});
/** A figure in dispute between units ({@link ProgressDisputeSchema}). */
export interface ProgressDispute extends z.infer<typeof ProgressDisputeSchema> {}

const ProgressReportShapeSchema = z.strictObject({
  /** The JSON Schema the file names for editors (`…/progress-report.schema.json`); not read. */
  $schema: z.optional(z.string()),
  /** Id of the plan the report is about. */
  plan: z.string().check(z.minLength(1)),
  /** The date the report stands at. */
  asOf: isoDate,
  /**
   * The values reported, any number per target: entries for one target at different dates are its history
   * ({@link progressHistory} lists them in date order, {@link latestProgress} picks the latest). A report with one
   * entry per target is a history of one reading.
   */
  entries: z.array(ProgressEntrySchema),
  /** The targets and dates whose units' figures disagree, none published ({@link ProgressDisputeSchema}); absent when none. */
  disputes: z.optional(z.array(ProgressDisputeSchema)),
});

type ProgressReportShape = z.infer<typeof ProgressReportShapeSchema>;

/**
 * Reports every entry, and every dispute (r126 F7), dated after its report, as a zod issue at its `asOf`. A report
 * stands at its date: an entry of a later date is a forecast ("全年" in a Q3 report), and judged as a reading it would
 * say "missed" or "met" for a day not yet come. The progress import refuses such rows too (`afterAsOf`).
 */
function checkEntryDates(report: ProgressReportShape, ctx: z.core.$RefinementCtx<ProgressReportShape>): void {
  // Past MAX_ISSUES nobody reads on; one more tells validateInput that the list was cut.
  let reported = 0;
  const check = (list: 'entries' | 'disputes') => (item: { readonly asOf?: string | undefined }, i: number) => {
    if (item.asOf === undefined || item.asOf <= report.asOf || reported++ > MAX_ISSUES) return;
    ctx.addIssue({ code: 'custom', params: saying(['entryAfterReport', item.asOf, report.asOf]), path: [list, i, 'asOf'], input: report });
  };
  report.entries.forEach(check('entries'));
  report.disputes?.forEach(check('disputes'));
}

/**
 * An entry giving its target a second value at a date: its index, the earlier entry's path (`entries[0]`, or the
 * dispute's, `disputes[0]`, whose first figure is the value), the target, the date and that value.
 */
interface SecondValue {
  readonly at: number;
  readonly first: string;
  readonly target: string;
  readonly asOf: string;
  readonly value: number;
}

/**
 * Each entry that gives its target another value at a date (its own `asOf`, else the report's) than an earlier entry
 * gives it there, with the first such entry: the report contradicts itself, and its history ({@link progressHistory})
 * would keep the last silently. The same value twice (or but for a float's rounding, {@link onLine}, as the import's
 * rows of one target and date agree) is no contradiction: whichever entry is read, the page shows the same figure, so
 * a feed that repeats a reading (two units' figures that agree, a period restated) is accepted. `idOf` reads a target
 * as the check is to read it: as written, or as the plan's id. At most MAX_ISSUES + 1 (one more says the list was cut).
 */
function secondValues(report: Pick<ProgressReportShape, 'asOf' | 'entries' | 'disputes'>, idOf: (target: string) => string = (target) => target): SecondValue[] {
  const firstAt = new Map<string, number>();
  // A target and date in dispute has no figure yet (F292): any entry of it beside the dispute is a second value.
  const disputedAt = new Map((report.disputes ?? []).map((d, k) => [readingKey(idOf(d.target), d.asOf ?? report.asOf), { first: `disputes[${k}]`, value: d.figures[0]!.value }]));
  const found: SecondValue[] = [];
  report.entries.forEach((entry, i) => {
    const target = idOf(entry.target);
    const asOf = entryDate(entry, report);
    const key = readingKey(target, asOf);
    const disputed = disputedAt.get(key);
    const first = firstAt.get(key);
    if (found.length > MAX_ISSUES) return;
    if (disputed) found.push({ at: i, ...disputed, target, asOf });
    else if (first === undefined) firstAt.set(key, i);
    else if (!onLine(entry.value, report.entries[first]!.value)) found.push({ at: i, first: `entries[${first}]`, target, asOf, value: report.entries[first]!.value });
  });
  return found;
}

/** Reports each {@link secondValues} of the report, its targets as written, as a zod issue at its entry. */
function checkSecondValues(report: ProgressReportShape, ctx: z.core.$RefinementCtx<ProgressReportShape>): void {
  for (const { at, first, target, asOf, value } of secondValues(report)) {
    ctx.addIssue({ code: 'custom', params: saying(['secondValue', target, asOf, first, value]), path: ['entries', at], input: report });
  }
}

/**
 * A progress report: `{ plan, asOf, entries: [{ target, value, asOf?, note?, baseline?, reportedBy? }] }`, no entry
 * dated after the report, no target given two values at one date, nor a value at a date it is in dispute (`disputes`,
 * F292) (see {@link ProgressEntrySchema} and {@link ProgressDisputeSchema} for each field).
 * Validates {@link ProgressReport}.
 */
export const ProgressReportSchema = ProgressReportShapeSchema.check(
  // Only once every value is valid: an impossible date is one issue, not a second for its order.
  z.superRefine(
    (report, ctx) => {
      checkEntryDates(report, ctx);
      checkSecondValues(report, ctx);
    },
    { when: (payload) => payload.issues.length === 0 },
  ),
);
/**
 * A progress report: the feed a site publishes (as JSON) to say how far each target of a plan has come. Validate
 * one with {@link parseProgressReport}.
 *
 * @example
 * ```json
 * { "plan": "dezhou-2023-green-low-carbon", "asOf": "2023-06-30",
 *   "entries": [{ "target": "t09.1", "value": 2100 }, { "target": "t26.3", "value": 9.8, "note": "first half" }] }
 * ```
 */
export interface ProgressReport extends z.infer<typeof ProgressReportSchema> {}

/** What {@link parseProgressReport} returns: the validated report, or every problem with its path. */
export type ProgressReportResult =
  | {
      /** `true`: the report is valid (and, when checked against a plan, matches it). */
      readonly success: true;
      /** The validated report. */
      readonly data: ProgressReport;
      /** Always empty for a valid report. */
      readonly issues: readonly [];
    }
  | {
      /** `false`: the report is invalid. */
      readonly success: false;
      /** No data for an invalid report. */
      readonly data?: undefined;
      /**
       * Every problem found, each with its path: `entries[0].value: expected a number, received the text "x"`; with a plan,
       * a report of another plan first (see {@link parseProgressReport} for the order).
       */
      readonly issues: readonly ValidationIssue[];
    };

/**
 * What a report is checked against: a plan's id and the ids of its targets, and of its units when known. A {@link Plan}
 * is one; so is the outline of a plan whose targets are not all loaded (the CDN's Dezhou plan in parts), which still
 * knows every target's id (and no unit's: a feed's `reportedBy` is not checked there, nor read).
 */
export interface ReportPlan {
  /** The plan's id, which the report's `plan` must equal. */
  readonly id: Plan['id'];
  /** The plan's targets (their ids are all that is read): every entry's `target` must be one of them. */
  readonly targets: readonly Pick<Target, 'id'>[];
  /** The plan's units (their ids are all that is read), when given: an entry's `reportedBy` names only these, each once. */
  readonly units?: readonly Pick<Unit, 'id'>[];
}

/**
 * Validates a progress report. With a plan, it also checks that the report is about that plan, that every entry names
 * one of its targets and, when the plan gives its units, that an entry's `reportedBy` names each of its units once.
 * Never throws, whatever it is given; `issues` name the path of each problem. Dates must be real calendar dates
 * (`2023-02-30` is refused). The limits of {@link validatePlan} apply: more than 1,000,000 values, 32 Mi characters or
 * 64 levels of nesting is refused before validating; an unreadable value (throwing getter, revoked Proxy) is an issue
 * at its path; at most 1,000 issues are listed, and one more says so.
 * The plan and the ids are checked even when other fields are wrong, on the fields that have their type: the issues
 * list a report of another plan first, then the problems of the schema, then each unknown target or unit (entries
 * dated after the report, and a target given a second value at one date, are checked once every value is valid: the
 * same value twice is accepted, see {@link ProgressReportSchema}). A target is read as `getTarget` reads it (`t9.1`,
 * `T09.1`, `ｔ０９．１`) and comes back in `data` as the plan's id (`t09.1`).
 * `options.lang` words every issue in that language (`zh-Hant`, `zh-Hans`; English by default); for a tag (`zh-CN`),
 * pass `resolveLanguage(tag)` (another string past the types is read as it reads one). A plan given as the report (its `sections` or `tasks`
 * listed, no `entries`) is one issue at the root: `this is a plan file, not a progress report`.
 *
 * @example
 * ```ts
 * const result = parseProgressReport(await (await fetch('/progress.json')).json(), dezhouPlan);
 * if (!result.success) console.warn(result.issues); // [{ path: 'entries[0].value', message: '…' }]
 * ```
 */
export function parseProgressReport(input: unknown, plan?: ReportPlan, options: ValidationOptions = {}): ProgressReportResult {
  const lang = languageOption(options.lang, 'en');
  // A plan's file (`src="plan.json"`) is said as one, not as a report missing its fields.
  const parsed = validateInput(ProgressReportSchema, input, lang, { kind: 'plan', said: ['planNotReport'] });
  if (!plan) return parsed.success ? { success: true, data: parsed.data, issues: [] } : { success: false, issues: parsed.issues };
  // Checked against the plan even when the report fails its schema, on the fields that have their type: a report of
  // another plan is said so beside its wrong values, not only once they are mended.
  const checked = parsed.success ? parsed.data : parsed.copy;
  const words = validationWords[lang];
  const { about, ids, report } = checkAgainstPlan(checked, plan, words);
  // One target spelt two ways (`t9.1`, `t09.1`) is one target of the plan: its values at one date are checked again
  // as the plan reads it, once every value is valid (the schema's shape passed, whether or not its own check of the
  // ids as written found a second value: r93 L6, each conflicting entry named, once, in entry order).
  const valuesValid = parsed.success || (checked !== undefined && z.safeParse(ProgressReportShapeSchema, checked).success);
  const second = valuesValid ? bothReadings(checked as ProgressReport, report as ProgressReport, words) : [];
  const secondAt = new Set(second.map((issue) => issue.path));
  const schemaIssues = parsed.success ? [] : parsed.issues.filter((issue) => !secondAt.has(issue.path));
  const issues = [...about, ...schemaIssues, ...ids, ...second];
  if (!issues.length) return { success: true, data: report as ProgressReport, issues: [] };
  // Past MAX_ISSUES one more says the list was cut (the schema's own list may have been cut already).
  const cut = issues.length > MAX_ISSUES || (!parsed.success && parsed.issues.length > MAX_ISSUES);
  const more = words.moreProblems(MAX_ISSUES);
  const listed = issues.filter((issue) => issue.message !== more || issue.path !== '(root)').slice(0, MAX_ISSUES);
  return { success: false, issues: cut ? [...listed, { path: '(root)', message: more }] : listed };
}

/**
 * The {@link secondValues} of a report read with its targets as written (`written`, as the schema says them) and as the
 * plan reads them (`asPlan`), as issues: each entry once (as written, when both passes name it), in entry order.
 */
function bothReadings(written: ProgressReport, asPlan: ProgressReport, words: ValidationWords): ValidationIssue[] {
  const byEntry = new Map<number, SecondValue>();
  for (const s of [...secondValues(written), ...secondValues(asPlan)]) if (!byEntry.has(s.at)) byEntry.set(s.at, s);
  return [...byEntry.values()]
    .sort((a, b) => a.at - b.at)
    .map((s) => ({ path: `entries[${s.at}]`, message: words.secondValue(s.target, s.asOf, s.first, s.value) }));
}

/** A value's own property, read from plain data (the report as validated, or its plain copy when it failed). */
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The report's plan and ids checked against `plan`, reading only the fields that are strings where a report has them:
 * `about` says another plan's report, `ids` each unknown target and unit; `report` is the input with each target
 * written as the plan's id (`t9.1` → `t09.1`, as `getTarget` reads it).
 */
function checkAgainstPlan(input: unknown, plan: ReportPlan, words: ValidationWords): { about: ValidationIssue[]; ids: ValidationIssue[]; report: unknown } {
  const about: ValidationIssue[] = [];
  const ids: ValidationIssue[] = [];
  const reportPlan = field(input, 'plan');
  if (typeof reportPlan === 'string' && reportPlan !== '' && reportPlan !== plan.id) about.push({ path: 'plan', message: words.otherPlan(reportPlan, plan.id) });
  const entries = field(input, 'entries');
  if (!Array.isArray(entries)) return { about, ids, report: input };
  const targetId = targetIdIn(plan.targets.map((t) => t.id));
  const unitIds = plan.units && new Set(plan.units.map((u) => u.id));
  // Past MAX_ISSUES nobody reads on; the caller cuts the list and says so.
  const add = (path: string, message: string) => ids.length <= MAX_ISSUES && ids.push({ path, message });
  const written = entries.map((entry: unknown, i) => {
    const target = field(entry, 'target');
    const id = typeof target === 'string' && target !== '' ? targetId(target) : undefined;
    if (typeof target === 'string' && target !== '' && id === undefined) add(`entries[${i}].target`, words.unknownId('target', target));
    // A unit misspelt, or named twice, would be counted as another unit, or twice, by whoever reads who reported.
    const reportedBy = field(entry, 'reportedBy');
    const named = new Set<string>();
    if (unitIds && Array.isArray(reportedBy)) {
      for (const [j, unit] of reportedBy.entries()) {
        if (typeof unit !== 'string' || unit === '') continue;
        if (!unitIds.has(unit)) add(`entries[${i}].reportedBy[${j}]`, words.unknownId('unit', unit));
        else if (named.has(unit)) add(`entries[${i}].reportedBy[${j}]`, words.duplicateId('unit', unit));
        named.add(unit);
      }
    }
    return id === undefined || id === target ? entry : { ...(entry as object), target: id };
  });
  // A dispute's target and units, as an entry's (F292): the same words, at the dispute's paths.
  const disputes = field(input, 'disputes');
  const disputed = !Array.isArray(disputes)
    ? disputes
    : disputes.map((dispute: unknown, k) => {
        const target = field(dispute, 'target');
        const id = typeof target === 'string' && target !== '' ? targetId(target) : undefined;
        if (typeof target === 'string' && target !== '' && id === undefined) add(`disputes[${k}].target`, words.unknownId('target', target));
        const figures = field(dispute, 'figures');
        if (unitIds && Array.isArray(figures)) {
          figures.forEach((figure: unknown, f) => {
            const reportedBy = field(figure, 'reportedBy');
            const named = new Set<string>();
            if (!Array.isArray(reportedBy)) return;
            for (const [j, unit] of reportedBy.entries()) {
              if (typeof unit !== 'string' || unit === '') continue;
              const path = `disputes[${k}].figures[${f}].reportedBy[${j}]`;
              if (!unitIds.has(unit)) add(path, words.unknownId('unit', unit));
              else if (named.has(unit)) add(path, words.duplicateId('unit', unit));
              named.add(unit);
            }
          });
        }
        return id === undefined || id === target ? dispute : { ...(dispute as object), target: id };
      });
  return { about, ids, report: { ...(input as object), entries: written, ...(Array.isArray(disputes) ? { disputes: disputed } : {}) } };
}
