/**
 * `dz-plan build` and `dz-plan lint`: from a city's document to a plan JSON, and what to review in it. Exit codes:
 * 0 done, 1 the document or plan has errors (each printed with where it is), 2 the command was used wrongly.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { issueLine } from '../issues.js';
import { loadOptional, MissingPackageError } from '../missing-package.js';
import { validatePlan } from '../load-plan.js';
import { formatDiagnostic } from '../parse-plan-text.js';
import { lintPlan } from './lint-plan.js';
import { OPTIONAL_RANGES } from './optional-packages.js';
import { refuseOutputOverInput } from './output-path.js';
import { maxBytesOf, maxBytesOption, readInput } from './read-input.js';
import { documentReadFailure, fileReason, InputError, readJson, usage, UsageError } from './usage.js';
import { languageOfArguments, progressUsageWords } from './progress-usage-words.js';
import { terminalText } from './terminal-text.js';
import { diagnosticIn, diagnosticLanguage } from './diagnostic-words.js';
import { documentCommandWords } from './document-command-words.js';
import { lintWords } from './lint-words.js';
import { responsibleRoleOf } from './unit-names.js';

type Out = (line: string) => void;

/**
 * `dz-plan build FILE [-o plan.json] [--overlay curated.json] [--id ID] [--title T] [--issuer I] [--year Y]
 * [--responsible-beside-lead participating|lead] [--lenient] [--max-bytes N] [--lang L]`: prints the diagnostics and
 * a summary; writes the plan (stdout without `-o`). A file that cannot be read or written is said in the language of
 * `--lang` (zh-Hant by default); the diagnostics and the lines after them (no plan written, the counts, what next) in
 * the language of `--lang`, English without it.
 */
export async function buildCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        overlay: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        issuer: { type: 'string' },
        year: { type: 'string' },
        lenient: { type: 'boolean' },
        'responsible-beside-lead': { type: 'string' },
        lang: { type: 'string' },
        ...maxBytesOption,
      },
    }),
  );
  const lang = languageOfArguments(args);
  const words = progressUsageWords[lang];
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('build needs one FILE (.txt in UTF-8, or .docx)');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`);
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) throw new UsageError(`--id must be kebab-case ASCII such as jinan-2024-key-tasks, not "${values.id}"`);
  const responsibleBesideLead = usage(() => responsibleRoleOf(values['responsible-beside-lead']));
  await refuseOutputOverInput(values.output, [file, values.overlay], lang);
  let text: string;
  const limit = usage(() => maxBytesOf(values['max-bytes']));
  const diagnosticLang = diagnosticLanguage(values.lang, lang);
  try {
    text = await readInput(file, limit, err, diagnosticLang);
  } catch (error) {
    if (error instanceof MissingPackageError) throw error;
    throw new InputError(documentReadFailure(file, error, words.readJson));
  }
  // OpenCC and pinyin-pro, optional packages, loaded once the arguments and the document are read (a usage mistake or
  // a missing file is said first); lint needs neither.
  const [{ planFromText }, { applyOverlay }] = await loadOptional(() => Promise.all([import('./plan-from-text.js'), import('./overlay.js')]), 'building a plan from a document', ['opencc-js', 'pinyin-pro', 'mammoth'], OPTIONAL_RANGES);
  const built = planFromText(text, {
    sourceFile: basename(file),
    lenient: values.lenient ?? false,
    ...(responsibleBesideLead ? { responsibleBesideLead } : {}),
    ...(values.id ? { id: values.id } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.issuer ? { issuer: values.issuer } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    lang: diagnosticLang,
  });
  for (const d of built.diagnostics) err(formatDiagnostic(diagnosticIn(d, diagnosticLang)));
  for (const issue of built.issues) err(`error ${issueLine(issue)}`);
  // The lines that close the diagnostics, in their language.
  const said = documentCommandWords[diagnosticLang];
  let plan = built.plan;
  if (!plan) {
    // With --lenient given, what stopped the build is no error --lenient lifts (a missing issuer, restarted numbering).
    err(`dz-plan: ${said.noPlan(values.lenient ? 0 : built.diagnostics.filter((d) => d.severity === 'error').length)}`);
    return 1;
  }
  if (values.overlay) {
    const overlaid = applyOverlay(plan, await readJson(values.overlay, 'overlay', values['max-bytes'], words.readJson), text, { lang: diagnosticLang });
    for (const issue of overlaid.issues) err(`error ${issueLine(issue)}`);
    if (!overlaid.plan) {
      err(`dz-plan: ${said.overlayDoesNotFit}`);
      return 1;
    }
    plan = overlaid.plan;
  }
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  if (values.output) {
    try {
      await writeFile(values.output, json);
    } catch (error) {
      throw new InputError(words.cannotWrite(values.output, fileReason(error, words.writeReasons)));
    }
  } else out(json);
  const assignments = plan.tasks.reduce((n, t) => n + t.lead.length + t.participating.length, 0);
  const counts = { sections: plan.sections.length, tasks: plan.tasks.length, units: plan.units.length, assignments, targets: plan.targets.length, started: plan.targets.filter((t) => t.start !== undefined).length };
  err(said.built(plan.id, counts, values.output));
  err(said.next(values.output ?? 'plan.json'));
  return 0;
}

/**
 * `dz-plan lint plan.json [--strict] [--max-bytes N] [--lang L]`: the plan's problems (exit 1), then what to review
 * (exit 1 with --strict) and the notes (never exit 1), quoting the plan in its source language. Its words, and a file
 * it cannot read, are said in the language of `--lang`, English without it: its items are read beside their codes and
 * ids, as diagnostics are.
 */
export async function lintCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = usage(() =>
    parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { strict: { type: 'boolean' }, lang: { type: 'string' }, ...maxBytesOption } }),
  );
  const lang = values.lang === undefined ? 'en' : languageOfArguments(args);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('lint needs one plan.json');
  const words = values.lang === undefined ? undefined : progressUsageWords[lang];
  const result = validatePlan(await readJson(file, words?.plan ?? 'plan', values['max-bytes'], words?.readJson), { lang });
  if (!result.success) {
    for (const issue of result.issues) err(`error ${issueLine(issue)}`);
    return 1;
  }
  const items = lintPlan(result.plan, { lang });
  for (const item of items) out(terminalText(`${item.severity} ${item.at} ${item.code}: ${item.message}`));
  const toReview = items.filter((item) => item.severity === 'review').length;
  out(terminalText(lintWords[lang].toReview(toReview, file, items.length - toReview)));
  return values.strict && toReview ? 1 : 0;
}
