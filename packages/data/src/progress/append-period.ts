/** A report's history grows by periods: `dz-plan progress import --into report.json` appends one. */
import type { ProgressDispute, ProgressEntry, ProgressReport } from '../progress-report.js';
import { entryDate } from './entry-date.js';

/** One reading's place in a report: its target and the date it stands at. */
export const readingKey = (target: string, asOf: string): string => `${target}\u0000${asOf}`;

/**
 * The report with a new period's readings added beside the old ones. A reading for a target and date the report
 * already has replaces it (a resubmitted period, a unit's own correction); another unit's different figure replaces
 * neither, and both go to the report's `disputes` (r121 F1), as a later agreed figure takes a dispute out; the same value resubmitted without a note (or a baseline) keeps the
 * report's, and the units of both (`reportedBy`), and a corrected value its baseline, as nothing given is lost; the
 * result stands at the later of the two dates, and every entry keeps the date it stood at.
 *
 * @example
 * ```ts
 * appendPeriod(march, june).asOf; // '2023-06-30'; progressHistory(…, 't09.1') has both readings
 * ```
 * @throws RangeError when the two reports are about different plans.
 */
export function appendPeriod(report: ProgressReport, period: ProgressReport): ProgressReport {
  if (report.plan !== period.plan) throw new RangeError(`cannot append a report for plan "${period.plan}" to one for "${report.plan}"`);
  const asOf = period.asOf > report.asOf ? period.asOf : report.asOf;
  const dated = (r: ProgressReport) => r.entries.map((entry) => ({ ...entry, asOf: entryDate(entry, r) }));
  const before = dated(report);
  const old = new Map(before.map((e) => [readingKey(e.target, e.asOf), e]));
  const disputes = new Map((report.disputes ?? []).map((d) => [readingKey(d.target, d.asOf ?? report.asOf), { ...d, asOf: d.asOf ?? report.asOf }]));
  // The period's own disputes (units' rows that differ in one import, F292) join the report's at their date, each
  // unit's figure its latest; the report's reading there is no more agreed than they are (gone, below).
  for (const d of period.disputes ?? []) {
    const date = d.asOf ?? period.asOf;
    const key = readingKey(d.target, date);
    const was = disputes.get(key);
    disputes.set(key, was ? { ...was, figures: d.figures.reduce((figures, f) => withFigure(figures, { target: d.target, ...f }), was.figures) } : { ...d, asOf: date });
  }
  // The same value again: what the report's entry said of it (its note, its baseline) stays unless given anew, and the
  // units that reported it are those of both. A corrected value keeps the baseline (the amount at the start, which a
  // sheet has no column for), not the old note, nor the units of the old figure. Another unit's figure is no
  // correction: neither is kept, and the two are a dispute (r121 F1; `conflicts.ts`: the order must not choose).
  const added = dated(period).flatMap((e) => {
    const key = readingKey(e.target, e.asOf);
    const was = old.get(key);
    const dispute = disputes.get(key);
    if (dispute) {
      const settled = settle(dispute, e);
      if (settled) disputes.delete(key);
      else disputes.set(key, { ...dispute, figures: withFigure(dispute.figures, e) });
      return settled ? [settled] : [];
    }
    if (!was) return [e];
    if (officeStands(was, e)) return [was];
    if (was.value === e.value) {
      const units = [...new Set([...(was.reportedBy ?? []), ...(e.reportedBy ?? [])])];
      return [{ ...was, ...e, ...(units.length ? { reportedBy: units } : {}) }];
    }
    if (otherUnits(was, e)) {
      disputes.set(key, { target: e.target, asOf: e.asOf, figures: withFigure([{ value: was.value, reportedBy: was.reportedBy! }], e) });
      return [];
    }
    return [was.baseline === undefined || e.baseline !== undefined ? e : { ...e, baseline: was.baseline }];
  });
  const replaced = new Set([...added.map((e) => readingKey(e.target, e.asOf)), ...disputes.keys()]);
  const kept = before.filter((e) => !replaced.has(readingKey(e.target, e.asOf)));
  const entries: ProgressEntry[] = [...kept, ...added].map(({ asOf: date, ...rest }) => (date === asOf ? rest : { ...rest, asOf: date }));
  const disputed = [...disputes.values()].map(({ asOf: date, ...rest }): ProgressDispute => (date === asOf ? rest : { ...rest, asOf: date }));
  // The JSON Schema the file names for its editor stays named.
  return { ...(report.$schema !== undefined ? { $schema: report.$schema } : {}), plan: report.plan, asOf, entries, ...(disputed.length ? { disputes: disputed } : {}) };
}

/** Whether `now`, a unit's figure, differs from `was`, the office's own (no units): the office's stands (r126 F2). */
const officeStands = (was: ProgressEntry, now: ProgressEntry): boolean => !was.reportedBy?.length && !!now.reportedBy?.length && was.value !== now.value;

/** A unit's figure {@link appendPeriod} leaves out beside the office's own: the target, date, both values and the units. */
export interface OfficeFigureKept {
  readonly target: string;
  readonly asOf: string;
  /** The office's figure, which stands. */
  readonly office: number;
  /** The unit's figure, not written. */
  readonly value: number;
  readonly reportedBy: readonly string[];
}

/** The figures of `period` that units give differently from the office's own in `report`, at its date: each left out (r126 F2). */
export function officeFiguresKept(report: ProgressReport, period: ProgressReport): OfficeFigureKept[] {
  const old = new Map(report.entries.map((e) => [readingKey(e.target, entryDate(e, report)), e]));
  return period.entries.flatMap((e) => {
    const asOf = entryDate(e, period);
    const was = old.get(readingKey(e.target, asOf));
    return was && officeStands(was, e) ? [{ target: e.target, asOf, office: was.value, value: e.value, reportedBy: e.reportedBy! }] : [];
  });
}

/** Whether `now` is another unit's figure than `was`'s: both a unit's, and a unit of `was` not among `now`'s. */
const otherUnits = (was: ProgressEntry, now: ProgressEntry): boolean =>
  !!was.reportedBy?.length && !!now.reportedBy?.length && was.reportedBy.some((unit) => !now.reportedBy!.includes(unit));

/** A dispute's figures with `e`'s: its units' earlier figures replaced by it (a unit's own correction), one per value. */
function withFigure(figures: ProgressDispute['figures'], e: ProgressEntry): ProgressDispute['figures'] {
  const units = e.reportedBy ?? [];
  const others = figures.map((f) => ({ ...f, reportedBy: f.reportedBy.filter((u) => !units.includes(u)) })).filter((f) => f.reportedBy.length);
  const same = others.find((f) => f.value === e.value);
  return same ? others.map((f) => (f === same ? { ...f, reportedBy: [...f.reportedBy, ...units] } : f)) : [...others, { value: e.value, reportedBy: [...units] }];
}

/**
 * The entry that settles a dispute: `e` itself from a sheet of no one unit (the office's figure), or `e` with every
 * disputing unit when, its units' figures replaced by it, they all agree; `undefined` while they still differ.
 */
function settle<E extends ProgressEntry>(dispute: ProgressDispute, e: E): E | undefined {
  if (!e.reportedBy?.length) return e;
  const figures = withFigure(dispute.figures, e);
  return figures.length === 1 ? { ...e, reportedBy: figures[0]!.reportedBy } : undefined;
}

/**
 * A reading that {@link appendPeriod} replaces with a different value, or whose note it replaces with another: the
 * target, the date, the old and new values, and the two notes when the note is what changed.
 */
export interface ReplacedReading {
  /** The target's id: `t01.1`. */
  readonly target: string;
  /** The date both readings stand at. */
  readonly asOf: string;
  /** The value the report had. */
  readonly before: number;
  /** The value that replaces it. */
  readonly after: number;
  /** The note the report had, when the value is the same and a different note replaces it. */
  readonly noteBefore?: string;
  /** The note that replaces it. */
  readonly noteAfter?: string;
}

/**
 * The readings of `report` that appending `period` replaces with a different value (a resubmission; a second unit's
 * figure is a dispute instead, which the caller leaves out by the result's `disputes`), or with the same value and a different note: what a supervision office
 * must see before the older figure, or note, is gone. The same value without a note keeps the note: nothing replaced.
 */
export function replacedReadings(report: ProgressReport, period: ProgressReport): ReplacedReading[] {
  const old = new Map(report.entries.map((e) => [readingKey(e.target, entryDate(e, report)), e]));
  return period.entries.flatMap((e) => {
    const asOf = entryDate(e, period);
    const before = old.get(readingKey(e.target, asOf));
    if (before === undefined) return [];
    const reading = { target: e.target, asOf, before: before.value, after: e.value };
    if (before.value !== e.value) return [reading];
    return before.note !== undefined && e.note !== undefined && before.note !== e.note ? [{ ...reading, noteBefore: before.note, noteAfter: e.note }] : [];
  });
}

/** A reading of a report with the date it stands at: its entry's own, or the report's. */
export interface DatedReading {
  /** The target's id: `t09.1`. */
  readonly target: string;
  /** The reading's value. */
  readonly value: number;
  /** The date it stands at. */
  readonly asOf: string;
}

/**
 * The readings of `report` dated after `date`, each with its own date: `dz-plan progress import --into` checks the
 * report it appends to as it checks the sheets' rows, since a report stands at no day before its readings (a reading
 * after `--as-of`, or after today, is named and nothing is written; `--partial` never drops one).
 *
 * @example
 * ```ts
 * readingsAfter({ plan, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2500 }] }, '2023-06-30');
 * // [{ target: 't09.1', value: 2500, asOf: '2023-09-30' }]
 * ```
 */
export function readingsAfter(report: ProgressReport, date: string): DatedReading[] {
  return report.entries.flatMap((entry) => {
    const asOf = entryDate(entry, report);
    return asOf > date ? [{ target: entry.target, value: entry.value, asOf }] : [];
  });
}

/**
 * `report` without the readings named (each by its target and date): what `dz-plan progress import --into` writes when
 * the report's reading at a date the sheets' rows conflict on is held back with them (F83). The report keeps its date.
 *
 * @example
 * ```ts
 * withoutReadings(report, [{ target: 't09.1', value: 2100, asOf: '2023-06-30' }]).entries; // t09.1 at 2023-06-30 gone
 * ```
 */
export function withoutReadings(report: ProgressReport, readings: readonly Pick<DatedReading, 'target' | 'asOf'>[]): ProgressReport {
  if (!readings.length) return report;
  const gone = new Set(readings.map((r) => readingKey(r.target, r.asOf)));
  return { ...report, entries: report.entries.filter((e) => !gone.has(readingKey(e.target, entryDate(e, report)))) };
}
