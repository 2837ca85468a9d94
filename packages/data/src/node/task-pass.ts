/** The shape of the checks after the parse that may rewrite its tasks (`after-parse.ts` runs them in turn). */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';

/** What such a check leaves: the tasks as it rewrote them, and the parse's diagnostics it answered (no longer true). */
export interface TaskPassResult {
  readonly tasks: ParsedTask[];
  readonly answered: ReadonlySet<Diagnostic>;
}

/** A check of the document `text` that may rewrite `tasks`, given the parse's `diagnostics`, saying what it finds to `sink`. */
export type TaskPass = (text: string, tasks: readonly ParsedTask[], diagnostics: readonly Diagnostic[], sink: DiagnosticSink) => TaskPassResult;
