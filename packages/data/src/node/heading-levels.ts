/**
 * A document of three levels (`一、` above `（一）` above `1.`), read after the parse (`after-parse.ts`): the parser
 * reads two, so with `（一）` headings as the sections, the `一、` headings above them were left in the preamble or read
 * as text after a task's units, and the top level was lost with no word of it. Each such heading is an error naming it;
 * one with no （一） under it (`三、增進民生福祉` over tasks alone) is said as that, as its tasks are read in the section before.
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
  const tops = [...text.matchAll(TOP_HEADING)];
  for (const [i, heading] of tops.entries()) {
    const at = heading.index + heading[0].search(/\S/);
    const words = heading[0].trim();
    // A heading with no （一） under it (before the next 一、 heading) stands above no section: its tasks are read in the
    // section before it.
    const next = tops[i + 1]?.index ?? text.length;
    if (!parsed.sections.some((s) => s.headingSpan.offset > at && s.headingSpan.offset < next)) {
      sink.error(
        'headingWithoutSubsections',
        `"${words.slice(0, 30)}" has no （一） headings under it, and the （一） headings are read as the sections: its tasks are read in the section before it; give it a （一） heading, or remove the （一） headings`,
        at,
      );
      const after = parsed.diagnostics.find((d) => d.code === 'textAfterUnits' && d.offset === at);
      if (after) explained.add(after);
      continue;
    }
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
