import { describeTargetInWords, formatAmount } from './describe-target.js';
import { statusLabels, type Status } from './messages.js';
import type { Language, Target } from './schema.js';

/** A reported value for a target. */
export interface TargetReading {
  /**
   * The amount reached so far, in the target's unit. For `decreaseBy` / `increaseBy` it is the change achieved
   * (a 7% reduction is `7`); for `atMost` it is the amount used or reached so far (lower is better).
   */
  readonly value: number;
  /** The date the value stands at (ISO `YYYY-MM-DD`). */
  readonly asOf: string;
}

/** Options of {@link evaluateTarget}. */
export interface EvaluateOptions {
  /** Start of the period the target is paced over (ISO date). Default: 1 January of the deadline's year. */
  readonly start?: string;
  /** Language of the sentence. Default zh-Hant. */
  readonly lang?: Language;
}

/** How far a target has come: what {@link evaluateTarget} returns. */
export interface TargetEvaluation {
  /** The target evaluated. */
  readonly target: Target;
  /** The reported value, in the target's unit (as in {@link TargetReading.value}). */
  readonly value: number;
  /** The date the value stands at (ISO `YYYY-MM-DD`). */
  readonly asOf: string;
  /**
   * Progress as a ratio of the target value (1 = the target amount). For `atMost` it is the share of the ceiling
   * used, where more is worse and above 1 means the ceiling is exceeded.
   */
  readonly progress: number;
  /** Share of the period elapsed by `asOf`, 0–1 (序時進度). */
  readonly expected: number;
  /**
   * Where the target stands: `met`, `onTrack` (progress at or ahead of `expected`), `behind`, `notStarted` (nothing
   * reported done), or `missed` (due and not reached, or a ceiling exceeded).
   */
  readonly status: Status;
  /** Whether lower values are better (a ceiling). */
  readonly lowerIsBetter: boolean;
  /** A sentence for screen readers in the requested language. */
  readonly sentence: string;
}

const DAY = 86_400_000;

function parseDate(iso: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(time)) throw new RangeError(`${what} "${iso}" is not an ISO date (YYYY-MM-DD)`);
  return time;
}

/**
 * Share of [start, end] elapsed at `at`, counting whole days inclusively, clamped to 0–1: the expected progress
 * (序時進度) at a date. All three are ISO dates (`YYYY-MM-DD`); a period that ends before it starts counts as over.
 *
 * @example
 * ```ts
 * elapsedShare('2023-01-01', '2023-12-31', '2023-06-30'); // 0.4958… (181 of 365 days)
 * elapsedShare('2023-01-01', '2023-12-31', '2024-03-01'); // 1
 * ```
 * @throws RangeError when a date is not an ISO date.
 */
export function elapsedShare(start: string, end: string, at: string): number {
  const s = parseDate(start, 'start');
  const e = parseDate(end, 'deadline') + DAY;
  const a = parseDate(at, 'asOf') + DAY;
  if (e <= s) return 1;
  return Math.min(1, Math.max(0, (a - s) / (e - s)));
}

function statusOf(target: Target, progress: number, expected: number, value: number, due: boolean): Status {
  if (target.comparator === 'atMost') {
    if (progress > 1) return 'missed';
    if (due) return 'met';
    return progress <= expected ? 'onTrack' : 'behind';
  }
  const reached = target.comparator === 'approx' ? progress >= 0.95 : progress >= 1;
  if (reached) return 'met';
  if (due) return 'missed';
  if (value <= 0) return 'notStarted';
  return progress >= expected ? 'onTrack' : 'behind';
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

function longDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'en') {
    return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return `${y}年${m}月${d}日`;
}

function sentenceOf(e: Omit<TargetEvaluation, 'sentence'>, lang: Language): string {
  const { target } = e;
  const metric = target.metric[lang];
  const goal = describeTargetInWords(target, lang);
  const reached = formatAmount(target, e.value, lang);
  const status = statusLabels[lang][e.status];
  if (lang === 'en') {
    const share = e.lowerIsBetter ? `${percent(e.progress)} of the ceiling used` : `${percent(e.progress)} of the target`;
    return `${metric}: ${reached} as of ${longDate(e.asOf, lang)}, target ${goal}; ${share}, ${percent(e.expected)} of the period elapsed; ${status}.`;
  }
  const zh = zhWords[lang];
  const share = `${e.lowerIsBetter ? zh.used : zh.done}${percent(e.progress)}`;
  return `${metric}:${zh.asOf}${longDate(e.asOf, lang)}${zh.is}${reached},${zh.target}${goal},${share},${zh.pace}${percent(e.expected)},${status}。`;
}

const zhWords = {
  'zh-Hant': { asOf: '截至', is: '為', target: '目標', done: '完成', used: '已用上限', pace: '序時進度' },
  'zh-Hans': { asOf: '截至', is: '为', target: '目标', done: '完成', used: '已用上限', pace: '序时进度' },
} as const;

/**
 * Evaluates a reported value against a target, honouring its comparator: for `atMost` lower is better and going
 * over the ceiling is `missed`; `decreaseBy` and `increaseBy` measure the change achieved.
 *
 * @example
 * ```ts
 * const e = evaluateTarget(getTarget('t09.1')!, { value: 2100, asOf: '2023-06-30' }, { lang: 'en' });
 * e.status;   // 'onTrack' — 70% done with 50% of the year gone
 * e.sentence; // 'New 5G base stations opened: 2,100 units as of 30 June 2023, target 3,000 units; …'
 * ```
 * @throws RangeError when a date is not an ISO date or the value is not a finite number.
 */
export function evaluateTarget(target: Target, reading: TargetReading, options: EvaluateOptions = {}): TargetEvaluation {
  const lang = options.lang ?? 'zh-Hant';
  if (typeof reading.value !== 'number' || !Number.isFinite(reading.value)) {
    throw new RangeError(`the value for target ${target.id} is not a finite number: ${String(reading.value)}`);
  }
  const start = options.start ?? `${target.deadline.slice(0, 4)}-01-01`;
  const expected = elapsedShare(start, target.deadline, reading.asOf);
  const due = parseDate(reading.asOf, 'asOf') >= parseDate(target.deadline, 'deadline');
  const progress = target.value === 0 ? (reading.value > 0 ? Infinity : 1) : reading.value / target.value;
  const lowerIsBetter = target.comparator === 'atMost';
  const status = statusOf(target, progress, expected, reading.value, due);
  const partial = { target, value: reading.value, asOf: reading.asOf, progress, expected, status, lowerIsBetter };
  return { ...partial, sentence: sentenceOf(partial, lang) };
}

