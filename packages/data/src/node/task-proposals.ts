/**
 * The targets `dz-plan build` proposes for a task, in one place for `build` (`planFromText`) and `summary`: those of
 * its title (a task written as one sentence has it all there: the title runs to the first 。) and of its body, less
 * the values that name nothing (`unnamed-targets.ts`), each said to the sink; and a numeral that looks like a value
 * but was not read (PUE值控制在1.3以内: no unit) is said too (`numeralNotRead`), never left out silently.
 */
import { extractTargetsAndUnread, type ProposedTarget } from '../extract-targets.js';
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedTask } from '../parse/types.js';
import { namedProposals } from './unnamed-targets.js';
import { numeralNotReadWords } from './numeral-words.js';

/** The targets proposed for task `task`, in document order; what is left out is said to `sink`. */
export function taskProposals(task: ParsedTask, sink: DiagnosticSink): ProposedTarget[] {
  const title = extractTargetsAndUnread(task.title, { offset: task.titleSpan.offset });
  const body = extractTargetsAndUnread(task.body, { offset: task.bodySpan.offset });
  for (const { offset, numeral } of [...title.unread, ...body.unread]) sink.warning('numeralNotRead', numeralNotReadWords.en(task.number, numeral), offset);
  return namedProposals([...title.targets, ...body.targets], task.number, sink);
}
