/**
 * Which markers really start a task or a section, read in one pass in document order. Task numbers must continue
 * the document's sequence: inside a task, a number that goes back (an in-task list `1.…;2.…`) is body text; a number
 * that repeats or skips where a task must start is taken as written and reported as an error; a number followed by
 * digits (`3.2023年…`) starts a task only where it is the next one. Headings are taken in
 * order 一, 二, 三… and only where a task in sequence follows; anything else that looks like one is text.
 */
import { isLineStart, skipSpace } from './lines.js';
import { numeralOf } from './numerals.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { SectionMarker, TaskMarker } from './markers.js';
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
  readonly marker: SectionMarker;
  /** Where the next task or section starts (the section's first task, if it has one), or the end of the text. */
  end: number;
  readonly taskIndices: number[];
}

/** Task and heading markers and units clauses, in document order. */
export type StructureEvent = TaskMarker | SectionMarker | UnitsClause;

/**
 * Reports a number out of order, for tasks and sections alike: `taskNumberSkipped` or `sectionNumberSkipped` when it
 * jumps ahead, naming the numbers missing; `…Repeated` when it repeats or goes back, naming the one expected. Both
 * say what it follows (`previous`; 0: the preamble).
 */
function reportOutOfOrder(sink: DiagnosticSink, { kind, number: found, start }: TaskMarker | SectionMarker, previous: number, expected: number): void {
  const name = kind === 'task' ? String : numeralOf;
  const after = previous ? `${kind} ${name(previous)}` : 'the preamble';
  if (found <= expected) {
    sink.error(`${kind}NumberRepeated`, `${kind} ${name(found)} comes again after ${after}; ${kind} ${name(expected)} was expected`, start);
  } else {
    // What is missing: one number, or a range.
    sink.error(
      `${kind}NumberSkipped`,
      `${kind} ${name(found)} follows ${after}; ${found - expected > 1 ? `${kind}s ${name(expected)}–${name(found - 1)} are` : `${kind} ${name(expected)} is`} missing`,
      start,
    );
  }
}

/**
 * The tasks and sections that `events` (in document order) start, and where the preamble before them ends; what is
 * out of order is reported to `sink`.
 */
export function readStructure(
  match: string,
  events: readonly StructureEvent[],
  sink: DiagnosticSink,
): { preamble: { end: number }; tasks: TaskFrame[]; sections: SectionFrame[] } {
  const tasks: TaskFrame[] = [];
  const sections: SectionFrame[] = [];
  let nextTask = 1;
  let nextSection = 1;
  /** The open task: none before the first one or right after a heading. */
  let current: TaskFrame | undefined;
  /** The open section: none before the first heading. */
  let section: SectionFrame | undefined;
  /** Where the text before the first task or section ends: where that one starts. */
  const preamble = { end: match.length };
  /** The preamble, or the last task or section started: it ends where the next one starts. */
  let last: { end: number } | TaskFrame | SectionFrame = preamble;
  /** The next number of an in-task list, while one runs (read only while the task's units are still to come). */
  let listNext: number | undefined;
  /** Nothing before this index starts anything: it is inside a task's units. */
  let skipUntil = 0;
  /** Where the last units clause taken ended; 0 (the start of the text) before any, or after one that is never closed. */
  let lastUnitsEnd = 0;

  /**
   * Whether a marker stands where a task or section starts: first on its line, or after nothing but blanks since the
   * last units. Scans only the blanks it skips, so asking after every event costs no more than reading the text once.
   */
  const standsAlone = (at: number) => isLineStart(match, at) || skipSpace(match, lastUnitsEnd, at) === at;
  /** A task or a section starts at `marker`, and the last one ends there. */
  const start = (marker: TaskMarker | SectionMarker) => {
    last.end = marker.start;
    if (marker.kind === 'task') {
      last = current = { marker, end: match.length, sectionNumber: section?.marker.number };
      section?.taskIndices.push(tasks.length);
      tasks.push(current);
      nextTask = marker.number + 1;
      listNext = undefined;
    } else {
      current = undefined;
      sections.push((last = section = { marker, end: match.length, taskIndices: [] }));
      nextSection = marker.number + 1;
    }
  };

  events.forEach((event, index) => {
    const at = event.start;
    // A clause that is never closed (end 0) hides nothing after it.
    if (at < skipUntil) return;
    /** The open task has no units yet: these are its units, and numbers in it may be an in-task list. */
    const open = current && !current.units;
    if (event.kind === 'units') {
      skipUntil = event.end;
      if (open) lastUnitsEnd = (current!.units = event).end;
      return;
    }
    const { number } = event;
    if (event.kind === 'section') {
      // What comes first after the heading: a task in sequence (it follows), units, another heading or the end.
      let i = index;
      let next: StructureEvent | undefined;
      while ((next = events[++i]) && next.kind === 'task' && next.number !== nextTask && (next.number !== 1 || next.digit));
      const strong = standsAlone(at) || match[at - 1] === '。';
      const followed = next?.kind === 'task';
      const expected = Math.min(nextSection, 99);
      const inOrder = number === nextSection;
      // A heading with no task under it is kept only where nothing else can be meant: not inside a task, nothing
      // numbered or assigned before the next heading, and that heading is not the same numeral again (一、二季度… 一、).
      const taskless = strong && !open && (!next || (next.kind === 'section' && next.number !== number));
      // Out of order, it is taken only standing like a heading over the next task, with no sentence between them:
      // a heading with a wrong number, not text.
      if (inOrder ? followed || taskless : followed && strong && !match.slice(event.end, next!.start).includes('。')) {
        if (!inOrder) reportOutOfOrder(sink, event, nextSection - 1, expected);
        else if (!followed) sink.warning('sectionWithoutTasks', `section ${event.numeral} has no numbered tasks`, at);
        start(event);
      } else if (strong) {
        sink.warning('headingLikeText', `"${event.numeral}" is read as text: section ${numeralOf(expected)} was expected, followed by task ${nextTask}${nextTask === 1 ? '' : ' or 1'}`, at);
      }
    } else if (open && number === listNext) {
      // `2.500個…` first on its line in an in-task list is a decimal, text, and no item of it.
      if (!event.digit) listNext++;
    } else if (number === nextTask) {
      start(event);
    } else if (event.digit) {
      // `2.500個…` first on its line starts task 2 only where task 2 is next: anywhere else it is a decimal, text.
    } else if (!current) {
      // Right after a heading, the sequence goes on (above) or starts again at 1.
      if (number === 1) {
        sink.warning('numberingRestarts', `task numbering restarts at 1 in section ${section!.marker.numeral}`, at);
        start(event);
      }
    } else if (open && number === 1) {
      listNext = 2; // an in-task list starts
    } else if (standsAlone(at)) {
      // Where a task must start (first on its line, or right after the open task's units), a number out of sequence
      // is taken as written.
      reportOutOfOrder(sink, event, nextTask - 1, nextTask);
      start(event);
    }
  });
  return { preamble, tasks, sections };
}
