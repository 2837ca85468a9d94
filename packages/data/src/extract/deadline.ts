/**
 * The deadline a sentence sets for its targets, read where it starts in the folded text: a year (到2026年, 2025年底前,
 * 2025年前), a month (6月底前, 六月底, 11月前, 2024年6月底前), a quarter (三季度末前), a half (上半年, 年中) or the year's
 * end (年底前). Not 截至6月底 (a state at a date), nor 2025年前三季度 or 每年6月 (parts of a year, no deadline).
 */

/** A deadline: the last day of `month` (12: the year's end) of `year`, or of the plan's year when none is written. */
export interface Deadline {
  readonly year?: number;
  readonly month: number;
  /** How many characters of the folded text it takes. */
  readonly length: number;
}

const MONTH_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const QUARTERS: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** The forms, each at the start of the slice; a year's forms need 到/至 before them or an ending (底, 前) after. */
const YEAR = /^(20\d\d)年(?:(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:底前|底|末前|末|份前|前)|(底前|底|末前|末|前(?![一二三四五六七八九十\d个])))?/;
const MONTH = /^(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:底前|底|末前|末|份前|前(?![一二三四五六七八九十\d]))/;
const QUARTER = /^(?:第)?([一二三四1-4])季度(?:末前|末|底前|底)/;
const HALF = /^(?:上半年(?:末前|末|底前|底|前)?|年中(?:前|以前))|^年中(?=[,，])/;
const YEAR_END = /^年(?:底前|底|末前|末)/;

/** Where the deadline read at `at` would be a state at a date: after 截至 or 截止. */
function isAsOf(folded: string, at: number): boolean {
  const by = folded[at - 1] === ' ' ? at - 2 : at - 1;
  return (folded[by] === '至' || folded[by] === '止') && folded[by - 1] === '截';
}

/** The deadline whose words start at `at`, if any. */
export function deadlineAt(folded: string, at: number): Deadline | undefined {
  if (isAsOf(folded, at)) return undefined;
  const slice = folded.slice(at, at + 12);
  const year = YEAR.exec(slice);
  if (year) {
    const by = folded[at - 1] === ' ' ? at - 2 : at - 1;
    const month = year[1] !== undefined && year[2] !== undefined ? monthOf(year[2]) : 12;
    if (year[2] === undefined && year[3] === undefined && folded[by] !== '到' && folded[by] !== '至') return undefined;
    return { year: Number(year[1]), month, length: year[0].length };
  }
  // 每年6月底: a date in every year, no deadline; 2024年6月底 is read above, at its year.
  if (folded[at - 1] === '年') return undefined;
  const month = MONTH.exec(slice);
  if (month) return { month: monthOf(month[1]!), length: month[0].length };
  const quarter = QUARTER.exec(slice);
  if (quarter) return { month: QUARTERS[quarter[1]!]!, length: quarter[0].length };
  const half = HALF.exec(slice);
  if (half) return { month: 6, length: half[0].length };
  if (folded[at - 1] !== '全' && folded[at - 1] !== '每') {
    const end = YEAR_END.exec(slice);
    if (end) return { month: 12, length: end[0].length };
  }
  return undefined;
}

function monthOf(numeral: string): number {
  return MONTH_NUMERALS[numeral] ?? Number(numeral);
}

/** The characters a deadline may start with: a digit, a Chinese numeral, 第, 上, 年. */
export const DEADLINE_STARTS = new Set([...'0123456789一二三四五六七八九十第上年']);

/** The last day of `month` of `year`, as an ISO date. */
export function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
