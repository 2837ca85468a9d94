/**
 * The built-in date formats of East Asian Excel and WPS, which ExcelJS does not know. A cell formatted
 * `yyyy"年"m"月"d"日"` by zh-CN Excel or WPS names the built-in format 31 in the workbook's `xl/styles.xml`, with no
 * `<numFmt>` to define it (the locale's Excel knows it); ExcelJS knows only the formats every locale shares, so it
 * drops the id and gives the cell as its serial number, 45107 for 2023-06-30. Defining those ids in `styles.xml`
 * before ExcelJS reads the workbook lets it see date cells, as it does for `yyyy-mm-dd`.
 */

/**
 * The built-in formats that show a date (ECMA-376 Part 1, §18.8.30), as zh-CN defines them. The ids are dates in
 * zh-TW (as Republic-era dates), ja-JP and ko-KR too, except 52 and 53, times in zh-TW; the date a serial stands for
 * is the same whatever the display. The time formats among 27–36 and 50–58 (32–35, 55, 56) are left out.
 */
const eastAsianDateFormats: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The ids of the number formats a part of `styles.xml` names in the attribute. */
const idsIn = (xml: string, element: string): Set<number> =>
  new Set([...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\bnumFmtId=["'](\\d+)["']`, 'g'))].map((m) => Number(m[1])));

/**
 * `styles.xml` with a `<numFmt>` for each East Asian built-in date format its cell styles (`<cellXfs>`) use and it
 * does not define; `undefined` when there is none, the common case, so the workbook is read as it is.
 */
export function defineEastAsianDateFormats(styles: string): string | undefined {
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(styles)?.[0] ?? '';
  const defined = idsIn(/<numFmts\b[\s\S]*?<\/numFmts>/.exec(styles)?.[0] ?? '', 'numFmt');
  const missing = [...idsIn(cellXfs, 'xf')].filter((id) => id in eastAsianDateFormats && !defined.has(id));
  if (missing.length === 0) return undefined;
  const added = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${eastAsianDateFormats[id]!.replaceAll('"', '&quot;')}"/>`).join('');
  if (/<\/numFmts>/.test(styles)) return styles.replace(/<\/numFmts>/, `${added}</numFmts>`);
  if (/<numFmts\b[^>]*\/>/.test(styles)) return styles.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${added}</numFmts>`);
  // numFmts comes first in a styleSheet.
  return styles.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${added}</numFmts>`);
}

/**
 * Whether a date format shows the year but no day (`yyyy"年"m"月"`, the built-in 27, 36, 50, 52 and 57 above, `mmm-yy`):
 * the cell holds a day all the same (the 1st when 2023年6月 is typed), which no one chose. Text in quotes, an escaped
 * character and a part in brackets (a locale, a colour) are not tokens.
 */
export function showsNoDay(numFmt: string): boolean {
  const tokens = numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return tokens.includes('y') && !tokens.includes('d');
}

/** The first and last serial of the dates a progress sheet may hold, 2000-01-01 and 2099-12-31, as Excel counts days. */
const serialRange = [36526, 73050] as const;

/**
 * The date an Excel date serial stands for (45107 → `2023-06-30`), as the text of a cell that lost its date format
 * (pasted as values, or a General column); `undefined` for text that is not a whole number of the years 2000 to 2099.
 */
export function serialDate(text: string): string | undefined {
  if (!/^\d{5}$/.test(text)) return undefined;
  const serial = Number(text);
  if (serial < serialRange[0] || serial > serialRange[1]) return undefined;
  // Excel counts from 1899-12-30 (its day 60 is a 29 February 1900 that never was; no serial of these years is before it).
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}
