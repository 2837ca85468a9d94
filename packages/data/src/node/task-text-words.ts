/**
 * What the checks of text outside a task's fields say, in each language the CLI speaks (`--lang`): a field on a line of
 * its own in a task's text (`fieldInTaskText`, `field-lines.ts`), text between a section's heading and its first task
 * (`textBeforeFirstTask`, `section-text.ts`), after the last task's units (`textAfterLastTask`) and a note after a
 * task's units (`footnoteAfterTask`), both `page-furniture.ts`.
 * Each check says the English.
 */
import type { WordsByParts } from './words-by-parts.js';

/**
 * What `fieldInTaskText` says of the line `line` of task `task`, a field: left out, at the end of the body (`end`), or
 * kept, with the task's text after it (`kept`).
 */
export const fieldInTaskTextWords: { readonly end: WordsByParts<[task: number, line: string]>; readonly kept: WordsByParts<[task: number, line: string]> } = {
  end: {
    'zh-Hant': (task, line) => `任務 ${task}:「${line}」是任務的欄位,不是正文:已從正文中略去`,
    'zh-Hans': (task, line) => `任务 ${task}:“${line}”是任务的栏目,不是正文:已从正文中略去`,
    en: (task, line) => `task ${task}: "${line}" is a field of the task, not its text: left out of the body`,
  },
  kept: {
    'zh-Hant': (task, line) => `任務 ${task}:「${line}」是任務的欄位,不是正文:其後還有正文,所以留在正文中;請把它移到責任單位裡,或從文件中刪去`,
    'zh-Hans': (task, line) => `任务 ${task}:“${line}”是任务的栏目,不是正文:其后还有正文,所以留在正文中;请把它移到责任单位里,或从文件中删去`,
    en: (task, line) => `task ${task}: "${line}" is a field of the task, not its text: kept in the body, as text follows it; move it into the units or out of the document`,
  },
};

/** What `textBeforeFirstTask` says of the text `words` (its start) between the heading of section `section` (1-based) and its first task. */
export const textBeforeFirstTaskWords: WordsByParts<[section: number, words: string]> = {
  'zh-Hant': (section, words) => `第 ${section} 部分:「${words}」在第一個任務之前,不屬於任何任務:其中的目標不會讀取(請把它改為任務,或刪去)`,
  'zh-Hans': (section, words) => `第 ${section} 部分:“${words}”在第一个任务之前,不属于任何任务:其中的目标不会读取(请把它改为任务,或删去)`,
  en: (section, words) => `section ${section}: "${words}" stands before its first task, in no task: its targets are not read (make it a task, or leave it out)`,
};

/** What `textAfterLastTask` says of the text after the units of task `task`, the last, read as the document's closing. */
export const textAfterLastTaskWords: WordsByParts<[task: number]> = {
  'zh-Hant': (task) => `最後一個任務(任務 ${task})的責任單位之後的文字讀作文件的結尾(結語、落款):不屬於任何任務`,
  'zh-Hans': (task) => `最后一个任务(任务 ${task})的责任单位之后的文字读作文件的结尾(结语、落款):不属于任何任务`,
  en: (task) => `the text after the units of task ${task}, the last task, is read as the document's closing (a closing paragraph, a signature): it is in no task`,
};

/** What `footnoteAfterTask` says of the note `note` (its start) after the units of task `task`. */
export const footnoteAfterTaskWords: WordsByParts<[task: number, note: string]> = {
  'zh-Hant': (task, note) => `任務 ${task}:責任單位之後的「${note}」讀作文件的註釋,不屬於任何任務`,
  'zh-Hans': (task, note) => `任务 ${task}:责任单位之后的“${note}”读作文件的注释,不属于任何任务`,
  en: (task, note) => `task ${task}: "${note}" after its units is read as the document's note (a footnote): it is in no task`,
};
