/**
 * What the diagnostics that stop a build say (every error-level one of the parser and of its checks after the parse)
 * in each language the CLI speaks (`--lang`). The parser says them in English, in the module that finds each; here each
 * English form is read back into its parts (a task's number, a quoted name) and said in Chinese. A message of another
 * form (one whose English has changed) keeps its English. The parser's warnings are read back the same way
 * (`parser-warning-words.ts`); the warnings of the checks in Node are made from their words (`words-by-parts.ts`).
 */
import type { DiagnosticCode } from '../parse/types.js';
import type { Language } from '../schema.js';

/** The Chinese languages: English is the message as the parser says it. */
export type Chinese = Exclude<Language, 'en'>;

/** One English form of a diagnostic, and its words in each Chinese language, given the form's parts in order. */
export interface Form {
  readonly en: RegExp;
  readonly words: Readonly<Record<Chinese, (...parts: (string | undefined)[]) => string>>;
}

/** A task's number, or (`n` undefined) the text before the first, as the number-order diagnostics name what a number follows. */
const afterTask = { 'zh-Hant': (n?: string) => (n ? `任務 ${n} 之後` : '文件開頭的文字之後'), 'zh-Hans': (n?: string) => (n ? `任务 ${n} 之后` : '文件开头的文字之后') };
/** A section's numeral (一, 十二), or the text before the first section. */
const afterSection = { 'zh-Hant': (n?: string) => (n ? `第${n}部分之後` : '文件開頭的文字之後'), 'zh-Hans': (n?: string) => (n ? `第${n}部分之后` : '文件开头的文字之后') };

/** `task 3 comes again after task 3; task 4 was expected` and its section form (numerals: `section 二 …`). */
const REPEATED = /^(?:task|section) (\S+) comes again after (?:(?:task|section) (\S+)|the preamble); (?:task|section) (\S+) was expected$/u;
/** `task 5 follows task 2; tasks 3–4 are missing`, `… task 3 is missing`, and the section forms. */
const SKIPPED = /^(?:task|section) (\S+) follows (?:(?:task|section) (\S+)|the preamble); (?:(?:tasks|sections) (\S+)–(\S+) are|(?:task|section) (\S+) is) missing$/u;

/** Line numbers as the English lists them (`8, 16`), as Chinese does (`8、16`). */
const lineList = (lines?: string) => (lines ?? '').split(', ').join('、');

/** The forms of each code, tried in order. */
export const errorForms: Partial<Record<DiagnosticCode, readonly Form[]>> = {
  noTasks: [{ en: /^no numbered tasks /u, words: { 'zh-Hant': () => '沒有讀到編號的任務(1. 1、 (1) …)', 'zh-Hans': () => '没有读到编号的任务(1. 1、 (1) …)' } }],
  taskNumberRepeated: [
    {
      en: REPEATED,
      words: {
        'zh-Hant': (found, after, expected) => `任務 ${found} 在${afterTask['zh-Hant'](after)}再次出現;應為任務 ${expected}`,
        'zh-Hans': (found, after, expected) => `任务 ${found} 在${afterTask['zh-Hans'](after)}再次出现;应为任务 ${expected}`,
      },
    },
  ],
  sectionNumberRepeated: [
    {
      en: REPEATED,
      words: {
        'zh-Hant': (found, after, expected) => `第${found}部分在${afterSection['zh-Hant'](after)}再次出現;應為第${expected}部分`,
        'zh-Hans': (found, after, expected) => `第${found}部分在${afterSection['zh-Hans'](after)}再次出现;应为第${expected}部分`,
      },
    },
  ],
  taskNumberSkipped: [
    {
      en: SKIPPED,
      words: {
        'zh-Hant': (found, after, from, to, one) => `任務 ${found} 接在${afterTask['zh-Hant'](after)};缺少任務 ${one ?? `${from}–${to}`}`,
        'zh-Hans': (found, after, from, to, one) => `任务 ${found} 接在${afterTask['zh-Hans'](after)};缺少任务 ${one ?? `${from}–${to}`}`,
      },
    },
  ],
  sectionNumberSkipped: [
    {
      en: SKIPPED,
      words: {
        'zh-Hant': (found, after, from, to, one) => `第${found}部分接在${afterSection['zh-Hant'](after)};缺少${one ? `第${one}部分` : `第${from}至第${to}部分`}`,
        'zh-Hans': (found, after, from, to, one) => `第${found}部分接在${afterSection['zh-Hans'](after)};缺少${one ? `第${one}部分` : `第${from}至第${to}部分`}`,
      },
    },
  ],
  unclosedUnits: [
    {
      en: /^task (\d+): the units parenthesis is not closed$/u,
      words: { 'zh-Hant': (task) => `任務 ${task}:責任單位的括號沒有閉合`, 'zh-Hans': (task) => `任务 ${task}:责任单位的括号没有闭合` },
    },
  ],
  textAfterUnits: [
    {
      // The parse's message, and (`unit-lines.ts`) the line that may be the rest of a units line broken in a name.
      en: /^task (\d+): text after the units may belong to another task(?:; "([^]*)" may be the rest of the units line above it \(a name broken across lines\): join it to that line)?$/u,
      words: {
        'zh-Hant': (task, broken) => `任務 ${task}:責任單位之後的文字可能屬於另一個任務${broken === undefined ? '' : `;「${broken}」可能是上一行責任單位的後半(名稱在換行處斷開):請把它接到上一行`}`,
        'zh-Hans': (task, broken) => `任务 ${task}:责任单位之后的文字可能属于另一个任务${broken === undefined ? '' : `;“${broken}”可能是上一行责任单位的后半(名称在换行处断开):请把它接到上一行`}`,
      },
    },
    {
      // `unit-lines.ts`: a label alone on its line, the line under it no units (r113).
      en: /^task (\d+): text after the units may belong to another task; the label "([^]*)" above it names no units: write them after it$/u,
      words: {
        'zh-Hant': (task, label) => `任務 ${task}:責任單位之後的文字可能屬於另一個任務;上面的「${label}」沒有寫出單位:請把單位寫在它後面`,
        'zh-Hans': (task, label) => `任务 ${task}:责任单位之后的文字可能属于另一个任务;上面的“${label}”没有写出单位:请把单位写在它后面`,
      },
    },
  ],
  roleWordInUnitName: [
    {
      en: /^task (\d+): unit "([^]*)" holds the role word (\S+); its role is unclear$/u,
      words: {
        'zh-Hant': (task, unit, word) => `任務 ${task}:單位「${unit}」含有角色詞「${word}」,它是牽頭還是參與不明(請改寫責任單位)`,
        'zh-Hans': (task, unit, word) => `任务 ${task}:单位“${unit}”含有角色词“${word}”,它是牵头还是参与不明(请改写责任单位)`,
      },
    },
  ],
  unbalancedBracketInUnitName: [
    {
      en: /^task (\d+): unit "([^]*)" has an unbalanced bracket$/u,
      words: { 'zh-Hant': (task, unit) => `任務 ${task}:單位「${unit}」的括號不成對`, 'zh-Hans': (task, unit) => `任务 ${task}:单位“${unit}”的括号不成对` },
    },
  ],
  ambiguousUnitRole: [
    {
      en: /^task (\d+): "([^]*)" has no role of its own among units with roles$/u,
      words: {
        'zh-Hant': (task, units) => `任務 ${task}:「${units}」在寫明角色的單位之間,自己沒有寫明角色`,
        'zh-Hans': (task, units) => `任务 ${task}:“${units}”在写明角色的单位之间,自己没有写明角色`,
      },
    },
  ],
  unitsJoinedByWord: [
    {
      en: /^task (\d+): "([^]*)" may be two units joined by a word: separate them with 、$/u,
      words: {
        'zh-Hant': (task, units) => `任務 ${task}:「${units}」可能是以一個詞連起來的兩個單位:請用「、」分開`,
        'zh-Hans': (task, units) => `任务 ${task}:“${units}”可能是以一个词连起来的两个单位:请用“、”分开`,
      },
    },
  ],
  headingAboveSections: [
    {
      en: /^the （一） headings are read as the sections, and the 一、 headings above them \(lines? ([\d, ]+)\) are not read(?:; those of lines? ([\d, ]+) have no （一） under them: [^:]*)?: /u,
      words: {
        'zh-Hant': (above, none) => `（一）標題讀作部分,其上的「一、」標題(第 ${lineList(above)} 行)未讀${none ? `;第 ${lineList(none)} 行的「一、」標題之下沒有（一）標題:其任務讀入前一個部分` : ''}:計劃只有部分和任務兩級:請刪去「一、」標題(其任務留在（一）部分裡),或刪去（一）標題(「一、」標題就是部分)`,
        'zh-Hans': (above, none) => `（一）标题读作部分,其上的“一、”标题(第 ${lineList(above)} 行)未读${none ? `;第 ${lineList(none)} 行的“一、”标题之下没有（一）标题:其任务读入前一个部分` : ''}:计划只有部分和任务两级:请删去“一、”标题(其任务留在（一）部分里),或删去（一）标题(“一、”标题就是部分)`,
      },
    },
    {
      en: /^the 一、 headings are read as the sections, and the （一） headings under those of lines? ([\d, ]+) are not read(?:; those of lines? ([\d, ]+) have none)?: /u,
      words: {
        'zh-Hant': (above, none) => `「一、」標題讀作部分,第 ${lineList(above)} 行的「一、」標題之下的（一）標題未讀${none ? `;第 ${lineList(none)} 行的沒有（一）標題` : ''}:計劃只有部分和任務兩級:請刪去（一）標題(其任務留在「一、」部分裡),或刪去「一、」標題(（一）標題就是部分${none ? ',沒有（一）標題的各需加上一個' : ''})`,
        'zh-Hans': (above, none) => `“一、”标题读作部分,第 ${lineList(above)} 行的“一、”标题之下的（一）标题未读${none ? `;第 ${lineList(none)} 行的没有（一）标题` : ''}:计划只有部分和任务两级:请删去（一）标题(其任务留在“一、”部分里),或删去“一、”标题(（一）标题就是部分${none ? ',没有（一）标题的各需加上一个' : ''})`,
      },
    },
  ],
  headingWithoutSubsections: [
    {
      en: /^the （一） headings are read as the sections, and the 一、 headings of lines? ([\d, ]+) have no （一） under them: /u,
      words: {
        'zh-Hant': (none) => `（一）標題讀作部分,第 ${lineList(none)} 行的「一、」標題之下沒有（一）標題:其任務讀入前一個部分;請為它們各加上（一）標題,或刪去（一）標題`,
        'zh-Hans': (none) => `（一）标题读作部分,第 ${lineList(none)} 行的“一、”标题之下没有（一）标题:其任务读入前一个部分;请为它们各加上（一）标题,或删去（一）标题`,
      },
    },
  ],
  taskNumberingNotRead: [
    {
      en: /^line (\d+): the task numbering "([^]*)" is not supported: /u,
      words: {
        'zh-Hant': (line, numbering) => `第 ${line} 行:不支援任務編號「${numbering}」:請在全文把任務連續編號為 1. 2. 3.(或 1、 或 (1)),部分的標題用 一、 (一) 或 第一部分`,
        'zh-Hans': (line, numbering) => `第 ${line} 行:不支持任务编号“${numbering}”:请在全文把任务连续编号为 1. 2. 3.(或 1、 或 (1)),部分的标题用 一、 (一) 或 第一部分`,
      },
    },
  ],
  taskNumberBeforeDigits: [
    {
      en: /^task (\d+): its number runs on into digits while task (\d+) has no units yet, .*\((\d+\. [^)]*)\); if it is the rest of the line above, join it to that line$/u,
      words: {
        'zh-Hant': (task, above, spaced) =>
          `任務 ${task}:編號後緊接著數字,而任務 ${above} 還沒有責任單位,這一行可能是任務 ${above} 在小數處換行的後半:如果它是任務 ${task},請在編號後加一個空格(${spaced});如果它是上一行的後半,請把它接到上一行`,
        'zh-Hans': (task, above, spaced) =>
          `任务 ${task}:编号后紧接着数字,而任务 ${above} 还没有责任单位,这一行可能是任务 ${above} 在小数处换行的后半:如果它是任务 ${task},请在编号后加一个空格(${spaced});如果它是上一行的后半,请把它接到上一行`,
      },
    },
  ],
};

/** The English `message` of a diagnostic of `code`, of one of its `forms`, said in `lang`; `undefined` where none reads it (and in English). */
export function formMessageIn(forms: Partial<Record<DiagnosticCode, readonly Form[]>>, code: DiagnosticCode, message: string, lang: Language): string | undefined {
  if (lang === 'en') return undefined;
  for (const form of forms[code] ?? []) {
    const parts = form.en.exec(message);
    if (parts) return form.words[lang](...parts.slice(1));
  }
  return undefined;
}

/** The English `message` of an error of `code` said in `lang`, or `undefined` where there are no words for it (and in English). */
export const errorMessageIn = (code: DiagnosticCode, message: string, lang: Language): string | undefined => formMessageIn(errorForms, code, message, lang);
