/** ISO calendar dates (`YYYY-MM-DD`): the one place that reads, checks and writes them for people. */
import { boundedMemo } from './bounded-memo.js';
import type { Language } from './vocabulary.js';

const DAY_MS = 86_400_000;

/**
 * The UTC time of midnight at the start of an ISO date, or `undefined` when the text is not a real date:
 * `2023-02-30` and `9999-99-99` are not. Remembered, at most 1,000 dates: a page of many gauges reads the same few
 * hundreds of times.
 *
 * @example
 * ```ts
 * isoDateTime('2023-06-30'); // 1688083200000
 * isoDateTime('2023-02-30'); // undefined
 * ```
 */
export const isoDateTime: (iso: string) => number | undefined = boundedMemo((iso) => {
  // A date alone is read as UTC; a real date survives the round trip (an engine may roll 30 February into March).
  const time = /^\d{4}-\d\d-\d\d$/.test(iso) ? Date.parse(iso) : NaN;
  return time === time && new Date(time).toISOString().startsWith(iso) ? time : undefined;
});

/** Whether the text is a real ISO date (`2023-06-30` yes, `2023-02-30` and `30/06/2023` no). */
export function isIsoDate(iso: string): boolean {
  return isoDateTime(iso) !== undefined;
}

/** Days from `from` to `to` (both real ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // A date that is not real reads as undefined: NaN days.
  return Math.round((isoDateTime(to)! - isoDateTime(from)!) / DAY_MS);
}

/** Each language's writer of dates ({@link formatIsoDate}), each remembering at most 1,000: each is written once per page. */
const writerIn = boundedMemo((lang) => {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
  return boundedMemo((iso) => {
    const time = isoDateTime(iso);
    return time === undefined ? iso : format.format(time);
  });
});

/**
 * An ISO date as people of the language write it: `2023年6月30日`, `30 June 2023`; other text is returned as is. The
 * one date formatter: the evaluation's sentence (a meter's `aria-valuetext`) and the elements' visible dates use it,
 * so the two cannot drift.
 *
 * @example
 * ```ts
 * formatIsoDate('2023-06-30', 'en');      // '30 June 2023'
 * formatIsoDate('2023-06-30', 'zh-Hant'); // '2023年6月30日'
 * ```
 */
export function formatIsoDate(iso: string, lang: Language): string {
  return writerIn(lang)(iso);
}

/** Whether an ISO date (a real one) is the last day of its month. */
const monthEnd = (iso: string) => new Date(isoDateTime(iso)! + DAY_MS).getUTCDate() === 1;

/** Months from the month of `start` to that of `end`, both counted: `2023-01-01` to `2023-06-30` is 6. */
export const monthsFrom = (start: string, end: string): number => (+end.slice(0, 4) - +start.slice(0, 4)) * 12 + +end.slice(5, 7) - +start.slice(5, 7) + 1;

/** Months from the start of `start`'s month to the end of the day `at`: whole months, and the share of `at`'s month gone. */
function monthsGone(start: string, at: string): number {
  const day = new Date(isoDateTime(at)!);
  const date = day.getUTCDate();
  day.setUTCDate(32); // into the next month: 32 less its day is the days of `at`'s month
  return monthsFrom(start, at) - 1 + date / (32 - day.getUTCDate());
}

/**
 * Throws the `RangeError` of a date given that is not a real ISO date, naming what it is (`today`, a target's
 * deadline): a date misread would turn a check off without a word.
 *
 * @example
 * ```ts
 * isoDateTime(today) ?? notIsoDate('today', today); // RangeError: today "2023-6-30" is not an ISO date (YYYY-MM-DD)
 * ```
 */
export function notIsoDate(what: string, iso: string): never {
  throw new RangeError(`${what} "${iso}" is not an ISO date (YYYY-MM-DD)`);
}

/**
 * Share of [start, end] elapsed at `at`, clamped to 0–1: the expected progress (序時進度) at a date. A period in whole
 * months counts months, as supervision offices do (a quarter on 31 March, half on 30 June), and within a month the
 * share of its days gone (never back below the month end before); any other period counts whole days, inclusively. All three are ISO dates (`YYYY-MM-DD`); a period that ends before it starts
 * counts as over.
 *
 * @example
 * ```ts
 * elapsedShare('2023-01-01', '2023-12-31', '2023-06-30'); // 0.5 (6 of 12 months)
 * elapsedShare('2023-01-01', '2023-12-31', '2023-07-02'); // 0.5053… (6 months and 2 of July's 31 days, of 12)
 * elapsedShare('2023-01-01', '2023-12-31', '2024-03-01'); // 1
 * ```
 * @throws RangeError when a date is not a real ISO date.
 */
export function elapsedShare(start: string, end: string, at: string): number {
  for (const [what, iso] of [['start', start], ['deadline', end], ['asOf', at]] as const) {
    isoDateTime(iso) ?? notIsoDate(what, iso);
  }
  // A period in whole months: months gone (whole at a month end, else with the share of the month's days) over its months.
  const months = start.endsWith('-01') && monthEnd(end);
  const total = months ? monthsFrom(start, end) : daysBetween(start, end) + 1;
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, (months ? monthsGone(start, at) : daysBetween(start, at) + 1) / total));
}

/** The last day of `month` of `year`, as an ISO date; a month past 12 is in a later year (明年6月底: 18). */
export function lastDayOf(year: number, month: number): string {
  if (month > 12) return lastDayOf(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
