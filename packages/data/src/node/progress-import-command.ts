/**
 * `dz-plan progress import SHEET… [--into report.json] [-o FILE] [--as-of YYYY-MM-DD] [--partial] [--plan plan.json]
 * [--lang L]`: progress sheets (督查台賬) read into a report. Exit codes: 0 written, 1 the sheets or the report appended
 * to have problems (each printed with where it is), 2 the command was used wrongly, 3 `--partial` wrote the report
 * without what had problems (a script can tell a report with rows left out).
 */
import { basename, extname } from 'node:path';
import { isIsoDate } from '../iso-date.js';
import { latestIsoDate } from '../local-date.js';
import { issueLine } from '../issues.js';
import { parseProgressReport, type ProgressDispute, type ProgressReport } from '../progress-report.js';
import { describeReadingProblem } from '../reading-problems.js';
import type { Language } from '../schema.js';
import { appendPeriod, replacedReadings, fallingTotals, linkedReadingConflicts, loneReportDate } from '../progress/index.js';
import { officeFiguresKept, readingKey, readingsAfter, withoutReadings } from '../progress/append-period.js';
import { entryDate } from '../progress/entry-date.js';
import { fallStoredAsRise } from '../progress/fall-stored-as-rise.js';
import { languageOfHeaders } from '../progress/header-language.js';
import { importFilesRead, readProgressFiles } from '../progress/import-files.js';
import { earlierRows, lateImport, sheetsAtUsualDate } from '../progress/report-date.js';
import { sourceOf } from '../progress/reading-sources.js';
import { describeRows, describeWhere, sheetProblemWords } from '../progress/sheet-problems.js';
import { InputError, readFailure, readJson, UsageError } from './usage.js';
import { progressUsageWords } from './progress-usage-words.js';
import { otherPlanOf, otherPlanWords } from './progress-other-plan-words.js';
import { UNPACK_RATIO } from '../unpacked-size.js';
import { readInputBytes } from './read-input.js';
import { outputExtension, refuseOutputOverInput } from './output-path.js';
import { progressCommandWords } from './progress-words.js';
import { readingsIn, shownIn, targetIn, unitNameIn } from './plan-shown.js';
import { maxBytesIn, planOf, progressArgs, spokenIn, write } from './progress-files.js';

type Out = (line: string) => void;

/**
 * Runs `dz-plan progress import …` (`args` after `import`), in the language of `--lang`, else of the sheets' headers
 * (`languageOfHeaders`), else the plan's.
 */
export async function importCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = progressArgs(args, early, { output: { type: 'string', short: 'o' }, into: { type: 'string' }, 'as-of': { type: 'string' }, partial: { type: 'boolean' } });
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
  // The report is JSON: -o out.xlsx wrote it into a file no spreadsheet opens (review r106 L6); -o over a sheet read is
  // said as that, above. No extension (/dev/stdout, r.2023.06): as given.
  const ext = outputExtension(values.output);
  if (ext !== '' && ext !== '.json') throw new UsageError(earlyWords.importFormat(values.output!, extname(values.output!)));
  const plan = await planOf(values.plan, values['max-bytes'], early, asked, err);
  // Until the sheets are read, --lang or the plan's language: a report to append to or a sheet's file not read is said in it.
  const planLang = spokenIn(plan, asked);
  const intoJson = values.into === undefined ? undefined : await readInto(values.into, values['max-bytes'], planLang);
  const files = await Promise.all(
    positionals.map(async (file) => {
      try {
        return { name: basename(file), data: await readInputBytes(file, maxBytes) };
      } catch (error) {
        throw new InputError(readFailure(file, error, progressUsageWords[planLang].readJson));
      }
    }),
  );
  const read = await readProgressFiles(files, { maxUnpackedBytes: UNPACK_RATIO * maxBytes });
  // Without --lang, the script the sheets' headers are written in (a sheet of a --lang zh-Hans template answered in
  // Simplified, r87 L11); sheets in no one language, or without a header, the plan's.
  const lang = asked ?? languageOfHeaders(read.sheets) ?? planLang;
  let base: ProgressReport | undefined;
  if (values.into !== undefined) {
    const other = otherPlanOf(intoJson, plan.id);
    if (other !== undefined) {
      err(otherPlanWords[lang].report(values.into, other, plan.id, values.plan !== undefined));
      return 1;
    }
    const parsed = parseProgressReport(intoJson, plan, { lang });
    if (!parsed.success) {
      for (const issue of parsed.issues) err(`${values.into}: ${issueLine(issue)}`);
      return 1;
    }
    base = parsed.data;
  }
  // The report appended to is the report being built too: its reading by a deadline backs a row of the sheets after it.
  const result = importFilesRead(read, plan, { lang, today, ...(asOf === undefined ? {} : { asOf }), ...(base ? { appendTo: base } : {}) });
  const words = progressCommandWords[lang];
  // The report appended to is checked as the sheets' rows are: a reading of it dated after today, or after --as-of
  // (the date the report will stand at), is a problem named with its report, target and date.
  const lateReadings = base ? readingsAfter(base, asOf ?? today) : [];
  // Each target and value as the API shows them, as the import's own messages say them (F155).
  const shown = shownIn(plan, lang);
  const late = lateReadings.map((r) => {
    const target = targetIn(shown, r.target);
    const why = r.asOf > today ? describeReadingProblem({ code: 'afterToday', asOf: r.asOf, today }, target, lang) : sheetProblemWords[lang].afterAsOf(r.asOf, asOf!);
    return words.readingAt(values.into!, r.target, r.asOf, why);
  });
  // A fall the report appended to may hold as a negative rise (review r90 M4): kept as stored, said with what to store;
  // the first ones, then how many more, as the sheets' warnings below (r94 Low: said again on each import).
  const storedAsRise = (base?.entries ?? []).flatMap((entry) => {
    const stored = fallStoredAsRise(targetIn(shown, entry.target), entry.value, lang);
    return stored ? [words.readingAt(values.into!, entry.target, entryDate(entry, base!), stored)] : [];
  });
  for (const line of storedAsRise.slice(0, LISTED)) err(line);
  if (storedAsRise.length > LISTED) err(words.moreWarnings(storedAsRise.length - LISTED));
  for (const hidden of result.hiddenSheets) err(hidden.message);
  for (const skipped of result.skippedSheets) err(skipped.message);
  for (const unread of result.unreadColumns) err(unread.message);
  // The first warnings, then how many more, as the problems below: 200,000 rows with a note only are not 200,000 lines.
  for (const warning of result.warnings.slice(0, LISTED)) err(warning.message);
  if (result.warnings.length > LISTED) err(words.moreWarnings(result.warnings.length - LISTED));
  // The first problems, then how many more: a sheet of 200,000 bad rows is not 200,000 lines (r77 H1).
  // Another plan's sheet: what to do, as the command knows it (--plan given or not).
  const otherPlan = otherPlanWords[lang].sheet(values.plan !== undefined);
  for (const problem of result.problems.slice(0, LISTED)) err(problem.code === 'otherPlan' ? `${problem.message}${otherPlan}` : problem.message);
  if (result.problems.length > LISTED) err(words.moreProblems(result.problems.length - LISTED));
  for (const problem of late) err(problem);
  // --partial leaves out the sheets' rows, never a reading already in the report: once written over, it would be lost.
  if (late.length) {
    // A reading dated after today is wrong whatever --as-of says: its date is to be corrected in the report.
    err(words.reportReadingsLate(late.length, values.into!, lateReadings.some((r) => r.asOf > today)));
    return 1;
  }
  // Another unit's figure for a reading of the report, at its date: neither kept, a dispute (r121 F1), as rows of one
  // import that disagree; a problem as theirs are, each named with the units and their figures.
  const appended = base && result.report ? withoutReadings(appendPeriod(base, result.report), result.heldBack) : undefined;
  const disputed = appended ? disputesBrought(appended, result.report!) : [];
  const shownEarly = shownIn(plan, lang);
  for (const d of disputed) {
    const figures = d.figures.map((f) => words.unitFigure(f.reportedBy.map((u) => unitNameIn(shownEarly, u, lang)), readingsIn(shownEarly, lang)(d.target, f.value)));
    err(words.readingAt(values.into!, d.target, d.asOf ?? appended!.asOf, words.unitsDisagree(figures, !!values.partial)));
  }
  // A unit's figure beside the office's own: left out, the office's figure standing (r126 F2), a problem as a dispute is.
  const overruled = base && result.report ? officeFiguresKept(base, result.report) : [];
  for (const o of overruled) {
    const figure = words.unitFigure(o.reportedBy.map((u) => unitNameIn(shownEarly, u, lang)), readingsIn(shownEarly, lang)(o.target, o.value));
    err(words.readingAt(values.into!, o.target, o.asOf, words.officeFigureStands(figure, readingsIn(shownEarly, lang)(o.target, o.office))));
  }
  const problems = result.problems.length + disputed.length + overruled.length;
  const left = disputed.length + overruled.length;
  if (problems && !values.partial) {
    err(words.nothingWritten(problems, result.accepted - left));
    return 1;
  }
  // No reading to write: nothing is written, a report's reading the rows conflict on too (r72 M4: --partial never
  // deletes a reading of the report for an import that adds none; the conflicts above name it). With readings to write,
  // it is held back from the report written (F83).
  const added = result.report;
  // Each value as `diff` says it: with its unit, a change or a growth with its direction (下降4.2% 改為 下降9.8%).
  const amount = readingsIn(shown, lang);
  if (!added) {
    // The report's figure the rows conflict on stays as published: said, each, before the last line (F149's rest).
    for (const r of result.heldBack) err(words.readingAt(values.into!, r.target, r.asOf, words.keptInDispute(amount(r.target, r.value))));
    err(words.noValue(result.rejected, problems));
    return 1;
  }
  if (result.problems.length) {
    const rows = result.problems.filter((p) => p.row !== undefined).map((p) => `${p.file}${p.sheet === undefined ? '' : `/${p.sheet}`}:${p.row}`);
    err(words.rejectedRows(rows.slice(0, LISTED), Math.max(0, rows.length - LISTED)));
  }
  // The report's reading where the sheets' rows conflict is no more agreed than they are: held back with them (F83).
  const report = appended ?? added;
  // A replaced figure is gone from the report once written: name each, as the import names a conflict (a dispute above).
  const inDispute = new Set((report.disputes ?? []).map((d) => readingKey(d.target, d.asOf ?? report.asOf)));
  const standing = new Set(overruled.map((o) => readingKey(o.target, o.asOf)));
  const replaced = base ? replacedReadings(base, added).filter((r) => !inDispute.has(readingKey(r.target, r.asOf)) && !standing.has(readingKey(r.target, r.asOf))) : [];
  for (const r of replaced) {
    const what = r.noteBefore !== undefined && r.noteAfter !== undefined ? words.noteReplaced(r.noteBefore, r.noteAfter) : words.replaced(amount(r.target, r.before), amount(r.target, r.after));
    err(words.readingAt(values.into!, r.target, r.asOf, what));
  }
  // A dispute of the report this import settles (an agreed figure, or the office's own): said as a correction is (F292).
  for (const { dispute, value } of base ? settledDisputes(base, report) : []) {
    const figures = dispute.figures.map((f) => words.unitFigure(f.reportedBy.map((u) => unitNameIn(shown, u, lang)), amount(dispute.target, f.value)));
    err(words.readingAt(values.into!, dispute.target, dispute.asOf ?? base!.asOf, words.disputeSettled(figures, amount(dispute.target, value))));
  }
  // Who is to settle each, as the conflict's rows say it (F146): the units, the ids of one sheet, or the one unit asked.
  for (const r of result.heldBack) {
    // The settler names the unit by its id; the words, by its name as shown.
    const said = r.settle?.by === 'unit' ? { unitName: unitNameIn(shown, r.settle.unit, lang) } : r.settle ? ('targetIds' as const) : undefined;
    err(words.readingAt(values.into!, r.target, r.asOf, words.heldBack(amount(r.target, r.value), said)));
  }
  // The readings this import brings: what it says of the report's readings is said of these alone (an import --into
  // does not say the report's older ones again on every import, r69 L2).
  const brought = new Set(added.entries.map((e) => readingKey(e.target, entryDate(e, added))));
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
  // The plan as shown in the language: a plan without English names a target in its document's script (L4).
  const targetOf = (id: string) => targetIn(shown, id);
  const named = (id: string) => (lang === 'en' ? `${id} (${targetOf(id).metric.en})` : `${id}(${targetOf(id).metric[lang]})`);
  for (const c of linkedReadingConflicts(report, plan)) {
    if (!brought.has(readingKey(c.target, c.asOf)) && !brought.has(readingKey(c.other, c.asOf))) continue;
    err(words.linkedConflict(c.kind, named(c.target), named(c.other), c.asOf, amount(c.target, c.value), amount(c.other, c.otherValue)));
  }
  // Without --as-of, a few readings dated later than the rest set the whole report's date: say so, with the way out
  // (readings all after their targets' deadlines judge nothing, whatever --as-of says: the way out is the deadline).
  // Past the deadlines, the report as written is checked too (--into: the earlier readings are the report's, r58 H1);
  // a slip of a date, in the import alone (a quarter's sheet with fewer rows than the last is no slip).
  const lone = asOf === undefined ? loneReportDate(added, plan) : undefined;
  const written = asOf === undefined && base ? loneReportDate(report, plan) : undefined;
  const pastDeadline = lone?.deadlines ? lone : written?.deadlines ? written : undefined;
  // A whole sheet dated after its targets' deadlines, with no earlier date of its own, that moves the report's date.
  const lateSheet = asOf === undefined && !pastDeadline && !lone ? lateImport(added, plan) : undefined;
  // Rows dated before the report's date that it judges not reported this period (review r106 M1: a statistic lagging a
  // month), each sheet's and date's named. A lone report date (a slip, perhaps): those of its usual date's month are
  // named in its advice, the earlier ones told against the usual date, never onto the lone date (review r107 M3); the
  // usual date's rows whole sheets of their own (last month's sheet kept: r107 M4), each named as it is.
  const earlier = earlierRows(report, plan, result.sources, today);
  const slip = pastDeadline ? undefined : lone;
  const kept = slip && sheetsAtUsualDate(slip, result.sources);
  const month = (date: string) => date.slice(0, 7);
  const inLone = (group: { asOf: string }) => !kept && slip !== undefined && month(group.asOf) === month(slip.usual);
  const whereOf = (group: { file: string; sheet?: string }) => describeWhere({ file: group.file, ...(group.sheet === undefined ? {} : { sheet: group.sheet }) }, lang);
  for (const group of earlier.filter((g) => !inLone(g))) {
    err(words.earlierRows(whereOf(group), describeRows(group.rows, lang), group.targets, group.asOf, report.asOf, slip && !kept ? slip.usual : undefined));
  }
  if (pastDeadline) err(words.pastDeadlineDate(pastDeadline.asOf, pastDeadline.targets, pastDeadline.usual, pastDeadline.usualCount, pastDeadline.deadlines!));
  else if (lone && kept) err(words.keptSheet(lone.asOf, lone.usual, lone.usualCount, kept.map(whereOf)));
  else if (lone) {
    const atUsual = earlier.filter(inLone);
    const rows = atUsual.map((g) => ({ where: whereOf(g), rows: describeRows(g.rows, lang), targets: g.targets }));
    err(words.loneDate(lone.asOf, lone.targets, lone.usual, lone.usualCount, new Set(atUsual.flatMap((g) => g.targets)).size, rows));
  } else if (lateSheet && lateSheet.asOf === report.asOf) err(words.lateImport(lateSheet.asOf, lateSheet.count, lateSheet.deadlines));
  // A last guard: never a report the library refuses (r77 M1: a note the page then refused, the whole report with it).
  const readBack = parseProgressReport(report, plan, { lang });
  if (!readBack.success) {
    for (const issue of readBack.issues) err(issueLine(issue));
    err(words.reportRefused());
    return 1;
  }
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const target = values.output ?? values.into;
  if (target === undefined) out(json.trimEnd());
  else await write(target, json, lang);
  // A workbook whose readings came from more than one sheet (a copy of last month's beside this month's): which gave what.
  const sheetsOf = new Map<string, number>();
  for (const s of result.perSheet) sheetsOf.set(s.file, (sheetsOf.get(s.file) ?? 0) + 1);
  for (const s of result.perSheet) if (sheetsOf.get(s.file)! > 1) err(words.fromSheet(describeWhere({ file: s.file, sheet: s.sheet }, lang), s.accepted));
  const skipped = result.warnings.filter((w) => w.code === 'noteOnly').length;
  // A figure in dispute is no reading accepted (F292): counted apart, as the units' to agree on.
  const inDisputeNow = disputed.length + result.disputes.length;
  err(words.imported({ accepted: result.accepted - left, files: files.length, rejected: result.rejected, skipped, replaced: replaced.length, disputed: inDisputeNow }, target));
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

/** The disputes of `report` (`appendPeriod(base, period)`) at a target and date `period` gives a figure for: this import's. */
function disputesBrought(report: ProgressReport, period: ProgressReport): ProgressDispute[] {
  const brought = new Set(period.entries.map((e) => readingKey(e.target, entryDate(e, period))));
  return (report.disputes ?? []).filter((d) => brought.has(readingKey(d.target, d.asOf ?? report.asOf)));
}

/** Each dispute of `base` that `report` (`base` with the import appended) has a reading for instead, with its value. */
function settledDisputes(base: ProgressReport, report: ProgressReport): { dispute: ProgressDispute; value: number }[] {
  const values = new Map(report.entries.map((e) => [readingKey(e.target, entryDate(e, report)), e.value]));
  return (base.disputes ?? []).flatMap((dispute) => {
    const value = values.get(readingKey(dispute.target, dispute.asOf ?? base.asOf));
    return value === undefined ? [] : [{ dispute, value }];
  });
}

/** How many of the sheets' warnings and problems are printed, of the report's falls stored as rises, and of the rows `--partial` left out; how many more, said in a line. */
const LISTED = 100;

/** The exit code of `import --partial` when it wrote the report without what had problems (rows or notes left out). */
const PARTIAL = 3;
