/**
 * Where each reading of an import came from (review r68 M1, L3): the rows that gave it and the unit whose sheet each
 * row is in, so that a message about a reading (a total that falls) names its file and row, and the report the units.
 */
import { readingKey } from './append-period.js';

/** A row that gave a reading: its file, worksheet and number, and the unit whose sheet it is (its line above the header names it), if one is. */
export interface SourceRow {
  /** The file's name. */
  readonly file: string;
  /** The worksheet's name (an .xlsx), absent for a CSV. */
  readonly sheet?: string;
  /** The row number as the spreadsheet shows it. */
  readonly row: number;
  /** The id of the unit the sheet is for (its line above the header, `填報單位:…`, names it); absent for a sheet without the line (the office's own). */
  readonly unit?: string;
}

/** A reading of an import's report, by its target and date, and every row that gave it. */
export interface ReadingSource {
  /** The target's id. */
  readonly target: string;
  /** The date the reading stands at. */
  readonly asOf: string;
  /** The rows that gave it, in the order read: more than one when units' sheets agree (their notes joined). */
  readonly rows: readonly SourceRow[];
}

/** The source of the reading of `target` at `asOf` among `sources`, or `undefined` (a reading the import did not bring). */
export function sourceOf(sources: readonly ReadingSource[], target: string, asOf: string): ReadingSource | undefined {
  const key = readingKey(target, asOf);
  return sources.find((s) => readingKey(s.target, s.asOf) === key);
}

/** The units whose sheets gave a reading (`reportedBy`), each once, in the order read; empty when no row's sheet names one. */
export const reportingUnits = (rows: readonly SourceRow[]): string[] => [...new Set(rows.flatMap((r) => (r.unit === undefined ? [] : [r.unit])))];
