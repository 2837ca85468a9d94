/**
 * A document of three levels (`一、` above `（一）` above `1.`), read after the parse (`after-parse.ts`): the parser
 * reads two, so with `（一）` headings as the sections, the `一、` headings above them were left in the preamble or read
 * as text after a task's units, and the top level was lost with no word of it. It is one error, as the fix is one (keep
 * one level), naming the line of each such heading, and of each with no （一） under it (`三、增進民生福祉` over tasks
 * alone), whose tasks are read in the section before.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import { toMatchForm } from '../parse/match-form.js';
import type { Diagnostic, ParsedPlanText, ParsedSection } from '../parse/types.js';
import { isLineStart } from '../parse/lines.js';
import { lineOf } from './line-of.js';

/** A line that starts with a bracketed heading (in the match form): a Chinese numeral in brackets. */
const SUBHEADING = /^[ \t]*\([一二三四五六七八九十]{1,3}\)/u;
/** What the parser said of a （一） heading it did not read: text where no task is, or after a task's units. */
const NOT_READ: ReadonlySet<string> = new Set(['textBeforeFirstTask', 'textAfterUnits']);

/** A line that starts with a top-level heading: a Chinese numeral and 、. */
const TOP_HEADING = /^[ \t]*[一二三四五六七八九十]{1,3}、[^\n\r]*/gm;

/** Where the `（一）` heading that stands alone between `section`'s heading and its first task starts, if one does. */
function subheadingBeforeTasks(match: string, parsed: ParsedPlanText, section: ParsedSection): number[] {
  const first = parsed.tasks[section.taskIndices[0] ?? -1];
  if (!first) return [];
  const from = section.headingSpan.offset + section.headingSpan.length;
  const between = match.slice(from, first.span.offset);
  const start = between.search(/\S/);
  return start >= 0 && SUBHEADING.test(between.slice(start)) && !/[\n\r]\s*\S/u.test(between.slice(start)) ? [from + start] : [];
}

/**
 * The `（一）` headings under `一、` sections (not bracketed ones) the parser did not read, if one of them is text after
 * a task's units (`textAfterUnits`, a `（二）` heading: the document has three levels): those errors, and where each
 * `（一）` heading before a section's first task stands (said as headings here, not as `textBeforeFirstTask`). A lone
 * `（一）` heading before a task is that text, a warning.
 */
export function unreadSubheadings(text: string, parsed: ParsedPlanText): { readonly after: readonly Diagnostic[]; readonly before: readonly number[] } {
  const match = toMatchForm(text);
  const first = parsed.sections[0];
  const after = first && match[first.headingSpan.offset] !== '(' ? parsed.diagnostics.filter((d) => d.code === 'textAfterUnits' && isLineStart(text, d.offset) && SUBHEADING.test(match.slice(d.offset, d.offset + 8))) : [];
  return { after, before: after.length ? parsed.sections.flatMap((s) => subheadingBeforeTasks(match, parsed, s)) : [] };
}

/** The lines of `offsets`, as a message names them: `line 8`, `lines 8, 16`. */
const linesOf = (text: string, offsets: readonly number[]) => `${offsets.length > 1 ? 'lines' : 'line'} ${offsets.map((o) => lineOf(text, o)).join(', ')}`;

/**
 * The other way round: the `一、` headings read as the sections and `（一）` headings under some of them
 * ({@link unreadSubheadings}), which were text before a section's first task (`textBeforeFirstTask`: make it a task)
 * or after a task's units (`textAfterUnits`). One problem, one fix (keep one level), so one error, at the first `一、`
 * heading with `（一）` under it, naming the line of each `一、` heading with and without them; returns the parser's
 * `textAfterUnits` errors of the `（一）` headings.
 */
function checkSubheadings(text: string, parsed: ParsedPlanText, sink: DiagnosticSink): ReadonlySet<Diagnostic> {
  const { after, before } = unreadSubheadings(text, parsed);
  const at = [...after.map((d) => d.offset), ...before];
  if (!at.length) return new Set();
  const above: number[] = [];
  const without: number[] = [];
  for (const [i, section] of parsed.sections.entries()) {
    const { offset } = section.headingSpan;
    const next = parsed.sections[i + 1]?.headingSpan.offset ?? text.length;
    (at.some((a) => a > offset && a < next) ? above : without).push(offset);
  }
  const none = without.length ? `; those of ${linesOf(text, without)} have none` : '';
  const giveOne = without.length ? ', and those with none need one' : '';
  sink.error(
    'headingAboveSections',
    `the 一、 headings are read as the sections, and the （一） headings under those of ${linesOf(text, above)} are not read${none}: a plan has two levels, sections and tasks: remove the （一） headings (their tasks stay in the 一、 sections), or the 一、 ones (the （一） headings are then the sections${giveOne})`,
    above[0] ?? without[0]!,
  );
  return new Set(after);
}

/**
 * Says the top-level headings above bracketed sections, once: one error at the first, naming the line of each (and
 * of each with no （一） under it); returns the `textAfterUnits` errors those headings explain.
 */
export function checkHeadingLevels(text: string, parsed: ParsedPlanText, sink: DiagnosticSink): ReadonlySet<Diagnostic> {
  const explained = new Set<Diagnostic>();
  const first = parsed.sections[0];
  if (first && toMatchForm(text)[first.headingSpan.offset] !== '(') return checkSubheadings(text, parsed, sink);
  if (!first) return explained;
  const tops = [...text.matchAll(TOP_HEADING)];
  const above: number[] = [];
  const without: number[] = [];
  for (const [i, heading] of tops.entries()) {
    const at = heading.index + heading[0].search(/\S/);
    // A heading with no （一） under it (before the next 一、 heading) stands above no section: its tasks are read in the
    // section before it.
    const next = tops[i + 1]?.index ?? text.length;
    (parsed.sections.some((s) => s.headingSpan.offset > at && s.headingSpan.offset < next) ? above : without).push(at);
    const after = parsed.diagnostics.find((d) => d.code === 'textAfterUnits' && d.offset === at);
    if (after) explained.add(after);
  }
  const readBefore = 'their tasks are read in the section before';
  if (above.length) {
    const none = without.length ? `; those of ${linesOf(text, without)} have no （一） under them: ${readBefore}` : '';
    sink.error(
      'headingAboveSections',
      `the （一） headings are read as the sections, and the 一、 headings above them (${linesOf(text, above)}) are not read${none}: a plan has two levels, sections and tasks: remove the 一、 headings (their tasks stay in the （一） sections), or the （一） ones (the 一、 headings are then the sections)`,
      above[0]!,
    );
  } else if (without.length) {
    sink.error(
      'headingWithoutSubsections',
      `the （一） headings are read as the sections, and the 一、 headings of ${linesOf(text, without)} have no （一） under them: ${readBefore}; give each a （一） heading, or remove the （一） headings`,
      without[0]!,
    );
  }
  return explained;
}
