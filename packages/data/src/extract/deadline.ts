/**
 * The deadline a sentence sets for its targets, read where it starts in the folded text: a year (到2026年, 2025年底前,
 * 2025年前), a month (6月底前, 六月底, 11月前, 2024年6月底前), a quarter (三季度末前, 一季度前, 第二季度内), a half
 * (上半年, 上半年内, 年中) or the year's end (年底前); after 到 or 至 a month alone (到2025年6月, 到6月: that month's end);
 * any of these after 明年 (明年底前, 明年6月底前: in the year after the plan's) or 今年 (今年底前, 今年6月底前: in the
 * plan's year); the end of a five-year plan (十四五末, “十四五”期末, 十四五时期末: 2025; 十五五末: 2030). A quarter
 * alone (一季度完成投资, 一季度GDP增长8%) is read as 上半年 is, the work or the change of that period, due at its end.
 * Not 截至6月底 or 截止到6月底 (a state at a date), nor 比上半年, 较6月底, 与一季度末 (a base of comparison), nor
 * 2025年前三季度, 前三季度, 每一季度 or 每年6月 (parts of a year, no deadline), nor 三年内 or 两年内 (the year they end
 * in is not known).
 */

/**
 * A deadline: the last day of `month` (12: the year's end) of `year`, or of the plan's year when none is written;
 * written after 明年 with no year, `month` counts on into the next year (18: June of the year after the plan's).
 */
export interface Deadline {
  readonly year?: number;
  readonly month: number;
  /** How many characters of the folded text it takes. */
  readonly length: number;
}

const MONTH_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const QUARTERS: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** The forms, each at the start of the slice; a year's forms need 到/至 before them or an ending (底, 前) after. */
const YEAR = /^(20\d\d)年(?:(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(底前|底|末前|末|份前|前)|份)?|(底前|底|末前|末|前(?![一二三四五六七八九十\d个])))?/;
const MONTH = /^(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(底前|底|末前|末|份前|前(?![一二三四五六七八九十\d]))|份)?/;
const QUARTER = /^(?:第)?([一二三四1-4])季度(?:末前|末|底前|底|前|内)?/;
const HALF = /^(?:上半年(?:末前|末|底前|底|前|内)?|年中(?:前|以前))|^年中(?=[,，])/;
const YEAR_END = /^年(?:底前|底|末前|末)/;
/** The end of a five-year plan, its name in quotes or not: 十四五末, “十四五”期末, "十四五"时期末, 十五五末期. */
const PLAN_END = /^["“「]?(十[四五]五)["”」]?(?:时期|期)?末期?前?/;
/** The last year of each five-year plan: the 14th is 2021–2025, the 15th 2026–2030. */
const PLAN_LAST_YEARS: Readonly<Record<string, number>> = { 十四五: 2025, 十五五: 2030 };
/** The years a deadline after these words is in, counted from the plan's. */
const YEARS_AHEAD: Readonly<Record<string, number>> = { 今年: 0, 明年: 1 };

/** The index of the character before `at`, past one space or an opening quote (比“十四五”末). */
const before = (folded: string, at: number): number => (' "“「'.includes(folded[at - 1]!) ? at - 2 : at - 1);

/** Where the deadline read at `at` would be a state at a date: after 截至 or 截止, 到 between them or not (截止到6月底). */
function isAsOf(folded: string, at: number): boolean {
  let by = before(folded, at);
  if (folded[by] === '到') by--;
  return (folded[by] === '至' || folded[by] === '止') && folded[by - 1] === '截';
}

/** Words before a date that make it a base of comparison (比上半年, 较6月底, 与一季度末相比): no deadline. */
const COMPARED_WITH = new Set([...'比较較同与與和']);

/** Whether the date at `at` follows 到 or 至 (到2025年6月, 至6月): a month there needs no 底 or 前. */
const afterUntil = (folded: string, at: number): boolean => folded[before(folded, at)] === '到' || folded[before(folded, at)] === '至';

/** The deadline whose words start at `at`, if any. */
export function deadlineAt(folded: string, at: number): Deadline | undefined {
  if (isAsOf(folded, at)) return undefined;
  const slice = folded.slice(at, at + 12);
  const year = YEAR.exec(slice);
  if (year) {
    const month = year[2] !== undefined ? monthOf(year[2]) : 12;
    // 2025年, 2025年6月: a date unless 到 or 至 stands before it (到2025年6月: the end of June).
    if (year[3] === undefined && year[4] === undefined && !afterUntil(folded, at)) return undefined;
    return { year: Number(year[1]), month, length: year[0].length };
  }
  // 每年6月底: a date in every year, no deadline; 2024年6月底 is read above, at its year.
  if (folded[at - 1] === '年' && folded[at - 2] !== '明' && folded[at - 2] !== '今') return undefined;
  if (COMPARED_WITH.has(folded[before(folded, at)]!)) return undefined;
  const plan = PLAN_END.exec(slice);
  if (plan) return { year: PLAN_LAST_YEARS[plan[1]!]!, month: 12, length: plan[0].length };
  const ahead = YEARS_AHEAD[folded.slice(at, at + 2)];
  if (ahead !== undefined) {
    // 明年底前, 明年年底前, 明年6月底前, 明年上半年: in the year after the plan's; 今年底前…: in the plan's.
    const inner = withinYear(folded, at + 2);
    const from = inner ? at + 2 : at + 1;
    const next = inner ?? withinYear(folded, from);
    return next && { month: next.month + 12 * ahead, length: from - at + next.length };
  }
  return withinYear(folded, at);
}

/** A deadline in the plan's year at `at`: a month, a quarter, a half, the year's end. */
function withinYear(folded: string, at: number): Deadline | undefined {
  const slice = folded.slice(at, at + 12);
  const month = MONTH.exec(slice);
  // 6月底前, 6月份前; 6月 alone only after 到 or 至 (到6月: the end of June), else a date in passing.
  if (month && (month[2] !== undefined || afterUntil(folded, at))) return { month: monthOf(month[1]!), length: month[0].length };
  const quarter = QUARTER.exec(slice);
  // 前三季度, 每一季度: the first three quarters, every quarter; parts of a year.
  if (quarter && !'前每'.includes(folded[at - 1]!)) return { month: QUARTERS[quarter[1]!]!, length: quarter[0].length };
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

/** The characters a deadline may start with: a digit, a Chinese numeral, 第, 上, 年, 明, 今, a quote (“十四五”末). */
export const DEADLINE_STARTS = new Set([...'0123456789一二三四五六七八九十第上年明今"“「']);

/** The last day of `month` of `year`, as an ISO date; a month past 12 is in a later year (明年6月底: 18). */
export function lastDayOf(year: number, month: number): string {
  if (month > 12) return lastDayOf(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
