/**
 * Whose sheet it is, said by the template (review r69 H1): a unit's template states its unit in a line above the header
 * (`填報單位:市工業和信息化局`), and the import takes a sheet's unit from that line alone, never from its rows' 牽頭單位
 * (the office's template of a section whose every task one unit leads or co-leads was filed as that unit's). A sheet
 * without the line (the office's own: the whole plan's template, a section's, or a template made before the line) is
 * no one unit's; a line whose name was erased (`填報單位:`) says a unit's without saying whose (r70 L7), and so does a
 * blank row above the header with nothing above it, the line's cell cleared whole (r72 M2): the office's own template
 * starts with its header.
 */
import { indexPlan } from '../plan-index.js';
import { getUnit } from '../queries/get-unit.js';
import type { Language, Plan, Unit } from '../schema.js';
import type { SheetRow } from './read-sheets.js';
import { colonIn } from './sheet-problems.js';

/** The line's label, per language: what a unit's template writes before the unit's name. */
const labels: Readonly<Record<Language, string>> = { 'zh-Hant': '填報單位', 'zh-Hans': '填报单位', en: 'Reporting unit' };

/** The line a unit's template writes above its header: `填報單位:市工業和信息化局`, `Reporting unit: Dezhou …`. */
export const reportingUnitLine = (name: string, lang: Language): string => `${labels[lang]}${colonIn(lang)}${name}`;

/** The label in any of the languages, as typed too: `填报单位（盖章）：`, `Reporting unit:`; the colon may be left out. */
const LABEL = /^\s*(?:填[報报][單单]位|reporting\s+unit)\s*(?:[(（]\s*[蓋盖]章\s*[)）])?\s*[:：]?\s*/i;
/** A seal's mark typed after the name on a form (`市工信局(盖章)`): no part of the name. */
const SEAL = /\s*[(（]\s*[蓋盖]章\s*[)）]\s*$/;

/** A sheet's line naming its unit: where it is, what it says, and the plan's unit by that name. */
export interface ReportingUnit {
  /** The row's number as the spreadsheet shows it. */
  readonly row: number;
  /** The line as written: the label's cell, and the name's when the name is in a cell of its own. */
  readonly text: string;
  /** The name it gives; `''` when the name was erased (`填報單位:`, `填报单位（盖章）：` and an empty cell). */
  readonly name: string;
  /** The unit of the plan by that name (any name, alias or script, as the template's `unit` option finds one); `undefined` when the plan has none. */
  readonly unit: Unit | undefined;
}

/**
 * The line among `rows` (a sheet's rows above its header) that names the sheet's unit, by its label in any language,
 * the name in the label's cell or in the next cell with content (`''` when it has none: the name erased); `undefined`
 * when no row has the label.
 *
 * @example
 * ```ts
 * reportingUnitOf(dezhouPlan, [{ number: 1, cells: ['填报单位：工信局'] }])?.unit?.id; // 'industry-information-technology-bureau'
 * ```
 */
export function reportingUnitOf(plan: Plan, rows: readonly SheetRow[]): ReportingUnit | undefined {
  for (const row of rows) {
    const at = row.cells.findIndex((cell) => LABEL.test(cell ?? ''));
    if (at < 0) continue;
    const label = row.cells[at]!.trim();
    const next = label.replace(LABEL, '') ? undefined : row.cells.slice(at + 1).find((cell) => (cell ?? '').trim() !== '')?.trim();
    const name = (next ?? label.replace(LABEL, '')).replace(SEAL, '').trim();
    return { row: row.number, text: next === undefined ? label : `${label} ${next}`, name, unit: name ? getUnit(indexPlan(plan), name) : undefined };
  }
  return undefined;
}

/**
 * The row number of the blank row just above the header when the sheet has nothing above its header (`header` the
 * header row, `above` the rows above it with content, a comment, or hidden): the row where a unit's template names its unit, its cell
 * cleared whole (a CSV's empty first line or line of commas too); `undefined` for a header in the first row, or one
 * under a title of text (a blank row between them is the title's layout, no unit's line).
 */
export const blankUnitLineOf = (header: SheetRow, above: readonly SheetRow[]): number | undefined =>
  above.length === 0 && header.number > 1 ? header.number - 1 : undefined;
