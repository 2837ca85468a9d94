/**
 * The columns of a progress sheet (督查台賬): one home for their order, their headers in each language and the
 * words of the measure column, read back by the import whatever language the sheet was made in.
 */
import type { Language, Measure } from '../schema.js';

/** The columns of a progress sheet, in order: the fixed ones describe the target, the last three are filled in. */
export const sheetColumns = ['target', 'task', 'metric', 'unit', 'goal', 'deadline', 'measure', 'lead', 'value', 'asOf', 'note'] as const;
/** One column of a progress sheet: `'target'`, `'value'`, `'asOf'`…. */
export type SheetColumn = (typeof sheetColumns)[number];

/** The columns a unit fills in; the others are protected in an .xlsx template. */
export const filledColumns: readonly SheetColumn[] = ['value', 'asOf', 'note'];

/** The header of each column, per language. */
export const sheetHeaders: Readonly<Record<Language, Readonly<Record<SheetColumn, string>>>> = {
  'zh-Hant': {
    target: '指標編號',
    task: '任務',
    metric: '指標',
    unit: '計量單位',
    goal: '目標',
    deadline: '完成時限',
    measure: '計量方式',
    lead: '牽頭單位',
    value: '完成值',
    asOf: '截至日期',
    note: '備註',
  },
  'zh-Hans': {
    target: '指标编号',
    task: '任务',
    metric: '指标',
    unit: '计量单位',
    goal: '目标',
    deadline: '完成时限',
    measure: '计量方式',
    lead: '牵头单位',
    value: '完成值',
    asOf: '截至日期',
    note: '备注',
  },
  en: {
    target: 'Target id',
    task: 'Task',
    metric: 'Metric',
    unit: 'Unit',
    goal: 'Target',
    deadline: 'Deadline',
    measure: 'Measure',
    lead: 'Lead units',
    value: 'Value',
    asOf: 'As of',
    note: 'Note',
  },
};

/**
 * What the value column holds for each measure, per language: the words of the measure column. A change's fall or
 * rise is {@link changeWords}'; a growth that is to fall (較上年下降0.2個百分點) {@link growthFallWords}', its sign said as they do.
 * A gap between two rates (`gapInPoints`) asks for the gap: asked for a rate, a department wrote the rural income
 * growth (7.0), not its lead over the urban (1.4); and says a gap the other way round is negative (-1.4), which it may be.
 * A growth the plan states as an average over the years (各類貸款年均增速10%以上: `averageGrowth`; a fall, {@link growthFallWords})
 * says so: asked for 同比增長, a clerk wrote this year's year-on-year figure.
 */
export const measureWords: Readonly<
  Record<Language, Readonly<Record<Measure | 'unknown' | 'averageGrowth' | 'gap', string>>>
> = {
  'zh-Hant': {
    flow: '累計完成量',
    level: '當前水平',
    rate: '當前比率',
    growth: '同比增長',
    averageGrowth: '年均增長',
    change: '較基準年變化',
    gap: '相差的百分點(填兩個比率之差,不填比率本身:如 7.0% 比 5.6% 填 1.4;與目標方向相反填負數,如 5.6% 比 7.0% 填 -1.4)',
    ceiling: '累計使用量',
    designation: '已獲評定或列入名單數量',
    unknown: '完成值',
  },
  'zh-Hans': {
    flow: '累计完成量',
    level: '当前水平',
    rate: '当前比率',
    growth: '同比增长',
    averageGrowth: '年均增长',
    change: '较基准年变化',
    gap: '相差的百分点(填两个比率之差,不填比率本身:如 7.0% 比 5.6% 填 1.4;与目标方向相反填负数,如 5.6% 比 7.0% 填 -1.4)',
    ceiling: '累计使用量',
    designation: '已获评定或列入名单数量',
    unknown: '完成值',
  },
  en: {
    flow: 'amount done so far',
    level: 'current level',
    rate: 'current rate',
    growth: 'growth over last year',
    averageGrowth: 'average annual growth',
    change: 'change since the base year',
    gap: 'the gap in percentage points (the difference of the two rates, not the rate itself: 1.4 for 7.0% against 5.6%; negative if they stand the other way round: -1.4 for 5.6% against 7.0%)',
    ceiling: 'amount used so far',
    designation: 'number awarded or listed so far',
    unknown: 'value reached',
  },
};

/**
 * The base a change counts from, as the target says it: a year (its `baselineYear`: 較2020年), the start of the year
 * (較年初), the end of last year (較上年末), last year (比上年, 較上年); `undefined` where nothing says it (較基準年).
 */
export type ChangeBase = number | 'yearStart' | 'lastYearEnd' | 'lastYear' | undefined;

/** How each language says a base: a year, one it names, none said. */
const baseWords: Readonly<Record<Language, { year: (year: number) => string; named: Readonly<Record<Exclude<ChangeBase, number | undefined>, string>>; none: string }>> = {
  'zh-Hant': { year: (year) => `較${year}年`, named: { yearStart: '較年初', lastYearEnd: '較上年末', lastYear: '較上年' }, none: '較基準年' },
  'zh-Hans': { year: (year) => `较${year}年`, named: { yearStart: '较年初', lastYearEnd: '较上年末', lastYear: '较上年' }, none: '较基准年' },
  en: {
    year: (year) => `since ${year}`,
    named: { yearStart: 'since the start of the year', lastYearEnd: 'since the end of last year', lastYear: 'over last year' },
    none: 'since the base year',
  },
};

/** The base as `lang` says it: `較2020年`, `較年初`, `since the start of the year`…. */
const since = (lang: Language, base: ChangeBase): string => {
  const words = baseWords[lang];
  return typeof base === 'number' ? words.year(base) : base ? words.named[base] : words.none;
};

/** How each language says a change's example and sign: in per cent (如升了7%填 7), or in points of the target's size (如提高了1.5個百分點填 1.5). */
const changeExamples: Readonly<Record<Language, (direction: 'fall' | 'rise', points: string | undefined) => string>> = {
  'zh-Hant': (direction, points) =>
    direction === 'fall'
      ? `下降幅度(填正數,${points ? `如下降了${points}個百分點填 ${points}` : '如降了7%填 7'};不降反升填負數)`
      : `上升幅度(填正數,${points ? `如提高了${points}個百分點填 ${points}` : '如升了7%填 7'};不升反降填負數)`,
  'zh-Hans': (direction, points) =>
    direction === 'fall'
      ? `下降幅度(填正数,${points ? `如下降了${points}个百分点填 ${points}` : '如降了7%填 7'};不降反升填负数)`
      : `上升幅度(填正数,${points ? `如提高了${points}个百分点填 ${points}` : '如升了7%填 7'};不升反降填负数)`,
  en: (direction, points) =>
    `as a positive number (${points ? `${points} for a ${direction} of ${points} percentage point${points === '1' ? '' : 's'}` : `7 for a 7% ${direction}`}; negative if it ${direction === 'fall' ? 'rose' : 'fell'} instead)`,
};

/**
 * The measure column of a change (against a base, or stated by a change: 較年初下降0.5個百分點): its base
 * ({@link ChangeBase}), its direction and its sign: "-10.5" for a fall of 10.5% would otherwise read as a rise, the
 * wrong way, and be judged seriously behind. 較基準年 alone left a clerk to guess the base (F161). `points`: for a target
 * in percentage points, its size as digits, the example's (如升了7%填 7 for a rise of 1.5 points asked for per cent, F182).
 */
export const changeWords: Readonly<Record<Language, (direction: 'fall' | 'rise', base: ChangeBase, points?: string) => string>> = {
  'zh-Hant': (direction, base, points) => since('zh-Hant', base) + changeExamples['zh-Hant'](direction, points),
  'zh-Hans': (direction, base, points) => since('zh-Hans', base) + changeExamples['zh-Hans'](direction, points),
  en: (direction, base, points) => `${direction} ${since('en', base)}, ${changeExamples.en(direction, points)}`,
};

/**
 * The measure column of a growth that is to fall (居民收入增速下降0.5個百分點), over last year or, stated as an average
 * over the years (`average`), on average: the fall as a positive number, with its example in points of the target's
 * size for a target in points (`points`, as {@link changeWords}'; it was in per cent, 如降了7%填 7, F193).
 */
export const growthFallWords: Readonly<Record<Language, (average: boolean, points?: string) => string>> = {
  'zh-Hant': (average, points) => (average ? '年均' : '同比') + changeExamples['zh-Hant']('fall', points),
  'zh-Hans': (average, points) => (average ? '年均' : '同比') + changeExamples['zh-Hans']('fall', points),
  en: (average, points) => `${average ? 'average annual fall' : 'fall over last year'}, ${changeExamples.en('fall', points)}`,
};

/**
 * The measure column of what the evaluation counts from the plan's period start (a flow, a ceiling's use): from when.
 * `start` is that day, or `undefined` for 1 January of a plan of one year (`自年初累計完成量`); asked for 累計完成量 alone,
 * a clerk may count from another day.
 */
export const countedFromWords: Readonly<Record<Language, (measure: string, start: string | undefined) => string>> = {
  'zh-Hant': (measure, start) => `自${start ?? '年初'}${measure}`,
  'zh-Hans': (measure, start) => `自${start ?? '年初'}${measure}`,
  en: (measure, start) => `${measure}, counted from ${start ?? '1 January'}`,
};

/**
 * The measure column of a threshold each member of a set must reach (各縣(市、區)至少1家): the value is the lowest
 * member's, not the total, which would read 5 markets in 5 of 11 counties as met.
 */
export const lowestMemberWords: Readonly<Record<Language, (measure: string, set: string) => string>> = {
  'zh-Hant': (measure, set) => `${measure}(填${set}中的最小值)`,
  'zh-Hans': (measure, set) => `${measure}(填${set}中的最小值)`,
  en: (measure, set) => `${measure} (the lowest of any ${set})`,
};

/**
 * A reading of such a threshold in words, as `progress summary` says it: the lowest member's amount (`縣(市、區)中最少的為11家`,
 * as the gauge and the sentence say it), not a total the whole set reached (r111).
 */
export const lowestReadingWords: Readonly<Record<Language, (amount: string, set: string) => string>> = {
  'zh-Hant': (amount, set) => `${set}中最少的為${amount}`,
  'zh-Hans': (amount, set) => `${set}中最少的为${amount}`,
  en: (amount, set) => `the lowest of any ${set}: ${amount}`,
};

/** How far down a sheet the header row may stand (a title or a note above it is fine). */
export const HEADER_SEARCH_ROWS = 10;

/** A header cell as compared: width, case and spaces do not matter (`Target ID`, `指標編號 `). */
const headerKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const columnByHeader: ReadonlyMap<string, SheetColumn> = new Map(
  Object.values(sheetHeaders).flatMap((headers) => sheetColumns.map((column) => [headerKey(headers[column]), column] as const)),
);

/**
 * Whether a header the import does not read names the readings' date all the same (截止日期 for 截至日期, 數據截至, 日期,
 * 數據日期, 統計日期, Date, As at): with dates in its cells, it is the date column misspelt, not a column a unit added (填報日期, the
 * day the sheet was filled in, is theirs).
 */
export const namesTheDate = (header: string): boolean => /截[至止]|^(?:(?:數據|数据|統計|统计)?日期|date|as(?:at|of).*)$/.test(headerKey(header));

/**
 * Whether a header the import does not read names the values all the same (1-6月完成值, 完成值(萬元), 實際完成, Actual):
 * with numbers in its cells, it is the value column renamed. 完成時限, the template's deadline, is read as its own.
 */
export const namesTheValue = (header: string): boolean => /完成(?!時限|时限)|實際|实际|^(?:values?|actual)/.test(headerKey(header));

/**
 * The unit a value header names in brackets (`萬元` of `完成值(萬元)` or `完成值（单位:万元）`), when `reads` says the
 * import reads it after a number; else `undefined` (`累計` of `完成值(累計)`, `截至6月底`: no unit).
 */
export function unitOfHeader(header: string, reads: (unit: string) => boolean): string | undefined {
  const unit = /\((?:[單单]位[::]?)?([^()]+)\)$/.exec(header.normalize('NFKC').trim())?.[1]?.trim();
  return unit && reads(unit) ? unit : undefined;
}

/**
 * The language a header row is written in: the one whose headers it names most, of those no other language writes
 * alike (指标编号 and 备注 are Simplified, 完成值 and 截至日期 either script); `undefined` when none, or a tie.
 */
export function languageOfHeader(cells: readonly string[]): Language | undefined {
  const keys = new Set(cells.map(headerKey));
  const counts = (Object.keys(sheetHeaders) as Language[]).map((lang) => {
    const others = (Object.keys(sheetHeaders) as Language[]).filter((other) => other !== lang).flatMap((other) => Object.values(sheetHeaders[other]).map(headerKey));
    return [lang, Object.values(sheetHeaders[lang]).filter((header) => keys.has(headerKey(header)) && !others.includes(headerKey(header))).length] as const;
  });
  const most = Math.max(...counts.map(([, count]) => count));
  const found = counts.filter(([, count]) => count === most);
  return most > 0 && found.length === 1 ? found[0]![0] : undefined;
}

/**
 * The column each cell of a header row names (in any language of {@link sheetHeaders}), by position; `undefined`
 * for a header it does not know (a column a unit added is ignored).
 */
export function columnsOfHeader(cells: readonly string[]): (SheetColumn | undefined)[] {
  return cells.map((cell) => columnByHeader.get(headerKey(cell)));
}
