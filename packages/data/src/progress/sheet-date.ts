/** A date as people type it in a sheet, as an ISO date. */

/**
 * `2023-06-30`, `2023/6/30`, `2023.6.30`, `2023年6月30日` (full-width digits too) as `2023-06-30`; other text is
 * returned as typed, for the date check to reject with the text quoted.
 *
 * @example
 * ```ts
 * sheetDate('2023年6月30日'); // '2023-06-30'
 * sheetDate('六月底');        // '六月底'
 * ```
 */
export function sheetDate(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text;
}
