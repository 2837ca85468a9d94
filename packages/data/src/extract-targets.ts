/**
 * Targets found automatically: the quantitative targets of a plan's text proposed by rule, for a person to review
 * before they become curated targets (`scripts/curated/`). The rules are those of the curation README, read as
 * word lists and character patterns; the pieces live in `./extract/`.
 */
import type { Comparator, Firmness, Measure } from './schema.js';
import { scanTargets, type UnreadNumeral } from './extract/scan.js';

export type { UnreadNumeral } from './extract/scan.js';

/** A quantitative target proposed by {@link extractTargets}, shaped like a curated target. */
export interface ProposedTarget {
  /** Verbatim substring of the input: the shortest clause holding the metric, the numeral and the unit. */
  readonly quote: string;
  /** Where {@link ProposedTarget.quote} starts: `options.offset` plus its index in the text. */
  readonly offset: number;
  /** What is measured, in the document's words, without the number where it can be told apart (best effort): `新開通5G基站`. */
  readonly metric: string;
  /** The numeral as written: `'3000'`, `'3.3'`, `'2—3'`, `'1/3'`, `'３０００'`. */
  readonly valueText: string;
  /** The number; for a range its lower end; for a fraction the share in percent (1/3 → 100/3). */
  readonly value: number;
  /** The upper end of a range (`2—3個` → 3). */
  readonly upperValue?: number;
  /** The parts of a share written as a fraction (`1/3`). */
  readonly fraction?: {
    /** The part: 1 of `1/3`. */
    readonly numerator: number;
    /** The whole: 3 of `1/3`. */
    readonly denominator: number;
  };
  /**
   * The unit of measure as written after the numeral (`個`, `萬人`, `億元`, `%`); for a share, the set it counts; `''`
   * for a level of a quantity with no unit, an index, a coefficient or a ratio (數據中心PUE值控制在1.3以內).
   */
  readonly unit: string;
  /** How the value is to be read, from the wording (以上, 以內, 左右, 下降, a range, else `exact`). */
  readonly comparator: Comparator;
  /**
   * For a range of a change (較2020年下降10%—12%, 森林覆蓋率提高1—2個百分點): the change's comparator, its direction
   * (`Target.direction`). None for a range of a level, a count or a gap between two rates (高於城鎮居民1—2個百分點).
   */
  readonly direction?: 'decreaseBy' | 'increaseBy';
  /**
   * For a range of a change its words ask for as a minimum (增長3%-5%, 提高1—2個百分點, 在2022年基礎上增長5%—6%; not held
   * or capped in its band, 增長控制在3%-5%, 增速保持在 6%—7%, nor a price rise, 漲幅3%-5%): `true`
   * ({@link Target.changeAsked}).
   */
  readonly changeAsked?: true;
  /**
   * For `approx` (左右), and a change about a value ({@link ProposedTarget.approx}): the half-width of the band as a
   * share of the value, `max(0.05, 1 / value)` for small counts.
   */
  readonly tolerance?: number;
  /** 確保/保證 → `ensure`, 力爭/爭取/爭創 → `strive`, else `plain`, with the reach the curation rules give each word. */
  readonly firmness: Firmness;
  /**
   * The base year of a change (較2020年下降12% → 2020), of a range of a change (較2020年下降3%—5%), of a rise in
   * percentage points (研發投入強度較2020年提高0.5個百分點: a `change`, paced from the base year as a change in percent
   * is; of a rate of growth, 增速較2020年提高1個百分點, or over a year, 不良貸款率較年初下降0.5個百分點, a `rate`, judged
   * at its deadline, not paced) and of a multiple of a year's level (達到2020年的1.5倍 → 2020, no deadline). A change
   * about the metric a clause before it named, with no base of its own, has that clause's (較2020年下降13.5%,力爭下降14%:
   * both 2020).
   */
  readonly baselineYear?: number;
  /** For a level, its value at the start when the text gives one (由45000元提高到48000元 → 45000): what it is paced from. */
  readonly baseline?: number;
  /** For a change bounded below (增幅达到10%以上): `true`, written "at least". */
  readonly floor?: true;
  /** For a change about a value (增长6%左右): `true`, judged within the band of {@link ProposedTarget.tolerance}. */
  readonly approx?: true;
  /**
   * The deadline the sentence names for its targets with its year (到2026年…, 2025年底前…, 2024年6月底前; in a plan of a
   * known year, a later year alone leading a clause: 2025年全市森林覆蓋率達到22% in a plan of 2024): the last day of
   * that year, month or quarter: `2026-12-31`, `2024-06-30`.
   */
  readonly deadline?: string;
  /**
   * The month a deadline written without its year ends in, counted from January of the plan's year (6月底前 → 6,
   * 三季度末前 → 9, 上半年 → 6, 年底前 → 12; the year after, 明年6月底前 → 18): the target is due on its last day.
   */
  readonly deadlineMonth?: number;
  /**
   * The day the work the target counts begins, when its sentence names one, in a plan of a known year (`year`): the
   * first day of a range of dates or months, of 下半年 or a later quarter, or a date it runs from (4月1日至6月30日 →
   * `2023-04-01`, 自3月起 → `2023-03-01`, 下半年 → `2023-07-01`, 四季度 → `2023-10-01`). None for a target due in
   * another year, nor for 1 January.
   */
  readonly start?: string;
  /** The kind of quantity (flow, level, rate, growth, change, ceiling, designation), by the curation rule. */
  readonly measure: Measure;
  /**
   * For a rate (穩定在, 保持, 不低於) or a level (穩定在, 保持; 不低於 of a level is a floor to reach) the plan holds all
   * year: `true`.
   */
  readonly held?: true;
  /**
   * For an upper limit on a level or a rate the plan brings down to it by the deadline (下降到38微克/立方米以下, 缩小到2.1,
   * 降至5%以内; not 控制在, a cap held all year, nor a ceiling the period uses up): `true` ({@link Target.broughtDown}).
   */
  readonly broughtDown?: true;
  /** For a ceiling on a total a city always uses (用水總量, 能源消費總量): `true`, so a reading of 0 is refused. */
  readonly neverZero?: true;
  /** For a threshold each member must reach, the set as written: `縣(市、區)` of 各縣(市、區)至少建設1家. */
  readonly each?: string;
  /**
   * For a numeral after 分别 whose subject was not found (甲和乙,分别增长15%、20%: no 、-list to pair with): `true`, its
   * metric empty. `dz-plan build` says so rather than propose a target named by its numeral.
   */
  readonly subjectUnknown?: true;
  /**
   * For a clause that names no metric, with none before it in its sentence to carry (达到2.5%): `true`, its metric
   * empty. `dz-plan build` says so (`metricNotNamed`); a clause after one that names it is about that metric
   * (研发投入强度提高0.2个百分点,达到2.5%: both 研发投入强度).
   */
  readonly metricMissing?: true;
  /** 0–1: how sure the extractor is that this is a target and that its reading is right. */
  readonly confidence: number;
}

/** Options of {@link extractTargets}. */
export interface ExtractOptions {
  /** Added to every offset: where `text` starts in a larger document (a task body's offset in the seed). */
  readonly offset?: number;
  /**
   * The plan's year (2024). When given, a base of the end of the year before or the start of the year (`較上年末`,
   * `比去年底`, `較年初`, in the clause or as a clause of its own: `較上年末,存款餘額增長10%`) has the year before as its
   * base year (2023): a `change` since then, paced, as `較2023年` gives (a rise in percentage points of a rate of
   * growth, or with the base in its clause, `不良貸款率較年初下降0.5個百分點`, a `rate`, judged at its deadline: a change
   * over a year). Without it such a change is a `growth` with
   * no base year, as `比上年` (and `同比`, `與上年相比`) is either way. A sentence led by a time before it
   * (`2023年…`, `2022—2023年…`, `截至2023年底,…` in a plan of 2024) states past facts, no targets (`dz-plan build`
   * says each); without it only `上年`, `去年`, `截至上年末`, `截至目前` and the like do.
   */
  readonly year?: number;
  /**
   * The first year of a plan over years (2021 of `“十四五”…規劃(2021—2025年)`). When given, a change in percentage points
   * of a share that names no base, or only the year before (`研發經費投入強度提高1個百分點`, `比上年提高`), is since the end
   * of the year before it (2020): a `change` over years, paced; without it, since the end of the year before `year`.
   */
  readonly periodStart?: number;
}

/**
 * Proposes the quantitative targets of a Chinese plan's text: every Arabic numeral with a unit that states a result
 * to reach (a count, an amount, a share, a change), and every bounded value of an index, a coefficient or a ratio,
 * which has none (數據中心PUE值控制在1.3以內: a level of unit `''`), read into the shape of a curated target. Years, ordinals,
 * dates, times and spans of time, voltages, ranks, ages, thresholds that size something (投資5000萬元以上的項目),
 * one-per-member counts (各建1處), telephone numbers and numerals inside names (5G, PM2.5, “八抓20條”, 2+N) are left
 * out. Traditional or Simplified, ASCII or full-width digits and punctuation, a PDF's space between a number and the
 * Chinese around it (較 2020 年下降 13.5%: read as 較2020年下降13.5%, quoted as written); offsets always index the text
 * as given.
 * Never throws; linear in the length of the text.
 *
 * Measured against the 157 curated Dezhou targets (each task body on its own): see the package README,
 * “Targets found automatically”.
 *
 * @example
 * ```ts
 * extractTargets('新開通5G基站3000個,科技型中小企業達到900家以上。');
 * // [{ quote: '新開通5G基站3000個', offset: 0, metric: '新開通5G基站', valueText: '3000', value: 3000, unit: '個',
 * //    comparator: 'exact', firmness: 'plain', measure: 'flow', confidence: … },
 * //  { quote: '科技型中小企業達到900家以上', metric: '科技型中小企業', value: 900, unit: '家', comparator: 'atLeast',
 * //    measure: 'level', … }]
 * extractTargets('萬元GDP用水量較2020年下降12%', { offset: 100 })[0];
 * // { …, offset: 100, value: 12, unit: '%', comparator: 'decreaseBy', baselineYear: 2020, measure: 'change' }
 * ```
 */
export function extractTargets(text: string, options: ExtractOptions = {}): ProposedTarget[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const base = Number.isFinite(options?.offset) ? options.offset! : 0;
  return scanTargets(text, base, undefined, undefined, yearOf(options), periodStartOf(options));
}

/**
 * {@link extractTargets}, and the numerals that look like a target's value but were not read as one, for a person to
 * read: a bounded numeral whose unit is missing (新建基站达到500以上: `noUnit`; the value of an index, a coefficient or
 * a ratio, PUE值控制在1.3以内, is a target of unit `''`), and a value a past fact states, in a
 * sentence led by a time before the plan's year (截至2023年底,全市已建成5G基站3000個; 上年末…; 去年…; reason `past`, with
 * the value as written and that time: `quantity` 3000個, `when` 截至2023年底) up to a later clause that names the plan's
 * year or after it (…,2024年再新建2000個: a target). `dz-plan build` says each (`numeralNotRead`).
 */
export function extractTargetsAndUnread(text: string, options: ExtractOptions = {}): { readonly targets: ProposedTarget[]; readonly unread: UnreadNumeral[] } {
  const unread: UnreadNumeral[] = [];
  if (typeof text !== 'string' || text.length === 0) return { targets: [], unread };
  const base = Number.isFinite(options?.offset) ? options.offset! : 0;
  return { targets: scanTargets(text, base, undefined, unread, yearOf(options), periodStartOf(options)), unread };
}

/** The first year of the plan's period of `options`, read as its year is, if it is not after that year. */
function periodStartOf(options: ExtractOptions): number | undefined {
  const start = yearOf(options, 'periodStart');
  const year = yearOf(options);
  return start !== undefined && (year === undefined || start <= year) ? start : undefined;
}

/** The plan's year of `options` (or its `periodStart`), if it is a whole number from 1900 to 2100 (as a written year); else none, as when it is not given. */
function yearOf(options: ExtractOptions, which: 'year' | 'periodStart' = 'year'): number | undefined {
  const year = options?.[which];
  return Number.isInteger(year) && year! >= 1900 && year! <= 2100 ? year : undefined;
}
