/**
 * Text of a section outside its tasks, read after the parse (`after-parse.ts`): a paragraph between a heading and the
 * first task (全年地區生產總值增長6%左右…, the section's own goals) or a sub-heading ((一)擴大有效投資) was in no field
 * of the parse, so its targets were never proposed, silently.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedPlanText } from '../parse/types.js';
import { textBeforeFirstTaskWords } from './task-text-words.js';
import { unreadSubheadings } from './heading-levels.js';

const QUOTED = 24;

/** Says to `sink` each section whose heading and first task have text between them. */
export function checkSectionText(text: string, parsed: ParsedPlanText, sink: DiagnosticSink): void {
  const headings = new Set(unreadSubheadings(text, parsed).before);
  for (const section of parsed.sections) {
    const first = parsed.tasks[section.taskIndices[0] ?? -1];
    if (!first) continue;
    const from = section.headingSpan.offset + section.headingSpan.length;
    const between = text.slice(from, first.span.offset);
    const start = between.search(/\S/);
    // A （一） heading of a document of three levels is said as a heading (`heading-levels.ts`).
    if (start < 0 || headings.has(from + start)) continue;
    const words = between.trim();
    sink.warning('textBeforeFirstTask', textBeforeFirstTaskWords.en(section.number, words.length > QUOTED ? `${words.slice(0, QUOTED)}…` : words), from + start);
  }
}
