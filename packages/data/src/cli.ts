/**
 * `dz-plan`: parse a key-task list, or summarize the bundled Dezhou plan.
 *
 *   dz-plan parse FILE [--json] [--lenient]   sections, tasks and units of any document of this form, with diagnostics
 *   dz-plan summary [FILE]        counts of sections, tasks, units and targets (of FILE, a document or a plan JSON, or of the Dezhou plan)
 *   dz-plan build FILE [-o plan.json] [--overlay curated.json]   a plan JSON from a city's document
 *   dz-plan lint plan.json [--strict] [--lang L]                 what to review in a built plan
 *   dz-plan progress template|import|diff …                      progress sheets to and from reports (node/progress-command.ts)
 *
 * Every command reads at most --max-bytes N of a file (default 20 MiB), and only UTF-8 text or a .docx.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dezhouPlan } from './dezhou-2023.js';
import { maxBytesOf, maxBytesOption, readInput } from './node/read-input.js';
import { documentProposals } from './node/task-proposals.js';
import { formatDiagnostic, type ParsedPlanText } from './parse-plan-text.js';
import { MissingPackageError } from './missing-package.js';
import { terminalText } from './node/terminal-text.js';
import { parsePlanTextChecked } from './node/parse-checked.js';
import { responsibleRoleOf } from './node/unit-names.js';
import { diagnosticIn, diagnosticLanguage } from './node/diagnostic-words.js';
import { documentCommandWords, type DocumentCounts } from './node/document-command-words.js';
import { documentScript } from './node/document-script.js';
import { sourceText } from './node/lint-plan.js';
import { isProgressSubcommand, progressHelp } from './node/progress-usage.js';
import { asksForHelp, commandHelp, isDocumentCommand, USAGE } from './node/cli-usage.js';
import type { Plan } from './schema.js';
import type { Language } from './vocabulary.js';
import type { UnitRole } from './parse/roles.js';

/** The words `parse` and `summary` say a file in, in `lang` (loaded only when a file fails them, or is a plan JSON). */
async function fileWords(lang: Language) {
  return (await import('./node/progress-usage-words.js')).progressUsageWords[lang];
}

/**
 * The document's text (UTF-8 .txt or .docx) within the byte limit, or a {@link CliError} naming the file: why it
 * cannot be read in `lang`, as the progress commands say it. What a .docx's text leaves out is said to `err` in
 * `diagnosticLang`, as diagnostics are.
 */
async function readText(file: string, maxBytes: string | undefined, lang: Language, err: (line: string) => void, diagnosticLang: Language): Promise<string> {
  try {
    return await readInput(file, maxBytesOf(maxBytes), err, diagnosticLang);
  } catch (error) {
    if (error instanceof MissingPackageError) throw error;
    const { documentReadFailure } = await import('./node/usage.js');
    throw new CliError(documentReadFailure(file, error, (await fileWords(lang)).readJson));
  }
}

class CliError extends Error {}

/**
 * `parse` and `summary`'s options, FILE and language (`--lang`, zh-Hant by default; `asked`: the language of `--lang`
 * when it is given), or a {@link CliError} with the usage (a bad `--max-bytes` or `--lang` too).
 */
async function readArgs(command: string, args: readonly string[]) {
  try {
    const options = { json: { type: 'boolean' }, lenient: { type: 'boolean' }, 'responsible-beside-lead': { type: 'string' }, lang: { type: 'string' }, ...maxBytesOption } as const;
    const parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
    maxBytesOf(parsed.values['max-bytes']);
    const responsible = responsibleRoleOf(parsed.values['responsible-beside-lead']);
    // The language's module (and its schemas) loaded only when one is asked for: parse and summary load no dependency.
    const lang: Language = parsed.values.lang === undefined ? 'zh-Hant' : (await import('./node/progress-usage-words.js')).languageOfArguments(args);
    return { ...parsed, lang, asked: parsed.values.lang === undefined ? undefined : lang, diagnosticLang: diagnosticLanguage(parsed.values.lang, lang), responsible };
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * `parse`'s lines: the document's sections and tasks as written, each task's units labelled in `roleLang` (the roles
 * stand among the document's names: `--lang`, else the document's script); the counts and diagnostics in `diagnosticLang`.
 */
function printParsed(parsed: ParsedPlanText, roleLang: Language, diagnosticLang: Language, out: (line: string) => void): void {
  const roles = documentCommandWords[roleLang];
  for (const section of parsed.sections) {
    out(`${section.numeral}、${section.title}`);
    for (const i of section.taskIndices) {
      const task = parsed.tasks[i]!;
      const units = [
        task.lead.length ? `${roles.lead}: ${task.lead.join('、')}` : '',
        task.participating.length ? `${roles.participating}: ${task.participating.join('、')}` : '',
      ].filter(Boolean);
      out(`  ${task.number}. ${task.title}${units.length ? `  (${units.join('; ')})` : ''}`);
    }
  }
  if (!parsed.sections.length) for (const task of parsed.tasks) out(`  ${task.number}. ${task.title}`);
  out(documentCommandWords[diagnosticLang].parsed(parsed.sections.length, parsed.tasks.length, parsed.units.length));
  // LINE:COLUMN as compilers print it, so an editor can jump there; the quote finds it by eye.
  for (const d of parsed.diagnostics) out(formatDiagnostic(diagnosticIn(d, diagnosticLang)));
}

/** What `summary` counts, of a plan or of a parsed document. */
interface Counted {
  readonly sections: readonly unknown[];
  readonly tasks: readonly { readonly lead: readonly unknown[]; readonly participating: readonly unknown[] }[];
  readonly units: readonly unknown[];
}

/** What `summary` counts of `counted` and its `targets`: each lead or participating unit of a task an assignment. */
function countsOf({ sections, tasks, units }: Counted, targets: number): DocumentCounts {
  const assignments = tasks.reduce((n, t) => n + t.lead.length + t.participating.length, 0);
  return { sections: sections.length, tasks: tasks.length, units: units.length, assignments, targets };
}

/**
 * A plan's title, then its sections, tasks, units, assignments and targets, then one line per section. The names in
 * `namesLang` (`--lang`; an English text still empty in the source's) or, without it, in the plan's source language,
 * and the English title after a Chinese one; the labels in `wordsLang` (`--lang`, else English).
 */
function printPlanCounts(plan: Plan, namesLang: Language | undefined, wordsLang: Language, out: (line: string) => void): void {
  const named = (text: Plan['title']) => (namesLang && text[namesLang]) || sourceText(plan, text);
  const words = documentCommandWords[wordsLang];
  const title = named(plan.title);
  out(title);
  if (plan.title.en && plan.title.en !== title) out(plan.title.en);
  out(words.countLines(countsOf(plan, plan.targets.length)));
  for (const section of plan.sections) {
    const targets = section.taskIds.reduce((n, id) => n + (plan.tasks.find((t) => t.id === id)?.targetIds.length ?? 0), 0);
    out(`  ${String(section.number).padStart(2)}. ${named(section.title)} — ${words.sectionCounts(section.taskIds.length, targets)}`);
  }
}

/**
 * `summary` of a plan JSON (`dz-plan build`'s): validated as `lint` and `progress --plan` validate one, then counted
 * (its names in `asked`, the language of `--lang`, else in its source language); when it is not valid, each problem
 * printed with the file and its path (as `progress` prints a report's), exit code 1.
 */
async function summarizePlanFile(file: string, maxBytes: string | undefined, lang: Language, asked: Language | undefined, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [{ readJson, InputError }, { validatePlan }, { issueLine }, { fileKind }, words] = await Promise.all([import('./node/usage.js'), import('./load-plan.js'), import('./issues.js'), import('./file-kind.js'), fileWords(lang)]);
  let json: unknown;
  try {
    json = await readJson(file, words.plan, maxBytes, words.readJson);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    throw error;
  }
  const result = validatePlan(json, { lang });
  if (!result.success) {
    for (const issue of result.issues) err(terminalText(`${file}: ${issueLine(issue)}`));
    // A progress report given for a plan: the command that sums one up (r68 M2).
    if (fileKind(json) === 'report') err(`dz-plan: ${words.reportSummary(file)}`);
    return 1;
  }
  out(terminalText(file));
  printPlanCounts(result.plan, asked, asked ?? 'en', (line) => out(terminalText(line)));
  return 0;
}

/**
 * `summary FILE` of a document: its counts, the targets `build` would find in it, and its diagnostics as `parse`
 * prints them (the units of `responsibleBesideLead` read as `responsible` says, if given), in `diagnosticLang`; exit
 * code 1 on an error diagnostic unless `lenient`. A plan JSON (a `.json`, or text that opens with `{`) is counted as a
 * plan, its names in `asked` (the language of `--lang`) or its source language.
 */
async function summarizeFile(
  file: string,
  values: { readonly lenient?: boolean; readonly 'max-bytes'?: string },
  responsible: UnitRole | undefined,
  lang: Language,
  asked: Language | undefined,
  diagnosticLang: Language,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (/\.json$/i.test(file)) return summarizePlanFile(file, values['max-bytes'], lang, asked, out, err);
  const text = await readText(file, values['max-bytes'], lang, err, diagnosticLang);
  if (text.trimStart().startsWith('{')) return summarizePlanFile(file, values['max-bytes'], lang, asked, out, err);
  const parsed = parsePlanTextChecked(text, { responsibleBesideLead: responsible });
  // As build finds them, and what it leaves out said among the diagnostics, in document order.
  const { targets, diagnostics } = documentProposals(text, parsed.tasks, parsed.diagnostics);
  out(terminalText(file));
  out(documentCommandWords[diagnosticLang].countLines(countsOf(parsed, targets)));
  for (const d of diagnostics) out(terminalText(formatDiagnostic(diagnosticIn(d, diagnosticLang))));
  return parsed.diagnostics.some((d) => d.severity === 'error') && !values.lenient ? 1 : 0;
}

/**
 * The language `dz-plan progress` speaks with these arguments (`--lang`, zh-Hant by default; zh-Hant when it is not
 * one), and every command's message of a missing optional package.
 */
async function argumentLanguage(args: readonly string[]): Promise<Language> {
  const { languageOfArguments } = await import('./node/progress-usage-words.js');
  try {
    return languageOfArguments(args);
  } catch {
    return 'zh-Hant';
  }
}

/**
 * Standard output: data (a plan's JSON, a report, a template's CSV) as it is for a file or a pipe; on a terminal, its
 * control characters shown (JSON leaves C1 and DEL as they are, and CSV all of them).
 */
function toStdout(line: string): void {
  endQuietlyOnClosedPipe();
  console.log(process.stdout.isTTY ? terminalText(line) : line);
}

let pipeWatched = false;

/**
 * A reader that closes standard output early (`dz-plan progress diff a.json b.json | head -1`) has what it wanted:
 * the CLI ends there, quietly, not with an EPIPE stack trace, and with the status of a tool ended by SIGPIPE (141),
 * as other command-line tools do: never a success, which would hide an error it had not yet said.
 */
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });
}

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], out = toStdout, printError = (line: string) => console.error(line)): Promise<number> {
  // Messages quote documents, plans and sheets: their control characters are shown, never sent to the terminal.
  const err = (line: string) => printError(terminalText(line));
  const [command, ...rest] = argv;
  try {
    // --help beside a command: its help, on stdout, exit 0 (progress's in the language of --lang). A progress command
    // it does not have is said as without --help.
    if (isDocumentCommand(command) && asksForHelp(rest)) {
      out(commandHelp(command));
      return 0;
    }
    const [sub] = rest;
    if (command === 'progress' && asksForHelp(rest) && (sub === undefined || sub.startsWith('-') || isProgressSubcommand(sub))) {
      out(progressHelp(await argumentLanguage(rest), isProgressSubcommand(sub) ? sub : undefined));
      return 0;
    }
    if (command === 'progress' || command === 'build' || command === 'lint') {
      // Each command loaded only when run: the sheet readers (and ExcelJS, for a workbook) are for progress reports;
      // OpenCC, pinyin-pro and mammoth for building plans; neither for parsing or summaries. All four are optional
      // packages: a missing one is a MissingPackageError, said below with the command that installs it.
      const [run, { InputError, UsageError }] = await Promise.all([
        command === 'progress'
          ? import('./node/progress-command.js').then((m) => m.progressCommand)
          : import('./node/commands.js').then((m) => (command === 'build' ? m.buildCommand : m.lintCommand)),
        import('./node/usage.js'),
      ]);
      try {
        return await run(rest, out, err);
      } catch (error) {
        // progress says its usage in the language it speaks (zh-Hant by default): the command's used wrongly, or all of
        // its own commands when none was named.
        if (error instanceof UsageError) throw new CliError(`${error.message}\n${command === 'progress' ? progressHelp(await argumentLanguage(rest), isProgressSubcommand(sub) ? sub : undefined) : USAGE}`);
        // A file that cannot be read or is not what it should be: the message alone (the usage says nothing of it).
        if (error instanceof InputError) throw new CliError(error.message);
        throw error;
      }
    }
    if (command === '--version' || command === '-v') {
      // The package's own file, beside dist/ and src/ alike.
      const { readFile } = await import('node:fs/promises');
      out((JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
      return 0;
    }
    if (!command || command === '--help' || command === '-h') {
      (command ? out : err)(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'parse') {
      const { values, positionals, lang, asked, diagnosticLang, responsible } = await readArgs(command, rest);
      const file = positionals[0];
      if (!file || positionals.length > 1) throw new CliError('parse needs a FILE');
      const text = await readText(file, values['max-bytes'], lang, err, diagnosticLang);
      const parsed = parsePlanTextChecked(text, { responsibleBesideLead: responsible });
      if (values.json) out(JSON.stringify(parsed, null, 2));
      else printParsed(parsed, asked ?? documentScript(text), diagnosticLang, (line) => out(terminalText(line)));
      // An error means a task or a lead unit may be wrong: fail unless the caller asked to see it anyway.
      return parsed.diagnostics.some((d) => d.severity === 'error') && !values.lenient ? 1 : 0;
    }
    if (command === 'summary') {
      const { values, positionals, lang, asked, diagnosticLang, responsible } = await readArgs(command, rest);
      const file = positionals[0];
      if (positionals.length > 1) throw new CliError(`summary takes one FILE at most\n${USAGE}`);
      if (file) return await summarizeFile(file, values, responsible, lang, asked, diagnosticLang, out, err);
      printPlanCounts(dezhouPlan, asked, diagnosticLang, out);
      return 0;
    }
    throw new CliError(`unknown command "${command}"\n${USAGE}`);
  } catch (error) {
    if (error instanceof CliError) {
      err(`dz-plan: ${error.message}`);
      return 2;
    }
    if (error instanceof MissingPackageError) {
      const { missingPackageMessage } = await import('./node/optional-packages.js');
      err(`dz-plan: ${missingPackageMessage(error, await argumentLanguage(rest))}`);
      return 2;
    }
    throw error;
  }
}

/**
 * Whether Node was asked to run this file (`node dist/cli.js …`, or `node dist/cli …`, whose extension Node finds), not
 * to import it (as `bin/dz-plan.js` and the tests do): the script it was given, its links followed, is this module.
 */
function runByNode(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = realpathSync(fileURLToPath(import.meta.url));
  return [script, `${script}.js`].some((path) => {
    try {
      return realpathSync(path) === self;
    } catch {
      return false;
    }
  });
}

// `node dist/cli.js …` runs as the bin does, not printing nothing with exit code 0.
if (runByNode()) process.exitCode = await main(process.argv.slice(2));
