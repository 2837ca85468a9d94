/** The pieces of the sentences of `evaluateTarget` in English. */
import type { SentenceWords } from './words.js';

export const sentence: SentenceWords = {
  sentence: (metric, reached, date, goal, comparison, status, each) =>
    `${metric}: ${reached}${each ? `, the lowest of any ${each},` : ''} as of ${date}, target ${goal}; ${comparison && `${comparison}; `}${status}.`,
  comma: ', ',
  done: (share) => `${share} of the target`,
  used: (share) => `${share} of the ceiling used`,
  pace: (share) => `${share} of the period elapsed`,
  pathFrom: (year, share) => `${share} of the path from the end of ${year} elapsed`,
  // Said of a floor and of a ceiling alike (at most 3%, at 0.2%).
  reached: 'target reached',
  inBand: 'within the target band',
  below: 'below the target',
  aboveBand: 'above the target band',
  wrongWay: 'moved the wrong way',
  movedFrom: (baseline, rose) => `${rose ? 'up' : 'down'} from the baseline of ${baseline}`,
  noPace: ' (no baseline, so no pace is judged)',
  conferred: ' (awarded on assessment, so no pace is judged before the deadline)',
  single: ' (a single thing, so no pace is judged)',
  few: ' (a few whole things: one short of the pace is allowed)',
  byDeadline: ' (judged at the deadline, not paced)',
  notAnnual: ' (not an annual figure, so no pace is judged)',
  left: (left) => (left ? `${left} of the ceiling left` : 'ceiling used up'),
  exceeded: 'target exceeded',
};
