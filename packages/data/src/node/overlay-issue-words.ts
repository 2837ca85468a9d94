/**
 * What `applyOverlay` says of an overlay's problems, in each language the CLI speaks (`dz-plan build --overlay --lang`,
 * `applyOverlay`'s `lang`): a section, task, unit or target the plan does not have, two entries for one unit, a target
 * both removed and changed, half a figure, and a quote to add that is not in its task, not there that often, or read
 * already. Field names (`value`, `valueText`…) are the overlay's keys, the same in every language.
 */
import type { WordsByParts } from './words-by-parts.js';

/** The problems of an overlay's references, each with the parts it names. */
export const overlayIssueWords: {
  readonly noSection: WordsByParts<[key: string]>;
  readonly noTask: WordsByParts<[key: string]>;
  readonly noUnit: WordsByParts<[key: string]>;
  readonly noTarget: WordsByParts<[id: string]>;
  readonly sameUnit: WordsByParts<[first: string]>;
  readonly alsoRemoved: WordsByParts<[id: string]>;
  readonly figureWithoutText: WordsByParts<[]>;
  readonly textWithoutFigure: WordsByParts<[]>;
  readonly quoteNotInTask: WordsByParts<[quote: string, task: number]>;
  readonly occursOnly: WordsByParts<[quote: string, times: number, task: number]>;
  readonly alreadyTarget: WordsByParts<[quote: string, id: string]>;
} = {
  noSection: { 'zh-Hant': (key) => `計劃沒有第${key}部分`, 'zh-Hans': (key) => `计划没有第${key}部分`, en: (key) => `the plan has no section ${key}` },
  noTask: { 'zh-Hant': (key) => `計劃沒有任務${key}`, 'zh-Hans': (key) => `计划没有任务${key}`, en: (key) => `the plan has no task ${key}` },
  noUnit: { 'zh-Hant': (key) => `計劃沒有名為「${key}」的單位`, 'zh-Hans': (key) => `计划没有名为“${key}”的单位`, en: (key) => `the plan has no unit named "${key}"` },
  noTarget: { 'zh-Hant': (id) => `計劃沒有目標 ${id}`, 'zh-Hans': (id) => `计划没有目标 ${id}`, en: (id) => `the plan has no target ${id}` },
  sameUnit: {
    'zh-Hant': (first) => `與「${first}」是同一單位:請把它的修改寫在一處`,
    'zh-Hans': (first) => `与“${first}”是同一单位:请把它的修改写在一处`,
    en: (first) => `names the same unit as "${first}": give its corrections in one entry`,
  },
  alsoRemoved: {
    'zh-Hant': (id) => `目標 ${id} 也在刪除之列:請改它或刪它,只選一樣`,
    'zh-Hans': (id) => `目标 ${id} 也在删除之列:请改它或删它,只选一样`,
    en: (id) => `target ${id} is also removed: change it or remove it`,
  },
  figureWithoutText: {
    'zh-Hant': () => '有 value 或 upperValue 而沒有 valueText:請一併寫 valueText,即文件所寫的數字(句子顯示它)',
    'zh-Hans': () => '有 value 或 upperValue 而没有 valueText:请一并写 valueText,即文件所写的数字(句子显示它)',
    en: () => 'gives value or upperValue without valueText: give valueText too, the figure as the document writes it (the sentence shows it)',
  },
  textWithoutFigure: {
    'zh-Hant': () => '有 valueText 而沒有 value:請一併寫 value(區間再寫 upperValue),即判斷填報數字所用的數',
    'zh-Hans': () => '有 valueText 而没有 value:请一并写 value(区间再写 upperValue),即判断填报数字所用的数',
    en: () => 'gives valueText without value: give value too (and upperValue for a range), the number a reading is judged against',
  },
  quoteNotInTask: {
    'zh-Hant': (quote, task) => `「${quote}」不在任務${task}的文字中`,
    'zh-Hans': (quote, task) => `“${quote}”不在任务${task}的文字中`,
    en: (quote, task) => `"${quote}" is not in the text of task ${task}`,
  },
  occursOnly: {
    'zh-Hant': (quote, times, task) => `「${quote}」在任務${task}的文字中只出現${times}次:occurrence 請寫1到${times}`,
    'zh-Hans': (quote, times, task) => `“${quote}”在任务${task}的文字中只出现${times}次:occurrence 请写1到${times}`,
    en: (quote, times, task) => `"${quote}" occurs only ${times} time${times === 1 ? '' : 's'} in the text of task ${task}: give an occurrence from 1 to ${times}`,
  },
  alreadyTarget: {
    'zh-Hant': (quote, id) => `「${quote}」已是目標 ${id}:請改它,不要再加`,
    'zh-Hans': (quote, id) => `“${quote}”已是目标 ${id}:请改它,不要再加`,
    en: (quote, id) => `"${quote}" is already target ${id}: change it instead`,
  },
};
