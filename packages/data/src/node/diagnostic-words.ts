/**
 * A diagnostic as the CLI says it in its language (`--lang`): every diagnostic has words in each language. Those the
 * checks in Node make are made from their words (`words-by-parts.ts`: `role-words.ts`, `unit-words.ts`,
 * `task-text-words.ts`, `structure-words.ts`, `numeral-words.ts`, `unnamed-targets-words.ts`, `issuer-words.ts`) and said again from them; those of the parser,
 * shared with the browser, are read back from its English (`error-words.ts`, `parser-warning-words.ts`); a table is said
 * from its line and quote (`table-rows-words.ts`).
 */
import type { Diagnostic, DiagnosticCode } from '../parse/types.js';
import type { Language } from '../schema.js';
import type { ChineseScript } from './chinese.js';
import { tableLineKind } from './table-rows.js';
import { tableRowWords } from './table-rows-words.js';
import { countNotReadWords, formNotReadWords, numeralNotReadWords, statedNumeralWords } from './numeral-words.js';
import { errorForms, formMessageIn } from './error-words.js';
import { moreMessageIn, parserWarningForms } from './parser-warning-words.js';
import { respectiveLeadsWords, responsibleBesideLeadWords, rolesNotGivenWords } from './role-words.js';
import { blankInUnitNameWords, fieldAmongUnitsWords, labelNotReadWords, stopInUnitNameWords, unitNamesMergedWords, unitsCountedWords, unitsLineJoinedWords, unitsNotReadWords } from './unit-words.js';
import { idWithoutPlaceWords, issuerFromLineWords } from './issuer-words.js';
import { fieldInTaskTextWords, footnoteAfterTaskWords, textAfterLastTaskWords, textBeforeFirstTaskWords } from './task-text-words.js';
import { attachmentNotReadWords, taskNumberFormWords } from './structure-words.js';
import { metricNotNamedWords, respectiveWithoutSubjectWords } from './unnamed-targets-words.js';
import { unitsAtBothEndsWords } from './leading-bracket-words.js';
import { sayAgain } from './words-by-parts.js';

/**
 * The language diagnostics are said in: English unless `--lang` asks for another (a script reads them beside their
 * English codes; the default of `--lang` is for the CLI's own words).
 */
export const diagnosticLanguage = (requested: string | undefined, lang: Language): Language => (requested === undefined ? 'en' : lang);

/** The words of each diagnostic a check in Node makes, each of its forms. */
const madeFromWords = {
  rolesNotGiven: [rolesNotGivenWords],
  responsibleBesideLead: [responsibleBesideLeadWords.label, responsibleBesideLeadWords.duty],
  respectiveLeads: [respectiveLeadsWords],
  fieldAmongUnits: [fieldAmongUnitsWords.bracket, fieldAmongUnitsWords.line],
  stopInUnitName: [stopInUnitNameWords.end, stopInUnitNameWords.between],
  unitsCounted: [unitsCountedWords],
  blankInUnitName: [blankInUnitNameWords.inside, blankInUnitNameWords.piece],
  unitsLineJoined: [unitsLineJoinedWords],
  unitNamesMerged: [unitNamesMergedWords],
  issuerFromLine: [issuerFromLineWords.joint, issuerFromLineWords.department],
  idWithoutPlace: [idWithoutPlaceWords],
  fieldInTaskText: [fieldInTaskTextWords.end, fieldInTaskTextWords.kept],
  textBeforeFirstTask: [textBeforeFirstTaskWords],
  textAfterLastTask: [textAfterLastTaskWords],
  footnoteAfterTask: [footnoteAfterTaskWords],
  attachmentNotRead: [attachmentNotReadWords],
  taskNumberForm: [taskNumberFormWords],
  numeralNotRead: [numeralNotReadWords, countNotReadWords, statedNumeralWords.past, statedNumeralWords.condition, ...Object.values(formNotReadWords)],
  metricNotNamed: [metricNotNamedWords],
  respectiveWithoutSubject: [respectiveWithoutSubjectWords],
  // The parser's too, read back by its forms (`parser-warning-words.ts`) where none of these made it.
  duplicateUnitInTask: [unitsAtBothEndsWords],
  taskWithoutUnits: [unitsNotReadWords, labelNotReadWords],
} as const;

/** Whether `code` is one {@link madeFromWords} has words for. */
const isMadeFromWords = (code: DiagnosticCode): code is keyof typeof madeFromWords => code in madeFromWords;

/** Every code with words in each language: a code without them is said in English among Chinese lines. */
export const codesWithWords: ReadonlySet<DiagnosticCode> = new Set([
  ...(Object.keys(madeFromWords) as DiagnosticCode[]),
  ...(Object.keys(errorForms) as DiagnosticCode[]),
  ...(Object.keys(parserWarningForms) as DiagnosticCode[]),
  'tableNotRead',
]);

/** `d`'s message said in `lang` (a Chinese one), or `undefined` if it is of a form with no words. */
function messageIn(d: Diagnostic, lang: ChineseScript): string | undefined {
  const more = moreMessageIn(d.message, lang);
  if (more !== undefined) return more;
  const made = isMadeFromWords(d.code) ? sayAgain(madeFromWords[d.code], d.message, lang) : undefined;
  if (made !== undefined) return made;
  if (d.code === 'tableNotRead') {
    const kind = tableLineKind(d.quote);
    return tableRowWords[lang](d.line, kind === undefined || kind === 'border' ? 'tab' : kind);
  }
  return formMessageIn(errorForms, d.code, d.message, lang) ?? formMessageIn(parserWarningForms, d.code, d.message, lang);
}

/** `d` with its message in `lang` where there are words for it (in English, as it is). */
export function diagnosticIn(d: Diagnostic, lang: Language): Diagnostic {
  const message = lang === 'en' ? undefined : messageIn(d, lang);
  return message === undefined ? d : { ...d, message };
}
