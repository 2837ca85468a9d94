/**
 * `dz-plan progress template [-o FILE.csv|.xlsx] [--force] [--unit U] [--section S] [--plan plan.json] [--lang L]`:
 * a progress sheet (督查台賬) to fill in, one row per target (`../progress/template.ts`). Exit codes: 0 written, 1 the
 * plan cannot be read or the unit or section selects nothing, 2 the command was used wrongly, or `-o` names a file
 * there already and no `--force` (the sheet sent back under the template's name, with its figures: review r106 L7).
 */
import { extname } from 'node:path';
import { indexPlan } from '../plan-index.js';
import { unitsByShortName } from '../queries/units-by-short-name.js';
import type { Language } from '../schema.js';
import { progressTemplate, templateCsv, templateXlsx, TemplateScopeError } from '../progress/index.js';
import { InputError, UsageError } from './usage.js';
import { progressUsageWords } from './progress-usage-words.js';
import { refuseExistingOutput, refuseOutputOverInput } from './output-path.js';
import { progressCommandWords } from './progress-words.js';
import { shownIn, unitNameIn } from './plan-shown.js';
import { maxBytesIn, planOf, progressArgs, spokenIn, write } from './progress-files.js';

type Out = (line: string) => void;

/** Runs `dz-plan progress template …` (`args` after `template`), in the language of `--lang` or the plan's. */
export async function templateCommand(args: readonly string[], asked: Language | undefined, out: Out, err: Out): Promise<number> {
  // Until the plan is read, the language of --lang or zh-Hant; then that of --lang or the plan's.
  const early = asked ?? 'zh-Hant';
  const { values, positionals } = progressArgs(args, early, { output: { type: 'string', short: 'o' }, unit: { type: 'string' }, section: { type: 'string' }, force: { type: 'boolean' } });
  maxBytesIn(values['max-bytes'], early);
  const earlyWords = progressUsageWords[early];
  if (positionals.length) throw new UsageError(earlyWords.templateTakesNoFile(positionals.join(' ')));
  const format = values.output === undefined ? '.csv' : extname(values.output).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new UsageError(earlyWords.templateFormat(values.output!));
  await refuseOutputOverInput(values.output, [values.plan], early);
  // Never over a file there already (the sheet sent back under the template's name, with its figures) unless --force.
  await refuseExistingOutput(values.output, values.force, early);
  const plan = await planOf(values.plan, values['max-bytes'], early, asked, err);
  const lang = spokenIn(plan, asked);
  const words = progressUsageWords[lang];
  let template;
  try {
    template = progressTemplate(plan, { lang, ...(values.unit === undefined ? {} : { unit: values.unit }), ...(values.section === undefined ? {} : { section: values.section }) });
  } catch (error) {
    // A unit or section the plan does not have, or one that selects nothing: said alone, not under the usage; a unit
    // with the units its name may be short for (发改委, in a plan without Dezhou's aliases), named, never chosen.
    if (!(error instanceof TemplateScopeError)) throw error;
    const shown = shownIn(plan, lang);
    const meant = error.scope.code === 'noUnit' ? unitsByShortName(indexPlan(plan), error.scope.unit).map((unit) => unitNameIn(shown, unit.id, lang)) : [];
    throw new InputError((words.templateScope?.(error.scope) ?? error.message) + (meant.length ? words.unitMeant(meant) : ''));
  }
  if (values.output === undefined) out(templateCsv(template).replace(/^\uFEFF/, '').trimEnd());
  else await write(values.output, format === '.xlsx' ? await templateXlsx(template) : templateCsv(template), lang);
  const said = progressCommandWords[lang];
  err(said.templateWritten(template.rows.length, values.output));
  // The package's own plan is the default: said, so that another city's clerk does not fill in Dezhou's targets.
  if (values.plan === undefined) err(said.ownPlanUsed(shownIn(plan, lang).title[lang]));
  return 0;
}
