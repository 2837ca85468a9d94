/**
 * Proposals after 分別 that name no subject (一般公共預算收入和稅收收入,分別增長15%、20%: no 、-list to pair the numerals
 * with): said by `planFromText` as a warning, never proposed as a target whose metric is its own numeral (`15%`).
 * A value whose clause names no metric and has none to carry (達到2.5%) is proposed with its metric to be written,
 * and said (`metricNotNamed`).
 */
import type { ProposedTarget } from '../extract-targets.js';
import type { DiagnosticSink } from '../parse/diagnostics.js';
import { documentScript } from './document-script.js';
import { metricNotNamedWords, respectivelyWords, respectiveWithoutSubjectWords } from './unnamed-targets-words.js';

/**
 * The proposals of task `taskNumber` of the document `text` that name what they measure; each of the others said to
 * `sink`, at its numeral (分別 quoted as the document writes it).
 */
export function namedProposals(text: string, proposals: readonly ProposedTarget[], taskNumber: number, sink: DiagnosticSink): ProposedTarget[] {
  return proposals.filter((p) => {
    if (p.metricMissing) {
      sink.warning('metricNotNamed', metricNotNamedWords.en(taskNumber, p.quote), p.offset);
      return true;
    }
    if (!p.subjectUnknown) return true;
    const { word, example } = respectivelyWords[documentScript(text)];
    sink.warning('respectiveWithoutSubject', respectiveWithoutSubjectWords.en(taskNumber, p.quote, word, example), p.offset);
    return false;
  });
}
