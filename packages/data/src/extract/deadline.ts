/**
 * The deadline a sentence sets for its targets, read where it starts in the folded text: a year (到2026年, 2025年底前,
 * 2025年前), a month (6月底前, 六月底, 11月前, 2024年6月底前), a quarter (三季度末前, 一季度前, 第二季度内, 2024年一季度末前),
 * a half (上半年, 上半年度, 上半年内, 年中; 下半年, a part of the year) or the year's end (年底前); after 到 or 至 a month
 * alone (到2025年6月, 到6月: that month's end); any of these after 明年 (明年底前, 明年6月底前: in the year after the
 * plan's) or 今年 (今年底前, 今年6月底前: in the plan's year); the end or the period of a five-year plan (十四五末,
 * “十四五”期末, 十四五时期末, 十四五期间: 2025; 十五五末: 2030). A quarter alone (一季度完成投资, 一季度GDP增长8%) is read as
 * 上半年 is, the work or the change of that period, due at its end. Not 截至6月底 or 截止到6月底 (a state at a date), nor
 * 比上半年, 较2020年底, 与一季度末, 较上年末, 比去年底 (a base of comparison), nor 2025年前三季度, 前三季度, 每一季度 or
 * 每年6月 (parts of a year, no deadline), nor 三年内 or 两年内 (the year they end in is not known).
 */
import { isDigit } from './chars.js';
import { boundWords, changeWords } from './words.js';

/**
 * A deadline: the last day of `month` (12: the year's end) of `year`, or of the plan's year when none is written;
 * written after 明年 with no year, `month` counts on into the next year (18: June of the year after the plan's).
 */
export interface Deadline {
  readonly year?: number;
  readonly month: number;
  /** How many characters of the folded text it takes. */
  readonly length: number;
  /** A year alone, read as a deadline because a bound or change word follows it (森林覆盖率2025年达到30%). */
  readonly bare?: true;
  /**
   * A part of the plan's year that ends with it (下半年, 下半年度): due with the plan, as a target naming no period is,
   * and not at the end of an earlier part before it (上半年新建300个,下半年新建700个: the 700 by the year's end).
   */
  readonly part?: true;
}

const MONTH_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const QUARTERS: Readonly<Record<string, number>> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** The forms, each at the start of the slice; a year's forms need 到/至 before them or an ending (底, 前) after. */
const YEAR = /^(20\d\d)年(?:(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(底前|底|末前|末|份前|前)|份)?|(底前|底|末前|末|前(?![一二三四五六七八九十\d个])))?/;
const MONTH = /^(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(底前|底|末前|末|份前|前(?![一二三四五六七八九十\d]))|份)?/;
const QUARTER = /^(?:第)?([一二三四1-4])季度(?:末前|末|底前|底|以前|前|内)?/;
const HALF = /^(?:上半年度?(?:末前|末|底前|底|前|内)?|年中(?:前|以前))|^年中(?=[,，])/;
/**
 * The second half (下半年, 下半年度) and its end (下半年末前, 下半年底): the year's end; 下半年 alone is a part of the year
 * ({@link Deadline.part}), not one a period starts from (下半年起, 下半年以来, 下半年开始).
 */
const SECOND_HALF = /^下半年度?(末前|末|底前|底)?/;
/**
 * What after a quarter or a half makes it a qualifier of a noun (三季度的重点任务, 三季度目标, 下半年任务): no deadline and
 * no start.
 */
export const QUALIFIES_NOUN = /^(?:的|目标|任务)/;
/** What after a part of the year makes it a period's start: 起, 至, 到 (二季度起, 下半年至年底), 以来, 开始. */
const PERIOD_FROM = /^(?:[起至到]|以来|开始)/;
const YEAR_END = /^年(?:底前|底|末前|末)/;
/**
 * The end of the year before or the start of this one (上年末, 去年底, 上一年末, 上年度末, 年初): a base of comparison,
 * never a deadline.
 */
const YEAR_START = /^(?:[上去]一?年[年度]?[底末]|年初)/;
/**
 * The end or the period of a five-year plan, in quotes or not: 十四五末, “十四五”期末, "十四五"时期末, 十五五末期,
 * 十四五期间(内), 十四五时期. The 13th's only as a base (较“十三五”末): it ended before any plan read here.
 */
const PLAN_END = /^["“「]?(十[三四五]五)["”」]?(?:(?:时期|期)?末期?前?|期间内?|时期)/;
/** The last year of each five-year plan: the 13th is 2016–2020, the 14th 2021–2025, the 15th 2026–2030. */
const PLAN_LAST_YEARS: Readonly<Record<string, number>> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };
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

/**
 * Whether the character at `i` compares what follows with the thing measured: 较, or 比 but for the 比 of a share or a
 * ratio (占比, 对比, 环比 name the measure: 第三产业增加值占比2024年底前达到52%).
 */
export const comparesAt = (folded: string, i: number): boolean =>
  folded[i] === '较' || folded[i] === '較' || (folded[i] === '比' && !'占佔对對环環'.includes(folded[i - 1]!));

/** The words before a time that are no part of what is named before them: 到2025年, 至6月底, 于2025年, 在2024年. */
export const TIME_BEFORE = '到至于於在';

/** Whether the date at `at` follows 到 or 至 (到2025年6月, 至6月): a month there needs no 底 or 前. */
const afterUntil = (folded: string, at: number): boolean => folded[before(folded, at)] === '到' || folded[before(folded, at)] === '至';

/**
 * The deadline whose words start at `at`, if any. With `base`, the date of a base of comparison instead, read after its
 * word of comparison (较2020年, 比上半年, 比“十四五”末: a year alone too).
 */
export function deadlineAt(folded: string, at: number, base = false): Deadline | undefined {
  const by = before(folded, at);
  // 比2020年底, 较2023年6月底: a base, also of a year; after 和, 同 or 与 a year may be a second date (2024年和2025年底前),
  // unless 相比 follows it (与2020年底相比).
  const compared = !base && COMPARED_WITH.has(folded[by]!) && (folded[by] !== '比' || comparesAt(folded, by));
  if (isAsOf(folded, at) || (compared && comparesAt(folded, by))) return undefined;
  const slice = folded.slice(at, at + 12);
  const year = YEAR.exec(slice);
  // 达到2020年的1.5倍, 2020年底的1.5倍, 恢复到2019年的120%: the year of a level a multiple or share is of, its base.
  if (year && levelBaseAt(folded, at)) return undefined;
  if (year) {
    // 2024年一季度末前, 2024年第三季度前: a quarter of that year, read as a quarter alone is.
    const quarter = year[0].length === 5 ? quarterAt(folded, at + 5) : undefined;
    const month = year[2] !== undefined ? monthOf(year[2]) : 12;
    const read = quarter
      ? { year: Number(year[1]), month: quarter.month, length: 5 + quarter.length }
      : // 2025年, 2025年6月: a date unless 到 or 至 stands before it (到2025年6月: the end of June).
        year[3] === undefined && year[4] === undefined && !base && !afterUntil(folded, at)
        ? // 森林覆盖率2025年达到30%, 增加值2025年增长8%: a year alone right before its target's bound or change word.
          yearOfValue(folded, at + year[0].length)
          ? { year: Number(year[1]), month, length: year[0].length, bare: true as const }
          : undefined
        : { year: Number(year[1]), month, length: year[0].length };
    return read && compared && folded.startsWith('相比', at + read.length) ? undefined : read;
  }
  // 2024—2025年底前, 3.2023年底前: a year the number before took in, read from its first digit (比2020年底 or 截至2020年底
  // not at all).
  if (isDigit(folded.charCodeAt(at - 1))) {
    let start = at - 1;
    while (isDigit(folded.charCodeAt(start - 1))) start--;
    const read = folded[at] === '年' && at - start === 4 ? deadlineAt(folded, start, base) : undefined;
    return read && { ...read, length: read.length - (at - start) };
  }
  // 较上年末, 比去年底, 较年初: the stock at the start of the plan's year, a base only (month 0: the year before's end).
  const yearStart = base ? YEAR_START.exec(slice) : null;
  if (yearStart) return { month: 0, length: yearStart[0].length };
  // 每年6月底: a date in every year, no deadline; 2024年6月底 is read above, at its year.
  if ((folded[at - 1] === '年' && folded[at - 2] !== '明' && folded[at - 2] !== '今') || compared) return undefined;
  const plan = PLAN_END.exec(slice);
  if (plan && (base || plan[1] !== '十三五')) return { year: PLAN_LAST_YEARS[plan[1]!]!, month: 12, length: plan[0].length };
  const ahead = YEARS_AHEAD[folded.slice(at, at + 2)];
  if (ahead !== undefined) {
    // 明年底前, 明年年底前, 明年6月底前, 明年上半年: in the year after the plan's; 今年底前…: in the plan's.
    const inner = withinYear(folded, at + 2);
    const from = inner ? at + 2 : at + 1;
    const next = inner ?? withinYear(folded, from);
    return next && { month: next.month + 12 * ahead, length: from - at + next.length };
  }
  const within = withinYear(folded, at);
  // 比下半年: no base of a year's end.
  return base && within?.part ? undefined : within;
}

/** A deadline in the plan's year at `at`: a month, a quarter, a half, the year's end. */
function withinYear(folded: string, at: number): Deadline | undefined {
  const slice = folded.slice(at, at + 12);
  const month = MONTH.exec(slice);
  // 6月底前, 6月份前; 6月 alone only after 到 or 至 (到6月: the end of June), else a date in passing.
  if (month && (month[2] !== undefined || afterUntil(folded, at))) return { month: monthOf(month[1]!), length: month[0].length };
  const quarter = quarterAt(folded, at);
  if (quarter) return quarter;
  const half = HALF.exec(slice);
  if (half) return QUALIFIES_NOUN.test(slice.slice(half[0].length)) ? undefined : { month: 6, length: half[0].length };
  const secondHalf = SECOND_HALF.exec(slice);
  if (secondHalf && QUALIFIES_NOUN.test(slice.slice(secondHalf[0].length))) return undefined;
  if (secondHalf?.[1] !== undefined) return { month: 12, length: secondHalf[0].length };
  if (secondHalf && !PERIOD_FROM.test(slice.slice(secondHalf[0].length))) return { month: 12, length: secondHalf[0].length, part: true };
  // Not 全年末 or 每年底, nor 上年末, 去年底 or 上一年末 (the year before's end: a base, {@link YEAR_START}), nor the end
  // of a half (2025年上半年末前: read whole where the clause starts, {@link periodAloneAt}).
  if (!'全每上去半'.includes(folded[at - 1] ?? '-') && !(folded[at - 1] === '一' && '上去'.includes(folded[at - 2] ?? '-'))) {
    const end = YEAR_END.exec(slice);
    if (end) return { month: 12, length: end[0].length };
  }
  return undefined;
}

/**
 * A quarter at `at` (三季度末前, 第二季度内, 一季度): its last month; not 前三季度 or 每一季度 (parts of a year), nor a
 * quarter a period starts from (二季度起, 一季度以来, 三季度开始, 一季度至三季度) or a noun names ({@link QUALIFIES_NOUN}).
 */
function quarterAt(folded: string, at: number): Deadline | undefined {
  const quarter = QUARTER.exec(folded.slice(at, at + 6));
  if (!quarter || '前每'.includes(folded[at - 1]!)) return undefined;
  const after = folded.slice(at + quarter[0].length, at + quarter[0].length + 2);
  if ((quarter[0].endsWith('季度') && PERIOD_FROM.test(after)) || QUALIFIES_NOUN.test(after)) return undefined;
  return { month: QUARTERS[quarter[1]!]!, length: quarter[0].length };
}

/**
 * A base of comparison between a year and its change word: 比2020年, 较2019年水平, 较2020年同期; the year before it
 * (2023年比上年, 较上年同期, 比去年, 同比: that year's growth).
 */
const BASE_BETWEEN = /^(?:[比较](?:\d{4}年[底末]?(?:同期|的?水平)?|上一?年度?(?:同期|[底末])?|去年(?:同期|[底末])?)|同比)/;
/** The verbs of work done, after a year: 2023年建成3000个, 2023年完成投资50亿元, 2023年实现地区生产总值4500亿元. */
const WORK_DONE_WORDS = '建成|完成|实现';
/** A verb of work done ({@link WORK_DONE_WORDS}) at the start of the text tested. */
export const WORK_DONE = new RegExp(`^(?:${WORK_DONE_WORDS})`);
/** Words after a year that give its value: 为 (2023年为5.2%) and the verbs of work done (2023年建成3000个). */
const VALUE_AFTER_YEAR = new RegExp(`^(?:为 ?\\d|已?(?:${WORK_DONE_WORDS}))`);

/**
 * Whether the words at `at`, right after a year, say what the value after them is in that year: a bound or change
 * word (2025年达到30%, 2025年增长8%), after a base or not (2025年比2020年下降18%, 2023年比上年增长8.5%), 为 before a
 * numeral (2023年为5.2%) or a verb of work done (2023年建成3000个).
 */
function yearOfValue(folded: string, at: number): boolean {
  const from = at + (BASE_BETWEEN.exec(folded.slice(at, at + 12))?.[0].length ?? 0);
  return boundWords.match(folded, from) !== undefined || !!changeWords.match(folded, from)?.value || (from === at && VALUE_AFTER_YEAR.test(folded.slice(at, at + 3)));
}

/** A month written in digits or in Chinese numerals (6, 六, 十二) as its number. */
export function monthOf(numeral: string): number {
  return MONTH_NUMERALS[numeral] ?? Number(numeral);
}

/**
 * A base before 的 (2020年的, 2020年底的, 2020年度的, 2020年水平的, 上年的, 去年底的, “十三五”末的), ending where the
 * text is cut (`$`): the year (group 1), the year before the plan's (group 2) or a five-year plan's end (group 3).
 */
const LEVEL_BASE = /(?:((?:19|20)\d\d)年[底末度]?|([上去])一?年[度底末]?|["“「]?(十[三四五]五)["”」]?(?:时期|期)?末期?)(?:水平)?的$/;
/** A multiple (1.5倍, 两倍) or a percentage (120%) at the start of the slice: what a level's base is of. */
const OF_LEVEL = /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})(倍|%)/;
/** The longest base {@link LEVEL_BASE} reads (“十三五”时期末水平的), and the text after it that {@link OF_LEVEL} reads. */
const LEVEL_BASE_LENGTH = 12;
/** The last year past in any plan read here when the plan's year is not known: the 13th five-year plan's last. */
const LAST_PAST_YEAR = PLAN_LAST_YEARS['十三五']!;

/**
 * The base of a multiple or a percentage whose numeral starts at `at`: the level of a year before 的 (达到2020年的1.5倍,
 * 是上年的1.1倍, 2020年底的两倍, 2020年水平的1.5倍, “十三五”末的1.5倍), and, for a percentage, only of a past year's level
 * (恢复到2019年的120%, not 提高到2025年的22%: a rate due in 2025). `yearBefore` is the year before the plan's, if known:
 * the year of 上年 and the last past year (else 2020, the 13th plan's last). Its year (none for 上年 without a plan's
 * year) and where its words start.
 */
export function levelBaseBefore(folded: string, at: number, yearBefore?: number): { readonly year: number | undefined; readonly start: number } | undefined {
  if (folded[at - 1] !== '的') return undefined;
  const of = OF_LEVEL.exec(folded.slice(at, at + LEVEL_BASE_LENGTH));
  const from = Math.max(0, at - LEVEL_BASE_LENGTH);
  const base = of ? LEVEL_BASE.exec(folded.slice(from, at)) : null;
  if (!base) return undefined;
  const year = base[1] !== undefined ? Number(base[1]) : base[2] !== undefined ? yearBefore : PLAN_LAST_YEARS[base[3]!];
  const past = base[2] !== undefined || (year !== undefined && year <= (yearBefore ?? LAST_PAST_YEAR));
  return of![1] === '%' && !past ? undefined : { year, start: from + base.index };
}

/** Whether the words at `at` are the base of a multiple or a percentage after them ({@link levelBaseBefore}). */
export function levelBaseAt(folded: string, at: number, yearBefore?: number): boolean {
  const of = folded.slice(at, at + LEVEL_BASE_LENGTH).indexOf('的');
  return of >= 0 && levelBaseBefore(folded, at + of + 1, yearBefore)?.start === at;
}

/**
 * What after a year leaves it no year alone: a part of the year (2025年底, 2025年年底, 2025年前三季度, 2025年上半年,
 * 2025年6月, 2025年内), a base (2025年的, 2025年基础上, 2025年同期相比, 2025年为基数, 2025年水平) or another year
 * (2024年、2025年, 2024年至2025年, 2024年和2025年).
 */
const NOT_ALONE_AFTER = /^(?:[年底末度前后内起以的、和与及至到—–~\-\d]|[上下]半年|[第前]?[一二三四1-4]季度|[一二三四五六七八九十]{1,2}月|同期|相比|基础|为基|水平)/;

/**
 * A year alone at `at`, a space before it or not (2025年全市森林覆盖率…, 2024年再新建…): its year and where its 年
 * ends; not a year with a part of it, a base or another year after it ({@link NOT_ALONE_AFTER}).
 */
export function yearAloneAt(folded: string, at: number): { readonly year: number; readonly end: number } | undefined {
  let i = at;
  while (folded[i] === ' ' && i < at + 2) i++;
  const year = /^((?:19|20)\d\d)年/.exec(folded.slice(i, i + 5));
  if (!year || isDigit(folded.charCodeAt(i - 1)) || NOT_ALONE_AFTER.test(folded.slice(i + 5, i + 9))) return undefined;
  return { year: Number(year[1]), end: i + 5 };
}

/**
 * A range of years (2024—2025年, 2024年至2025年), of months or days of a year (2025年1—6月, 1—6月份,
 * 2024年4月1日至6月30日) or a half of a year (2025年上半年, 2025年下半年, 2025年上半年末前) at `at`, a space before it or
 * not, as {@link yearAloneAt} reads a year alone: the year and month it ends in (2025 and 12; 2025 and 6), where its
 * words start and end; not one with a part of a year, a base or another year after it (2024—2025年底前: a deadline
 * read at its last year).
 */
export function periodAloneAt(folded: string, at: number): { readonly year: number; readonly month: number; readonly start: number; readonly end: number } | undefined {
  let i = at;
  while (folded[i] === ' ' && i < at + 2) i++;
  if (isDigit(folded.charCodeAt(i - 1))) return undefined;
  const slice = folded.slice(i, i + 20);
  const years = /^((?:19|20)\d\d)年?[—~至到]((?:19|20)\d\d)年/.exec(slice);
  const months = years ? null : /^((?:19|20)\d\d)年(\d{1,2})(?:月(?:\d{1,2}日)?)?[—~至到](\d{1,2})月(?:份|\d{1,2}日)?/.exec(slice);
  const half = years || months ? null : /^((?:19|20)\d\d)年([上下])半年(?:末前|末|底前|底|前|内)?/.exec(slice);
  const found = years ?? months ?? half;
  if (!found || NOT_ALONE_AFTER.test(folded.slice(i + found[0].length, i + found[0].length + 4))) return undefined;
  if (half) return { year: Number(half[1]), month: half[2] === '上' ? 6 : 12, start: i, end: i + half[0].length };
  const [first, last] = [Number(found[years ? 1 : 2]), Number(found[years ? 2 : 3])];
  if (first >= last || (months && last > 12)) return undefined;
  return { year: Number(found[years ? 2 : 1]), month: years ? 12 : last, start: i, end: i + found[0].length };
}

/**
 * A part of a year at `at` that names no year (4—6月, 4—6月份, 下半年), in a sentence a range of months of `year` led
 * ({@link periodAloneAt}: 2025年1—3月…,4—6月…): the month it ends in (6; 12), where its words start and end. With
 * `monthsOnly`, a range of months only (1—6月 leading a sentence, in the plan's year).
 */
export function partOfYearAt(
  folded: string,
  at: number,
  year: number,
  monthsOnly = false,
): { readonly year: number; readonly month: number; readonly start: number; readonly end: number } | undefined {
  let i = at;
  while (folded[i] === ' ' && i < at + 2) i++;
  if (isDigit(folded.charCodeAt(i - 1))) return undefined;
  const slice = folded.slice(i, i + 8);
  const half = monthsOnly ? null : /^下半年/.exec(slice);
  const months = half ? null : /^(\d{1,2})月?[—~至到](\d{1,2})月份?/.exec(slice);
  if (half) return { year, month: 12, start: i, end: i + half[0].length };
  if (!months || NOT_ALONE_AFTER.test(folded.slice(i + months[0].length, i + months[0].length + 4))) return undefined;
  const [first, last] = [Number(months[1]), Number(months[2])];
  if (first >= last || last > 12) return undefined;
  return { year, month: last, start: i, end: i + months[0].length };
}

/** The characters a deadline may start with: a digit, a Chinese numeral, 第, 上, 下 (下半年末前), 年, 明, 今, a quote (“十四五”末). */
export const DEADLINE_STARTS = new Set([...'0123456789一二三四五六七八九十第上下年明今"“「']);

