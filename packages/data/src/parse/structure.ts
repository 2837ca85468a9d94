/**
 * Which markers really start a task or a section, read in one pass in document order. Task numbers must continue
 * the document's sequence: inside a task, a number that goes back (an in-task list `1.…;2.…`) is body text; a number
 * that repeats or skips where a task must start is taken as written and reported as an error. Headings are taken in
 * order 一, 二, 三… and only where a task in sequence follows; anything else that looks like one is text.
 */
import { skipSpace } from './lines.js';
import { numeralOf } from './numerals.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { HeadingMarker, TaskMarker } from './markers.js';
import type { UnitsClause } from './units-clause.js';

export interface TaskFrame {
  readonly marker: TaskMarker;
  /** Where the next task or section starts, or the end of the text. */
  end: number;
  readonly sectionNumber: number | undefined;
  /** The task's units clause, once one is found. */
  units?: UnitsClause;
}

export interface SectionFrame {
  readonly marker: HeadingMarker;
  /** Where the next section starts, or the end of the text. */
  end: number;
  readonly taskIndices: number[];
}

type Event = TaskMarker | HeadingMarker | UnitsClause;

/**
 * What a number out of order says, for tasks and sections alike: the number found, what it follows (0: the preamble),
 * and the numbers missing before it (it jumps ahead) or the one expected (it repeats or goes back).
 */
function outOfOrder(kind: 'task' | 'section', name: (n: number) => string, found: number, previous: number, expected: number): string {
  const after = previous ? `${kind} ${name(previous)}` : 'the preamble';
  if (found <= expected) return `${kind} ${name(found)} comes again after ${after}; ${kind} ${name(expected)} was expected`;
  const missing = found - expected > 1 ? `${kind}s ${name(expected)}–${name(found - 1)} are` : `${kind} ${name(expected)} is`;
  return `${kind} ${name(found)} follows ${after}; ${missing} missing`;
}

export function readStructure(
  match: string,
  taskMarkers: readonly TaskMarker[],
  headingMarkers: readonly HeadingMarker[],
  clauses: readonly UnitsClause[],
  sink: DiagnosticSink,
): { tasks: TaskFrame[]; sections: SectionFrame[] } {
  const events: Event[] = [...taskMarkers, ...headingMarkers, ...clauses].sort((a, b) => a.start - b.start);
  const tasks: TaskFrame[] = [];
  const sections: SectionFrame[] = [];
  let nextTask = 1;
  let nextSection = 1;
  let current: TaskFrame | undefined;
  /** The next number of an in-task list, while one runs (read only while the task's units are still to come). */
  let listNext: number | undefined;
  /** Nothing before this index starts anything: it is inside a task's units. */
  let skipUntil = 0;
  /** Where the last units clause taken ended; -1 before any, or after one that is never closed. */
  let lastUnitsEnd = -1;

  // Scans only the blanks it skips, so asking after every event costs no more than reading the text once.
  const onlyBlanksSinceUnits = (to: number) => lastUnitsEnd >= 0 && skipSpace(match, lastUnitsEnd, to) === to;
  /** A task or a section starts at `marker`: the open task ends there, and for a section the open section too. */
  const start = (marker: TaskMarker | HeadingMarker) => {
    if (current) current.end = marker.start;
    const section = sections.at(-1);
    if (marker.kind === 'task') {
      current = { marker, end: match.length, sectionNumber: section?.marker.number };
      section?.taskIndices.push(tasks.length);
      tasks.push(current);
      nextTask = marker.number + 1;
      listNext = undefined;
    } else {
      if (section) section.end = marker.start;
      current = undefined;
      sections.push({ marker, end: match.length, taskIndices: [] });
      nextSection = marker.number + 1;
    }
  };

  for (const [index, event] of events.entries()) {
    if (event.start < skipUntil) continue;
    if (event.kind === 'units') {
      skipUntil = event.end === -1 ? event.start + 1 : event.end;
      if (current && !current.units) {
        current.units = event;
        lastUnitsEnd = event.end;
      }
      continue;
    }
    if (event.kind === 'heading') {
      // What follows up to the next heading: the first task in sequence, and whether units come before it.
      let firstTask: TaskMarker | undefined;
      let unitsBefore = false;
      let i = index + 1;
      for (let e: Event | undefined; (e = events[i]) && e.kind !== 'heading'; i++) {
        if (firstTask) continue;
        if (e.kind === 'units') unitsBefore = true;
        else if (e.number === nextTask || e.number === 1) firstTask = e;
      }
      const nextHeading = events[i] as HeadingMarker | undefined;
      const strong = event.lineStart || event.afterStop || onlyBlanksSinceUnits(event.start);
      const followed = firstTask !== undefined && !unitsBefore;
      const expected = Math.min(nextSection, 99);
      if (event.number === nextSection) {
        const open = current !== undefined && current.units === undefined;
        // A heading with no task under it is kept only where nothing else can be meant: not inside a task, nothing
        // numbered or assigned before the next heading, and that heading is not the same numeral again (一、二季度… 一、).
        const taskless = strong && !open && !unitsBefore && !firstTask && nextHeading?.number !== event.number;
        if (followed || taskless) {
          start(event);
          if (taskless) sink.warning('sectionWithoutTasks', `section ${event.numeral} has no numbered tasks`, event.start);
          continue;
        }
      } else if (followed && strong && !match.slice(event.end, firstTask!.start).includes('。')) {
        // Out of order, but standing like a heading over the next task: a heading with a wrong number, not text.
        const message = outOfOrder('section', numeralOf, event.number, nextSection - 1, expected);
        sink.error(event.number > nextSection ? 'sectionNumberSkipped' : 'sectionNumberRepeated', message, event.start);
        start(event);
        continue;
      }
      if (strong) sink.warning('headingLikeText', `"${event.numeral}" is read as text: section ${numeralOf(expected)} was expected, followed by task ${nextTask}${nextTask === 1 ? '' : ' or 1'}`, event.start);
      continue;
    }
    // A task number.
    const m = event.number;
    if (!current) {
      // Before the first task, or right after a heading: the sequence goes on, or starts again at 1.
      if (m === nextTask || m === 1) {
        if (m !== nextTask) {
          sink.warning('numberingRestarts', `task numbering restarts at 1 in section ${sections.at(-1)!.marker.numeral}`, event.start);
        }
        start(event);
      }
      continue;
    }
    const open = current.units === undefined;
    const atTaskStart = event.lineStart || (!open && onlyBlanksSinceUnits(event.start));
    if (open && listNext !== undefined && m === listNext) {
      listNext++;
    } else if (m === nextTask) {
      start(event);
    } else if (open && m === 1) {
      listNext = 2; // an in-task list starts
    } else if (atTaskStart) {
      sink.error(m > nextTask ? 'taskNumberSkipped' : 'taskNumberRepeated', outOfOrder('task', String, m, current.marker.number, nextTask), event.start);
      start(event);
    }
  }
  return { tasks, sections };
}
