/**
 * What `planFromText` says of a plan's issuer and id it took from the document, in each language the CLI speaks
 * (`--lang`): an issuer taken from a line above the title (`issuerFromLine`), and an id that names no place
 * (`idWithoutPlace`). `plan-from-text.ts` says the English.
 */
import type { WordsByParts } from './words-by-parts.js';

/**
 * What `issuerFromLine` says of `issuer`, a line above the title: a department's name alone (`department`), or one
 * line of several naming bodies (`joint`, a joint document: a government's first, else the first), the `others`
 * passed over joined by 、.
 */
export const issuerFromLineWords: { readonly department: WordsByParts<[issuer: string]>; readonly joint: WordsByParts<[issuer: string, others: string]> } = {
  department: {
    'zh-Hant': (issuer) => `發文機關取自標題之上的一行:「${issuer}」(不是的話,請用 --issuer 寫明)`,
    'zh-Hans': (issuer) => `发文机关取自标题之上的一行:“${issuer}”(不是的话,请用 --issuer 写明)`,
    en: (issuer) => `the issuer is taken from the line above the title: "${issuer}" (give --issuer if another body issued the plan)`,
  },
  joint: {
    'zh-Hant': (issuer, others) => `發文機關取自標題之上的一行:「${issuer}」,先於同在標題之上的「${others}」(聯合發文:人民政府優先,否則取第一行)(不是的話,請用 --issuer 寫明)`,
    'zh-Hans': (issuer, others) => `发文机关取自标题之上的一行:“${issuer}”,先于同在标题之上的“${others}”(联合发文:人民政府优先,否则取第一行)(不是的话,请用 --issuer 写明)`,
    en: (issuer, others) => `the issuer is taken from the line above the title: "${issuer}", before "${others}" also named there (a joint document: a government first, else the first line; give --issuer if another body issued the plan)`,
  },
};

/** What `idWithoutPlace` says of the plan's id `id`, which names no place as neither the title nor `issuer` begins with one. */
export const idWithoutPlaceWords: WordsByParts<[id: string, issuer: string]> = {
  'zh-Hant': (id, issuer) => `計劃的 id「${id}」沒有地名(標題和發文機關「${issuer}」都不以地名開頭):請用 --id 寫明,如 zibo-2024-education-key-tasks`,
  'zh-Hans': (id, issuer) => `计划的 id“${id}”没有地名(标题和发文机关“${issuer}”都不以地名开头):请用 --id 写明,如 zibo-2024-education-key-tasks`,
  en: (id, issuer) => `the plan's id "${id}" names no place (neither the title nor the issuer "${issuer}" begins with one): give one with --id (the id option of planFromText), such as zibo-2024-education-key-tasks`,
};
