/** The words of the matrix's headers and cells, for the table, the narrow list and the CSV alike. */
import type { Language, Role, Task, Unit } from '@dz-tasks/data';
import type { Strings } from '../shared/i18n/ui-strings.js';
import { isTask, type MatrixView } from './matrix-view.js';

/** Labels of one row or column header: what is shown, and the whole name for assistive technology and tooltips. */
export interface Heading {
  readonly id: string;
  /** The task number, or the unit name. */
  readonly short: string;
  /** The task title, or the unit name. */
  readonly name: string;
  /** "任務 24 加快構建…", or the unit name. */
  readonly full: string;
}

export function headingOf(item: Unit | Task, lang: Language, t: Strings): Heading {
  if (isTask(item)) {
    return { id: item.id, short: String(item.number), name: item.title[lang], full: `${t.matrixTask(item.number)} ${item.title[lang]}` };
  }
  return { id: item.id, short: item.name[lang], name: item.name[lang], full: item.name[lang] };
}

/** A role in words: `牽頭`, `Participating`. */
export function roleWord(role: Role, t: Strings): string {
  return role === 'lead' ? t.lead : t.participating;
}

/**
 * "市發展改革委 · 任務 24 加快構建… — 牽頭": a cell in words, for sighted keyboard users (no hover tooltip). A header
 * says its unit or task (the corner its own word), a total its row's and column's and its sums: "市發展改革委 · 合計 —
 * 26 · 牽頭 19、參與 7".
 */
export function describeCell(view: MatrixView, { row, column }: { row: number; column: number }, lang: Language, t: Strings): string {
  const name = (items: MatrixView['rowItems'], i: number) => (items[i] ? headingOf(items[i], lang, t).full : i < 0 ? '' : t.total);
  // The unit first, as the task is, however the grid is turned.
  const names = [name(view.rowItems, row), name(view.columnItems, column)];
  if (view.rowsAre === 'tasks') names.reverse();
  // The grand total is named once: "合計", not "合計 · 合計" (review r108 F3).
  const words = [...new Set(names.filter(Boolean))].join(' · ') || (view.rowsAre === 'tasks' ? t.task : t.unit);
  if (row < 0 || column < 0) return words;
  const sums = column < view.columnCount ? (row < view.rowCount ? undefined : view.columnTotals[column]) : (view.rowTotals[row] ?? view.totals);
  const role = sums ? null : view.roleAt(row, column);
  return `${words} — ${sums ? `${sums.total} · ${t.matrixTotalsOf(sums.lead, sums.participating)}` : role ? roleWord(role, t) : t.matrixNoRole}`;
}
