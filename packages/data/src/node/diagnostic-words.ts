/**
 * A diagnostic as the CLI says it in its language (`--lang`): what a check has words for in each language (a table,
 * `table-rows-words.ts`) is said in them; every other diagnostic keeps its English message.
 */
import type { Diagnostic } from '../parse/types.js';
import type { Language } from '../schema.js';
import { tableLineKind } from './table-rows.js';
import { tableRowWords } from './table-rows-words.js';

/** `d` with its message in `lang` where there are words for it. */
export function diagnosticIn(d: Diagnostic, lang: Language): Diagnostic {
  if (d.code !== 'tableNotRead') return d;
  const kind = tableLineKind(d.quote);
  return { ...d, message: tableRowWords[lang](d.line, kind === undefined || kind === 'border' ? 'tab' : kind) };
}
