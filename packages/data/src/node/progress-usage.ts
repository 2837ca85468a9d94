/**
 * The usage of `dz-plan progress`, per language, apart from the command so `dz-plan --help` does not load the sheet
 * readers. `dz-plan --help` lists the English lines with every other command; `dz-plan progress --help` and a usage
 * error of `progress` show the progress commands alone, `dz-plan progress import --help` that command alone, in the
 * language of `--lang` (zh-Hant by default), as every other word of `progress` is. Written by hand in each language, as the usage errors are (`progress-usage-words.ts`).
 */
import type { Language } from '../vocabulary.js';
import { DEFAULT_MAX_BYTES } from './read-document.js';

/** Each command's synopsis, the same in every language (commands, options and placeholders are not translated). */
const synopsis = {
  template: `  dz-plan progress template [-o sheet.csv|sheet.xlsx] [--force] [--unit U] [--section N] [--lang zh-Hant|zh-Hans|en]
${' '.repeat(32)}[--plan plan.json] [--max-bytes N]`,
  import: `  dz-plan progress import FILE... [-o report.json] [--into report.json] [--as-of YYYY-MM-DD] [--partial] [--lang L] [--plan plan.json]
${' '.repeat(32)}[--max-bytes N]`,
  diff: '  dz-plan progress diff old.json new.json [--lang L] [--plan plan.json] [--max-bytes N]',
  summary: `  dz-plan progress summary report.json [--unit U] [--as-of YYYY-MM-DD] [--format text|md|csv] [-o FILE] [--lang L]
${' '.repeat(32)}[--plan plan.json] [--max-bytes N]`,
} as const;

/** A progress command: `template`, `import`, `diff` or `summary`. */
export type ProgressSubcommand = keyof typeof synopsis;

/** Whether `arg` names a progress command. */
export const isProgressSubcommand = (arg: string | undefined): arg is ProgressSubcommand => arg !== undefined && Object.hasOwn(synopsis, arg);

/** What each command does, in one language: lines of at most about 120 columns, set under its synopsis. */
type Descriptions = Readonly<Record<ProgressSubcommand, readonly string[]>>;

/** The synopses of `commands`, each with its description indented under it. */
const usageLines = (descriptions: Descriptions, commands = Object.keys(synopsis) as ProgressSubcommand[]): string =>
  commands.map((command) => [synopsis[command], ...descriptions[command].map((line) => `${' '.repeat(32)}${line}`)].join('\n')).join('\n');

/** What each command does, per language. */
const descriptions: Readonly<Record<Language, Descriptions>> = {
  'zh-Hant': {
    template: [
      '生成待填寫的表格:每個指標一行(整份規劃的,或某單位牽頭任務的,或某一部分的);各命令以 --lang 的語言',
      '輸出,不加 --lang 時依 --plan 規劃原文的語言(簡體文件產生的規劃就是簡體;德州的規劃是繁體);-o 不會蓋掉',
      '已有的檔案(可能是填好交回的表),要覆寫請加 --force',
    ],
    import: [
      '把填好的表格(.xlsx;UTF-8、UTF-16、GBK 或 Big5 編碼的 CSV)合併為一份 JSON 報告;--into 在已有的報告後',
      '追加一期(第一期的報告用 -o 寫出,須是 .json 檔);有問題時不寫入,除非加 --partial(列出未採用的行,',
      '結束代碼為 3);--as-of 為沒有日期的行和報告定日期(晚於它的行是問題,--into 報告中晚於它或晚於今天的',
      '數值也是,--partial 不會略過這些數值)',
    ],
    diff: [
      '第一行寫明兩份報告及其日期,再列出最新數值有變動的指標,以及狀態改變的指標;無法判斷的數值(日期晚於今天、',
      '比率超過 100%…)、互相矛盾的數值(累計數較前減少,有無變動都算)和已發布而被更正或刪去的數值在 stderr',
      '逐條列出,結束代碼為 1',
    ],
    summary: [
      '進度摘要:各牽頭單位的指標按狀態計數並列出滯後的指標,再列出進度滯後或嚴重滯後、期限已到未達成、未報送、',
      '本期未報、數值矛盾和無法判斷的指標;--unit 只列某單位牽頭的指標;--as-of 以某日為準(只用當日或之前的數值;',
      '晚於報告日期時,期限已過而未達成的也列入期限已到未達成);--format md 可列印或貼進文件,csv 每個指標一行(-o 的副檔名',
      '.md、.csv 亦可,-o 須是 .txt、.md 或 .csv 檔,與 --format 並用時兩者須一致);結束代碼:0 已寫出,',
      '1 報告本身無效(不寫出摘要),有無效的條目(以其餘條目寫出摘要,未採用的條目連同原因列在摘要末尾,其指標列為',
      '無法判斷),或有矛盾、無法判斷的數值(逐條列出,摘要照樣寫出),2 用法有誤',
    ],
  },
  'zh-Hans': {
    template: [
      '生成待填写的表格:每个指标一行(整份规划的,或某单位牵头任务的,或某一部分的);各命令以 --lang 的语言',
      '输出,不加 --lang 时依 --plan 规划原文的语言(简体文件产生的规划就是简体;德州的规划是繁体);-o 不会覆盖',
      '已有的文件(可能是填好交回的表),要覆盖请加 --force',
    ],
    import: [
      '把填好的表格(.xlsx;UTF-8、UTF-16、GBK 或 Big5 编码的 CSV)合并为一份 JSON 报告;--into 在已有的报告后',
      '追加一期(第一期的报告用 -o 写出,须是 .json 文件);有问题时不写入,除非加 --partial(列出未采用的行,',
      '退出代码为 3);--as-of 为没有日期的行和报告定日期(晚于它的行是问题,--into 报告中晚于它或晚于今天的',
      '数值也是,--partial 不会略过这些数值)',
    ],
    diff: [
      '第一行写明两份报告及其日期,再列出最新数值有变动的指标,以及状态改变的指标;无法判断的数值(日期晚于今天、',
      '比率超过 100%…)、互相矛盾的数值(累计数较前减少,有无变动都算)和已发布而被更正或删去的数值在 stderr',
      '逐条列出,退出代码为 1',
    ],
    summary: [
      '进度摘要:各牵头单位的指标按状态计数并列出滞后的指标,再列出进度滞后或严重滞后、期限已到未达成、未报送、',
      '本期未报、数值矛盾和无法判断的指标;--unit 只列某单位牵头的指标;--as-of 以某日为准(只用当日或之前的数值;',
      '晚于报告日期时,期限已过而未达成的也列入期限已到未达成);--format md 可打印或贴进文档,csv 每个指标一行(-o 的扩展名',
      '.md、.csv 亦可,-o 须是 .txt、.md 或 .csv 文件,与 --format 并用时两者须一致);退出代码:0 已写出,',
      '1 报告本身无效(不写出摘要),有无效的条目(以其余条目写出摘要,未采用的条目连同原因列在摘要末尾,其指标列为',
      '无法判断),或有矛盾、无法判断的数值(逐条列出,摘要照样写出),2 用法有误',
    ],
  },
  en: {
    template: [
      'a sheet to fill in: one row per target (of the plan, or of the tasks a unit leads, or a section); each',
      'progress command speaks --lang L, without it the --plan\'s source language (zh-Hant for Dezhou\'s); -o',
      'never overwrites a file already there (it may be a sheet filled in and sent back): --force to overwrite it',
    ],
    import: [
      'filled sheets (.xlsx; CSV in UTF-8, UTF-16, GBK or Big5) merged into one JSON report; --into appends',
      'a period to an existing report (write the first with -o, a .json file); nothing is written on a',
      'problem unless --partial (the rejected rows are listed; exit code 3); --as-of dates the rows without',
      'a date and the report (a row dated after it is a problem, as is a reading of the --into report dated',
      'after it or after today, which --partial never drops)',
    ],
    diff: [
      'a first line naming both reports and their dates, then the targets whose latest value changed, and',
      'which changed status; a reading it cannot judge (dated after today, a rate over 100%…), one that',
      'contradicts an earlier figure (a total read lower, changed or not) and a published one corrected or',
      'removed are each named on stderr, and the exit code is 1',
    ],
    summary: [
      'a progress summary: per lead unit its targets counted by status and its behind ones, then the targets',
      'behind or seriously behind, past the deadline and not met, not reported, not reported this period,',
      'contradicting an earlier figure, and that cannot be judged; --unit: the targets one unit leads;',
      '--as-of: at that date (the readings up to it; after the report\'s date, targets due by then and not met',
      'are past the deadline); --format md to print or paste into a document, csv one row per target (or -o',
      'FILE.md, FILE.csv; -o names a .txt, .md or .csv file; with --format, the two must agree); exit code',
      '0 written, 1 the report itself is not valid (no summary written), has entries that are not valid (the',
      'summary is written from the others, each entry not used listed at its end with why, its target as one',
      'that cannot be judged), or has readings that contradict or it cannot judge (each named; the summary is',
      'written all the same), 2 the command was used wrongly',
    ],
  },
};

/** Usage of the progress subcommands, printed by `dz-plan --help`. */
export const PROGRESS_USAGE = usageLines(descriptions.en);

const limit = DEFAULT_MAX_BYTES.toLocaleString('en');
const mebibytes = DEFAULT_MAX_BYTES / 2 ** 20;

/** The heading and the last line of the help, per language. */
const helpWords: Readonly<Record<Language, { readonly usage: string; readonly maxBytes: string }>> = {
  'zh-Hant': { usage: '用法:', maxBytes: `大於 --max-bytes(預設 ${limit} 位元組,${mebibytes} MiB)的檔案不予讀取。` },
  'zh-Hans': { usage: '用法:', maxBytes: `大于 --max-bytes(默认 ${limit} 字节,${mebibytes} MiB)的文件不予读取。` },
  en: { usage: 'Usage:', maxBytes: `A file larger than --max-bytes (default ${limit} bytes, ${mebibytes} MiB) is refused.` },
};

/**
 * The help of `dz-plan progress` in `lang`: of every progress command (`dz-plan progress --help`, and what follows a
 * usage error of `progress`), or of `command` alone (`dz-plan progress import --help`).
 */
export function progressHelp(lang: Language, command?: ProgressSubcommand): string {
  const words = helpWords[lang];
  return `${words.usage}\n${usageLines(descriptions[lang], command && [command])}\n\n${words.maxBytes}`;
}
