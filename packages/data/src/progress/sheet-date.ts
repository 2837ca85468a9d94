/** A date as people type it in a sheet, as an ISO date. */

/**
 * `2023-06-30`, `2023/6/30`, `2023.6.30`, `2023年6月30日` (full-width digits too) as `2023-06-30`, with a time of
 * day after it (`2023-06-30 00:00:00`, as a sheet's date cell is often exported) or the day of the week
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
