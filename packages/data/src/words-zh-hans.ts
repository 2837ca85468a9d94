/** The data package's words in Simplified Chinese (zh-Hans): status names and comparator words. */
import type { DataWords } from './words.js';

export const words: DataWords = {
  status: {
    met: '已达成',
    onTrack: '进度正常',
    behind: '进度滞后',
    seriouslyBehind: '严重滞后',
    notStarted: '未启动',
    missed: '未达成',
    overPace: '用量快于序时',
    overCeiling: '已超上限',
    aboveBand: '高于目标区间',
    belowTarget: '尚未达到目标',
    pending: '待评定',
  },
  comparator: { atLeast: '不少于', atMost: '不超过', approx: '约', exact: '', decreaseBy: '下降', increaseBy: '增长', range: '' },
  changeBound: { floor: { before: '', after: '以上' }, approx: { before: '', after: '左右' } },
  strive: { compact: '力争', words: '力争' },
};
