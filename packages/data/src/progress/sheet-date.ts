/** A date as people type it in a sheet, as an ISO date. */

/**
 * The plan's time zone, Asia/Shanghai, as its offset from UTC in hours (China keeps no summer time): a sheet's
 * timestamp with `Z` or an offset (`2023-06-29T16:00:00.000Z`, China's midnight exported as UTC) names the date it is
 * there, 2023-06-30.
 */
export const PLAN_UTC_OFFSET_HOURS = 8;

/**
 * Whether hours, minutes and seconds (`16`, `00`, `00` of 16:00:00; seconds may be absent) are a time of day: not
 * `24:00` (ISO's next midnight) nor `99:99:99`, which name no time a sheet means.
 */
export const isTimeOfDay = (hours: string, minutes: string, seconds?: string): boolean => +hours < 24 && +minutes < 60 && (seconds === undefined || +seconds < 60);

/**
 * The date in the plan's time zone ({@link PLAN_UTC_OFFSET_HOURS}) of a timestamp with its zone (`Z`, `+08:00`,
 * `-0500`, `+08`), in ISO's form or near it (`2023-06-29 16:00:00+00:00` as Python writes it, `2023-6-29T16:00:00Z`,
 * `2023/06/29T16:00:00.000Z`, `2023-06-30T00:00:00 +08:00`): `2023-06-29T16:00:00.000Z` → `2023-06-30`; `undefined`
 * for a text without a zone, or that is no real moment (2023-02-30, 24:00).
 */
export function planDateOfTimestamp(text: string): string | undefined {
  const parts = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T\s]\s*(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(?:(Z)|([+-])(\d\d)(?::?(\d\d))?)$/i.exec(text.normalize('NFKC').trim());
  if (!parts) return undefined;
  const [year, month, day, hours, minutes, seconds] = parts.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || !isTimeOfDay(parts[4]!, parts[5]!, parts[6])) return undefined;
  const offset = parts[7] ? 0 : (parts[8] === '-' ? -1 : 1) * (Number(parts[9]) * 60 + Number(parts[10] ?? 0));
  const at = Date.UTC(year, month - 1, day, hours, minutes, seconds) - offset * 60_000;
  return new Date(at + PLAN_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `2023-06-30`, `2023/6/30`, `2023.6.30`, `2023年6月30日` (full-width digits too) as `2023-06-30`, with a time of
 * day after it (`2023-06-30 00:00:00`, as a sheet's date cell is often exported, or `2023-06-30T00:00:00`, ISO without a
 * zone: a timestamp with one is left as typed, its date in the plan's zone hinted) or the day of the week
 * (`2023年6月30日星期五`, `週五`, `周五`) when it is that date's; other text is returned as typed, for the date check
 * to reject with the text quoted.
 *
 * @example
 * ```ts
 * sheetDate('2023年6月30日'); // '2023-06-30'
 * sheetDate('2023年6月30日星期四'); // '2023年6月30日星期四': 30 June 2023 is a Friday
 * sheetDate('六月底');        // '六月底'
 * ```
 */
export function sheetDate(text: string): string {
  // An ISO timestamp without a zone, as a program exports a date cell (2023-06-30T00:00:00): its date. One nearly right
  // (2023-6-30T00:00:00) is left for the check to quote with its hint.
  // A time of day that is none (24:00:00, 99:99:99) leaves the text as typed: no date is read from it.
  const stamp = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?$/.exec(text.normalize('NFKC').trim());
  if (stamp) return isTimeOfDay(stamp[2]!, stamp[3]!, stamp[4]) ? stamp[1]! : text;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:(?:星期|週|周|礼拜|禮拜)([一二三四五六日天]))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    text.normalize('NFKC').trim(),
  );
  if (!match || (match[5] !== undefined && !isTimeOfDay(match[5], match[6]!, match[7]))) return text;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const weekday = match[4];
  // A weekday that is not the date's says one of the two is wrong: leave the text for the check to quote.
  if (weekday !== undefined && '日一二三四五六'.indexOf(weekday === '天' ? '日' : weekday) !== new Date(`${iso}T00:00:00Z`).getUTCDay()) return text;
  return iso;
}
