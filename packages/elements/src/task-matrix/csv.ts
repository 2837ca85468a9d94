/**
 * The matrix as CSV for spreadsheets: its rows (as the table shows them, totals included), RFC 4180 quoting, CRLF
 * lines, and a byte-order mark so Excel reads the Chinese as UTF-8.
 */
import type { CsvValue, Language, Task, Unit } from '@dz-tasks/data';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { headingOf, roleWord } from './labels.js';
import type { MatrixView } from './matrix-view.js';

/**
 * Hands text to the browser as a file download: a Blob, an object URL and a temporary `<a download>` inside
 * `parent` (a shadow root is fine), so no page markup is touched.
 */
export function downloadText(parent: ParentNode, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Firefox starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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

/** `dz-task-matrix-s04.csv`, `dz-task-matrix-s01-s04.csv`, or named after up to three units (`unitFilter`). */
export function csvFileName(view: MatrixView, unitFilter: boolean): string {
  const parts = view.sections.map((section) => section.id);
  if (unitFilter) parts.push(...(view.matrix.rows.length <= 3 ? view.matrix.rows.map((unit) => unit.id) : ['units']));
  if (view.rowsAre === 'tasks') parts.push('by-task');
  return ['dz-task-matrix', ...parts].join('-') + '.csv';
}
