/**
 * A diagnostic as the CLI says it in its language (`--lang`): what a check has words for in each language (a table,
 * `table-rows-words.ts`, `numeral-words.ts`, every error that stops a build and `textAfterLastTask`, `error-words.ts`,
 * `rolesNotGiven` and `responsibleBesideLead` here) is said in them; every other diagnostic (the other warnings) keeps
 * its English message.
 */
import type { Diagnostic } from '../parse/types.js';
import type { Language } from '../schema.js';
import { tableLineKind } from './table-rows.js';
import { tableRowWords } from './table-rows-words.js';
import { numeralNotReadParts, numeralNotReadWords, statedNumeralParts, statedNumeralWords } from './numeral-words.js';
import { errorMessageIn } from './error-words.js';

/**
 * The language diagnostics are said in: English unless `--lang` asks for another (many warnings have words in English
 * only, and one table warning in Chinese among English lines read as a mistake; the default of `--lang` is for the
 * CLI's own words).
 */
export const diagnosticLanguage = (requested: string | undefined, lang: Language): Language => (requested === undefined ? 'en' : lang);

/** What `rolesNotGiven` says of task `task` (`list-roles.ts` says it in English), in each language. */
export const rolesNotGivenWords: Readonly<Record<Language, (task: number) => string>> = {
  'zh-Hant': (task) => `任務 ${task} 列出的責任單位沒有寫明誰牽頭,都當作牽頭單位(請寫明牽頭和配合單位,或在文件中寫明「排在首位的為牽頭單位」)`,
  'zh-Hans': (task) => `任务 ${task} 列出的责任单位没有写明谁牵头,都当作牵头单位(请写明牵头和配合单位,或在文件中写明“排在首位的为牵头单位”)`,
  en: (task) => `task ${task} lists its units without saying which leads; all are taken as leads (give each its role, or say in the document that the first listed leads: 排在首位的為牽頭單位)`,
};

/** The option that says how to read the units of `responsibleBesideLead` for the whole document, and its values. */
const RESPONSIBLE_OPTION = '--responsible-beside-lead participating or lead';

/**
 * What `responsibleBesideLead` says (`unit-names.ts` says it in English), in each language: of a label that says no
 * role (`label`, 責任單位 as written) beside a lead label, or of a word of duty (`duty`, 負責 as written) beside the
 * lead word (`lead`, 牽頭 as written) in task `task`.
 */
export const responsibleBesideLeadWords: Readonly<Record<Language, { readonly label: (task: number, label: string) => string; readonly duty: (task: number, duty: string, lead: string) => string }>> = {
  'zh-Hant': {
    label: (task, label) => `任務 ${task}:牽頭單位旁的「${label}」沒有寫明其單位是牽頭還是參與(請改寫為「參與單位」或「配合單位」,或加上 --responsible-beside-lead participating(參與)或 lead(牽頭))`,
    duty: (task, duty, lead) => `任務 ${task}:「${lead}」旁的「${duty}」沒有寫明「${duty}」之前的單位是牽頭還是參與(參與的單位請寫「配合」或「參與」,或加上 --responsible-beside-lead participating(參與)或 lead(牽頭))`,
  },
  'zh-Hans': {
    label: (task, label) => `任务 ${task}:牵头单位旁的“${label}”没有写明其单位是牵头还是参与(请改写为“参与单位”或“配合单位”,或加上 --responsible-beside-lead participating(参与)或 lead(牵头))`,
    duty: (task, duty, lead) => `任务 ${task}:“${lead}”旁的“${duty}”没有写明“${duty}”之前的单位是牵头还是参与(参与的单位请写“配合”或“参与”,或加上 --responsible-beside-lead participating(参与)或 lead(牵头))`,
  },
  en: {
    label: (task, label) => `task ${task}: ${label} beside a lead label: whether its units lead or take part is unclear (write 參與單位 or 配合單位, or give ${RESPONSIBLE_OPTION})`,
    duty: (task, duty, lead) => `task ${task}: ${duty} beside ${lead}: whether the units before ${duty} lead or take part is unclear (write 配合 or 參與 for units that take part, or give ${RESPONSIBLE_OPTION})`,
  },
};

/** An English `responsibleBesideLead` message of each form: its task and words, to say it again in another language. */
const RESPONSIBLE_LABEL_EN = /^task (\d+): (\S+) beside a lead label: /u;
const RESPONSIBLE_DUTY_EN = /^task (\d+): (\S+) beside (\S+): whether the units before /u;

/** `responsibleBesideLead`'s English message said in `lang`. */
function responsibleBesideLeadIn(message: string, lang: Language): string {
  const label = RESPONSIBLE_LABEL_EN.exec(message);
  if (label) return responsibleBesideLeadWords[lang].label(Number(label[1]), label[2]!);
  const duty = RESPONSIBLE_DUTY_EN.exec(message);
  return duty ? responsibleBesideLeadWords[lang].duty(Number(duty[1]), duty[2]!, duty[3]!) : message;
}

/** `d` with its message in `lang` where there are words for it. */
export function diagnosticIn(d: Diagnostic, lang: Language): Diagnostic {
  if (d.code === 'rolesNotGiven') {
    const task = /^task (\d+) /u.exec(d.message)?.[1];
    return task ? { ...d, message: rolesNotGivenWords[lang](Number(task)) } : d;
  }
  if (d.code === 'responsibleBesideLead') return { ...d, message: responsibleBesideLeadIn(d.message, lang) };
  if (d.code === 'numeralNotRead') {
    const parts = numeralNotReadParts(d.message);
    if (parts) return { ...d, message: numeralNotReadWords[lang](parts.task, parts.numeral) };
    const stated = statedNumeralParts(d.message);
    return stated ? { ...d, message: statedNumeralWords[stated.reason][lang](stated.task, stated.quantity, stated.when) } : d;
  }
  if (d.code !== 'tableNotRead') {
    const message = errorMessageIn(d.code, d.message, lang);
    return message === undefined ? d : { ...d, message };
  }
  const kind = tableLineKind(d.quote);
  return { ...d, message: tableRowWords[lang](d.line, kind === undefined || kind === 'border' ? 'tab' : kind) };
}
