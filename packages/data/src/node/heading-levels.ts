/**
 * A document of three levels (`一、` above `（一）` above `1.`), read after the parse (`after-parse.ts`): the parser
 * reads two, so with `（一）` headings as the sections, the `一、` headings above them were left in the preamble or read
 * as text after a task's units, and the top level was lost with no word of it. Each such heading is an error naming it.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import { toMatchForm } from '../parse/match-form.js';
import type { Diagnostic, ParsedPlanText } from '../parse/types.js';

/** A line that starts with a top-level heading: a Chinese numeral and 、. */
const TOP_HEADING = /^[ \t]*[一二三四五六七八九十]{1,3}、[^\n\r]*/gm;

/** Says each top-level heading above bracketed sections; returns the `textAfterUnits` errors those headings explain. */
export function checkHeadingLevels(text: string, parsed: ParsedPlanText, sink: DiagnosticSink): ReadonlySet<Diagnostic> {
  const explained = new Set<Diagnostic>();
  const first = parsed.sections[0];
  if (!first || toMatchForm(text)[first.headingSpan.offset] !== '(') return explained;
  for (const heading of text.matchAll(TOP_HEADING)) {
    const at = heading.index + heading[0].search(/\S/);
    const words = heading[0].trim();
    sink.error(
      'headingAboveSections',
      `"${words.slice(0, 30)}" is a heading above the （一） headings, which are read as the sections: a plan has two levels, sections and tasks: remove the 一、 headings (their tasks stay in the （一） sections), or the （一） ones (the 一、 headings are then the sections)`,
      at,
    );
    const after = parsed.diagnostics.find((d) => d.code === 'textAfterUnits' && d.offset === at);
    if (after) explained.add(after);
  }
  return explained;
}
