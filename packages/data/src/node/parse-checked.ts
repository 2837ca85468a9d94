/**
 * `dz-plan parse` as a function, for code: the parser ({@link parsePlanText}, kept within its 4 KiB for pages that
 * parse in the browser), then the checks the CLI runs after it (`after-parse.ts`) and the reading of
 * `responsibleBesideLead`. `dz-plan build` (`planFromText`) reads the document the same way.
 */
import { parsePlanText } from '../parse/parse-plan-text.js';
import type { UnitRole } from '../parse/roles.js';
import type { ParsedPlanText } from '../parse/types.js';
import { checkParsed } from './after-parse.js';
import { oneLineTitles } from './one-line-titles.js';
import { sentenceTitles } from './sentence-titles.js';
import { titlesWithoutMarks } from './title-marks.js';
import { readResponsibleBesideLead } from './unit-names.js';

/** Options of {@link parsePlanTextChecked}. */
export interface ParsePlanTextCheckedOptions {
  /**
   * How to read the units of a label that says no role (責任單位) beside a lead label, and of 負責 beside 牽頭, in the
   * whole document: as `dz-plan parse --responsible-beside-lead` reads them. Without it, each is a
   * `responsibleBesideLead` error.
   */
  readonly responsibleBesideLead?: UnitRole;
}

/**
 * Parses a key-task document as `dz-plan parse` does: what {@link parsePlanText} returns, with what the CLI reads
 * after it (units labelled without 單位, `牽頭:市科技局;配合:市財政局`; a line of roles in words; units in brackets
 * that start a task, `（1）【縣發改局】…`; a task's one line without 。 as its title, and a title a line break cut after
 * ， gone on to its sentence's end, without a web page's footnote markers and full-width spaces; units in a
 * parenthesis of roles in words never closed, an `unclosedUnits` error; a document wrapped at a page's width…) and
 * their diagnostics. Never throws. `dz-plan parse FILE --json` prints this result.
 *
 * @example
 * ```ts
 * import { parsePlanTextChecked } from '@dz-tasks/data/node';
 * const parsed = parsePlanTextChecked('1.建設平台。新增5家。\n牽頭:市科技局;配合:市財政局');
 * parsed.tasks[0].lead; // ['市科技局'] (parsePlanText leaves the line in the body)
 * ```
 */
export function parsePlanTextChecked(text: string, { responsibleBesideLead }: ParsePlanTextCheckedOptions = {}): ParsedPlanText {
  const input = String(text ?? ''); // as parsePlanText takes it
  return readResponsibleBesideLead(input, titlesWithoutMarks(sentenceTitles(input, oneLineTitles(input, checkParsed(input, parsePlanText(input))))), responsibleBesideLead);
}
