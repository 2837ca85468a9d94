/**
 * What this package's own validation checks say, per language: the ids of the wrong form, the broken
 * cross-references of a plan, a reading dated after its report, the input limits. zod's own issues (a string where a
 * number belongs) are worded by zod's locales (`issues.ts`).
 *
 * Written by hand in all three languages, as the reading problems are (`reading-problems.ts`): Traditional and
 * Simplified differ in their words (報告 / 报告, 「」 / “”), not only in their characters.
 */
import type { Language } from './vocabulary.js';

/** The kinds of id a plan refers to. */
export type IdKind = 'unit' | 'section' | 'task' | 'target';

/** The words of every issue this package's checks find, in one language. */
export interface ValidationWords {
  /** An id of the wrong form: `expected a section id like s01`. */
  idLike(kind: IdKind, example: string): string;
  kebabId(): string;
  isoDate(): string;
  realDate(): string;
  finiteNumber(): string;
  duplicateId(kind: IdKind, id: string): string;
  duplicateTaskNumber(number: number, first: string): string;
  unknownId(kind: IdKind, id: string): string;
  upperBelowValue(upper: number, value: number): string;
  rangeNeedsUpper(): string;
  /** An entry of a progress report dated after the report: a forecast, or a slip of the date. */
  entryAfterReport(entry: string, report: string): string;
  /** A progress report about another plan. */
  otherPlan(report: string, plan: string): string;
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

/** One issue in no language yet: a key of {@link ValidationWords} and what it is said with. */
export type Said = { [K in keyof ValidationWords]: readonly [K, ...Parameters<ValidationWords[K]>] }[keyof ValidationWords];

/** `said` in the words of `words`. */
export function say(words: ValidationWords, [key, ...args]: Said): string {
  return (words[key] as (...values: readonly unknown[]) => string)(...args);
}

const en = (n: number) => n.toLocaleString('en');

const idKinds: Readonly<Record<Language, Readonly<Record<IdKind, string>>>> = {
  'zh-Hant': { unit: '單位', section: '章節', task: '任務', target: '指標' },
  'zh-Hans': { unit: '单位', section: '章节', task: '任务', target: '指标' },
  en: { unit: 'unit', section: 'section', task: 'task', target: 'target' },
};

/** The words of validation issues in each language. */
export const validationWords: Readonly<Record<Language, ValidationWords>> = {
  'zh-Hant': {
    idLike: (kind, example) => `${idKinds['zh-Hant'][kind]}編號應形如 ${example}`,
    kebabId: () => '編號應為小寫英文字母、數字和連字號(如 dezhou-2023)',
    isoDate: () => '應為 ISO 日期 YYYY-MM-DD',
    realDate: () => '不是真實存在的日期',
    finiteNumber: () => '應為有限的數字',
    duplicateId: (kind, id) => `${idKinds['zh-Hant'][kind]}編號「${id}」重複`,
    duplicateTaskNumber: (number, first) => `任務序號 ${number} 重複(另見 ${first})`,
    unknownId: (kind, id) => `沒有編號為「${id}」的${idKinds['zh-Hant'][kind]}`,
    upperBelowValue: (upper, value) => `上限 ${upper} 小於目標值 ${value}`,
    rangeNeedsUpper: () => '區間目標需要上限(upperValue)',
    entryAfterReport: (entry, report) =>
      `此項日期為 ${entry},晚於報告日期 ${report}:數值不能晚於所在的報告。若是實際數值,請改正日期;若是預測,請刪去(或寫在備註)`,
    otherPlan: (report, plan) => `此報告屬於計劃「${report}」,不是「${plan}」`,
    tooManyValues: (limit) => `資料過大,無法驗證:超過 ${en(limit)} 個值`,
    tooManyChars: (limit) => `資料過大,無法驗證:文字超過 ${en(limit)} 個字元`,
    tooDeep: (limit) => `巢狀超過 ${limit} 層`,
    cycle: () => '引用自身(循環)',
    cannotRead: (why) => `無法讀取:${why}`,
    cannotValidate: (why) => `無法驗證:${why}`,
    indescribable: () => '無法描述的錯誤',
    moreProblems: (limit) => `還有更多問題,只列出前 ${en(limit)} 個`,
    invalidPlan: () => '計劃數據無效:',
    andMore: (count) => `… 另有 ${count} 個問題`,
  },
  'zh-Hans': {
    idLike: (kind, example) => `${idKinds['zh-Hans'][kind]}编号应形如 ${example}`,
    kebabId: () => '编号应为小写英文字母、数字和连字号(如 dezhou-2023)',
    isoDate: () => '应为 ISO 日期 YYYY-MM-DD',
    realDate: () => '不是真实存在的日期',
    finiteNumber: () => '应为有限的数字',
    duplicateId: (kind, id) => `${idKinds['zh-Hans'][kind]}编号“${id}”重复`,
    duplicateTaskNumber: (number, first) => `任务序号 ${number} 重复(另见 ${first})`,
    unknownId: (kind, id) => `没有编号为“${id}”的${idKinds['zh-Hans'][kind]}`,
    upperBelowValue: (upper, value) => `上限 ${upper} 小于目标值 ${value}`,
    rangeNeedsUpper: () => '区间目标需要上限(upperValue)',
    entryAfterReport: (entry, report) =>
      `此项日期为 ${entry},晚于报告日期 ${report}:数值不能晚于所在的报告。若是实际数值,请改正日期;若是预测,请删去(或写在备注)`,
    otherPlan: (report, plan) => `此报告属于计划“${report}”,不是“${plan}”`,
    tooManyValues: (limit) => `数据过大,无法验证:超过 ${en(limit)} 个值`,
    tooManyChars: (limit) => `数据过大,无法验证:文字超过 ${en(limit)} 个字符`,
    tooDeep: (limit) => `嵌套超过 ${limit} 层`,
    cycle: () => '引用自身(循环)',
    cannotRead: (why) => `无法读取:${why}`,
    cannotValidate: (why) => `无法验证:${why}`,
    indescribable: () => '无法描述的错误',
    moreProblems: (limit) => `还有更多问题,只列出前 ${en(limit)} 个`,
    invalidPlan: () => '计划数据无效:',
    andMore: (count) => `… 另有 ${count} 个问题`,
  },
  en: {
    idLike: (kind, example) => `expected a ${idKinds.en[kind]} id like ${example}`,
    kebabId: () => 'expected a kebab-case ASCII id',
    isoDate: () => 'expected an ISO date YYYY-MM-DD',
    realDate: () => 'expected a real date',
    finiteNumber: () => 'expected a finite number',
    duplicateId: (kind, id) => `duplicate ${idKinds.en[kind]} id "${id}"`,
    duplicateTaskNumber: (number, first) => `duplicate task number ${number} (also ${first})`,
    unknownId: (kind, id) => `unknown ${idKinds.en[kind]} id "${id}"`,
    upperBelowValue: (upper, value) => `upper value ${upper} is below the value ${value}`,
    rangeNeedsUpper: () => 'a range target needs an upper value',
    entryAfterReport: (entry, report) =>
      `the entry is dated ${entry}, after the report's date ${report}: a reading cannot be dated after its report. Correct the date if it is a reading; leave out a forecast (or say it in a note)`,
    otherPlan: (report, plan) => `the report is for plan "${report}", not "${plan}"`,
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
