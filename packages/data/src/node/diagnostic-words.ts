/**
 * A diagnostic as the CLI says it in its language (`--lang`): what a check has words for in each language (a table,
 * `table-rows-words.ts`, `numeral-words.ts`) is said in them; every other diagnostic keeps its English message.
 */
import type { Diagnostic } from '../parse/types.js';
import type { Language } from '../schema.js';
import { tableLineKind } from './table-rows.js';
import { tableRowWords } from './table-rows-words.js';
import { numeralNotReadParts, numeralNotReadWords } from './numeral-words.js';

/**
 * The language diagnostics are said in: English unless `--lang` asks for another (most have words in English only,
 * and one table warning in Chinese among English lines read as a mistake; the default of `--lang` is for the CLI's
 * own words).
 */
export const diagnosticLanguage = (requested: string | undefined, lang: Language): Language => (requested === undefined ? 'en' : lang);

/** `d` with its message in `lang` where there are words for it. */
export function diagnosticIn(d: Diagnostic, lang: Language): Diagnostic {
  if (d.code === 'numeralNotRead') {
    const parts = numeralNotReadParts(d.message);
    return parts ? { ...d, message: numeralNotReadWords[lang](parts.task, parts.numeral) } : d;
  }
  if (d.code !== 'tableNotRead') return d;
  const kind = tableLineKind(d.quote);
  return { ...d, message: tableRowWords[lang](d.line, kind === undefined || kind === 'border' ? 'tab' : kind) };
}
