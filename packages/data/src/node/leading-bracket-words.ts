/**
 * What is said of a task that names its units twice, in a bracket at its start and at its end (`units-in-text.ts`),
 * in each language the CLI speaks (`--lang`). The check says the English.
 */
import type { WordsByParts } from './words-by-parts.js';

/**
 * What `duplicateUnitInTask` says of task `task` whose text starts with the bracket of units `bracket` (as written:
 * 【縣發改局】) and ends with its units `units` (as written, the ones read): the bracket's stay in its title.
 */
export const unitsAtBothEndsWords: WordsByParts<[task: number, bracket: string, units: string]> = {
  'zh-Hant': (task, bracket, units) => `任務 ${task} 在開頭的「${bracket}」和結尾的「${units}」兩處寫了責任單位:讀取結尾的,開頭的方括號留在標題中(請只寫一處)`,
  'zh-Hans': (task, bracket, units) => `任务 ${task} 在开头的“${bracket}”和结尾的“${units}”两处写了责任单位:读取结尾的,开头的方括号留在标题中(请只写一处)`,
  en: (task, bracket, units) => `task ${task} names units twice, ${bracket} at its start and ${units} at its end: those at its end are read, and the bracket stays in its title (name the units once)`,
};
