/** A date as people type it in a sheet, as an ISO date. */

/**
 * The plan's time zone, Asia/Shanghai, as its offset from UTC in hours (China keeps no summer time): a sheet's
 * timestamp with `Z` or an offset (`2023-06-29T16:00:00.000Z`, China's midnight exported as UTC) names the date it is
 * there, 2023-06-30.
 */
export const PLAN_UTC_OFFSET_HOURS = 8;

/**
 * The date in the plan's time zone ({@link PLAN_UTC_OFFSET_HOURS}) of a timestamp with its zone (`Z`, `+08:00`,
 * `-0500`): `2023-06-29T16:00:00.000Z` → `2023-06-30`; `undefined` for a text without a zone or that is no real moment.
 */
export function planDateOfTimestamp(text: string): string | undefined {
  const trimmed = text.normalize('NFKC').trim();
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(at) ? undefined : new Date(at + PLAN_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
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
  const stamp = /^(\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/.exec(text.normalize('NFKC').trim());
  if (stamp) return stamp[1]!;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:(?:星期|週|周|礼拜|禮拜)([一二三四五六日天]))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
    text.normalize('NFKC').trim(),
  );
  if (!match) return text;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const weekday = match[4];
  // A weekday that is not the date's says one of the two is wrong: leave the text for the check to quote.
  if (weekday !== undefined && '日一二三四五六'.indexOf(weekday === '天' ? '日' : weekday) !== new Date(`${iso}T00:00:00Z`).getUTCDay()) return text;
  return iso;
}
