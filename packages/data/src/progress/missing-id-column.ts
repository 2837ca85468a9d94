/**
 * A header row without its target id column (review r127 F3): `指標編號` renamed (目標編號, 指標代碼, 編號) or column A
 * deleted. The row naming the template's other columns (完成值 and another) is the header all the same, and the
 * problem is its id column, not "no header row".
 */
import type { Target } from '../schema.js';
import type { Sheet, SheetRow } from './read-sheets.js';
import { columnsOfHeader, HEADER_SEARCH_ROWS } from './sheet-columns.js';

/**
 * Among a sheet's first rows, the first that names the value column and another of the template's but no target id,
 * with the column under it holding the most of the plan's target ids (`-1` when none does: the column deleted);
 * `undefined` when no row does.
 */
export function idlessHeaderOf(sheet: Sheet, targetOf: (id: string) => Target | undefined): { readonly row: SheetRow; readonly column: number } | undefined {
  const isId = (cell: string | undefined) => !!cell && cell.trim().length > 0 && cell.trim().length < 20 && targetOf(cell.trim()) !== undefined;
  for (const [index, row] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = columnsOfHeader(row.cells);
    if (!columns.includes('value') || new Set(columns.filter((c) => c !== undefined)).size < 2) continue;
    const below = sheet.rows.slice(index + 1);
    let [column, most] = [-1, 0];
    for (let i = 0; i < row.cells.length; i++) {
      if (columns[i] !== undefined) continue;
      const ids = below.filter((r) => isId(r.cells[i])).length;
      if (ids > most) [column, most] = [i, ids];
    }
    return { row, column };
  }
  return undefined;
}
