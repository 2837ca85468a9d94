/** The data package's words in English: status names and comparator words. */
import type { DataWords } from './words.js';

export const words: DataWords = {
  status: {
    met: 'met',
    onTrack: 'on track',
    behind: 'behind',
    seriouslyBehind: 'seriously behind',
    notStarted: 'not started',
    missed: 'missed',
    overPace: 'used faster than the pace',
    overCeiling: 'ceiling exceeded',
    aboveBand: 'above the target band',
    belowTarget: 'not yet at target',
    pending: 'awaiting decision',
  },
  comparator: { atLeast: 'at least', atMost: 'at most', approx: 'about', exact: '', decreaseBy: 'a decrease of', increaseBy: 'an increase of', range: '' },
  changeBound: { floor: { before: 'at least ', after: '' }, approx: { before: 'about ', after: '' } },
  strive: { compact: 'aim', words: 'aiming for ' },
};
