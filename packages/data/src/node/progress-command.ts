/**
 * `dz-plan progress template|import|diff|summary`: progress sheets (督查台賬) to and from reports, and what a report
 * says; each command in its own file (`progress-template-command.ts`, `progress-import-command.ts`,
 * `progress-diff-command.ts`, `progress-summary-command.ts`), where its exit codes are said: 0 done, 1 the sheets or
 * reports have problems (each printed with where it is), 2 the command was used wrongly, 3 `import --partial` wrote
 * the report without what had problems.
 */
import type { Language } from '../schema.js';
import { UsageError } from './usage.js';
import { askedLanguage, progressUsageWords } from './progress-usage-words.js';
import { isProgressSubcommand, type ProgressSubcommand } from './progress-usage.js';
import { templateCommand } from './progress-template-command.js';
import { importCommand } from './progress-import-command.js';
import { diffCommand } from './progress-diff-command.js';
import { summaryCommand } from './progress-summary-command.js';

type Out = (line: string) => void;
type Subcommand = (args: readonly string[], asked: Language | undefined, out: Out, err: Out) => Promise<number>;

/**
 * Runs `dz-plan progress …` (`args` after `progress`). A command speaks the language of `--lang`; without it, once it
 * has its plan, the plan's source language (a plan built from a Simplified document: Simplified; the Dezhou plan's,
 * zh-Hant), as `lint` and `summary` quote a plan; a usage error, or a plan it cannot read, in zh-Hant.
 */
export async function progressCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const [sub, ...rest] = args;
  const asked = askedLanguage(args);
  const lang = asked ?? 'zh-Hant';
  const commands: Readonly<Record<ProgressSubcommand, Subcommand>> = { template: templateCommand, import: importCommand, diff: diffCommand, summary: summaryCommand };
  if (isProgressSubcommand(sub)) return commands[sub](rest, asked, out, err);
  const words = progressUsageWords[lang];
  if (sub && !sub.startsWith('-')) throw new UsageError(words.unknownSubcommand(sub));
  // An option where the command goes: the command later (`progress --lang zh-Hant import …`) goes first; none is none.
  const later = args.find(isProgressSubcommand);
  throw new UsageError(later ? words.commandFirst(later) : words.noSubcommand());
}
