/**
 * The matrix as CSV for spreadsheets: its rows (as the table shows them, totals included), for RFC 4180 quoting and
 * CRLF lines (`toCsv`). The download, its file name and byte-order mark are in `csv-download.ts`, loaded on the first
 * download.
 */
import type { CsvValue, Language, Task, Unit } from '@dz-tasks/data';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { headingOf, roleWord } from './labels.js';
import type { MatrixView } from './matrix-view.js';

/** Header, one line per row, then lead, participating and overall totals per column, in the language. */
export function csvRows(view: MatrixView, lang: Language, t: Strings): CsvValue[][] {
  const label = (item: Unit | Task) => headingOf(item, lang, t).full;
  const columns = view.columnItems.map((_, c) => c);
  const { totals } = view;
  return [
    [view.rowsAre === 'tasks' ? t.task : t.unit, ...view.columnItems.map(label), t.matrixLeadTotal, t.matrixParticipatingTotal, t.total],
    ...view.rowItems.map((item, r) => {
      const rowTotals = view.rowTotals[r]!;
      return [
        label(item),
        ...columns.map((c) => {
          const role = view.roleAt(r, c);
          return role ? roleWord(role, t) : '';
        }),
        rowTotals.lead,
        rowTotals.participating,
        rowTotals.total,
      ];
    }),
    [t.matrixLeadTotal, ...view.columnTotals.map((c) => c.lead), totals.lead, '', ''],
    [t.matrixParticipatingTotal, ...view.columnTotals.map((c) => c.participating), '', totals.participating, ''],
    [t.total, ...view.columnTotals.map((c) => c.total), totals.lead, totals.participating, totals.total],
  ];
}
