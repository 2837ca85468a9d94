/**
 * Whose a worksheet is when it has no line naming its unit (review r127 F1): a second sheet of a unit's workbook (a
 * `Sheet2` the clerk added) is the unit's, as the file is, not the office's own, whose figure would settle the unit's;
 * in a workbook whose sheets name two units, not known. Only a workbook with no unit line at all is the office's.
 */
import type { Plan } from '../schema.js';
import type { Sheet, SheetRow } from './read-sheets.js';
import { blankUnitLineOf, reportingUnitOf, type ReportingUnit } from './reporting-unit.js';

/** A sheet's line naming its unit, as the rows above its header give it. */
export interface SheetUnitLine {
  /** The line, when a row above the header has the label (`填報單位:…`). */
  readonly line: ReportingUnit | undefined;
  /** Without the line, the blank row just above the header with nothing above it: the line's cell cleared whole (r72 M2). */
  readonly blankLine: number | undefined;
  /** The rows above the header hidden in Excel (the line among them is read all the same, r73 M1). */
  readonly hiddenAbove: readonly SheetRow[];
}

/** The {@link SheetUnitLine} of a sheet whose header is its row at `headerIndex`. */
export function unitLineOf(plan: Plan, sheet: Sheet, headerIndex: number): SheetUnitLine {
  const header = sheet.rows[headerIndex]!;
  const hiddenAbove = (sheet.hiddenRows ?? []).filter((row) => row.number < header.number);
  const above = [...sheet.rows.slice(0, headerIndex), ...hiddenAbove].sort((a, b) => a.number - b.number);
  const line = reportingUnitOf(plan, above);
  // A row there with a comment alone, or hidden, is something above the header all the same.
  const blankLine = line ? undefined : blankUnitLineOf(header, [...above, ...(sheet.commentOnlyRows ?? []).filter((row) => row.number < header.number)]);
  return { line, blankLine, hiddenAbove };
}

/**
 * Whose a sheet with no unit line is, by the other sheets of its workbook (`lineOf`: a sheet's line, `undefined` for a
 * sheet not read as a table): `undefined` when none of them has a line (the office's workbook, or a CSV); the unit
 * when every line names the same unit of the plan; else the names the lines give (`nameOf` a line's), not knowing whose.
 */
export function workbookUnitOf(
  sheet: Sheet,
  sheets: readonly Sheet[],
  lineOf: (sheet: Sheet) => SheetUnitLine | undefined,
  nameOf: (line: ReportingUnit) => string,
): { readonly unit: NonNullable<ReportingUnit['unit']> } | { readonly names: readonly string[] } | undefined {
  if (sheet.sheet === undefined) return undefined;
  const claims = sheets.filter((other) => other !== sheet && other.file === sheet.file).flatMap((other) => {
    const of = lineOf(other);
    return of && (of.line || of.blankLine !== undefined) ? [of.line] : [];
  });
  if (!claims.length) return undefined;
  const [first] = claims;
  if (first?.unit && claims.every((line) => line?.unit === first.unit)) return { unit: first.unit };
  return { names: [...new Set(claims.flatMap((line) => (line?.name ? [nameOf(line)] : [])))] };
}
