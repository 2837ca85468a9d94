/**
 * What the `dz-plan progress` commands share to read their arguments and files and write theirs: the common options,
 * the arguments read with them, the language a command speaks, the plan of `--plan` (the Dezhou plan without it), the
 * reports given, and a file written; each mistake said in the command's language.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dezhouPlan } from '../dezhou-2023.js';
import { issueLine } from '../issues.js';
import { validatePlan } from '../load-plan.js';
import { parseProgressReport, type ProgressReport } from '../progress-report.js';
import type { Language, Plan } from '../schema.js';
import { otherPlanOf, otherPlanWords } from './progress-other-plan-words.js';
import { progressUsageWords, sayUsageError } from './progress-usage-words.js';
import { maxBytesOf, maxBytesOption } from './read-input.js';
import { keptDirections } from './old-plan-ranges.js';
import { fileReason, InputError, readJson, usage } from './usage.js';

/** The options every progress command takes. */
const common = { lang: { type: 'string' }, plan: { type: 'string' }, ...maxBytesOption } as const;

/** The options a command takes besides {@link common}. */
type OwnOptions = NonNullable<ParseArgsConfig['options']>;

/** The `parseArgs` call of a progress command taking the options `Own` besides {@link common}. */
type ProgressArgs<Own extends OwnOptions> = { args: string[]; allowPositionals: true; strict: true; options: typeof common & Own };

/**
 * `args` read with the {@link common} options and the command's `own`, file names as positionals; an unknown or malformed
 * option a usage error in `lang` (the language of `--lang`, or zh-Hant until the plan is read). The return type is
 * written out: inferred, it names `node:util`'s types, which a declaration cannot (TS4058).
 */
export function progressArgs<const Own extends OwnOptions>(args: readonly string[], lang: Language, own: Own): ReturnType<typeof parseArgs<ProgressArgs<Own>>> {
  return usage(() => parseArgs<ProgressArgs<Own>>({ args: [...args], allowPositionals: true, strict: true, options: { ...common, ...own } }), sayUsageError(lang));
}

/** The language a command speaks once it has `plan`: that of `--lang` (`asked`), else the plan's source language. */
export const spokenIn = (plan: Plan, asked: Language | undefined): Language => asked ?? plan.sourceLanguage;

/** The byte limit of `--max-bytes`, or a usage error in the language. */
export const maxBytesIn = (value: string | undefined, lang: Language) => usage(() => maxBytesOf(value), sayUsageError(lang));

/**
 * The plan of `--plan` (`file`), validated, or the Dezhou plan without it; an {@link InputError} when it is not valid,
 * in `early` (`--lang`, else zh-Hant). A plan an older dz-plan built has each range of a change it keeps no direction
 * of read as its words say, and said to `err` in the language the command speaks (`keptDirections`).
 */
export async function planOf(file: string | undefined, maxBytes: string | undefined, early: Language, asked: Language | undefined, err: (line: string) => void): Promise<Plan> {
  if (file === undefined) return dezhouPlan;
  const words = progressUsageWords[early];
  const result = validatePlan(await readJson(file, words.plan, maxBytes, words.readJson), { lang: early });
  if (!result.success) throw new InputError(words.invalidPlan(file, result.issues.map(issueLine).join('; ')));
  return keptDirections(result.plan, file, spokenIn(result.plan, asked), err);
}

/** Writes `data` to `file`, or an {@link InputError} saying why it cannot, in the language. */
export async function write(file: string, data: string | Uint8Array, lang: Language): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    const words = progressUsageWords[lang];
    throw new InputError(words.cannotWrite(file, fileReason(error, words.writeReasons)));
  }
}

/**
 * The progress reports of `files`, each validated against `plan`; `undefined` when one is not valid, each of its
 * issues said to `err` with its file (`june.json: entries[3].target: …`), or when one is another plan's, said in one
 * line with what to give (`planFile`: the file of `--plan`, if given).
 */
export async function reportsOf(files: readonly string[], plan: Plan, lang: Language, maxBytes: string | undefined, err: (line: string) => void, planFile?: string): Promise<ProgressReport[] | undefined> {
  const words = progressUsageWords[lang];
  const reports: ProgressReport[] = [];
  for (const file of files) {
    const json = await readJson(file, words.report, maxBytes, words.readJson);
    // Another plan's report (--plan forgotten): said once, not as each of its entries the plan does not have (r80 M3).
    const other = otherPlanOf(json, plan.id);
    if (other !== undefined) {
      err(otherPlanWords[lang].report(file, other, plan.id, planFile !== undefined));
      return undefined;
    }
    const parsed = parseProgressReport(json, plan, { lang });
    if (!parsed.success) {
      for (const issue of parsed.issues) err(`${file}: ${issueLine(issue)}`);
      return undefined;
    }
    reports.push(parsed.data);
  }
  return reports;
}
