/**
 * What the `dz-plan progress` commands share to read their arguments and files and write theirs: the common options,
 * the arguments read with them, the language a command speaks, the plan of `--plan` (the Dezhou plan without it), the
 * reports given (or one and its entries refused), and a file written; each mistake said in the command's language.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dezhouPlan } from '../dezhou-2023.js';
import { issueLine, type ValidationIssue } from '../issues.js';
import { validatePlan } from '../load-plan.js';
import { parseProgressReport, type ProgressReport } from '../progress-report.js';
import { targetIdIn } from '../queries/target-id-in.js';
import type { Language, Plan } from '../schema.js';
import { otherPlanOf, otherPlanWords } from './progress-other-plan-words.js';
import { progressUsageWords, sayUsageError } from './progress-usage-words.js';
import { maxBytesOf, maxBytesOption } from './read-input.js';
import { keptDirections } from './old-plan-ranges.js';
import type { RefusedEntry } from './progress-summary.js';
import { MAX_ISSUES } from '../validate-input.js';
import { validationWords } from '../validation-words.js';
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

/** A report's JSON, or `undefined` when it is another plan's (said in one line to `err`: {@link reportsOf}). */
async function reportJson(file: string, plan: Plan, lang: Language, maxBytes: string | undefined, err: (line: string) => void, planFile: string | undefined): Promise<unknown> {
  const words = progressUsageWords[lang];
  const json = await readJson(file, words.report, maxBytes, words.readJson);
  // Another plan's report (--plan forgotten): said once, not as each of its entries the plan does not have (r80 M3).
  const other = otherPlanOf(json, plan.id);
  if (other === undefined) return json;
  err(otherPlanWords[lang].report(file, other, plan.id, planFile !== undefined));
  return undefined;
}

/**
 * The progress reports of `files`, each validated against `plan`; `undefined` when one is not valid, each of its
 * issues said to `err` with its file (`june.json: entries[3].target: …`), or when one is another plan's, said in one
 * line with what to give (`planFile`: the file of `--plan`, if given).
 */
export async function reportsOf(files: readonly string[], plan: Plan, lang: Language, maxBytes: string | undefined, err: (line: string) => void, planFile?: string): Promise<ProgressReport[] | undefined> {
  const reports: ProgressReport[] = [];
  for (const file of files) {
    const json = await reportJson(file, plan, lang, maxBytes, err, planFile);
    if (json === undefined) return undefined;
    const parsed = parseProgressReport(json, plan, { lang });
    if (!parsed.success) {
      for (const issue of parsed.issues) err(`${file}: ${issueLine(issue)}`);
      return undefined;
    }
    reports.push(parsed.data);
  }
  return reports;
}

/** The index of the entry an issue is of (`entries[39].asOf`: 39), `undefined` for an issue of the report itself. */
const entryOf = (issue: ValidationIssue): number | undefined => {
  const at = /^entries\[(\d+)\](?:[.[]|$)/.exec(issue.path);
  return at ? Number(at[1]) : undefined;
};

/** The entries of a report's JSON, once an issue of an entry has shown they are a list. */
const entriesOf = (json: unknown) => (json as { entries: unknown[] }).entries;

/** The index of the dispute an issue is of (`disputes[0].target`: 0), `undefined` for another's (F292). */
const disputeOf = (issue: ValidationIssue): number | undefined => {
  const at = /^disputes\[(\d+)\](?:[.[]|$)/.exec(issue.path);
  return at ? Number(at[1]) : undefined;
};

/** The disputes of a report's JSON, once an issue of a dispute has shown they are a list. */
const disputesOf = (json: unknown) => (json as { disputes: unknown[] }).disputes;

/** `text` with each dispute it names (`disputes[1]`) named by its index in the report, `kept[1]`. */
const inDisputes = (text: string, kept: readonly number[] | undefined) => (kept ? text.replace(/\bdisputes\[(\d+)\]/g, (_, k: string) => `disputes[${kept[Number(k)] ?? k}]`) : text);

/** `text` with each entry it names (`entries[3]`) named by its index in the report, `kept[3]`. */
const inReport = (text: string, kept: readonly number[]) => text.replace(/\bentries\[(\d+)\]/g, (_, i: string) => `entries[${kept[Number(i)] ?? i}]`);

/**
 * The progress report of `file` as {@link reportsOf} reads one, but when every issue is an entry's (F268: one entry
 * dated after the report, naming no target…), the report of its other entries, and the entries refused, each with its
 * target as the plan's id (when it names one) and its issues; the issues are said to `err` all the same. `undefined`
 * when the report itself is not valid (its date, its plan, its entries not a list).
 */
export async function reportAndRefusedOf(
  file: string,
  plan: Plan,
  lang: Language,
  maxBytes: string | undefined,
  err: (line: string) => void,
  planFile?: string,
): Promise<{ report: ProgressReport; refused: RefusedEntry[]; refusedDisputes: number } | undefined> {
  const json = await reportJson(file, plan, lang, maxBytes, err, planFile);
  if (json === undefined) return undefined;
  const targetId = targetIdIn(plan.targets.map((t) => t.id));
  const refused: RefusedEntry[] = [];
  // The index in the report of each entry still read: an entry is checked against the others (its date, a second
  // value of a date) only once every value is valid, so the others are checked again until none is refused.
  let kept: number[] | undefined;
  // The index of each dispute still read: one not of the plan (its target, a unit) is refused as an entry is (F292).
  let keptDisputes: number[] | undefined;
  for (;;) {
    // Once an entry is refused, `json` is known to be an object whose `entries` is a list; once a dispute is, `disputes`.
    const parsed = parseProgressReport(
      kept || keptDisputes
        ? { ...(json as object), ...(kept ? { entries: kept.map((i) => entriesOf(json)[i]) } : {}), ...(keptDisputes ? { disputes: keptDisputes.map((k) => disputesOf(json)[k]) } : {}) }
        : json,
      plan,
      { lang },
    );
    const refusedDisputes = keptDisputes ? disputesOf(json).length - keptDisputes.length : 0;
    if (parsed.success) return { report: parsed.data, refused: refused.sort((a, b) => a.index - b.index), refusedDisputes };
    // A list cut at MAX_ISSUES says so last: more entries' issues follow, found once the listed ones are refused (r112 F5).
    const more = validationWords[lang].moreProblems(MAX_ISSUES);
    const listed = parsed.issues.filter((issue) => issue.path !== '(root)' || issue.message !== more);
    const ofDispute = listed.map(disputeOf);
    const atEntries = listed.filter((_, i) => ofDispute[i] === undefined);
    const at = atEntries.map(entryOf);
    const index = (i: number) => (kept ? kept[i]! : i);
    const disputeIndex = (k: number) => (keptDisputes ? keptDisputes[k]! : k);
    const inFile = (text: string) => inDisputes(kept ? inReport(text, kept) : text, keptDisputes);
    for (const issue of listed) err(`${file}: ${issueLine({ path: inFile(issue.path), message: inFile(issue.message) })}`);
    if (at.some((i) => i === undefined)) return undefined;
    const gone = new Set(ofDispute.flatMap((k) => (k === undefined ? [] : [disputeIndex(k)])));
    if (gone.size) keptDisputes = (keptDisputes ?? disputesOf(json).map((_, k) => k)).filter((k) => !gone.has(k));
    if (!atEntries.length && gone.size) continue;
    const issues = atEntries.map((issue) => ({ path: inFile(issue.path), message: inFile(issue.message) }));
    // Every issue is an entry's, so `json` is an object whose `entries` is a list.
    const all = entriesOf(json);
    const byEntry = new Map<number, ValidationIssue[]>();
    issues.forEach((issue, i) => byEntry.set(index(at[i]!), [...(byEntry.get(index(at[i]!)) ?? []), issue]));
    for (const [i, its] of byEntry) {
      const target = (all[i] as { target?: unknown } | null)?.target;
      refused.push({ index: i, target: typeof target === 'string' ? targetId(target) : undefined, issues: its });
    }
    kept = (kept ?? all.map((_, i) => i)).filter((i) => !byEntry.has(i));
  }
}
