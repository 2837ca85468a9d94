/**
 * What the parser's warnings say, in each language the CLI speaks (`--lang`). The parser is shared with the browser,
 * where its bundle keeps within 4 KiB (`test/bundle-size.test.ts`): it says them in English, in the module that finds
 * each (`parse/**`), and here each English form is read back into its parts, as the errors are (`error-words.ts`). A
 * message of another form (one whose English has changed) keeps its English.
 */
import type { DiagnosticCode } from '../parse/types.js';
import type { Language } from '../schema.js';
import type { Chinese, Form } from './error-words.js';

/** The forms of each warning of the parser (`duplicateUnitInTask` of a list read after the parse too: `short-labels.ts`). */
export const parserWarningForms: Partial<Record<DiagnosticCode, readonly Form[]>> = {
  noSections: [
    {
      en: /^no section headings /u,
      words: { 'zh-Hant': () => '沒有讀到部分的標題(一、 (一) 第一部分):任務從全文讀取', 'zh-Hans': () => '没有读到部分的标题(一、 (一) 第一部分):任务从全文读取' },
    },
  ],
  sectionWithoutTasks: [
    {
      en: /^section (\S+) has no numbered tasks$/u,
      words: { 'zh-Hant': (section) => `第${section}部分沒有編號的任務`, 'zh-Hans': (section) => `第${section}部分没有编号的任务` },
    },
  ],
  headingLikeText: [
    {
      en: /^"([^]*)" is read as text: section (\S+) was expected, followed by task (\d+)( or 1)?$/u,
      words: {
        'zh-Hant': (numeral, expected, task, orFirst) => `以「${numeral}」編號的一行讀作正文,不是部分的標題:應為第${expected}部分,其後接任務 ${task}${orFirst ? '(或任務 1)' : ''}`,
        'zh-Hans': (numeral, expected, task, orFirst) => `以“${numeral}”编号的一行读作正文,不是部分的标题:应为第${expected}部分,其后接任务 ${task}${orFirst ? '(或任务 1)' : ''}`,
      },
    },
  ],
  numberingRestarts: [
    {
      en: /^task numbering restarts at 1 in section (\S+)$/u,
      words: {
        'zh-Hant': (section) => `第${section}部分的任務又從 1 開始編號:請在全文把任務連續編號(1. 2. 3.)`,
        'zh-Hans': (section) => `第${section}部分的任务又从 1 开始编号:请在全文把任务连续编号(1. 2. 3.)`,
      },
    },
  ],
  taskWithoutTitle: [
    {
      en: /^task (\d+) has no title ending in 。 or a line break$/u,
      words: { 'zh-Hant': (task) => `任務 ${task} 沒有以「。」或換行結尾的標題`, 'zh-Hans': (task) => `任务 ${task} 没有以“。”或换行结尾的标题` },
    },
  ],
  taskWithoutUnits: [
    {
      en: /^task (\d+) names no responsible units$/u,
      words: { 'zh-Hant': (task) => `任務 ${task} 沒有寫明責任單位`, 'zh-Hans': (task) => `任务 ${task} 没有写明责任单位` },
    },
  ],
  emptyUnitName: [
    {
      en: /^task (\d+): an empty unit name$/u,
      words: { 'zh-Hant': (task) => `任務 ${task}:責任單位中有一個空的名稱(兩個分隔符號相連)`, 'zh-Hans': (task) => `任务 ${task}:责任单位中有一个空的名称(两个分隔符号相连)` },
    },
  ],
  duplicateUnitInTask: [
    {
      en: /^task (\d+) names ([^]*) twice$/u,
      words: { 'zh-Hant': (task, unit) => `任務 ${task} 兩次列出「${unit}」`, 'zh-Hans': (task, unit) => `任务 ${task} 两次列出“${unit}”` },
    },
  ],
};

/** The count of the diagnostics of one code past the first 100 (`parse/diagnostics.ts`): `2 more taskWithoutUnits from here on …`. */
const MORE = /^(\d+) more (\w+) from here on \(only the first (\d+) are listed\)$/u;
const moreWords: Readonly<Record<Chinese, (count: string, code: string, kept: string) => string>> = {
  'zh-Hant': (count, code, kept) => `此後還有 ${count} 個 ${code}(只列出前 ${kept} 個)`,
  'zh-Hans': (count, code, kept) => `此后还有 ${count} 个 ${code}(只列出前 ${kept} 个)`,
};

/** The count of diagnostics past the first 100 of a code, said in `lang`; `undefined` for any other message (and in English). */
export function moreMessageIn(message: string, lang: Language): string | undefined {
  const more = lang === 'en' ? null : MORE.exec(message);
  return more ? moreWords[lang as Chinese](more[1]!, more[2]!, more[3]!) : undefined;
}
