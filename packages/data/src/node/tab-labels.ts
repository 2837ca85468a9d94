/**
 * A label row split by tabs or blanks, no colon (`牽頭單位⇥市財政局⇥配合單位⇥市稅務局`, `責任單位  市財政局、市稅務局`,
 * a table's row copied out of Word under its task), read after the parse (`after-parse.ts`) as the form with colons
 * the parser reads (`牽頭單位:市財政局⇥配合單位:市稅務局`), one character for one: the first tab or blank after each
 * label is read as its colon. Before, the row stayed in the task's body and the task had no units; one row is no
 * table (`table-rows.ts`), so nothing said why. Only a line of labels and names, each name a unit's (`unit-kind.ts`):
 * a label in a sentence (`牽頭單位  要按月調度`) stays text, and the task without units names the line
 * (`units-in-text.ts`).
 */
import { toMatchForm } from '../parse/match-form.js';
import { LABEL } from '../parse/roles.js';
import { isUnitName } from './unit-kind.js';

/** Between a label and its names, or names and the next label: tabs, or two blanks or more (ideographic ones too). */
const GAP = /\t[\t ]*| {2,}/gu;
/** A line that starts with a label, a {@link GAP} after it. */
export const TAB_LABEL_LINE = new RegExp(`^[ \\t]*${LABEL}(?:\\t| {2})`, 'u');
/** A label alone in a cell. */
const LABEL_CELL = new RegExp(`^${LABEL}$`, 'u');

/**
 * Where the colons go in the label row `line` (its match form, indices in it): at the first character of the gap after
 * each label; `undefined` unless the line is labels and names in turn, a label first, each name a unit's.
 */
export function labelRowColons(line: string): number[] | undefined {
  if (!TAB_LABEL_LINE.test(line)) return undefined;
  const start = line.length - line.trimStart().length;
  const gaps = [...line.trimEnd().slice(start).matchAll(GAP)];
  const cells = line.trimEnd().slice(start).split(GAP);
  // A label is no name, though it ends in 單位: a table's header row (`牽頭單位⇥配合單位`) is no label row.
  const names = (cell: string) => cell.split(/[、,;]/u).every((name) => isUnitName(name.trim()) && !LABEL_CELL.test(name.trim()));
  if (cells.length % 2 || !cells.every((cell, i) => (i % 2 ? names(cell) : LABEL_CELL.test(cell)))) return undefined;
  return gaps.filter((_, i) => i % 2 === 0).map((gap) => start + gap.index);
}

/** `text` with each label row of it read with colons; `undefined` if it has none. */
export function tabLabelsAsParsed(text: string): string | undefined {
  const match = toMatchForm(text);
  const chars = text.split('');
  let changed = false;
  for (const line of match.matchAll(/^.*$/gmu)) {
    for (const at of labelRowColons(line[0]) ?? []) {
      chars[line.index + at] = ':';
      changed = true;
    }
  }
  return changed ? chars.join('') : undefined;
}
