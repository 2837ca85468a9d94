/** The data package's words in Traditional Chinese (zh-Hant), the plan's own script: status names and comparator words. */
import type { DataWords } from './words.js';

export const words: DataWords = {
  status: {
    met: '已達成',
    onTrack: '進度正常',
    behind: '進度滯後',
    seriouslyBehind: '嚴重滯後',
    notStarted: '未啟動',
    missed: '未達成',
    overPace: '用量快於序時',
    overCeiling: '已超上限',
    aboveBand: '高於目標區間',
    belowTarget: '尚未達到目標',
    pending: '待評定',
  },
  comparator: { atLeast: '不少於', atMost: '不超過', approx: '約', exact: '', decreaseBy: '下降', increaseBy: '增長', range: '' },
  changeBound: { floor: { before: '', after: '以上' }, approx: { before: '', after: '左右' } },
  strive: { compact: '力爭', words: '力爭' },
};
