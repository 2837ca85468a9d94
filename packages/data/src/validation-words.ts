/**
 * What this package's own validation checks say, per language: the ids of the wrong form, the broken
 * cross-references of a plan, a reading dated after its report or a second value at one date, the input limits; and
 * zod's own issues of the kinds these schemas raise (a string where a number belongs), {@link zodIssueWords}.
 *
 * Written by hand in all three languages, as the reading problems are (`reading-problems.ts`): Traditional and
 * Simplified differ in their words (報告 / 报告, 「」 / “”), not only in their characters.
 */
import type { Language } from './vocabulary.js';

/** The unknown keys an issue names: five at most, each cut to 40 characters with its control characters shown. */
const KEYS_SHOWN = 5;
const KEY_SHOWN = 40;
const shownKey = (key: string) => {
  // eslint-disable-next-line no-control-regex
  const visible = JSON.stringify(key).slice(1, -1).replace(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > KEY_SHOWN ? `${visible.slice(0, KEY_SHOWN)}…` : visible;
};
/** `keys` as an issue names them, quoted by `quote`, joined by `join`, with how many more there are. */
function someKeys(keys: readonly string[], quote: (key: string) => string, join: string, more: (count: number) => string): string {
  const shown = keys.slice(0, KEYS_SHOWN).map((key) => quote(shownKey(key))).join(join);
  return keys.length > KEYS_SHOWN ? `${shown}${more(keys.length - KEYS_SHOWN)}` : shown;
}

/** The kinds of id a plan refers to. */
export type IdKind = 'unit' | 'section' | 'task' | 'target';

/** The words of every issue this package's checks find, in one language. */
export interface ValidationWords {
  /** An id of the wrong form: `expected a section id like s01`. */
  idLike(kind: IdKind, example: string): string;
  kebabId(): string;
  /** A text with a bidirectional control character (U+202A–U+202E, U+2066–U+2069). */
  bidiControl(): string;
  sha256(): string;
  isoDate(): string;
  realDate(): string;
  finiteNumber(): string;
  duplicateId(kind: IdKind, id: string): string;
  duplicateTaskNumber(number: number, first: string): string;
  unknownId(kind: IdKind, id: string): string;
  upperBelowValue(upper: number, value: number): string;
  rangeNeedsUpper(): string;
  floorNeedsChange(comparator: string): string;
  approxNeedsChange(comparator: string): string;
  /** A `direction` on a target that is not a `range`: a change's is its comparator, and a level has none. */
  directionNeedsRange(comparator: string): string;
  /** A `changeAsked` on a target with no `direction`: only a range of a change is asked as a minimum. */
  changeAskedNeedsDirection(): string;
  /** A `broughtDown` on a target that is not an upper limit (`atMost`). */
  broughtDownNeedsAtMost(comparator: string): string;
  /** A target whose valueText (the figure its sentence shows) reads `read`, not its value (or upper value) `value`. */
  valueTextDisagrees(target: string, text: string, read: string, value: string): string;
  /** A target value below zero: no measure counts down from nothing. */
  negativeValue(target: string, value: number): string;
  /** A target value of zero where only an upper limit (at most 0) means something. */
  zeroValue(target: string): string;
  /** A target its task does not list in its targetIds. */
  targetNotListed(target: string, task: string): string;
  /** A task's targetIds naming a target of another task. */
  targetOfOtherTask(target: string, task: string, listedBy: string): string;
  /** A task its section does not list in its taskIds. */
  taskNotListed(task: string, section: string): string;
  /** A section's taskIds naming a task of another section. */
  taskOfOtherSection(task: string, section: string, listedBy: string): string;
  /** A section's or task's number that is not the one in its id (`t09` numbered 90). */
  numberNotId(kind: IdKind, id: string, number: number, expected: number): string;
  /** A target id whose task part is not its task's (`t10.9` of task `t09`). */
  targetIdNotTask(target: string, task: string): string;
  /** A unit both leading a task and taking part in it. */
  leadAndParticipating(unit: string, task: string): string;
  /** A period whose last day comes before its first. */
  periodBackwards(start: string, end: string): string;
  /** A target due before the plan's period starts: every reading of it would be refused or missed. */
  deadlineBeforePeriod(target: string, deadline: string, start: string): string;
  /** A target's start outside the plan's period: no reading of the period could be paced from it. */
  startOutsidePeriod(target: string, start: string, periodStart: string, periodEnd: string): string;
  /** A target's start after its deadline: no path to pace over. */
  startAfterDeadline(target: string, start: string, deadline: string): string;
  /** An entry of a progress report dated after the report: a forecast, or a slip of the date. */
  entryAfterReport(entry: string, report: string): string;
  /** An entry of a progress report giving a target another value at a date an earlier entry (`first`, its path) gives `value` at. */
  secondValue(target: string, asOf: string, first: string, value: number): string;
  /** A plan file given where a progress report is read: it lists `sections` or `tasks` and no `entries` (`file-kind.ts`). */
  planNotReport(): string;
  /** A progress report given where a plan is read: it lists `entries` and no `sections` or `tasks` (`file-kind.ts`). */
  reportNotPlan(): string;
  /** A progress report about another plan. */
  otherPlan(report: string, plan: string): string;
  /** Keys a report's object does not have (a misspelt `as_of`), with the keys it has. */
  unknownKeys(keys: readonly string[], known: readonly string[]): string;
  tooManyValues(limit: number): string;
  tooManyChars(limit: number): string;
  tooDeep(limit: number): string;
  cycle(): string;
  /** A value whose reading threw (`why` is the error, as it said itself). */
  cannotRead(why: string): string;
  cannotValidate(why: string): string;
  indescribable(): string;
  moreProblems(limit: number): string;
  /** The first line of {@link PlanValidationError}'s message. */
  invalidPlan(): string;
  /** Its last line, when more issues than it shows were found. */
  andMore(count: number): string;
}

/**
 * zod's own issues, of the kinds these schemas raise, in this package's words: zod's `zh-TW` and `zh-CN` locales name
 * types in English (`預期為 number,但收到 string`) and say `int` for a whole number, and its `en` locale names neither
 * the value nor its type as found (`Invalid input: expected number, received string`).
 */
export interface ZodIssueWords {
  /** The name of each type zod expects or finds: `number` → 數字, `a number`. */
  readonly types: Readonly<Record<string, string>>;
  /** A text found, quoted, as it follows its type's name: `「2100」`, ` "2100"`. */
  quote(text: string): string;
  /** What was found: its type named, followed by the value `shown` when it is short (`「2100」`, ` 1.5`). */
  received(type: string, shown: string | undefined): string;
  /** A value of the wrong type: `expected` and `received` are named already (`received` with the value, when short). */
  expected(expected: string, received: string): string;
  /** No value where one of type `expected` is required. */
  missing(expected: string): string;
  /** An empty text where one is required. */
  empty(): string;
  atLeast(minimum: string, inclusive: boolean): string;
  atMost(maximum: string, inclusive: boolean): string;
  /** Fewer items (`of` = `items`) or characters (`of` = `characters`) than `minimum`. */
  fewerThan(minimum: string, of: 'items' | 'characters'): string;
  oneOf(values: string): string;
}

/** One issue in no language yet: a key of {@link ValidationWords} and what it is said with. */
export type Said = { [K in keyof ValidationWords]: readonly [K, ...Parameters<ValidationWords[K]>] }[keyof ValidationWords];

/** `said` in the words of `words`. */
export function say(words: ValidationWords, [key, ...args]: Said): string {
  return (words[key] as (...values: readonly unknown[]) => string)(...args);
}

const en = (n: number) => n.toLocaleString('en');

const idKinds: Readonly<Record<Language, Readonly<Record<IdKind, string>>>> = {
  'zh-Hant': { unit: '單位', section: '部分', task: '任務', target: '指標' },
  'zh-Hans': { unit: '单位', section: '部分', task: '任务', target: '指标' },
  en: { unit: 'unit', section: 'section', task: 'task', target: 'target' },
};

/** The words of validation issues in each language. */
export const validationWords: Readonly<Record<Language, ValidationWords>> = {
  'zh-Hant': {
    idLike: (kind, example) => `${idKinds['zh-Hant'][kind]}編號應形如 ${example}`,
    kebabId: () => '編號應為小寫英文字母、數字和連字符(如 dezhou-2023)',
    bidiControl: () => '含有雙向控制字元(U+202A–U+202E、U+2066–U+2069),會使文字顯示的次序與儲存的不同,請刪去',
    sha256: () => '應為 SHA-256 摘要:64 位小寫十六進制數字',
    isoDate: () => '應為 ISO 日期 YYYY-MM-DD',
    realDate: () => '不是有效日期',
    finiteNumber: () => '應為有限的數字',
    duplicateId: (kind, id) => `${idKinds['zh-Hant'][kind]}編號「${id}」重複`,
    duplicateTaskNumber: (number, first) => `任務序號 ${number} 重複(與 ${first} 相同)`,
    unknownId: (kind, id) => `沒有編號為「${id}」的${idKinds['zh-Hant'][kind]}`,
    upperBelowValue: (upper, value) => `上限 ${upper} 小於目標值 ${value}`,
    rangeNeedsUpper: () => '區間目標需要上限(upperValue)',
    floorNeedsChange: (comparator) => `floor(以上)只用於增減目標(increaseBy、decreaseBy),不用於 ${comparator}`,
    approxNeedsChange: (comparator) => `approx(左右)只用於增減目標(increaseBy、decreaseBy),不用於 ${comparator}:其他目標的左右用 comparator: approx`,
    directionNeedsRange: (comparator) => `direction(增減方向)只用於區間目標(range),不用於 ${comparator}:增減目標的方向即其 comparator(increaseBy、decreaseBy)`,
    changeAskedNeedsDirection: () => 'changeAsked(要求增減的區間)只用於有增減方向(direction)的區間目標',
    broughtDownNeedsAtMost: (comparator) => `broughtDown(期限前降至目標)只用於上限目標(atMost),不用於 ${comparator}`,
    valueTextDisagrees: (target, text, read, value) => `指標 ${target}:valueText「${text}」讀作 ${read},與數值 ${value} 不符`,
    negativeValue: (target, value) => `指標 ${target}:目標值 ${value} 不能為負數`,
    zeroValue: (target) => `指標 ${target}:目標值 0 只用於上限(comparator: atMost,如零事故),下限、數量、增減或總量控制的 0 無從衡量`,
    targetNotListed: (target, task) => `指標 ${target} 未列入其任務 ${task} 的 targetIds`,
    targetOfOtherTask: (target, task, listedBy) => `指標 ${target} 屬於任務 ${task},不屬於 ${listedBy}`,
    taskNotListed: (task, section) => `任務 ${task} 未列入其部分 ${section} 的 taskIds`,
    taskOfOtherSection: (task, section, listedBy) => `任務 ${task} 屬於部分 ${section},不屬於 ${listedBy}`,
    numberNotId: (kind, id, number, expected) => `${idKinds['zh-Hant'][kind]} ${id} 的序號為 ${number},應為 ${expected}`,
    targetIdNotTask: (target, task) => `指標編號 ${target} 應以其任務編號開頭,形如 ${task}.n`,
    leadAndParticipating: (unit, task) => `單位 ${unit} 已是任務 ${task} 的牽頭單位,不能同時為參與單位`,
    periodBackwards: (start, end) => `期間結束於 ${end},早於開始日期 ${start}`,
    deadlineBeforePeriod: (target, deadline, start) => `指標 ${target} 的期限 ${deadline} 早於規劃期間的開始日期 ${start}`,
    startOutsidePeriod: (target, start, periodStart, periodEnd) => `指標 ${target} 的開始日期 ${start} 不在規劃期間 ${periodStart} 至 ${periodEnd} 內`,
    startAfterDeadline: (target, start, deadline) => `指標 ${target} 的開始日期 ${start} 晚於其期限 ${deadline}`,
    entryAfterReport: (entry, report) =>
      `此項日期 ${entry} 晚於報告日期 ${report}:完成值的日期不得晚於報告日期。若為實際完成值,請改正日期;若為預測值,請刪除此項(或寫入備註)`,
    secondValue: (target, asOf, first, value) => `指標 ${target} 在 ${asOf} 有第二個值(${first} 為 ${value})`,
    planNotReport: () => '這是計劃檔,不是進度報告',
    reportNotPlan: () => '這是進度報告,不是計劃檔',
    otherPlan: (report, plan) => `應為「${plan}」,此報告寫的是「${report}」`,
    unknownKeys: (keys, known) => `無法識別的欄位${someKeys(keys, (key) => `「${key}」`, '、', (n) => `等(另有 ${n} 個)`)}(可用的欄位:${known.join('、')})`,
    tooManyValues: (limit) => `數據過大,無法驗證:超過 ${en(limit)} 個值`,
    tooManyChars: (limit) => `數據過大,無法驗證:文字超過 ${en(limit)} 個字符`,
    tooDeep: (limit) => `嵌套超過 ${limit} 層`,
    cycle: () => '引用自身(循環)',
    cannotRead: (why) => `無法讀取:${why}`,
    cannotValidate: (why) => `無法驗證:${why}`,
    indescribable: () => '無法描述的錯誤',
    moreProblems: (limit) => `還有更多問題,只列出前 ${en(limit)} 個`,
    invalidPlan: () => '規劃數據無效:',
    andMore: (count) => `… 另有 ${count} 個問題`,
  },
  'zh-Hans': {
    idLike: (kind, example) => `${idKinds['zh-Hans'][kind]}编号应形如 ${example}`,
    kebabId: () => '编号应为小写英文字母、数字和连字符(如 dezhou-2023)',
    bidiControl: () => '含有双向控制字符(U+202A–U+202E、U+2066–U+2069),会使文字显示的顺序与存储的不同,请删去',
    sha256: () => '应为 SHA-256 摘要:64 位小写十六进制数字',
    isoDate: () => '应为 ISO 日期 YYYY-MM-DD',
    realDate: () => '不是有效日期',
    finiteNumber: () => '应为有限的数字',
    duplicateId: (kind, id) => `${idKinds['zh-Hans'][kind]}编号“${id}”重复`,
    duplicateTaskNumber: (number, first) => `任务序号 ${number} 重复(与 ${first} 相同)`,
    unknownId: (kind, id) => `没有编号为“${id}”的${idKinds['zh-Hans'][kind]}`,
    upperBelowValue: (upper, value) => `上限 ${upper} 小于目标值 ${value}`,
    rangeNeedsUpper: () => '区间目标需要上限(upperValue)',
    floorNeedsChange: (comparator) => `floor(以上)只用于增减目标(increaseBy、decreaseBy),不用于 ${comparator}`,
    approxNeedsChange: (comparator) => `approx(左右)只用于增减目标(increaseBy、decreaseBy),不用于 ${comparator}:其他目标的左右用 comparator: approx`,
    directionNeedsRange: (comparator) => `direction(增减方向)只用于区间目标(range),不用于 ${comparator}:增减目标的方向即其 comparator(increaseBy、decreaseBy)`,
    changeAskedNeedsDirection: () => 'changeAsked(要求增减的区间)只用于有增减方向(direction)的区间目标',
    broughtDownNeedsAtMost: (comparator) => `broughtDown(期限前降至目标)只用于上限目标(atMost),不用于 ${comparator}`,
    valueTextDisagrees: (target, text, read, value) => `指标 ${target}:valueText“${text}”读作 ${read},与数值 ${value} 不符`,
    negativeValue: (target, value) => `指标 ${target}:目标值 ${value} 不能为负数`,
    zeroValue: (target) => `指标 ${target}:目标值 0 只用于上限(comparator: atMost,如零事故),下限、数量、增减或总量控制的 0 无从衡量`,
    targetNotListed: (target, task) => `指标 ${target} 未列入其任务 ${task} 的 targetIds`,
    targetOfOtherTask: (target, task, listedBy) => `指标 ${target} 属于任务 ${task},不属于 ${listedBy}`,
    taskNotListed: (task, section) => `任务 ${task} 未列入其部分 ${section} 的 taskIds`,
    taskOfOtherSection: (task, section, listedBy) => `任务 ${task} 属于部分 ${section},不属于 ${listedBy}`,
    numberNotId: (kind, id, number, expected) => `${idKinds['zh-Hans'][kind]} ${id} 的序号为 ${number},应为 ${expected}`,
    targetIdNotTask: (target, task) => `指标编号 ${target} 应以其任务编号开头,形如 ${task}.n`,
    leadAndParticipating: (unit, task) => `单位 ${unit} 已是任务 ${task} 的牵头单位,不能同时为参与单位`,
    periodBackwards: (start, end) => `期间结束于 ${end},早于开始日期 ${start}`,
    deadlineBeforePeriod: (target, deadline, start) => `指标 ${target} 的期限 ${deadline} 早于规划期间的开始日期 ${start}`,
    startOutsidePeriod: (target, start, periodStart, periodEnd) => `指标 ${target} 的开始日期 ${start} 不在规划期间 ${periodStart} 至 ${periodEnd} 内`,
    startAfterDeadline: (target, start, deadline) => `指标 ${target} 的开始日期 ${start} 晚于其期限 ${deadline}`,
    entryAfterReport: (entry, report) =>
      `此项日期 ${entry} 晚于报告日期 ${report}:完成值的日期不得晚于报告日期。若为实际完成值,请改正日期;若为预测值,请删除此项(或写入备注)`,
    secondValue: (target, asOf, first, value) => `指标 ${target} 在 ${asOf} 有第二个值(${first} 为 ${value})`,
    planNotReport: () => '这是计划文件,不是进度报告',
    reportNotPlan: () => '这是进度报告,不是计划文件',
    otherPlan: (report, plan) => `应为“${plan}”,此报告写的是“${report}”`,
    unknownKeys: (keys, known) => `无法识别的字段${someKeys(keys, (key) => `“${key}”`, '、', (n) => `等(另有 ${n} 个)`)}(可用的字段:${known.join('、')})`,
    tooManyValues: (limit) => `数据过大,无法验证:超过 ${en(limit)} 个值`,
    tooManyChars: (limit) => `数据过大,无法验证:文本超过 ${en(limit)} 个字符`,
    tooDeep: (limit) => `嵌套超过 ${limit} 层`,
    cycle: () => '引用自身(循环)',
    cannotRead: (why) => `无法读取:${why}`,
    cannotValidate: (why) => `无法验证:${why}`,
    indescribable: () => '无法描述的错误',
    moreProblems: (limit) => `还有更多问题,只列出前 ${en(limit)} 个`,
    invalidPlan: () => '规划数据无效:',
    andMore: (count) => `… 另有 ${count} 个问题`,
  },
  en: {
    idLike: (kind, example) => `expected a ${idKinds.en[kind]} id like ${example}`,
    kebabId: () => 'expected a kebab-case ASCII id',
    bidiControl: () => 'contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which shows the text in another order than it is stored: remove it',
    sha256: () => 'expected a SHA-256 digest: 64 lower-case hex digits',
    isoDate: () => 'expected an ISO date YYYY-MM-DD',
    realDate: () => 'expected a real date',
    finiteNumber: () => 'expected a finite number',
    duplicateId: (kind, id) => `duplicate ${idKinds.en[kind]} id "${id}"`,
    duplicateTaskNumber: (number, first) => `duplicate task number ${number} (also ${first})`,
    unknownId: (kind, id) => `unknown ${idKinds.en[kind]} id "${id}"`,
    upperBelowValue: (upper, value) => `upper value ${upper} is below the value ${value}`,
    rangeNeedsUpper: () => 'a range target needs an upper value',
    floorNeedsChange: (comparator) => `floor (at least) is for a change (increaseBy, decreaseBy), not for ${comparator}`,
    approxNeedsChange: (comparator) => `approx (about) is for a change (increaseBy, decreaseBy), not for ${comparator}: another target says its 左右 with comparator approx`,
    directionNeedsRange: (comparator) => `direction (of a change) is for a range, not for ${comparator}: a change says its own with comparator increaseBy or decreaseBy`,
    changeAskedNeedsDirection: () => 'changeAsked (a range of a change asked as a minimum) is for a range with a direction',
    broughtDownNeedsAtMost: (comparator) => `broughtDown (brought down by the deadline) is for an upper limit (atMost), not for ${comparator}`,
    valueTextDisagrees: (target, text, read, value) => `target ${target}: valueText "${text}" reads ${read}, not the value ${value}`,
    negativeValue: (target, value) => `target ${target}: the value ${value} is below zero`,
    zeroValue: (target) => `target ${target}: a value of 0 is only for an upper limit (comparator atMost: at most 0 accidents); a floor, a count, a change or a ceiling's total of 0 has nothing to reach`,
    targetNotListed: (target, task) => `target ${target} is not listed by its task ${task}`,
    targetOfOtherTask: (target, task, listedBy) => `target ${target} belongs to task ${task}, not to ${listedBy}`,
    taskNotListed: (task, section) => `task ${task} is not listed by its section ${section}`,
    taskOfOtherSection: (task, section, listedBy) => `task ${task} belongs to section ${section}, not to ${listedBy}`,
    numberNotId: (kind, id, number, expected) => `${idKinds.en[kind]} ${id} has the number ${number}, not ${expected}`,
    targetIdNotTask: (target, task) => `target id ${target} does not start with its task id ${task}`,
    leadAndParticipating: (unit, task) => `unit ${unit} is also a lead unit of task ${task}`,
    periodBackwards: (start, end) => `the period ends on ${end}, before it starts on ${start}`,
    deadlineBeforePeriod: (target, deadline, start) => `target ${target} is due on ${deadline}, before the plan's period starts on ${start}`,
    startOutsidePeriod: (target, start, periodStart, periodEnd) => `target ${target} starts on ${start}, outside the plan's period from ${periodStart} to ${periodEnd}`,
    startAfterDeadline: (target, start, deadline) => `target ${target} starts on ${start}, after it is due on ${deadline}`,
    entryAfterReport: (entry, report) =>
      `the entry is dated ${entry}, after the report's date ${report}: a reading cannot be dated after its report. Correct the date if it is a reading; leave out a forecast (or say it in a note)`,
    secondValue: (target, asOf, first, value) => `a second value for ${target} as of ${asOf} (${first} gives ${value})`,
    planNotReport: () => 'this is a plan file, not a progress report',
    reportNotPlan: () => 'this is a progress report, not a plan file',
    otherPlan: (report, plan) => `the report is for plan "${report}", not "${plan}"`,
    unknownKeys: (keys, known) => `unknown key${keys.length > 1 ? 's' : ''} ${someKeys(keys, (key) => `"${key}"`, ', ', (n) => ` and ${n} more`)} (the keys here are ${known.join(', ')})`,
    tooManyValues: (limit) => `too large to validate: more than ${en(limit)} values`,
    tooManyChars: (limit) => `too large to validate: more than ${en(limit)} characters of text`,
    tooDeep: (limit) => `nested deeper than ${limit} levels`,
    cycle: () => 'refers to itself (a cycle)',
    cannotRead: (why) => `cannot be read: ${why}`,
    cannotValidate: (why) => `cannot be validated: ${why}`,
    indescribable: () => 'an error that cannot be described',
    moreProblems: (limit) => `more problems follow; only the first ${en(limit)} problems are listed`,
    invalidPlan: () => 'Invalid plan:',
    andMore: (count) => `… and ${count} more`,
  },
};

/** A type named, the value as shown right after it (`文字「2100」`, `數字 1.5`): in Chinese, no article to change. */
const typeThenValue = (type: string, shown: string | undefined) => type + (shown ?? '');

/** zod's own issues in each language's words. */
export const zodIssueWords: Readonly<Record<Language, ZodIssueWords>> = {
  'zh-Hant': {
    types: {
      string: '文字', number: '數字', int: '整數', boolean: '布林值(true 或 false)', object: '物件', array: '陣列',
      null: '空值(null)', nan: '非數字(NaN)', bigint: '大整數', symbol: '符號', function: '函式',
    },
    quote: (text) => `「${text}」`,
    received: typeThenValue,
    expected: (expected, received) => `應為${expected},收到的是${received}`,
    missing: (expected) => `缺少此項(應為${expected})`,
    empty: () => '不能為空',
    atLeast: (minimum, inclusive) => (inclusive ? `應不小於 ${minimum}` : `應大於 ${minimum}`),
    atMost: (maximum, inclusive) => (inclusive ? `應不大於 ${maximum}` : `應小於 ${maximum}`),
    fewerThan: (minimum, of) => `至少應有 ${minimum} ${of === 'items' ? '項' : '個字符'}`,
    oneOf: (values) => `應為下列之一:${values}`,
  },
  'zh-Hans': {
    types: {
      string: '文本', number: '数字', int: '整数', boolean: '布尔值(true 或 false)', object: '对象', array: '数组',
      null: '空值(null)', nan: '非数字(NaN)', bigint: '大整数', symbol: '符号', function: '函数',
    },
    quote: (text) => `“${text}”`,
    received: typeThenValue,
    expected: (expected, received) => `应为${expected},收到的是${received}`,
    missing: (expected) => `缺少此项(应为${expected})`,
    empty: () => '不能为空',
    atLeast: (minimum, inclusive) => (inclusive ? `应不小于 ${minimum}` : `应大于 ${minimum}`),
    atMost: (maximum, inclusive) => (inclusive ? `应不大于 ${maximum}` : `应小于 ${maximum}`),
    fewerThan: (minimum, of) => `至少应有 ${minimum} ${of === 'items' ? '项' : '个字符'}`,
    oneOf: (values) => `应为下列之一:${values}`,
  },
  en: {
    types: {
      string: 'a text', number: 'a number', int: 'a whole number', boolean: 'a boolean', object: 'an object', array: 'an array',
      null: 'null', nan: 'NaN (not a number)', bigint: 'a bigint', symbol: 'a symbol', function: 'a function',
    },
    quote: (text) => ` "${text}"`,
    // `the text "八"`, `the number 1.5`; without the value, `a text`.
    received: (type, shown) => (shown === undefined ? type : type.replace(/^an? /, 'the ') + shown),
    expected: (expected, received) => `expected ${expected}, received ${received}`,
    missing: (expected) => `missing (expected ${expected})`,
    empty: () => 'must not be empty',
    atLeast: (minimum, inclusive) => `expected ${inclusive ? 'at least' : 'more than'} ${minimum}`,
    atMost: (maximum, inclusive) => `expected ${inclusive ? 'at most' : 'less than'} ${maximum}`,
    fewerThan: (minimum, of) => `expected at least ${minimum} ${of === 'items' ? 'item' : 'character'}${minimum === '1' ? '' : 's'}`,
    oneOf: (values) => `expected one of ${values}`,
  },
};
