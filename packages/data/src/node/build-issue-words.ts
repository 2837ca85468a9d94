/**
 * What stops `planFromText` before it makes a plan, in each language the CLI speaks (`--lang`, `planFromText`'s `lang`):
 * no title, year or issuer in the document, and tasks or sections numbered again. Each names the option that gives what
 * is missing (the CLI's flag, and `planFromText`'s option beside it) or the line to change.
 */
import type { WordsByParts } from './words-by-parts.js';

/** The issues of a document as a whole: a missing title, year or issuer; a task or a section numbered again. */
export const buildIssueWords: {
  readonly noTitle: WordsByParts<[]>;
  readonly noYear: WordsByParts<[]>;
  readonly noIssuer: WordsByParts<[]>;
  readonly taskNumberAgain: WordsByParts<[task: number, line: number]>;
  readonly sectionNumberAgain: WordsByParts<[heading: string, line: number]>;
} = {
  noTitle: {
    'zh-Hant': () => '文件沒有寫標題:請用 --title 寫明(planFromText 的 title 選項)',
    'zh-Hans': () => '文件没有写标题:请用 --title 写明(planFromText 的 title 选项)',
    en: () => 'the document names no title: give one with --title (the title option of planFromText)',
  },
  noYear: {
    'zh-Hant': () => '文件沒有寫年份(20xx年):請用 --year 寫明(planFromText 的 year 選項)',
    'zh-Hans': () => '文件没有写年份(20xx年):请用 --year 写明(planFromText 的 year 选项)',
    en: () => 'the document names no year (20xx年): give one with --year (the year option of planFromText)',
  },
  noIssuer: {
    'zh-Hant': () => '文件沒有寫發文機關(…人民政府):請用 --issuer 寫明(planFromText 的 issuer 選項)',
    'zh-Hans': () => '文件没有写发文机关(…人民政府):请用 --issuer 写明(planFromText 的 issuer 选项)',
    en: () => 'the document names no issuer (…人民政府): give one with --issuer (the issuer option of planFromText)',
  },
  taskNumberAgain: {
    'zh-Hant': (task, line) => `第${line}行的任務${task}與前面的任務同號:各部分的任務都從1編號,而計劃的任務 id 就是其編號;請全文連續編號(各部分接續 1、2、3…)`,
    'zh-Hans': (task, line) => `第${line}行的任务${task}与前面的任务同号:各部分的任务都从1编号,而计划的任务 id 就是其编号;请全文连续编号(各部分接续 1、2、3…)`,
    en: (task, line) => `task ${task} (line ${line}) has the number of an earlier task: each section numbers its tasks from 1 again, and a plan's task ids are their numbers; number the tasks on through the document (1, 2, 3… across the sections)`,
  },
  sectionNumberAgain: {
    'zh-Hant': (heading, line) => `第${line}行的部分「${heading}」與前面的部分同號,而計劃的部分 id 就是其編號:請只留一級標題(標題的錯誤說明是哪一級),全文連續編號`,
    'zh-Hans': (heading, line) => `第${line}行的部分“${heading}”与前面的部分同号,而计划的部分 id 就是其编号:请只留一级标题(标题的错误说明是哪一级),全文连续编号`,
    en: (heading, line) => `the section "${heading}" (line ${line}) has the number of an earlier section, and a plan's section ids are their numbers: keep one level of headings (the headings' errors say which), numbered on through the document`,
  },
};
