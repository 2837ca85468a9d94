/**
 * An evaluation said in one sentence for screen readers, in zh-Hant, zh-Hans and English: what was reached by when,
 * against which target, how it compares with the pace or the target, and the status.
 */
import { describeTargetInWords, formatAmount } from './describe-target.js';
import { builtUp } from './built-up.js';
import type { Standing, TargetEvaluation } from './evaluate-target.js';
import { formatPercent } from './format-percent.js';
import { formatIsoDate } from './iso-date.js';
import { comparatorLabels, statusLabels } from './messages.js';
import { isSingleThing } from './single-thing.js';
import type { Language } from './schema.js';


/** How the reading compares, in words: against the pace, the ceiling, or the target itself. */
function comparisonOf(e: Omit<TargetEvaluation, 'sentence'>, standing: Standing, lang: Language): string {
  const w = sentenceWords[lang];
  if (standing === 'wrongWay') return w.wrongWay;
  if (e.expected === undefined) {
    const where = standing === 'reached' ? (e.band ? w.inBand : w.reached) : standing === 'above' ? (e.lowerIsBetter ? w.overLimit : w.aboveBand) : w.below;
    // Why a reading below its target is not judged against a pace: said until the deadline (then it is missed).
    const why = e.measure === 'designation' ? w.conferred : isSingleThing(e.target) ? w.single : builtUp(e.target) ? w.byDeadline : undefined;
    if (why !== undefined) return standing === 'below' && e.status !== 'missed' ? `${where}${why}` : where;
    return e.measure === 'level' || e.measure === undefined ? `${where}${w.noPace}` : where;
  }
  const expected = formatPercent(e.expected, [e.progress]);
  const pace = e.measure === 'change' && e.target.baselineYear !== undefined ? w.pathFrom(e.target.baselineYear, expected) : w.pace(expected);
  const done = formatPercent(e.progress, [1, e.expected]);
  const share = e.measure === 'ceiling' ? w.used(done) : w.done(done);
  return `${share}${w.comma}${pace}`;
}

/**
 * The reading as the target is stated: a level or an amount as it is (`2100個`), a change or a growth as the movement
 * (`下降12.5%`, `增長6%`; the wrong way with the opposite word), never as a level it is not (`萬元GDP用水量為12.5%`).
 */
function readingInWords(e: Omit<TargetEvaluation, 'sentence'>, lang: Language): string {
  const { target, value } = e;
  const by = target.comparator;
  if (by !== 'decreaseBy' && by !== 'increaseBy') return formatAmount(target, value, lang);
  const word = comparatorLabels[lang][value < 0 ? (by === 'decreaseBy' ? 'increaseBy' : 'decreaseBy') : by];
  const amount = formatAmount(target, Math.abs(value), lang);
  return lang === 'en' ? `${word} ${amount}` : `${word}${amount}`;
}

/** The evaluation in one sentence in the language: the metric, the reading and its date, the target, how it compares and the status. */
export function evaluationSentence(e: Omit<TargetEvaluation, 'sentence'>, standing: Standing, lang: Language): string {
  const { target } = e;
  const w = sentenceWords[lang];
  const reached = readingInWords(e, lang);
  const date = formatIsoDate(e.asOf, lang);
  return w.sentence(target.metric[lang], reached, date, describeTargetInWords(target, lang), comparisonOf(e, standing, lang), statusLabels[lang][e.status], target.each?.[lang]);
}

interface SentenceWords {
  /** `each`: for a threshold each member of a set must reach, the set, whose lowest member the reading is. */
  sentence(metric: string, reached: string, date: string, goal: string, comparison: string, status: string, each: string | undefined): string;
  comma: string;
  done(share: string): string;
  used(share: string): string;
  pace(share: string): string;
  pathFrom(year: number, share: string): string;
  reached: string;
  inBand: string;
  below: string;
  aboveBand: string;
  overLimit: string;
  wrongWay: string;
  noPace: string;
  /** Why a designation below its target is not paced. */
  conferred: string;
  /** Why a flow of one thing below its target is not paced. */
  single: string;
  /** Why a rate to reach by the deadline below it is not judged behind. */
  byDeadline: string;
}

const sentenceWords: Readonly<Record<Language, SentenceWords>> = {
  'zh-Hant': {
    sentence: (metric, reached, date, goal, comparison, status, each) =>
      `${metric}:截至${date}${each ? `,${each}中最少的為` : '為'}${reached},目標${goal},${comparison},${status}。`,
    comma: ',',
    done: (share) => `完成${share}`,
    used: (share) => `已用上限${share}`,
    pace: (share) => `序時進度${share}`,
    pathFrom: (year, share) => `自${year}年底起的序時進度${share}`,
    reached: '已達到目標',
    inBand: '在目標區間內',
    below: '低於目標',
    aboveBand: '高於目標區間',
    overLimit: '超過上限',
    wrongWay: '反向變化',
    noPace: '(無基數,不作進度判斷)',
    conferred: '(須經評定,到期前不作進度判斷)',
    single: '(目標為單個,不作進度判斷)',
    byDeadline: '(到期時判斷,不作進度判斷)',
  },
  'zh-Hans': {
    sentence: (metric, reached, date, goal, comparison, status, each) =>
      `${metric}:截至${date}${each ? `,${each}中最少的为` : '为'}${reached},目标${goal},${comparison},${status}。`,
    comma: ',',
    done: (share) => `完成${share}`,
    used: (share) => `已用上限${share}`,
    pace: (share) => `序时进度${share}`,
    pathFrom: (year, share) => `自${year}年底起的序时进度${share}`,
    reached: '已达到目标',
    inBand: '在目标区间内',
    below: '低于目标',
    aboveBand: '高于目标区间',
    overLimit: '超过上限',
    wrongWay: '反向变化',
    noPace: '(无基数,不作进度判断)',
    conferred: '(须经评定,到期前不作进度判断)',
    single: '(目标为单个,不作进度判断)',
    byDeadline: '(到期时判断,不作进度判断)',
  },
  en: {
    sentence: (metric, reached, date, goal, comparison, status, each) =>
      `${metric}: ${reached}${each ? `, the lowest of any ${each},` : ''} as of ${date}, target ${goal}; ${comparison}; ${status}.`,
    comma: ', ',
    done: (share) => `${share} of the target`,
    used: (share) => `${share} of the ceiling used`,
    pace: (share) => `${share} of the period elapsed`,
    pathFrom: (year, share) => `${share} of the path from the end of ${year} elapsed`,
    reached: 'at or above the target',
    inBand: 'within the target band',
    below: 'below the target',
    aboveBand: 'above the target band',
    overLimit: 'above the limit',
    wrongWay: 'moved the wrong way',
    noPace: ' (no baseline, so no pace is judged)',
    conferred: ' (awarded on assessment, so no pace is judged before the deadline)',
    single: ' (a single thing, so no pace is judged)',
    byDeadline: ' (judged at the deadline, not paced)',
  },
};
