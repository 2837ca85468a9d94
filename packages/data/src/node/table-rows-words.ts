/** What `tableNotRead` says, in each language the CLI speaks (`--lang`): the line of the table and what to do instead. */
import type { ChineseScript } from './chinese.js';
import type { TableKind } from './table-rows.js';

/** A task written as text, as each script writes it: the English shows the document's, a Chinese language its own. */
const TASK_AS_TEXT: Readonly<Record<ChineseScript, string>> = {
  'zh-Hant': '1.擴大有效投資。…(牽頭單位:市發展改革委;配合單位:市財政局)',
  'zh-Hans': '1.扩大有效投资。…(牵头单位:市发展改革委;配合单位:市财政局)',
};

/**
 * The sentence for a table whose first row is on `line`, its cells separated as `kind` says; in English, its example
 * in the document's `script`.
 */
export const tableRowWords: {
  readonly 'zh-Hant': (line: number, kind: TableKind) => string;
  readonly 'zh-Hans': (line: number, kind: TableKind) => string;
  readonly en: (line: number, kind: TableKind, script: ChineseScript) => string;
} = {
  'zh-Hant': (line, kind) =>
    `第 ${line} 行是表格的一行(儲存格以${{ tab: '定位字元', pipe: '「|」', grid: '框線字元「│」' }[kind]}分隔):表格不會讀取;請把任務從表格複製成文字,每個任務一段,以編號開頭,責任單位寫在括號裡:${TASK_AS_TEXT['zh-Hant']}`,
  'zh-Hans': (line, kind) =>
    `第 ${line} 行是表格的一行(单元格以${{ tab: '制表符', pipe: '“|”', grid: '框线字符“│”' }[kind]}分隔):表格不会读取;请把任务从表格复制成文字,每个任务一段,以编号开头,责任单位写在括号里:${TASK_AS_TEXT['zh-Hans']}`,
  en: (line, kind, script) =>
    `line ${line} is a row of a table (its cells separated by ${{ tab: 'tabs', pipe: '|', grid: 'box-drawing lines │' }[kind]}): tables are not read; copy the tasks out of the table as text, one numbered task to a paragraph with its units in brackets: ${TASK_AS_TEXT[script]}`,
};
