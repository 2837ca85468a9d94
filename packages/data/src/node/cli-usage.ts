/**
 * The usage of `dz-plan` (in English, as its commands and diagnostics are without `--lang`): every command's for
 * `dz-plan --help` and after a usage error, one command's for `dz-plan parse --help`. The progress commands' own, in
 * each language, are in `progress-usage.ts`.
 */
import { DEFAULT_MAX_BYTES } from './read-document.js';
import { PROGRESS_USAGE } from './progress-usage.js';

/** Each command's synopsis and what it does, set as `dz-plan --help` sets them. */
const commandUsage = {
  parse: `  dz-plan parse FILE [--json] [--lenient] [--responsible-beside-lead R] [--max-bytes N] [--lang L]
                                parse a key-task list (.txt in UTF-8, or .docx; Traditional or Simplified) and print its structure;
                                exit 1 on an error diagnostic unless --lenient`,
  summary: `  dz-plan summary [FILE] [--lenient] [--responsible-beside-lead R] [--max-bytes N] [--lang L]
                                count sections, tasks, units and targets (default: the Dezhou 2023 plan); of a document FILE
                                with its diagnostics, exit 1 on an error one unless --lenient; a plan JSON FILE (build's) is
                                validated, exit 1 if it is not valid (a progress report is summed up by progress summary)`,
  build: `  dz-plan build FILE [-o plan.json] [--overlay curated.json] [--id ID] [--title T] [--issuer I] [--year Y] [--lenient]
                [--responsible-beside-lead R] [--max-bytes N] [--lang L]
                                a plan JSON from a document (.txt in UTF-8, or .docx), with the targets found in it`,
  lint: `  dz-plan lint plan.json [--strict] [--max-bytes N] [--lang L]
                                what a person should review in a built plan (--strict: exit 1 if anything to review; notes do not count)`,
} as const;

/** A command of {@link commandUsage}: not `progress`, whose commands have a help of their own. */
export type DocumentCommand = keyof typeof commandUsage;

/** Whether `arg` names a command of {@link commandUsage}. */
export const isDocumentCommand = (arg: string | undefined): arg is DocumentCommand => arg !== undefined && Object.hasOwn(commandUsage, arg);

/** What the document commands share: the byte limit, the languages, the roles beside a lead. */
const documentNotes = `A file larger than --max-bytes (default ${DEFAULT_MAX_BYTES.toLocaleString('en')} bytes, 20 MiB) is refused, as is a document
(parse, summary, build, lint) that is neither UTF-8 text nor a .docx; each exits 2 with a message naming the file. parse, summary
and build say a file that cannot be read or written in the language of --lang L (zh-Hant, zh-Hans or en; zh-Hant by default).
Their diagnostics, counts and last lines, and all that lint says, are in English without --lang (read beside English codes, as
a script reads them); with it, in its language: every error and warning (its code, options and quotes as they are). Names are
the plan's: lint quotes a plan in its source language, summary too (in --lang's when given); parse labels roles in --lang's
words, without it in the document's script.
--responsible-beside-lead participating|lead says, for the whole document, whether the units of a label that says no
role beside a lead label (牽頭單位:A;責任單位:B、C) or of 負責 beside 牽頭 (A牽頭,B、C負責) take part or lead with A; without it
each is a responsibleBesideLead error.`;

/** `dz-plan --help`, and what follows a usage error of a command other than `progress`. */
export const USAGE = `Usage:
${Object.values(commandUsage).join('\n')}
${PROGRESS_USAGE}
  dz-plan --help                every command (COMMAND --help: that command alone, as dz-plan progress import --help)
  dz-plan --version             the package's version (also -v)

${documentNotes}
Progress sheets are read as .xlsx or as CSV in UTF-8, UTF-16, GBK or Big5.`;

/** `dz-plan parse --help` (and summary's, build's, lint's): that command's usage, with what the document commands share. */
export const commandHelp = (command: DocumentCommand): string => `Usage:\n${commandUsage[command]}\n\n${documentNotes}`;

/**
 * Whether `args` (after the command) ask for help: `--help` or `-h` anywhere before `--`, as beside the command's
 * other arguments (`dz-plan progress import a.csv --help`). Never an option's value: the commands refuse a value that
 * starts with `-`.
 */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
