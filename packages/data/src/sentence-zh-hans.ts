/** The pieces of the sentences of `evaluateTarget` in Simplified Chinese (zh-Hans). */
import type { SentenceWords } from './words.js';

export const sentence: SentenceWords = {
  sentence: (metric, reached, date, goal, comparison, status, each) =>
    `${metric}:截至${date}${each ? `,${each}中最少的为` : '为'}${reached},目标${each ? '为' : ''}${goal},${comparison && `${comparison},`}${status}。`,
  comma: ',',
  done: (share) => `完成${share}`,
  used: (share) => `已用上限${share}`,
  pace: (share) => `序时进度${share}`,
  pathFrom: (year, share) => `自${year}年底起的序时进度${share}`,
  reached: '已达到目标',
  inBand: '在目标区间内',
  below: '低于目标',
  aboveBand: '高于目标区间',
  wrongWay: '反向变化',
  movedFrom: (baseline, rose) => `较基数${baseline}${rose ? '上升' : '下降'}`,
  noPace: '(无基数,不作进度判断)',
  conferred: '(须经评定,到期前不作进度判断)',
  single: '(目标为单个,不作进度判断)',
  few: '(目标数量少,容许相差一件)',
  byDeadline: '(到期时判断,不作进度判断)',
  notAnnual: '(非全年数据,不作进度判断)',
  left: (left) => (left ? `尚余${left}` : '上限已用尽'),
  exceeded: '超额完成',
};
