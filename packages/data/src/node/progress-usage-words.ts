/**
 * The words of `dz-plan progress`'s usage errors (exit code 2), per language, and the language they are said in:
 * `--lang`'s, read from the arguments before anything else, so that even a mistake in them is said in it. English is
 * the commands' own words, unchanged. Of what the file system says, the common reasons (no such file, a folder, no
 * permission) and a file over `--max-bytes` are said in the language (`readJson`'s `fileReasons` and `tooLarge`), as
 * is a document the reader refuses (`document`: binary, UTF-16, GBK or Big5, a broken .docx); the rest of what Node or
 * a validator says of a file stays as they say it.
 */
import type { TemplateScope } from '../progress/template.js';
import { resolveLanguage } from '../messages.js';
import { languages, type Language } from '../schema.js';
import { documentRefusalWords } from './document-refusal-words.js';
import { MaxBytesError } from './read-input.js';
import { englishReadJsonWords, UsageError, type FileReasonWords, type ReadJsonWords } from './usage.js';

interface ProgressUsageWords {
  readonly noSubcommand: () => string;
  readonly unknownSubcommand: (sub: string) => string;
  /** The command given after an option (`progress --lang zh-Hant import …`): it goes first. */
  readonly commandFirst: (sub: string) => string;
  readonly badLanguage: (value: string) => string;
  /** After `dz-plan summary` says a file is a progress report, not a plan: the command that sums a report up. */
  readonly reportSummary: (file: string) => string;
  /** `plan` and `report`, as {@link ReadJsonWords} name what they read. */
  readonly plan: string;
  readonly report: string;
  readonly readJson: ReadJsonWords;
  readonly invalidPlan: (file: string, issues: string) => string;
  readonly cannotWrite: (file: string, detail: string) => string;
  /** Why a file cannot be written, by Node's error code; without them (English), Node's own message is the reason. */
  readonly writeReasons?: FileReasonWords;
  readonly templateTakesNoFile: (files: string) => string;
  readonly templateFormat: (output: string) => string;
  /** `import -o` naming a file whose extension (`ext`, `.xlsx`) is not `.json`: the report is JSON (review r106 L6). */
  readonly importFormat: (output: string, ext: string) => string;
  /** `summary -o` naming a file whose extension is none of the summary's forms (`summaryExtensions`). */
  readonly summaryFormat: (output: string, ext: string) => string;
  /** `summary -o` naming a file whose extension (`ext`) is of another form than `--format`'s (review r107 L2). */
  readonly summaryFormatClash: (output: string, ext: string, format: string) => string;
  /** What a template's unit or section names that the plan does not have; `undefined`: the error's own message. */
  readonly templateScope?: (scope: TemplateScope) => string;
  /**
   * After a unit the plan does not have, the units its name may be short for (`unitsByShortName`), each named in the
   * language: `,是否要用「市發展改革委」?`, `; did you mean "…"?` (never chosen for the user: a short name is a guess).
   */
  readonly unitMeant: (names: readonly string[]) => string;
  readonly importNeedsFiles: () => string;
  readonly asOfNotDate: (value: string) => string;
  readonly asOfAfterToday: (asOf: string, today: string) => string;
  readonly diffNeedsTwo: () => string;
  /**
   * After why the report of `--into` cannot be read when it is not there (`file`): `--into` appends to a report, and a
   * first one is written with `-o` (a first month's import given `--into`).
   */
  readonly intoMissing: (file: string) => string;
  /** An option `parseArgs` does not know, one given without its value, a switch given one; `undefined`: Node's words. */
  readonly options?: {
    readonly unknown: (option: string) => string;
    readonly needsValue: (option: string) => string;
    readonly takesNoValue: (option: string) => string;
  };
  /** A `--max-bytes` that is not a whole number above 0; `undefined`: the error's own message. */
  readonly maxBytes?: (value: string) => string;
}

/** The words of `dz-plan progress`'s usage errors, per language (written by hand in each, as `sheetProblemWords`). */
export const progressUsageWords: Readonly<Record<Language, ProgressUsageWords>> = {
  'zh-Hant': {
    noSubcommand: () => 'progress 後面要接 template、import、diff 或 summary',
    unknownSubcommand: (sub) => `progress 沒有「${sub}」(可用 template、import、diff 或 summary)`,
    commandFirst: (sub) => `${sub} 要緊接在 progress 後面,選項放在它之後:dz-plan progress ${sub} …`,
    badLanguage: (value) => `--lang 必須是 ${languages.join('、')} 之一,不是「${value}」`,
    reportSummary: (file) => `進度報告的摘要請用 dz-plan progress summary ${file}`,
    plan: '規劃',
    report: '報告',
    readJson: {
      unreadable: (what, detail) => `${what}:${detail}`,
      notJson: (what, file, detail) => `${what} ${file} 不是有效的 JSON:${detail}`,
      jsonPlaces: {
        end: '內容在結尾處中斷,檔案不完整',
        token: (token) => `出現了不應有的「${token}」(JSON 的文字要用雙引號,不能有註解或多餘的逗號)`,
        at: (line, column) => `第 ${line} 行第 ${column} 個字符附近有語法錯誤`,
      },
      notUtf8: (what, file) => `${what} ${file} 不是 UTF-8 文字:請存成 UTF-8 編碼的 JSON`,
      cannotRead: (file, reason) => `無法讀取 ${file}:${reason}`,
      fileReasons: { missing: '找不到這個檔案', folder: '這是資料夾,不是檔案', denied: '沒有權限讀取' },
      tooLarge: (file, limit) => `${file} 超過 ${limit.toLocaleString('en')} 位元組的上限(可用 --max-bytes 調高)`,
      document: documentRefusalWords['zh-Hant'],
    },
    invalidPlan: (file, issues) => `規劃 ${file} 無效:${issues}`,
    cannotWrite: (file, detail) => `無法寫入 ${file}:${detail}`,
    writeReasons: { missing: '所在的資料夾不存在', folder: '這是資料夾,不是檔案', denied: '沒有權限寫入', busy: '檔案正被其他程式(如 Excel)開啟,請先關閉' },
    templateTakesNoFile: (files) => `progress template 不接檔案(要寫入檔案請用 -o),多了 ${files}`,
    templateFormat: (output) => `-o 必須是 .csv 或 .xlsx 檔,不是 ${output}`,
    importFormat: (output, ext) => `-o ${output} 的副檔名是 ${ext}:progress import 寫出的報告是 JSON,請用 .json 檔`,
    summaryFormat: (output, ext) => `-o ${output} 的副檔名是 ${ext}:progress summary 寫出文字(.txt)、Markdown(.md)或 CSV(.csv),請用其中一種副檔名`,
    summaryFormatClash: (output, ext, format) => `-o ${output} 的副檔名是 ${ext},而 --format 是 ${format}:請讓兩者一致,或去掉 --format`,
    templateScope: (scope) =>
      scope.code === 'noUnit'
        ? `規劃 ${scope.plan} 中沒有單位「${scope.unit}」`
        : scope.code === 'noSection'
          ? `規劃 ${scope.plan} 中沒有「${scope.section}」這一部分`
          : `規劃 ${scope.plan} 中沒有屬於 ${scope.selection.join('、')} 的指標${scope.takesPartIn.length ? `:它參與任務 ${scope.takesPartIn.join('、')},範本只列它牽頭的任務的指標` : ''}`,
    unitMeant: (names) => `,是否要用「${names.join('」、「')}」?`,
    importNeedsFiles: () => 'progress import 至少要一個檔案(.csv 或 .xlsx)',
    asOfNotDate: (value) => `--as-of 必須是日期,如 2023-06-30,不是「${value}」`,
    asOfAfterToday: (asOf, today) => `--as-of ${asOf} 晚於今天(${today}):報告只能以已經到來的日期為準`,
    diffNeedsTwo: () => 'progress diff 要兩份報告:舊.json 新.json',
    intoMissing: (file) => `。--into 是在已有的報告後追加一期;第一份報告請用 -o ${file} 寫出`,
    options: {
      unknown: (option) => `沒有選項 ${option}`,
      needsValue: (option) => `選項 ${option} 後面要接一個值`,
      takesNoValue: (option) => `選項 ${option} 不接值`,
    },
    maxBytes: (value) => `--max-bytes 必須是大於 0 的整數(位元組數),不是「${value}」`,
  },
  'zh-Hans': {
    noSubcommand: () => 'progress 后面要接 template、import、diff 或 summary',
    unknownSubcommand: (sub) => `progress 没有“${sub}”(可用 template、import、diff 或 summary)`,
    commandFirst: (sub) => `${sub} 要紧接在 progress 后面,选项放在它之后:dz-plan progress ${sub} …`,
    badLanguage: (value) => `--lang 必须是 ${languages.join('、')} 之一,不是“${value}”`,
    reportSummary: (file) => `进度报告的摘要请用 dz-plan progress summary ${file}`,
    plan: '规划',
    report: '报告',
    readJson: {
      unreadable: (what, detail) => `${what}:${detail}`,
      notJson: (what, file, detail) => `${what} ${file} 不是有效的 JSON:${detail}`,
      jsonPlaces: {
        end: '内容在结尾处中断,文件不完整',
        token: (token) => `出现了不应有的“${token}”(JSON 的文本要用双引号,不能有注释或多余的逗号)`,
        at: (line, column) => `第 ${line} 行第 ${column} 个字符附近有语法错误`,
      },
      notUtf8: (what, file) => `${what} ${file} 不是 UTF-8 文本:请保存为 UTF-8 编码的 JSON`,
      cannotRead: (file, reason) => `无法读取 ${file}:${reason}`,
      fileReasons: { missing: '找不到这个文件', folder: '这是文件夹,不是文件', denied: '没有权限读取' },
      tooLarge: (file, limit) => `${file} 超过 ${limit.toLocaleString('en')} 字节的上限(可用 --max-bytes 调高)`,
      document: documentRefusalWords['zh-Hans'],
    },
    invalidPlan: (file, issues) => `规划 ${file} 无效:${issues}`,
    cannotWrite: (file, detail) => `无法写入 ${file}:${detail}`,
    writeReasons: { missing: '所在的文件夹不存在', folder: '这是文件夹,不是文件', denied: '没有权限写入', busy: '文件正被其他程序(如 Excel)打开,请先关闭' },
    templateTakesNoFile: (files) => `progress template 不接文件(要写入文件请用 -o),多了 ${files}`,
    templateFormat: (output) => `-o 必须是 .csv 或 .xlsx 文件,不是 ${output}`,
    importFormat: (output, ext) => `-o ${output} 的扩展名是 ${ext}:progress import 写出的报告是 JSON,请用 .json 文件`,
    summaryFormat: (output, ext) => `-o ${output} 的扩展名是 ${ext}:progress summary 写出文本(.txt)、Markdown(.md)或 CSV(.csv),请用其中一种扩展名`,
    summaryFormatClash: (output, ext, format) => `-o ${output} 的扩展名是 ${ext},而 --format 是 ${format}:请让两者一致,或去掉 --format`,
    templateScope: (scope) =>
      scope.code === 'noUnit'
        ? `规划 ${scope.plan} 中没有单位“${scope.unit}”`
        : scope.code === 'noSection'
          ? `规划 ${scope.plan} 中没有“${scope.section}”这一部分`
          : `规划 ${scope.plan} 中没有属于 ${scope.selection.join('、')} 的指标${scope.takesPartIn.length ? `:它参与任务 ${scope.takesPartIn.join('、')},模板只列它牵头的任务的指标` : ''}`,
    unitMeant: (names) => `,是否要用“${names.join('”、“')}”?`,
    importNeedsFiles: () => 'progress import 至少要一个文件(.csv 或 .xlsx)',
    asOfNotDate: (value) => `--as-of 必须是日期,如 2023-06-30,不是“${value}”`,
    asOfAfterToday: (asOf, today) => `--as-of ${asOf} 晚于今天(${today}):报告只能以已经到来的日期为准`,
    diffNeedsTwo: () => 'progress diff 要两份报告:旧.json 新.json',
    intoMissing: (file) => `。--into 是在已有的报告后追加一期;第一份报告请用 -o ${file} 写出`,
    options: {
      unknown: (option) => `没有选项 ${option}`,
      needsValue: (option) => `选项 ${option} 后面要接一个值`,
      takesNoValue: (option) => `选项 ${option} 不接值`,
    },
    maxBytes: (value) => `--max-bytes 必须是大于 0 的整数(字节数),不是“${value}”`,
  },
  en: {
    noSubcommand: () => 'progress needs template, import, diff or summary',
    commandFirst: (sub) => `${sub} goes right after progress, before the options: dz-plan progress ${sub} …`,
    unknownSubcommand: (sub) => `progress has no "${sub}" (template, import, diff or summary)`,
    badLanguage: (value) => `--lang must be one of ${languages.join(', ')}, not "${value}"`,
    reportSummary: (file) => `for a summary of the report: dz-plan progress summary ${file}`,
    plan: 'plan',
    report: 'report',
    readJson: englishReadJsonWords,
    invalidPlan: (file, issues) => `plan ${file} is not valid: ${issues}`,
    cannotWrite: (file, detail) => `cannot write ${file}: ${detail}`,
    templateTakesNoFile: (files) => `progress template takes no FILE (write one with -o), not ${files}`,
    templateFormat: (output) => `-o must name a .csv or .xlsx file, not ${output}`,
    importFormat: (output, ext) => `-o ${output} ends in ${ext}: progress import writes the report as JSON; name a .json file`,
    summaryFormat: (output, ext) => `-o ${output} ends in ${ext}: progress summary writes text (.txt), Markdown (.md) or CSV (.csv); name a file with one of those extensions`,
    summaryFormatClash: (output, ext, format) => `-o ${output} ends in ${ext} but --format is ${format}: make them agree, or leave out --format`,
    unitMeant: (names) => `; did you mean "${names.join('", "')}"?`,
    importNeedsFiles: () => 'progress import needs one FILE or more (.csv or .xlsx)',
    asOfNotDate: (value) => `--as-of must be a date such as 2023-06-30, not "${value}"`,
    asOfAfterToday: (asOf, today) => `--as-of ${asOf} is after today (${today}): a report stands at a day that has come`,
    diffNeedsTwo: () => 'progress diff needs two reports: old.json new.json',
    intoMissing: (file) => `. --into adds a period to an existing report; write a first report with -o ${file}`,
  },
};

/**
 * The language `--lang X` or `--lang=X` among the arguments asks for, `undefined` when none does: read before the
 * arguments are parsed, so that a mistake in them is said in it too. Tags as people write them are understood
 * (`zh-CN`, `zh_TW`, `en-US`), as the elements read `lang`.
 *
 * @throws UsageError, in the default language, when the value is not a language.
 */
export function askedLanguage(args: readonly string[]): Language | undefined {
  let value: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < args.length) value = args[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  if (value === undefined) return undefined;
  // As people write tags (zh-CN, zh_TW, en-US), read as the elements read `lang`; anything else is refused.
  if (!/^(?:zh|en)(?:[-_]|$)/i.test(value.trim())) throw new UsageError(progressUsageWords['zh-Hant'].badLanguage(value));
  return resolveLanguage(value);
}

/**
 * The language of `dz-plan progress`'s messages before a plan is read: that of `--lang` ({@link askedLanguage}),
 * zh-Hant when absent. Once a command has its plan, it speaks the plan's source language unless `--lang` is given.
 *
 * @throws UsageError, in the default language, when the value is not a language.
 */
export function languageOfArguments(args: readonly string[]): Language {
  return askedLanguage(args) ?? 'zh-Hant';
}

/** The option a `parseArgs` error names: `--as-of` in "Option '--as-of <value>' argument missing". */
const optionNamed = (message: string) => /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1];

/**
 * A usage error of `parseArgs` or `maxBytesOf` in the language's words, or `undefined` to keep its own (English)
 * message: for {@link usage}'s `say`.
 */
export function sayUsageError(lang: Language): (error: Error) => string | undefined {
  const words = progressUsageWords[lang];
  return (error) => {
    if (error instanceof MaxBytesError) return words.maxBytes?.(error.value);
    const option = optionNamed(error.message);
    const code = (error as { code?: unknown }).code;
    if (!words.options || option === undefined) return undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return words.options.unknown(option);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // `-o --partial`: the option's value looks like another option.
      if (/argument missing$|argument is ambiguous/.test(error.message)) return words.options.needsValue(option);
      if (/does not take an argument$/.test(error.message)) return words.options.takesNoValue(option);
    }
    return undefined;
  };
}
