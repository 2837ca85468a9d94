/**
 * The checks `dz-plan parse` and `build` (planFromText) run after {@link parsePlanText}, which stays within its 4 KiB
 * for pages that parse in the browser: what other cities write that the parser reads without a word of warning.
 */
import { createDiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedPlanText } from '../parse/types.js';
import { checkSectionText } from './section-text.js';
import { checkFieldLines } from './field-lines.js';
import { checkHeadingLevels } from './heading-levels.js';
import { joinUnitLines } from './unit-lines.js';
import { checkUnitNames } from './unit-names.js';
import { checkTableRows } from './table-rows.js';

/** The parse with what the checks left out of it, and their diagnostics among its own, in document order. */
export function checkParsed(text: string, parsed: ParsedPlanText): ParsedPlanText {
  const sink = createDiagnosticSink(text);
  const joined = joinUnitLines(text, parsed.tasks, parsed.diagnostics, sink);
  const tasks = checkFieldLines(checkUnitNames(text, joined.tasks, sink), sink);
  checkSectionText(text, parsed, sink);
  const explained = checkHeadingLevels(text, parsed, sink);
  checkTableRows(text, sink);
  const found = sink.done();
  if (!found.length && !joined.answered.size) return parsed;
  return {
    ...parsed,
    tasks,
    units: [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))],
    diagnostics: [...parsed.diagnostics.filter((d) => !joined.answered.has(d) && !explained.has(d)), ...found].sort((a, b) => a.offset - b.offset),
  };
}
