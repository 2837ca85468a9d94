/**
 * What the checks of a units list's roles say, in each language the CLI speaks (`--lang`): `rolesNotGiven`
 * (`list-roles.ts`), `responsibleBesideLead` and `respectiveLeads` (`unit-names.ts`), each made from its English here.
 */
import type { ChineseScript } from './chinese.js';
import type { WordsByParts } from './words-by-parts.js';

/**
 * The words these messages ask a document to write, as each script writes them: the English quotes the document's
 * script (its parts), a Chinese language its own.
 */
export const roleAdvice: Readonly<Record<ChineseScript, { readonly firstLeads: string; readonly participatingLabel: string; readonly cooperatingLabel: string; readonly participating: string }>> = {
  'zh-Hant': { firstLeads: '排在首位的為牽頭單位', participatingLabel: '參與單位', cooperatingLabel: '配合單位', participating: '參與' },
  'zh-Hans': { firstLeads: '排在首位的为牵头单位', participatingLabel: '参与单位', cooperatingLabel: '配合单位', participating: '参与' },
};
const hant = roleAdvice['zh-Hant'];
const hans = roleAdvice['zh-Hans'];

/** What `rolesNotGiven` says of task `task`; `firstLeads`, the note that the first listed leads in the document's script. */
export const rolesNotGivenWords: WordsByParts<[task: number, firstLeads: string]> = {
  'zh-Hant': (task) => `任務 ${task} 列出的責任單位沒有寫明誰牽頭,都當作牽頭單位(請寫明牽頭和配合單位,或在文件中寫明「${hant.firstLeads}」)`,
  'zh-Hans': (task) => `任务 ${task} 列出的责任单位没有写明谁牵头,都当作牵头单位(请写明牵头和配合单位,或在文件中写明“${hans.firstLeads}”)`,
  en: (task, firstLeads) => `task ${task} lists its units without saying which leads; all are taken as leads (give each its role, or say in the document that the first listed leads: ${firstLeads})`,
};

/**
 * The option that says how to read the units of `responsibleBesideLead` for the whole document, and its values: the
 * CLI's flag, and the option of `planFromText` and `parsePlanTextChecked`, which say these words from code too.
 */
const RESPONSIBLE_OPTION = '--responsible-beside-lead participating or lead; from code, the responsibleBesideLead option';

/**
 * What `responsibleBesideLead` says of task `task`: of a label that says no role (`label`, 責任單位 as written) beside a
 * lead label, or of a word of duty (`duty`, 負責 as written) beside the lead word (`lead`, 牽頭 as written); the labels
 * and the word to write instead in the document's script ({@link roleAdvice}).
 */
export const responsibleBesideLeadWords: {
  readonly label: WordsByParts<[task: number, label: string, participatingLabel: string, cooperatingLabel: string]>;
  readonly duty: WordsByParts<[task: number, duty: string, lead: string, participating: string]>;
} = {
  label: {
    'zh-Hant': (task, label) => `任務 ${task}:牽頭單位旁的「${label}」沒有寫明其單位是牽頭還是參與(請改寫為「${hant.participatingLabel}」或「${hant.cooperatingLabel}」,或加上 --responsible-beside-lead participating(參與)或 lead(牽頭))`,
    'zh-Hans': (task, label) => `任务 ${task}:牵头单位旁的“${label}”没有写明其单位是牵头还是参与(请改写为“${hans.participatingLabel}”或“${hans.cooperatingLabel}”,或加上 --responsible-beside-lead participating(参与)或 lead(牵头))`,
    en: (task, label, participatingLabel, cooperatingLabel) => `task ${task}: ${label} beside a lead label: whether its units lead or take part is unclear (write ${participatingLabel} or ${cooperatingLabel}, or give ${RESPONSIBLE_OPTION})`,
  },
  duty: {
    'zh-Hant': (task, duty, lead) => `任務 ${task}:「${lead}」旁的「${duty}」沒有寫明「${duty}」之前的單位是牽頭還是參與(參與的單位請寫「配合」或「${hant.participating}」,或加上 --responsible-beside-lead participating(參與)或 lead(牽頭))`,
    'zh-Hans': (task, duty, lead) => `任务 ${task}:“${lead}”旁的“${duty}”没有写明“${duty}”之前的单位是牵头还是参与(参与的单位请写“配合”或“${hans.participating}”,或加上 --responsible-beside-lead participating(参与)或 lead(牵头))`,
    en: (task, duty, lead, participating) => `task ${task}: ${duty} beside ${lead}: whether the units before ${duty} lead or take part is unclear (write 配合 or ${participating} for units that take part, or give ${RESPONSIBLE_OPTION})`,
  },
};

/**
 * What `respectiveLeads` says of task `task`: the units before `words` (分別牽頭 as written) all lead, each its part,
 * and the document does not say which.
 */
export const respectiveLeadsWords: WordsByParts<[task: number, words: string]> = {
  'zh-Hant': (task, words) => `任務 ${task}:「${words}」之前的單位都讀作牽頭單位;文件沒有寫明各自牽頭哪一部分`,
  'zh-Hans': (task, words) => `任务 ${task}:“${words}”之前的单位都读作牵头单位;文件没有写明各自牵头哪一部分`,
  en: (task, words) => `task ${task}: the units before ${words} are all read as leads; the document does not say which part each leads`,
};
