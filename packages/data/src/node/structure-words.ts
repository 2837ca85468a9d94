/**
 * What the checks of a document's structure after the parse say, in each language the CLI speaks (`--lang`): an
 * attachment after the tasks (`attachmentNotRead`, `attachments.ts`) and a task numbered in the other common form
 * (`taskNumberForm`, `number-slips.ts`). Each check says the English.
 */
import type { WordsByParts } from './words-by-parts.js';

/** What `attachmentNotRead` says of the line `line` (its start) that starts the attachments. */
export const attachmentNotReadWords: WordsByParts<[line: string]> = {
  'zh-Hant': (line) => `「${line}」及其後的文字是附件,不是任務:不讀取(附件裡的編號不是任務編號)`,
  'zh-Hans': (line) => `“${line}”及其后的文字是附件,不是任务:不读取(附件里的编号不是任务编号)`,
  en: (line) => `"${line}" and what follows it are an attachment, not tasks: not read (its numbers are no task's)`,
};

/** What `taskNumberForm` says of task `task`, numbered `numbering` where the other tasks are numbered as `others`. */
export const taskNumberFormWords: WordsByParts<[task: number, numbering: string, others: string]> = {
  'zh-Hant': (task, numbering, others) => `任務 ${task} 以「${numbering}」編號,其他任務以「${others}」:讀作任務 ${task}(請把任務編號寫成同一種)`,
  'zh-Hans': (task, numbering, others) => `任务 ${task} 以“${numbering}”编号,其他任务以“${others}”:读作任务 ${task}(请把任务编号写成同一种)`,
  en: (task, numbering, others) => `task ${task} is numbered "${numbering}", the other tasks "${others}": read as task ${task} (number every task alike)`,
};
