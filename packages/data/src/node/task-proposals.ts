/**
 * The targets `dz-plan build` proposes for a task, in one place for `build` (`planFromText`) and `summary`: those of
 * its title (a task written as one sentence has it all there: the title runs to the first 。) and of its body, less
 * the values that name nothing (`unnamed-targets.ts`), each said to the sink.
 */
import { extractTargets, type ProposedTarget } from '../extract-targets.js';
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedTask } from '../parse/types.js';
import { namedProposals } from './unnamed-targets.js';

/** The targets proposed for task `task`, in document order; what is left out is said to `sink`. */
export function taskProposals(task: ParsedTask, sink: DiagnosticSink): ProposedTarget[] {
  const found = [...extractTargets(task.title, { offset: task.titleSpan.offset }), ...extractTargets(task.body, { offset: task.bodySpan.offset })];
  return namedProposals(found, task.number, sink);
}
