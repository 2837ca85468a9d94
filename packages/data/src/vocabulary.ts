/**
 * The words of the plan model: languages, comparators, measure kinds, firmness, unit kinds and roles, each a const
 * object with a same-named type. Kept apart from the zod schemas (which use them) so that code naming a comparator
 * or a language never loads a validator.
 */

/** The three languages every text of the plan is available in. */
export const Language = {
  /** Traditional Chinese, the language of the source document. */
  zhHant: 'zh-Hant',
  /** Simplified Chinese, converted from the source at build time (OpenCC), as read in mainland China. */
  zhHans: 'zh-Hans',
  /** English: curated translations of titles, names and metrics; task bodies are not translated. */
  en: 'en',
} as const;
/** A BCP 47 tag of one of the plan's languages: `'zh-Hant'`, `'zh-Hans'` or `'en'`. */
export type Language = (typeof Language)[keyof typeof Language];
/**
 * Every {@link Language}, in the order of {@link Language}: `['zh-Hant', 'zh-Hans', 'en']`. Handy for a language
 * switcher or for checking a tag: `languages.includes(tag as Language)`.
 */
export const languages: readonly Language[] = Object.values(Language);

/** How a target's value is to be read. */
export const Comparator = {
  /** A floor: 以上, 不少于, 突破, 達到. */
  atLeast: 'atLeast',
  /** A ceiling: 以內, 控制在. Lower is better. */
  atMost: 'atMost',
  /** About: 左右. */
  approx: 'approx',
  /** A plain count. */
  exact: 'exact',
  /** A reduction by the value, e.g. 下降12%; progress is the reduction achieved. */
  decreaseBy: 'decreaseBy',
  /** A growth by the value, e.g. 增幅10%. */
  increaseBy: 'increaseBy',
  /** Between the value and {@link Target.upperValue}, both included: 2—3個. */
  range: 'range',
} as const;
/**
 * One of the {@link Comparator} values: `'atLeast'`, `'atMost'`, `'approx'`, `'exact'`, `'decreaseBy'`,
 * `'increaseBy'`, `'range'`.
 */
export type Comparator = (typeof Comparator)[keyof typeof Comparator];

/**
 * What kind of quantity a target measures, which decides how a reading is judged (see `evaluateTarget`). The rule
 * for choosing one is written in `packages/data/scripts/curated/README.md`.
 */
export const Measure = {
  /** A cumulative flow counted from zero over the period (新增, 新建, 新開通, 引進, 完成): paced by 序時進度. */
  flow: 'flow',
  /**
   * A level or stock (科技型中小企業達到900家, 每萬人發明專利擁有量): paced from its baseline when one is known, otherwise
   * judged against the target only.
   */
  level: 'level',
  /** A rate or share (利用率, 比例, 占比, 覆蓋率): compared with the target directly, never paced. */
  rate: 'rate',
  /** A growth rate over the previous year (增長, 增幅): compared with the target growth directly, never paced. */
  growth: 'growth',
  /** A change against a base year (較2020年下降12%): paced over the whole path from the end of the base year. */
  change: 'change',
  /** A ceiling on a quantity that accumulates over the period (用水總量控制在…以內): the share used, against 序時進度. */
  ceiling: 'ceiling',
  /**
   * A count of titles awarded on assessment to the city's applicants (爭創國家企業技術中心1個, 爭取創建國家級綠色工廠3家,
   * 列入省級創建名單): the body decides on its own calendar, so no pace is judged; below the target before the deadline
   * it is `pending` (待評定).
   */
  designation: 'designation',
} as const;
/**
 * One of the {@link Measure} values: `'flow'`, `'level'`, `'rate'`, `'growth'`, `'change'`, `'ceiling'` or
 * `'designation'`.
 */
export type Measure = (typeof Measure)[keyof typeof Measure];

/** How firmly the plan commits to a target. */
export const Firmness = {
  /** 確保: must be achieved. */
  ensure: 'ensure',
  /** 力爭, 爭創, 爭取: to strive for. */
  strive: 'strive',
  /** Stated without either word. */
  plain: 'plain',
} as const;
/** One of the {@link Firmness} values: `'ensure'`, `'strive'` or `'plain'`. */
export type Firmness = (typeof Firmness)[keyof typeof Firmness];

/** What kind of body a responsible unit is. */
export const UnitKind = {
  /** A bureau, commission or centre of the municipal people's government: 市科技局, 市發展改革委. */
  governmentDepartment: 'governmentDepartment',
  /** A department or office of the municipal Party committee: 市委組織部, 市委宣傳部. */
  partyOffice: 'partyOffice',
  /** A local branch of a central or provincial body: 德州海關 (customs), 人民銀行德州市中心支行. */
  centralOrProvincialBranch: 'centralOrProvincialBranch',
  /** A state-owned company: 國網德州供電公司 (the power supply company). */
  stateOwnedEnterprise: 'stateOwnedEnterprise',
  /** All member units of a leading group or task force, named as one unit: 市融入省會經濟圈工作專班各成員單位. */
  coordinatingGroup: 'coordinatingGroup',
  /** The administrative committee of a district or new area: 天衢新區管委會. */
  districtAdministration: 'districtAdministration',
} as const;
/** One of the {@link UnitKind} values, e.g. `'governmentDepartment'`. */
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/** The role a unit has in a task. */
export const Role = {
  /** 牽頭單位: leads the task. */
  lead: 'lead',
  /** 參與單位: takes part. */
  participating: 'participating',
} as const;
/** One of the {@link Role} values: `'lead'` or `'participating'`. */
export type Role = (typeof Role)[keyof typeof Role];
