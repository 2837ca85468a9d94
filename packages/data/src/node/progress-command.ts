/**
 * `dz-plan progress template|import|diff|summary`: progress sheets (督查台賬) to and from reports, and what a report
 * says (`summary`, `progress-summary-command.ts`). Exit codes: 0 done, 1 the sheets or reports have problems (each
 * printed with where it is): for `diff`, anything to check before the new report is published, each named likewise:
 * a reading it cannot judge, a contradiction (≠, a total read lower than in the old report too), one the new report
 * keeps though its target did not change, a reading the old one published corrected or removed; 2 the command was
 * used wrongly, 3 `import --partial` wrote the report without what had problems (a script can tell a report with rows
 * left out).
 */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { indexPlan } from '../plan-index.js';
import { unitsByShortName } from '../queries/units-by-short-name.js';
import { formatIsoDate, isIsoDate } from '../iso-date.js';
import { latestIsoDate } from '../local-date.js';
import { statusLabels } from '../messages.js';
import { issueLine } from '../issues.js';
import { parseProgressReport, type ProgressReport } from '../progress-report.js';
import { describeReadingProblem } from '../reading-problems.js';
import type { Language } from '../schema.js';
import { appendPeriod, diffReports, replacedReadings, importProgressFiles, progressTemplate, templateCsv, templateXlsx, TemplateScopeError, notReportedBy, fallingTotals, linkedReadingConflicts, loneReportDate, type ReadingWithStatus, type ReportChange } from '../progress/index.js';
import { readingKey, readingsAfter, withoutReadings } from '../progress/append-period.js';
import { readingsAtFault } from '../progress/diff-judged.js';
import { lateImport } from '../progress/report-date.js';
import { sourceOf } from '../progress/reading-sources.js';
import { describeWhere, sheetProblemWords } from '../progress/sheet-problems.js';
import { InputError, readFailure, readJson, usage, UsageError } from './usage.js';
import { askedLanguage, progressUsageWords, sayUsageError } from './progress-usage-words.js';
import { isProgressSubcommand, type ProgressSubcommand } from './progress-usage.js';
import { UNPACK_RATIO } from '../unpacked-size.js';
import { readInputBytes } from './read-input.js';
import { refuseOutputOverInput } from './output-path.js';
import { progressCommandWords } from './progress-words.js';
import { terminalText } from './terminal-text.js';
import { readingsIn, shownIn, targetIn, unitNameIn } from './plan-shown.js';
import { common, maxBytesIn, planOf, reportsOf, spokenIn, write } from './progress-files.js';
import { summaryCommand } from './progress-summary-command.js';
import { progressSummaryWords } from './progress-summary-words.js';

type Out = (line: string) => void;

/**
 * Runs `dz-plan progress …` (`args` after `progress`). A command speaks the language of `--lang`; without it, once it
 * has its plan, the plan's source language (a plan built from a Simplified document: Simplified; the Dezhou plan's,
 * zh-Hant), as `lint` and `summary` quote a plan; a usage error, or a plan it cannot read, in zh-Hant.
 */
export async function progressCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const [sub, ...rest] = args;
  const asked = askedLanguage(args);
  const lang = asked ?? 'zh-Hant';
  const commands: Readonly<Record<ProgressSubcommand, typeof templateCommand>> = { template: templateCommand, import: importCommand, diff: diffCommand, summary: summaryCommand };
  if (isProgressSubcommand(sub)) return commands[sub](rest, asked, out, err);
  const words = progressUsageWords[lang];
  if (sub && !sub.startsWith('-')) throw new UsageError(words.unknownSubcommand(sub));
  // An option where the command goes: the command later (`progress --lang zh-Hant import …`) goes first; none is none.
  const later = args.find(isProgressSubcommand);
  throw new UsageError(later ? words.commandFirst(later) : words.noSubcommand());
}

async function templateCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = usage(
    () => parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...common, output: { type: 'string', short: 'o' }, unit: { type: 'string' }, section: { type: 'string' } } }),
    sayUsageError(early),
  );
  maxBytesIn(values['max-bytes'], early);
  const earlyWords = progressUsageWords[early];
  if (positionals.length) throw new UsageError(earlyWords.templateTakesNoFile(positionals.join(' ')));
  const format = values.output === undefined ? '.csv' : extname(values.output).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new UsageError(earlyWords.templateFormat(values.output!));
  await refuseOutputOverInput(values.output, [values.plan], early);
  const plan = await planOf(values.plan, values['max-bytes'], early);
  const lang = spokenIn(plan, asked);
  const words = progressUsageWords[lang];
  let template;
  try {
    template = progressTemplate(plan, { lang, ...(values.unit === undefined ? {} : { unit: values.unit }), ...(values.section === undefined ? {} : { section: values.section }) });
  } catch (error) {
    // A unit or section the plan does not have, or one that selects nothing: said alone, not under the usage; a unit
    // with the units its name may be short for (发改委, in a plan without Dezhou's aliases), named, never chosen.
    if (!(error instanceof TemplateScopeError)) throw error;
    const meant = error.scope.code === 'noUnit' ? unitsByShortName(indexPlan(plan), error.scope.unit).map((unit) => unitNameIn(unit, lang)) : [];
    throw new InputError((words.templateScope?.(error.scope) ?? error.message) + (meant.length ? words.unitMeant(meant) : ''));
  }
  if (values.output === undefined) out(templateCsv(template).replace(/^\uFEFF/, '').trimEnd());
  else await write(values.output, format === '.xlsx' ? await templateXlsx(template) : templateCsv(template), lang);
  err(progressCommandWords[lang].templateWritten(template.rows.length, values.output));
  return 0;
}

async function importCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = usage(
    () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: { ...common, output: { type: 'string', short: 'o' }, into: { type: 'string' }, 'as-of': { type: 'string' }, partial: { type: 'boolean' } },
      }),
    sayUsageError(early),
  );
  const maxBytes = maxBytesIn(values['max-bytes'], early);
  const earlyWords = progressUsageWords[early];
  if (!positionals.length) throw new UsageError(earlyWords.importNeedsFiles());
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(earlyWords.asOfNotDate(asOf));
  // Today where it is latest on Earth, as every judge of a date takes it: a day that has come in Dezhou has come.
  const today = latestIsoDate();
  if (asOf !== undefined && asOf > today) throw new UsageError(earlyWords.asOfAfterToday(asOf, today));
  // --into is written back on purpose when there is no -o; -o over it writes the report where it was, as --into does.
  await refuseOutputOverInput(values.output, [...positionals, values.plan], early);
  const plan = await planOf(values.plan, values['max-bytes'], early);
  const lang = spokenIn(plan, asked);
  const usageWords = progressUsageWords[lang];
  let base: ProgressReport | undefined;
  if (values.into !== undefined) {
    const parsed = parseProgressReport(await readInto(values.into, values['max-bytes'], lang), plan, { lang });
    if (!parsed.success) {
      for (const issue of parsed.issues) err(`${values.into}: ${issueLine(issue)}`);
      return 1;
    }
    base = parsed.data;
  }
  const files = await Promise.all(
    positionals.map(async (file) => {
      try {
        return { name: basename(file), data: await readInputBytes(file, maxBytes) };
      } catch (error) {
        throw new InputError(readFailure(file, error, usageWords.readJson));
      }
    }),
  );
  // The report appended to is the report being built too: its reading by a deadline backs a row of the sheets after it.
  const result = await importProgressFiles(files, plan, { lang, today, maxUnpackedBytes: UNPACK_RATIO * maxBytes, ...(asOf === undefined ? {} : { asOf }), ...(base ? { appendTo: base } : {}) });
  const words = progressCommandWords[lang];
  // The report appended to is checked as the sheets' rows are: a reading of it dated after today, or after --as-of
  // (the date the report will stand at), is a problem named with its report, target and date.
  const lateReadings = base ? readingsAfter(base, asOf ?? today) : [];
  const late = lateReadings.map((r) => {
    const target = targetIn(plan, r.target);
    const why = r.asOf > today ? describeReadingProblem({ code: 'afterToday', asOf: r.asOf, today }, target, lang) : sheetProblemWords[lang].afterAsOf(r.asOf, asOf!);
    return words.readingAt(values.into!, r.target, r.asOf, why);
  });
  for (const hidden of result.hiddenSheets) err(hidden.message);
  for (const skipped of result.skippedSheets) err(skipped.message);
  for (const unread of result.unreadColumns) err(unread.message);
  for (const warning of result.warnings) err(warning.message);
  for (const problem of result.problems) err(problem.message);
  for (const problem of late) err(problem);
  // --partial leaves out the sheets' rows, never a reading already in the report: once written over, it would be lost.
  if (late.length) {
    // A reading dated after today is wrong whatever --as-of says: its date is to be corrected in the report.
    err(words.reportReadingsLate(late.length, values.into!, lateReadings.some((r) => r.asOf > today)));
    return 1;
  }
  const problems = result.problems.length;
  if (problems && !values.partial) {
    err(words.nothingWritten(problems, result.accepted));
    return 1;
  }
  // A report's reading held back at a conflict (F83) is a change to write, even when the import brings no row of its own.
  const heldBackOnly = !result.report && base !== undefined && result.heldBack.length > 0;
  if (!result.report && !heldBackOnly) {
    err(words.noValue(result.rejected, problems));
    return 1;
  }
  if (problems) {
    const rows = result.problems.filter((p) => p.row !== undefined).map((p) => `${p.file}${p.sheet === undefined ? '' : `/${p.sheet}`}:${p.row}`);
    err(words.rejectedRows(rows));
  }
  // The report's reading where the sheets' rows conflict is no more agreed than they are: held back with them (F83).
  const report = base ? withoutReadings(result.report ? appendPeriod(base, result.report) : base, result.heldBack) : result.report!;
  // A replaced figure is gone from the report once written: name each, as the import names a conflict.
  const replaced = base && result.report ? replacedReadings(base, result.report) : [];
  // Each value as `diff` says it: with its unit, a change or a growth with its direction (下降4.2% 改為 下降9.8%).
  const amount = readingsIn(shownIn(plan, lang), lang);
  for (const r of replaced) {
    const what = r.noteBefore !== undefined && r.noteAfter !== undefined ? words.noteReplaced(r.noteBefore, r.noteAfter) : words.replaced(amount(r.target, r.before), amount(r.target, r.after));
    err(words.readingAt(values.into!, r.target, r.asOf, what));
  }
  for (const r of result.heldBack) err(words.readingAt(values.into!, r.target, r.asOf, words.heldBack(amount(r.target, r.value))));
  // The readings this import brings: what it says of the report's readings is said of these alone (an import --into
  // does not say the report's older ones again on every import, r69 L2).
  const brought = new Set((result.report?.entries ?? []).map((e) => readingKey(e.target, e.asOf ?? result.report!.asOf)));
  // A total built up over the year that falls from one date to the next (a late sheet of an earlier month): said, each
  // reading with where it was read: its (first) row, or the report appended to (r68 L3).
  const placeOf = (target: string, asOf: string) => {
    const row = sourceOf(result.sources, target, asOf)?.rows[0];
    return row ? describeWhere(row, lang) : values.into;
  };
  for (const f of fallingTotals(report, plan)) {
    if (!brought.has(readingKey(f.target, f.earlier.asOf)) && !brought.has(readingKey(f.target, f.later.asOf))) continue;
    const [earlier, later] = [placeOf(f.target, f.earlier.asOf), placeOf(f.target, f.later.asOf)];
    err(words.totalFalls(f.target, amount(f.target, f.earlier.value), f.earlier.asOf, amount(f.target, f.later.value), f.later.asOf, earlier, later));
  }
  // Targets the plan links (the same things counted in two tasks, a part of another's count) read against each other,
  // at the readings this import brings, each named.
  const targetOf = (id: string) => targetIn(plan, id);
  const named = (id: string) => (lang === 'en' ? `${id} (${targetOf(id).metric.en})` : `${id}(${targetOf(id).metric[lang]})`);
  for (const c of linkedReadingConflicts(report, plan)) {
    if (!brought.has(readingKey(c.target, c.asOf)) && !brought.has(readingKey(c.other, c.asOf))) continue;
    err(words.linkedConflict(c.kind, named(c.target), named(c.other), c.asOf, amount(c.target, c.value), amount(c.other, c.otherValue)));
  }
  // Without --as-of, a few readings dated later than the rest set the whole report's date: say so, with the way out
  // (readings all after their targets' deadlines judge nothing, whatever --as-of says: the way out is the deadline).
  // Past the deadlines, the report as written is checked too (--into: the earlier readings are the report's, r58 H1);
  // a slip of a date, in the import alone (a quarter's sheet with fewer rows than the last is no slip).
  const lone = asOf === undefined && result.report ? loneReportDate(result.report, plan) : undefined;
  const written = asOf === undefined && base ? loneReportDate(report, plan) : undefined;
  const pastDeadline = lone?.deadlines ? lone : written?.deadlines ? written : undefined;
  // A whole sheet dated after its targets' deadlines, with no earlier date of its own, that moves the report's date.
  const lateSheet = asOf === undefined && !pastDeadline && !lone && result.report ? lateImport(result.report, plan) : undefined;
  if (pastDeadline) err(words.pastDeadlineDate(pastDeadline.asOf, pastDeadline.targets, pastDeadline.usual, pastDeadline.usualCount, pastDeadline.deadlines!));
  else if (lone) err(words.loneDate(lone.asOf, lone.targets, lone.usual, lone.usualCount));
  else if (lateSheet && lateSheet.asOf === report.asOf) err(words.lateImport(lateSheet.asOf, lateSheet.count, lateSheet.deadlines));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const target = values.output ?? values.into;
  if (target === undefined) out(json.trimEnd());
  else await write(target, json, lang);
  // A workbook whose readings came from more than one sheet (a copy of last month's beside this month's): which gave what.
  const sheetsOf = new Map<string, number>();
  for (const s of result.perSheet) sheetsOf.set(s.file, (sheetsOf.get(s.file) ?? 0) + 1);
  for (const s of result.perSheet) if (sheetsOf.get(s.file)! > 1) err(words.fromSheet(describeWhere({ file: s.file, sheet: s.sheet }, lang), s.accepted));
  const skipped = result.warnings.filter((w) => w.code === 'noteOnly').length;
  err(words.imported({ accepted: result.accepted, files: files.length, rejected: result.rejected, skipped, replaced: replaced.length }, target));
  return problems ? PARTIAL : 0;
}

/**
 * The report `import --into` appends to, as JSON; one not there yet (a first month's import) is said with how a first
 * report is written: with -o.
 */
async function readInto(file: string, maxBytes: string | undefined, lang: Language): Promise<unknown> {
  const words = progressUsageWords[lang];
  try {
    return await readJson(file, words.report, maxBytes, words.readJson);
  } catch (error) {
    if (error instanceof InputError && (error.cause as { code?: unknown } | undefined)?.code === 'ENOENT') throw new InputError(`${error.message}${words.intoMissing(file)}`);
    throw error;
  }
}

/** The exit code of `import --partial` when it wrote the report without what had problems (rows or notes left out). */
const PARTIAL = 3;

async function diffCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = usage(() => parseArgs({ args: [...args], allowPositionals: true, strict: true, options: common }), sayUsageError(early));
  maxBytesIn(values['max-bytes'], early);
  if (positionals.length !== 2) throw new UsageError(progressUsageWords[early].diffNeedsTwo());
  const plan = await planOf(values.plan, values['max-bytes'], early);
  const lang = spokenIn(plan, asked);
  const reports = await reportsOf(positionals, plan, lang, values['max-bytes'], err);
  if (!reports) return 1;
  // Today as the import judges it (where it is latest on Earth): a reading dated after it is a problem, not a status
  // against a pace to come.
  const today = latestIsoDate();
  const changes = diffReports(reports[0]!, reports[1]!, plan, lang, { today });
  const words = progressCommandWords[lang];
  const shown = shownIn(plan, lang);
  const amount = readingsIn(shown, lang);
  const reading = (target: string, r: ReadingWithStatus | undefined) =>
    r ? `${amount(target, r.value)} (${formatIsoDate(r.asOf, lang)}, ${r.status ? statusLabels[lang][r.status] : r.problem?.code === 'belowEarlier' ? words.contradicts : words.cannotJudge})` : '—';
  const [older, newer] = reports as [ProgressReport, ProgressReport];
  // Which reports, of which dates, the lines compare (r68 L6): the first line, for whoever reads the output alone.
  out(terminalText(progressSummaryWords[lang].diffHeader(positionals[0]!, formatIsoDate(older.asOf, lang), positionals[1]!, formatIsoDate(newer.asOf, lang))));
  if (older.asOf > newer.asOf) err(words.olderAfter(positionals[0]!, older.asOf, positionals[1]!, newer.asOf));
  // A reading that contradicts an earlier one (a running total read lower), or a published one revised, is neither
  // better nor worse: ≠.
  const mark = (c: ReportChange) => (c.contradiction ? '≠' : !c.statusChanged ? ' ' : c.direction === 'better' ? '↑' : c.direction === 'worse' ? '↓' : '*');
  // A reading added before the judged one that contradicts it (a one-off done on 28 June, after 0 on 30 June): said.
  const added = ({ target, addedBefore }: ReportChange) => (addedBefore ? words.addedBefore(amount(target, addedBefore.value), formatIsoDate(addedBefore.asOf, lang)) : '');
  // A reading the old report published that the new one corrects or removes, behind the one compared (F127): said.
  const afterOf = (target: string, value: number | undefined) => (value === undefined ? undefined : amount(target, value));
  const revised = ({ target, revised = [] }: ReportChange) => revised.map((r) => words.revised(formatIsoDate(r.asOf, lang), amount(target, r.before), afterOf(target, r.after))).join('');
  for (const change of changes) {
    const metric = targetIn(shown, change.target).metric;
    out(terminalText(`${mark(change)} ${change.target} ${metric[lang] || metric['zh-Hant']}: ${reading(change.target, change.before)} → ${reading(change.target, change.after)}${change.correction ? words.corrected : ''}${added(change)}${revised(change)}`));
  }
  // A total built up over the year read lower than in the old report: said as the import says it, unless the new
  // reading's own problem (`belowEarlier`, below) already names the contradiction.
  for (const { target, before, after } of changes.filter((c) => c.totalFalls && c.after?.problem?.code !== 'belowEarlier')) {
    err(words.totalFalls(target, amount(target, before!.value), before!.asOf, amount(target, after!.value), after!.asOf));
  }
  const moved = (direction: ReportChange['direction']) => changes.filter((c) => c.statusChanged && c.direction === direction).length;
  const contradictions = changes.filter((c) => c.contradiction).length;
  out(words.changed(changes.length, changes.filter((c) => c.statusChanged && !c.contradiction).length + contradictions, moved('better'), moved('worse'), contradictions));
  const stale = notReportedBy(newer, plan, { today });
  if (stale.length) out(terminalText(words.notReported(formatIsoDate(newer.asOf, lang), stale.map((s) => ({ target: s.target, asOf: formatIsoDate(s.asOf, lang) })))));
  // Each reading the diff cannot judge, named with its report, target and date as the import names a row; and every
  // reading dated after today, judged or not (a typo for a year the target is judged before hides in the history).
  const judgedProblems = changes.flatMap((c) =>
    [[positionals[0]!, c.before] as const, [positionals[1]!, c.after] as const].flatMap(([file, r]) =>
      r?.problem && r.problem.code !== 'afterToday' ? [words.readingAt(file, c.target, r.asOf, r.sentence)] : [],
    ),
  );
  const lateProblems = reports.flatMap((report, i) =>
    readingsAfter(report, today).map((r) =>
      words.readingAt(positionals[i]!, r.target, r.asOf, describeReadingProblem({ code: 'afterToday', asOf: r.asOf, today }, targetIn(plan, r.target), lang)),
    ),
  );
  const problems = [...judgedProblems, ...lateProblems];
  for (const problem of problems) err(problem);
  if (problems.length) err(words.cannotBeJudged(problems.length));
  // What the new report holds that no judgement stands on, whether or not its target changed (r68 L4): a total read
  // lower than an earlier reading (kept from the old report, or added before the reading compared), a reading it
  // cannot judge; each named as above, unless a change's line already names it. It stays until a figure is corrected.
  const named = new Set(changes.flatMap((c) => (c.after?.problem ? [readingKey(c.target, c.after.asOf)] : [])));
  const atFault = readingsAtFault(newer, plan, today)
    .filter((f) => !named.has(readingKey(f.target, f.reading.asOf)))
    .map((f) => words.readingAt(positionals[1]!, f.target, f.reading.asOf, describeReadingProblem(f.problem, targetIn(plan, f.target), lang)));
  for (const line of atFault) err(line);
  if (atFault.length) err(progressSummaryWords[lang].atFault(atFault.length));
  // Each figure the old report published that the new one corrects or removes, named in the new report as the import
  // names a replaced figure: a change to tell the old report's readers, with exit code 1 as every contradiction (≠).
  const revisions = changes.flatMap(({ target, revised = [] }) =>
    revised.map((r) => words.readingAt(positionals[1]!, target, r.asOf, words.revisedReading(positionals[0]!, amount(target, r.before), afterOf(target, r.after)))),
  );
  for (const revision of revisions) err(terminalText(revision));
  if (revisions.length) err(words.revisedCount(revisions.length));
  // Exit code 1 whenever something is to be checked before the new report is published (r68 L4): a reading that
  // cannot be judged, every ≠ (a total falling between the reports too), a contradiction the new report keeps, a revision.
  return problems.length || contradictions || atFault.length || revisions.length ? 1 : 0;
}
