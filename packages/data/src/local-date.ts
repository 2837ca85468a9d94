/**
 * Today's date: where it is latest on Earth, the one "today" a reading's date is judged by; and the reader's own
 * calendar date. Apart from `iso-date.ts` (its date formats), so a page can know the date alone.
 */

/**
 * A moment's date on the reader's own calendar, `YYYY-MM-DD` (default: now, so today as the reader calls it): the day
 * a gauge's `value` given without `as-of` stands at, and the day of a `Date` given as `as-of`. Not what a reading
 * dated after it cannot be: that is {@link latestIsoDate}, the same on every machine.
 *
 * @example
 * ```ts
 * localIsoDate(new Date(2023, 5, 30, 23, 59)); // '2023-06-30', in any time zone
 * ```
 */
export function localIsoDate(at: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The date where it is latest on Earth (UTC+14) at `at` (default: now), `YYYY-MM-DD`: a day that has come somewhere.
 * The one "today" a reading's date is judged by, so a reading dated today in Dezhou (UTC+8) is never "after today"
 * wherever it is judged: on a page read in Europe whose calendar is still on yesterday, by `diffReports`, and by the
 * progress import, `diff` and `summary` of `dz-plan` on a machine whose clock says UTC.
 */
export function latestIsoDate(at: Date = new Date()): string {
  return new Date(at.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
