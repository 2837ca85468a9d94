/**
 * What is said of a value `planFromText` proposes with no metric of its own (`unnamed-targets.ts`), in each language
 * the CLI speaks (`--lang`): proposed with its metric to be written (`metricNotNamed`), or not proposed, after 分別
 * with no subject (`respectiveWithoutSubject`). The check says the English.
 */
import type { ChineseScript } from './chinese.js';
import type { WordsByParts } from './words-by-parts.js';

/** What `metricNotNamed` says of the value `quote` (達到2.5%) of task `task`. */
export const metricNotNamedWords: WordsByParts<[task: number, quote: string]> = {
  'zh-Hant': (task, quote) => `任務 ${task}:「${quote}」沒有寫明指標,同一句中它前面的分句也沒有:目標照樣提出,指標留待寫上(在 overlay 裡寫:targets.change)`,
  'zh-Hans': (task, quote) => `任务 ${task}:“${quote}”没有写明指标,同一句中它前面的分句也没有:目标照样提出,指标留待写上(在 overlay 里写:targets.change)`,
  en: (task, quote) => `task ${task}: ${quote} names no metric, and no clause before it in its sentence does: the target is proposed with its metric to be written (an overlay: targets.change)`,
};

/** 分別 and a 、-list before it, as each script writes them: the English quotes the document's, a Chinese language its own. */
export const respectivelyWords: Readonly<Record<ChineseScript, { readonly word: string; readonly example: string }>> = {
  'zh-Hant': { word: '分別', example: '甲、乙分別增長15%、20%' },
  'zh-Hans': { word: '分别', example: '甲、乙分别增长15%、20%' },
};
const hant = respectivelyWords['zh-Hant'];
const hans = respectivelyWords['zh-Hans'];

/**
 * What `respectiveWithoutSubject` says of the value `quote` (15%) after 分別 in task `task`, with no subject to pair it
 * with; `word` and `example`, {@link respectivelyWords} in the document's script.
 */
export const respectiveWithoutSubjectWords: WordsByParts<[task: number, quote: string, word: string, example: string]> = {
  'zh-Hant': (task, quote) => `任務 ${task}:「${quote}」在「${hant.word}」之後,但前面沒有可以對應的主語:不產生目標(請把主語寫成以「、」分隔的清單,每個數值一個:${hant.example})`,
  'zh-Hans': (task, quote) => `任务 ${task}:“${quote}”在“${hans.word}”之后,但前面没有可以对应的主语:不产生目标(请把主语写成以“、”分隔的清单,每个数值一个:${hans.example})`,
  en: (task, quote, word, example) => `task ${task}: ${quote} follows ${word}, but no subject before it pairs with it: no target proposed (write the subjects as a 、-list, one for each value: ${example})`,
};
