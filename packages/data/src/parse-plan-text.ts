/**
 * A parser for Chinese government key-task lists: a preamble, sections (`一、`, `（一）`, `第一部分`), tasks numbered
 * `1.` `1、` `（1）` `１．`…, each with its responsible units. Traditional or Simplified script, ASCII or full-width
 * punctuation. It never throws and never guesses quietly: whatever it cannot be sure of is an error diagnostic.
 * The public entry (`@dz-tasks/data/parse-plan-text`); the parts, one concern each, live in `./parse/`.
 */
export { parsePlanText } from './parse/parse-plan-text.js';
export { chineseNumeral } from './parse/heading-numeral.js';
export { formatDiagnostic } from './parse/diagnostics.js';
export type { Diagnostic, DiagnosticCode, ParsedPlanText, ParsedSection, ParsedTask, TextSpan } from './parse/types.js';
