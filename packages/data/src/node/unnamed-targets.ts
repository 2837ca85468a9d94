/**
 * Proposals after 分別 that name no subject (一般公共預算收入和稅收收入,分別增長15%、20%: no 、-list to pair the numerals
 * with): said by `planFromText` as a warning, never proposed as a target whose metric is its own numeral (`15%`).
 * A value whose clause names no metric and has none to carry (達到2.5%) is proposed with its metric to be written,
 * and said (`metricNotNamed`).
 */
import type { ProposedTarget } from '../extract-targets.js';
import type { DiagnosticSink } from '../parse/diagnostics.js';

/** The proposals of task `taskNumber` that name what they measure; each of the others said to `sink`, at its numeral. */
export function namedProposals(proposals: readonly ProposedTarget[], taskNumber: number, sink: DiagnosticSink): ProposedTarget[] {
  return proposals.filter((p) => {
    if (p.metricMissing) {
      sink.warning('metricNotNamed', `task ${taskNumber}: ${p.quote} names no metric, and no clause before it in its sentence does: the target is proposed with its metric to be written (an overlay: targets.change)`, p.offset);
      return true;
    }
    if (!p.subjectUnknown) return true;
    sink.warning(
      'respectiveWithoutSubject',
      `task ${taskNumber}: ${p.quote} follows 分別, but no subject before it pairs with it: no target proposed (write the subjects as a 、-list, one for each value: 甲、乙分別增長15%、20%)`,
      p.offset,
    );
    return false;
  });
}
