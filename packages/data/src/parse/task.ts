/** One task as the caller sees it: title, body and units sliced from the input, with what is wrong about them. */
import type { DiagnosticSink } from './diagnostics.js';
import { skipSpace } from './lines.js';
import type { TaskFrame } from './structure.js';
import type { ParsedTask, TextSpan } from './types.js';
import { splitUnits, type SplitUnits } from './units-split.js';

export const span = (offset: number, length: number): TextSpan => ({ offset, length });

/**
 * `text.slice(start, end)` trimmed, under `key`, and its span under `${key}Span`: the pair as a task, a section and
 * the parse return it (`{ title, titleSpan }`).
 */
export function trimmed<K extends string>(text: string, start: number, end: number, key: K): Record<K, string> & Record<`${K}Span`, TextSpan> {
  const s = skipSpace(text, start, end);
  const value = text.slice(s, end).trimEnd(); // trimEnd strips what \s matches
  return { [key]: value, [`${key}Span`]: span(s, value.length) } as Record<K, string> & Record<`${K}Span`, TextSpan>;
}

/** A task's title, body and units, read from its frame in the structure; what is wrong with them goes to `sink`. */
export function readTask(text: string, match: string, frame: TaskFrame, sink: DiagnosticSink): ParsedTask {
  const { marker: { number, start, end: contentStart }, end, units } = frame;
  let roles: SplitUnits = { lead: [], participating: [] };
  let unitsSpan: TextSpan | undefined;
  let contentEnd = end;
  if (!units) {
    sink.warning('taskWithoutUnits', `task ${number} names no responsible units`, start);
  } else {
    // A parenthesis that is never closed (end 0) runs to the end of the task.
    const unitsEnd = units.end || end;
    if (!units.end) sink.error('unclosedUnits', `task ${number}: the units parenthesis is not closed`, units.start);
    unitsSpan = trimmed(text, units.start, unitsEnd, 'units').unitsSpan;
    contentEnd = units.start;
    // The list: inside the brackets of a parenthesis, or the whole line from its label.
    const bracket = +(match[units.start] === '('); // 1 or 0
    roles = splitUnits(text, match, units.start + bracket, units.end ? units.end - bracket : end, number, sink);
    const seen = new Set<string>();
    for (const name of [...roles.lead, ...roles.participating]) {
      if (seen.has(name)) sink.warning('duplicateUnitInTask', `task ${number} names ${name} twice`, units.start);
      seen.add(name);
    }
    const after = skipSpace(text, unitsEnd, end); // never past `end`
    if (after - end) sink.error('textAfterUnits', `task ${number}: text after the units may belong to another task`, after);
  }

  // The title ends at the first 。 (or ． used as one) or line break after its first character that is not blank.
  const titleStart = skipSpace(text, contentStart, contentEnd);
  const stop = text.slice(titleStart, contentEnd).search(/[\u3002\uFF0E\n\r]/); // 。 ．, counted from titleStart
  if (stop < 0) sink.warning('taskWithoutTitle', `task ${number} has no title ending in 。 or a line break`, start);
  return {
    number,
    sectionNumber: frame.sectionNumber,
    ...trimmed(text, contentStart, stop < 0 ? contentStart : titleStart + stop, 'title'),
    ...trimmed(text, stop < 0 ? contentStart : titleStart + stop + 1, contentEnd, 'body'),
    ...roles,
    unitsSpan,
    span: trimmed(text, start, end, 'task').taskSpan,
  };
}
