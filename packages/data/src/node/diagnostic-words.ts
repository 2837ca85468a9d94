/**
 * A diagnostic as the CLI says it in its language (`--lang`): what a check has words for in each language (a table,
 * `table-rows-words.ts`, `numeral-words.ts`, `rolesNotGiven` here) is said in them; every other diagnostic keeps its
 * English message.
 */
import type { Diagnostic } from '../parse/types.js';
import type { Language } from '../schema.js';
import { tableLineKind } from './table-rows.js';
import { tableRowWords } from './table-rows-words.js';
import { numeralNotReadParts, numeralNotReadWords, statedNumeralParts, statedNumeralWords } from './numeral-words.js';

/**
 * The language diagnostics are said in: English unless `--lang` asks for another (most have words in English only,
 * and one table warning in Chinese among English lines read as a mistake; the default of `--lang` is for the CLI's
 * own words).
 */
export const diagnosticLanguage = (requested: string | undefined, lang: Language): Language => (requested === undefined ? 'en' : lang);

/** What `rolesNotGiven` says of task `task` (`list-roles.ts` says it in English), in each language. */
export const rolesNotGivenWords: Readonly<Record<Language, (task: number) => string>> = {
  'zh-Hant': (task) => `任務 ${task} 列出的責任單位沒有寫明誰牽頭,都當作牽頭單位(請寫明牽頭和配合單位,或在文件中寫明「排在首位的為牽頭單位」)`,
  'zh-Hans': (task) => `任务 ${task} 列出的责任单位没有写明谁牵头,都当作牵头单位(请写明牵头和配合单位,或在文件中写明“排在首位的为牵头单位”)`,
  en: (task) => `task ${task} lists its units without saying which leads; all are taken as leads (give each its role, or say in the document that the first listed leads: 排在首位的為牽頭單位)`,
};

/** `d` with its message in `lang` where there are words for it. */
export function diagnosticIn(d: Diagnostic, lang: Language): Diagnostic {
  if (d.code === 'rolesNotGiven') {
    const task = /^task (\d+) /u.exec(d.message)?.[1];
    return task ? { ...d, message: rolesNotGivenWords[lang](Number(task)) } : d;
  }
  if (d.code === 'numeralNotRead') {
    const parts = numeralNotReadParts(d.message);
    if (parts) return { ...d, message: numeralNotReadWords[lang](parts.task, parts.numeral) };
    const stated = statedNumeralParts(d.message);
    return stated ? { ...d, message: statedNumeralWords[stated.reason][lang](stated.task, stated.quantity, stated.when) } : d;
  }
  if (d.code !== 'tableNotRead') return d;
  const kind = tableLineKind(d.quote);
  return { ...d, message: tableRowWords[lang](d.line, kind === undefined || kind === 'border' ? 'tab' : kind) };
}
