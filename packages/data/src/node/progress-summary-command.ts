/**
 * `dz-plan progress summary report.json [--unit U] [--as-of YYYY-MM-DD] [--format text|md|csv] [-o FILE] [--lang L]
 * [--plan plan.json] [--max-bytes N]` (review r68 M2): what a supervision office sends on from a progress report,
 * per lead unit and in lists (`progress-summary.ts`). Exit codes as the other progress commands: 0 written, 1 the
 * report is not valid (each issue named; no summary), or some of its entries are not (each issue named; the summary is
 * written from the others, each refused listed at its end: F268), or it holds readings it cannot judge or that
 * contradict an earlier one (each named with its report, target, date and why, after the summary, which is written
 * all the same), 2 the command was used wrongly.
 */
import { extname } from 'node:path';
import { isIsoDate } from '../iso-date.js';
import { latestIsoDate } from '../local-date.js';
import { indexPlan } from '../plan-index.js';
import { TemplateScopeError, type TemplateScope } from '../progress/template.js';
import { getUnit } from '../queries/get-unit.js';
import { targetsOfUnit } from '../queries/targets-of.js';
import { unitsByShortName } from '../queries/units-by-short-name.js';
import type { Language, Plan, Unit } from '../schema.js';
import { shownIn, unitNameIn } from './plan-shown.js';
import { outputExtension, refuseOutputOverInput } from './output-path.js';
import { maxBytesIn, planOf, progressArgs, reportAndRefusedOf, spokenIn, write } from './progress-files.js';
import { progressSummary, reportAsOf, tasksJoinedOnly } from './progress-summary.js';
import { summaryCsv, summaryFormats, summaryMarkdown, summaryText, type SummaryFormat } from './progress-summary-format.js';
import { progressSummaryWords } from './progress-summary-words.js';
import { progressUsageWords } from './progress-usage-words.js';
import { progressCommandWords } from './progress-words.js';
import { terminalText } from './terminal-text.js';
import { InputError, UsageError } from './usage.js';

type Out = (line: string) => void;

/** The form each extension of `-o` writes: none (`/dev/stdout`, `摘要`) is text, as `.txt` is. */
const formatByExtension: Readonly<Record<string, SummaryFormat>> = { '': 'text', '.txt': 'text', '.md': 'md', '.markdown': 'md', '.csv': 'csv' };

/**
 * The form of `--format`, else of `-o`'s extension (`.md`, `.csv`; a suffix with no letter, `摘要.2023-06-30`, is
 * none: `outputExtension`), else text; a usage error for another format, for an extension that is none of them
 * (`摘要.xlsx` got text: review r106 L6), `--format` given or not, and for a `--format` other than the extension's
 * (`--format csv -o 摘要.md` wrote CSV into a .md: review r107 L2).
 */
function formatOf(format: string | undefined, output: string | undefined, lang: Language): SummaryFormat {
  const ext = outputExtension(output);
  if (!Object.hasOwn(formatByExtension, ext)) throw new UsageError(progressUsageWords[lang].summaryFormat(output!, extname(output!)));
  if (format === undefined) return formatByExtension[ext]!;
  if (!(summaryFormats as readonly string[]).includes(format)) throw new UsageError(progressSummaryWords[lang].format(format));
  if (ext !== '' && formatByExtension[ext] !== format) throw new UsageError(progressUsageWords[lang].summaryFormatClash(output!, extname(output!), format));
  return format as SummaryFormat;
}

/**
 * The unit of `--unit`, found as the template finds it (`getUnit`: aliases, either script, without 市); a unit the plan
 * does not have is said as the template says it, with the units its name may be short for, and one that leads no
 * task with targets with the tasks it takes part in.
 */
function unitOf(plan: Plan, name: string, lang: Language): Unit {
  const index = indexPlan(plan);
  const shown = shownIn(plan, lang);
  const unit = getUnit(index, name);
  if (!unit) {
    const scope: TemplateScope = { code: 'noUnit', plan: plan.id, unit: name };
    const meant = unitsByShortName(index, name).map((u) => unitNameIn(shown, u.id, lang));
    const words = progressUsageWords[lang];
    throw new InputError((words.templateScope?.(scope) ?? new TemplateScopeError(scope).message) + (meant.length ? words.unitMeant(meant) : ''));
  }
  if (!targetsOfUnit(index, unit, { role: 'lead' }).length) throw new InputError(progressSummaryWords[lang].leadsNothing(unitNameIn(shown, unit.id, lang), tasksJoinedOnly(plan, unit)));
  return unit;
}

/** Runs `dz-plan progress summary` (`args` after `summary`), in the language of `--lang` (`asked`), else the plan's. */
export async function summaryCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = progressArgs(args, early, { output: { type: 'string', short: 'o' }, unit: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } });
  maxBytesIn(values['max-bytes'], early);
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError(progressSummaryWords[early].needsOneReport());
  const format = formatOf(values.format, values.output, early);
  const asOf = values['as-of'];
  const usageWords = progressUsageWords[early];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(usageWords.asOfNotDate(asOf));
  // Today where it is latest on Earth, as the import and `diff` take it.
  const today = latestIsoDate();
  if (asOf !== undefined && asOf > today) throw new UsageError(usageWords.asOfAfterToday(asOf, today));
  await refuseOutputOverInput(values.output, [file, values.plan], early);
  const plan = await planOf(values.plan, values['max-bytes'], early, asked, err);
  const lang = spokenIn(plan, asked);
  const unit = values.unit === undefined ? undefined : unitOf(plan, values.unit, lang);
  // A report whose entries alone are not valid is summed up from the others, each refused named in it (F268).
  const read = await reportAndRefusedOf(file, plan, lang, values['max-bytes'], err, values.plan);
  if (!read) return 1;
  const { report } = read;
  // Today as `diff` and the import judge: a reading dated after it is a problem, not a status against a pace to come.
  // What cannot be judged names the metric as the lists do, in the document's script where English is not written
  // yet (F155): `progressSummary` judges on the plan as shown, and the lists are written with it (F158).
  const summary = progressSummary(asOf === undefined ? report : reportAsOf(report, asOf), plan, { lang, today, refused: read.refused, ...(unit ? { unit } : {}) });
  const context = { file, lang, shown: shownIn(plan, lang) };
  const written = values.output !== undefined;
  if (format === 'text') {
    const lines = summaryText(summary, context);
    if (written) await write(values.output!, `${lines.join('\n')}\n`, lang);
    else for (const line of lines) out(terminalText(line));
  } else {
    const text = format === 'md' ? summaryMarkdown(summary, context) : summaryCsv(summary, context, written);
    if (written) await write(values.output!, text, lang);
    else out(text.trimEnd());
  }
  const words = progressCommandWords[lang];
  if (written) err(words.templateWritten(summary.targets.length, values.output));
  // What to check of a reading, judged as stored, as `evaluateReport` says it (one rule): a fall perhaps stored as a
  // negative rise (review r90 M4), a change far beyond its target, perhaps the metric's level (r92 M3).
  for (const { target, reading, warning } of summary.targets) if (warning) err(words.readingAt(file, target.id, reading!.asOf, warning.message));
  // Each reading it cannot judge, named as `diff` names one: with its report, target, date and why.
  const unjudged = summary.targets.filter((t) => t.reading?.problem);
  for (const { target, reading } of unjudged) err(words.readingAt(file, target.id, reading!.asOf, reading!.sentence));
  // A figure reported late below an earlier one of a running total (r101 M2: `LateFigure.contradicts`), named as `diff` names it.
  const lateBelow = summary.targets.filter((t) => t.late?.contradicts);
  for (const { target, late } of lateBelow) err(words.readingAt(file, target.id, late!.asOf, late!.contradicts!.sentence));
  // Counted as the lists say them, and as `diff` counts them: a reading below an earlier one (數值矛盾) apart.
  const contradicting = unjudged.filter((t) => t.key === 'contradicts').length;
  if (unjudged.length + lateBelow.length) err(words.cannotBeJudged(unjudged.length - contradicting, contradicting + lateBelow.length));
  // An entry refused was said with its issues when the report was read.
  // A figure the units are to agree on (r121 F3) is to be settled before publishing, as a reading not judged.
  // A dispute refused (not of the plan, F292) was said so too.
  return unjudged.length + lateBelow.length || read.refused.length || read.refusedDisputes || summary.targets.some((t) => t.disputed) ? 1 : 0;
}
