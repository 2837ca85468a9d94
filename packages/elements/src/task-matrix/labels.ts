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

/** "市發展改革委 · 任務 24 加快構建… — 牽頭": a cell in words, for sighted keyboard users (no hover tooltip). */
export function describeCell(view: MatrixView, at: { row: number; column: number }, lang: Language, t: Strings): string {
  if (at.row >= view.rowCount || at.column >= view.columnCount) return '';
  const unit = view.unitAt(at.row, at.column);
  const task = view.taskAt(at.row, at.column);
  const role = view.roleAt(at.row, at.column);
  return `${unit.name[lang]} · ${t.matrixTask(task.number)} ${task.title[lang]} — ${role ? roleWord(role, t) : t.matrixNoRole}`;
}
