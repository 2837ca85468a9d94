/**
 * `dz-plan progress diff old.json new.json [--plan plan.json] [--lang L]`: what changed between two reports, target by
 * target. Exit codes: 0 nothing to check, 1 anything to check before the new report is published, each named with its
 * report, target and date: a reading it cannot judge, a contradiction (≠, a total read lower than in the old report
 * too), one the new report keeps though its target did not change, a reading the old one published corrected or
 * removed; 2 the command was used wrongly.
 */
import { formatIsoDate } from '../iso-date.js';
import { latestIsoDate } from '../local-date.js';
import { statusLabels } from '../messages.js';
import type { ProgressDispute, ProgressReport } from '../progress-report.js';
import { describeReadingProblem } from '../reading-problems.js';
import type { Language } from '../schema.js';
import { diffReports, notReportedBy, type ReadingWithStatus, type ReportChange } from '../progress/index.js';
import { readingKey, readingsAfter } from '../progress/append-period.js';
import { readingsAtFault } from '../progress/diff-judged.js';
import { UsageError } from './usage.js';
import { progressUsageWords } from './progress-usage-words.js';
import { progressCommandWords } from './progress-words.js';
import { terminalText } from './terminal-text.js';
import { readingsIn, shownIn, targetIn, unitNameIn } from './plan-shown.js';
import { progressSummaryWords } from './progress-summary-words.js';
import { maxBytesIn, planOf, progressArgs, reportsOf, spokenIn } from './progress-files.js';
import { progressDiffWords } from './progress-diff-words.js';

type Out = (line: string) => void;

/** Runs `dz-plan progress diff …` (`args` after `diff`), in the language of `--lang` or the plan's. */
export async function diffCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = progressArgs(args, early, {});
  maxBytesIn(values['max-bytes'], early);
  if (positionals.length !== 2) throw new UsageError(progressUsageWords[early].diffNeedsTwo());
  const plan = await planOf(values.plan, values['max-bytes'], early, asked, err);
  const lang = spokenIn(plan, asked);
  const reports = await reportsOf(positionals, plan, lang, values['max-bytes'], err, values.plan);
  if (!reports) return 1;
  // Today as the import judges it (where it is latest on Earth): a reading dated after it is a problem, not a status
  // against a pace to come.
  const today = latestIsoDate();
  const changes = diffReports(reports[0]!, reports[1]!, plan, { lang, today });
  // Each line names a target and its values as the plan shows them, in the document's script where English is not
  // written yet (F155), as `diffReports`' sentences do (F158).
  const shown = shownIn(plan, lang);
  const words = progressCommandWords[lang];
  const amount = readingsIn(shown, lang);
  // A new reading dated before the deadline in a report past it says 本期未報, not its status at its own date (r100 M4).
  const reading = (target: string, r: ReadingWithStatus | undefined, stale = false) =>
    r
      ? `${amount(target, r.value)} (${formatIsoDate(r.asOf, lang)}, ${stale ? progressDiffWords[lang].stale : r.status ? statusLabels[lang][r.status] : r.problem?.code === 'belowEarlier' ? words.contradicts : words.cannotJudge})`
      : '—';
  const [older, newer] = reports as [ProgressReport, ProgressReport];
  // The new report's disputes (r126 F4): a target whose latest date is one says 數值待核定, with each unit's figure,
  // not 本期未報 nor —; a figure the old report published there is withdrawn, listed on stderr as a revision is.
  const disputeAt = new Map((newer.disputes ?? []).map((d) => [readingKey(d.target, d.asOf ?? newer.asOf), { ...d, asOf: d.asOf ?? newer.asOf }]));
  const latestDispute = (target: string, after?: ReadingWithStatus) =>
    [...disputeAt.values()].filter((d) => d.target === target && d.asOf >= (after?.asOf ?? '')).sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
  const disputed = (target: string, d: ProgressDispute & { asOf: string }) =>
    `${progressSummaryWords[lang].disputed(d.figures.map((f) => words.unitFigure(f.reportedBy.map((u) => unitNameIn(shown, u, lang)), amount(target, f.value))))} (${formatIsoDate(d.asOf, lang)})`;
  const newSide = (c: ReportChange) => {
    const d = latestDispute(c.target, c.after);
    return d ? disputed(c.target, d) : reading(c.target, c.after, c.stale);
  };
  // Which reports, of which dates, the lines compare (r68 L6): the first line, for whoever reads the output alone.
  out(terminalText(progressDiffWords[lang].diffHeader(positionals[0]!, formatIsoDate(older.asOf, lang), positionals[1]!, formatIsoDate(newer.asOf, lang))));
  if (older.asOf > newer.asOf) err(words.olderAfter(positionals[0]!, older.asOf, positionals[1]!, newer.asOf));
  // A reading that contradicts an earlier one (a running total read lower), or a published one revised, is neither
  // better nor worse: ≠ (counted apart on the last line).
  const mark = (c: ReportChange) => (c.contradiction ? '≠' : !c.statusChanged ? ' ' : c.direction === 'better' ? '↑' : c.direction === 'worse' ? '↓' : '*');
  // A reading added before the judged one that contradicts it (a one-off done on 28 June, after 0 on 30 June): said.
  const added = ({ target, addedBefore }: ReportChange) => (addedBefore ? words.addedBefore(amount(target, addedBefore.value), formatIsoDate(addedBefore.asOf, lang)) : '');
  // A reading the old report published that the new one corrects or removes, behind the one compared (F127): said.
  const afterOf = (target: string, value: number | undefined) => (value === undefined ? undefined : amount(target, value));
  const revised = ({ target, revised = [] }: ReportChange) => revised.map((r) => words.revised(formatIsoDate(r.asOf, lang), amount(target, r.before), afterOf(target, r.after))).join('');
  // A figure dated after the deadline, reported late, beside the one the target is judged by (r100 M1): said.
  const late = ({ target, late: r }: ReportChange) => (r ? progressDiffWords[lang].late(amount(target, r.value), formatIsoDate(r.asOf, lang)) : '');
  for (const change of changes) {
    const metric = targetIn(shown, change.target).metric;
    const line = `${reading(change.target, change.before)} → ${newSide(change)}${change.correction ? words.corrected : ''}${added(change)}${revised(change)}${late(change)}`;
    out(terminalText(`${mark(change)} ${change.target} ${metric[lang]}: ${line}`));
  }
  // A total built up over the year read lower than in the old report: said as the import says it, unless the new
  // reading's own problem (`belowEarlier`, below) already names the contradiction.
  for (const { target, before, after } of changes.filter((c) => c.totalFalls && c.after?.problem?.code !== 'belowEarlier')) {
    err(words.totalFalls(target, amount(target, before!.value), before!.asOf, amount(target, after!.value), after!.asOf));
  }
  const moved = (direction: ReportChange['direction']) => changes.filter((c) => c.statusChanged && c.direction === direction).length;
  // Every ≠ is counted, but a published figure corrected or removed apart from a contradiction (a total read lower), and
  // under its own word (r72 M1); the status of the reading compared, when it changed too, is counted as any other's
  // (r73 M2: ↑, ↓ or *).
  const contradictions = changes.filter((c) => c.contradicts).length;
  const revisedOnly = changes.filter((c) => c.revised && !c.contradicts).length;
  out(words.changed(changes.length, changes.filter((c) => c.statusChanged && !c.contradicts).length + contradictions, moved('better'), moved('worse'), contradictions, revisedOnly));
  const stale = notReportedBy(newer, plan, { today }).filter((s) => !latestDispute(s.target, { asOf: s.asOf } as ReadingWithStatus));
  if (stale.length) out(terminalText(words.notReported(formatIsoDate(newer.asOf, lang), stale.map((s) => ({ target: s.target, asOf: formatIsoDate(s.asOf, lang) })))));
  // Each reading the diff cannot judge, named with its report, target and date as the import names a row; and every
  // reading dated after today, judged or not (a typo for a year the target is judged before hides in the history).
  const judgedProblems = changes.flatMap((c) =>
    [[positionals[0]!, c.before] as const, [positionals[1]!, c.after] as const].flatMap(([file, r]) =>
      r?.problem && r.problem.code !== 'afterToday' ? [{ line: words.readingAt(file, c.target, r.asOf, r.sentence), contradicts: r.problem.code === 'belowEarlier' }] : [],
    ),
  );
  const lateProblems = reports.flatMap((report, i) =>
    readingsAfter(report, today).map((r) =>
      words.readingAt(positionals[i]!, r.target, r.asOf, describeReadingProblem({ code: 'afterToday', asOf: r.asOf, today }, targetIn(shown, r.target), lang)),
    ),
  );
  const problems = [...judgedProblems.map((p) => p.line), ...lateProblems];
  for (const problem of problems) err(problem);
  // Counted as the lines above say them (r70 L1): a reading below an earlier one (數值矛盾, ≠) apart from those not judged.
  const contradicting = judgedProblems.filter((p) => p.contradicts).length;
  if (problems.length) err(words.cannotBeJudged(problems.length - contradicting, contradicting));
  // What the new report holds that no judgement stands on, whether or not its target changed (r68 L4): a total read
  // lower than an earlier reading (kept from the old report, or added before the reading compared), a reading it
  // cannot judge; each named as above, unless a change's line already names it. It stays until a figure is corrected.
  const named = new Set(changes.flatMap((c) => (c.after?.problem ? [readingKey(c.target, c.after.asOf)] : [])));
  const atFault = readingsAtFault(newer, plan, today)
    .filter((f) => !named.has(readingKey(f.target, f.reading.asOf)))
    .map((f) => words.readingAt(positionals[1]!, f.target, f.reading.asOf, describeReadingProblem(f.problem, targetIn(shown, f.target), lang)));
  for (const line of atFault) err(line);
  if (atFault.length) err(progressDiffWords[lang].atFault(atFault.length));
  // Each figure the old report published that the new one corrects or removes, named in the new report as the import
  // names a replaced figure: a change to tell the old report's readers, with exit code 1 as every contradiction (≠).
  // The judged reading corrected at its own date (更正, r121 F2) is such a figure too: listed with the others.
  const revisions = changes.flatMap(({ target, revised = [], correction, before, after }) =>
    [...(correction ? [{ asOf: before!.asOf, before: before!.value, after: after!.value }] : []), ...revised]
      .filter((r) => !disputeAt.has(readingKey(target, r.asOf)))
      .map((r) => words.readingAt(positionals[1]!, target, r.asOf, words.revisedReading(positionals[0]!, amount(target, r.before), afterOf(target, r.after)))),
  );
  // Each figure the old report published at a target and date the new one holds in dispute (r126 F4): withdrawn.
  for (const entry of older.entries) {
    const asOf = entry.asOf ?? older.asOf;
    if (!disputeAt.has(readingKey(entry.target, asOf))) continue;
    revisions.push(words.readingAt(positionals[1]!, entry.target, asOf, progressDiffWords[lang].withdrawnIntoDispute(positionals[0]!, amount(entry.target, entry.value))));
  }
  for (const revision of revisions) err(terminalText(revision));
  if (revisions.length) err(words.revisedCount(revisions.length));
  // Exit code 1 whenever something is to be checked before the new report is published (r68 L4): a reading that
  // cannot be judged, every ≠ (a total falling between the reports too), a contradiction the new report keeps, a revision.
  return problems.length || changes.some((c) => c.contradiction) || atFault.length || revisions.length ? 1 : 0;
}
