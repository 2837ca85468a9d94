/** The pieces of the sentences of `evaluateTarget` in Traditional Chinese (zh-Hant), the plan's own script. */
import type { SentenceWords } from './words.js';

export const sentence: SentenceWords = {
  sentence: (metric, reached, date, goal, comparison, status, each) =>
    `${metric}:截至${date}${each ? `,${each}中最少的為` : '為'}${reached},目標${each ? '為' : ''}${goal},${comparison && `${comparison},`}${status}。`,
  comma: ',',
  done: (share) => `完成${share}`,
  used: (share) => `已用上限${share}`,
  pace: (share) => `序時進度${share}`,
  pathFrom: (year, share) => `自${year}年底起的序時進度${share}`,
  reached: '已達到目標',
  inBand: '在目標區間內',
  below: '低於目標',
  aboveBand: '高於目標區間',
  wrongWay: '反向變化',
  movedFrom: (baseline, rose) => `較基數${baseline}${rose ? '上升' : '下降'}`,
  noPace: '(無基數,不作進度判斷)',
  conferred: '(須經評定,到期前不作進度判斷)',
  single: '(目標為單個,不作進度判斷)',
  few: '(目標數量少,容許相差一件)',
  byDeadline: '(到期時判斷,不作進度判斷)',
  notAnnual: '(非全年數據,不作進度判斷)',
  left: (left) => (left ? `尚餘${left}` : '上限已用盡'),
  exceeded: '超額完成',
};
