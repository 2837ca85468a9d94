/** What stops `planFromText` at a task with no text before its units (`5．（牽頭單位：…）`): no title, which a plan's task needs. */
import type { WordsByParts } from './words-by-parts.js';

export const untitledTaskWords: WordsByParts<[task: number, line: number]> = {
  'zh-Hant': (task, line) => `第${line}行的任務${task}沒有標題:請在編號後寫明任務的內容,以「。」或換行結尾`,
  'zh-Hans': (task, line) => `第${line}行的任务${task}没有标题:请在编号后写明任务的内容,以“。”或换行结尾`,
  en: (task, line) => `task ${task} (line ${line}) has no title: write what the task is after its number, ending in 。 or a line break`,
};
