/**
 * What `lintPlan`'s items and `dz-plan lint`'s last line say, in each language (`--lang`; English by default). The
 * quotes (a target's, a unit's name, a task's title) are the plan's own text in its source language; the values a plan
 * JSON holds (a comparator, a measure, a unit kind) are quoted as written there, for an overlay to correct: in Chinese
 * after the words a clerk reads (the comparator's of `comparatorLabels`, the measure's of the progress sheet's measure
 * column, the unit kind's below), in brackets.
 */
import { comparatorLabels } from '../messages.js';
import { measureWords } from '../progress/sheet-columns.js';
import type { Comparator, Language, Measure, UnitKind } from '../schema.js';
import type { EnglishKind } from './lint-english.js';
import type { ReadWithoutDirection } from './range-without-direction.js';

/** How many places of each kind `missingEnglish` names; how many more, it counts. */
const LISTED = 5;

/** The kinds of English text in Chinese. */
const englishKindWords: Readonly<Record<'zh-Hant' | 'zh-Hans', Readonly<Record<EnglishKind, string>>>> = {
  'zh-Hant': { titles: '標題', unitNames: '單位名稱', metrics: '指標', unitsOfMeasure: '計量單位' },
  'zh-Hans': { titles: '标题', unitNames: '单位名称', metrics: '指标', unitsOfMeasure: '计量单位' },
};

/** Each kind in Chinese, its count and its first places (`等,另有 N 處` past {@link LISTED}), joined by ;. */
const zhKinds = (lang: 'zh-Hant' | 'zh-Hans', kinds: readonly (readonly [EnglishKind, readonly string[]])[]) => {
  const place = lang === 'zh-Hant' ? '處' : '处';
  return kinds
    .map(([kind, places]) => {
      const more = places.length - LISTED;
      return `${englishKindWords[lang][kind]} ${places.length} ${place}(${places.slice(0, LISTED).join('、')}${more > 0 ? ` 等,另有 ${more} ${place}` : ''})`;
    })
    .join(';');
};

/** Each kind in English, its count and its first places (`and N more` past {@link LISTED}), joined by ;. */
const enKinds = (kinds: readonly (readonly [EnglishKind, readonly string[]])[]) =>
  kinds
    .map(([kind, places]) => {
      const more = places.length - LISTED;
      const name = { titles: 'titles', unitNames: 'unit names', metrics: 'metrics', unitsOfMeasure: 'units of measure' }[kind];
      return `${name} ${places.length} (${places.slice(0, LISTED).join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
    })
    .join('; ');

/** A target's dates (ISO): its start when it has one, and its deadline. */
export interface TargetDates {
  readonly start?: string | undefined;
  readonly deadline: string;
}

/** The words of one language. */
export interface LintWords {
  /**
   * A target read with a confidence under the review's: its quote, its dates, comparator, amount, measure (if any) and
   * confidence.
   */
  readonly lowConfidenceTarget: (quote: string, dates: TargetDates, comparator: Comparator, amount: string, measure: Measure | undefined, confidence: number) => string;
  /**
   * An extracted target whose text gave a start, or a deadline before the plan's end (F239): its quote, its dates and
   * the plan's period, for a person to check against the text. A note: a start changes the pace.
   */
  readonly datesFromText: (quote: string, dates: TargetDates, period: { readonly start: string; readonly end: string }) => string;
  /** A target due after the plan's period (`2025年4月1日至6月30日` in a plan of 2024: review r101 L1): its quote, deadline and the period. */
  readonly deadlineAfterPeriod: (quote: string, deadline: string, period: { readonly start: string; readonly end: string }) => string;
  /** A unit named in one task only. */
  readonly unitNamedOnce: (name: string) => string;
  /** A unit whose kind was guessed from its name. */
  readonly guessedUnitKind: (name: string, kind: UnitKind) => string;
  /** A task, its number and title, that names no unit. */
  readonly taskWithoutUnits: (task: number, title: string) => string;
  /** A task with no target. */
  readonly taskWithoutTargets: (task: number) => string;
  /** How many English texts are empty, and which, by kind (`emptyEnglish`): the first {@link LISTED} of each and how many more. */
  readonly missingEnglish: (count: number, kinds: readonly (readonly [EnglishKind, readonly string[]])[]) => string;
  /**
   * A range whose quote says a direction (`decreaseBy`, a fall) its plan does not keep: its quote, that direction and
   * what it is read as instead (`rangeWithoutDirection`), with the overlay's correction.
   */
  readonly rangeWithoutDirection: (quote: string, direction: 'decreaseBy' | 'increaseBy', readAs: ReadWithoutDirection) => string;
  /** `dz-plan lint`'s last line: how many things to review in `file`, and how many notes besides (none: not said). */
  readonly toReview: (count: number, file: string, notes: number) => string;
}

/** What kind of body each {@link UnitKind} is, in Chinese: what `lint` says a unit was taken to be. */
const unitKindWords: Readonly<Record<'zh-Hant' | 'zh-Hans', Readonly<Record<UnitKind, string>>>> = {
  'zh-Hant': {
    governmentDepartment: '政府部門',
    partyOffice: '黨委部門',
    centralOrProvincialBranch: '中央或省級單位的分支機構',
    stateOwnedEnterprise: '國有企業',
    coordinatingGroup: '工作專班或領導小組',
    districtAdministration: '新區或開發區管委會',
  },
  'zh-Hans': {
    governmentDepartment: '政府部门',
    partyOffice: '党委部门',
    centralOrProvincialBranch: '中央或省级单位的分支机构',
    stateOwnedEnterprise: '国有企业',
    coordinatingGroup: '工作专班或领导小组',
    districtAdministration: '新区或开发区管委会',
  },
};

/** What a range without its direction is read as, in each language. */
const readAsWords: Readonly<Record<Language, Readonly<Record<ReadWithoutDirection, string>>>> = {
  'zh-Hant': { rise: '增長', gap: '兩個比率之差', level: '水準' },
  'zh-Hans': { rise: '增长', gap: '两个比率之差', level: '水平' },
  en: { rise: 'a rise', gap: 'a gap between two rates', level: 'a level' },
};

/** The overlay's correction of a range's direction, as an overlay's `targets.change` writes it. */
const directionSetting = (direction: 'decreaseBy' | 'increaseBy') => `"direction": "${direction}"`;

/** A comparator as Chinese reads it before an amount (`增长`; none for `exact` and `range`), then the amount and the value. */
const zhReading = (lang: 'zh-Hant' | 'zh-Hans', comparator: Comparator, amount: string) => `${comparatorLabels[lang][comparator]} ${amount}(${comparator})`;

/** A target's dates in Chinese: `開始日期 2024-04-01、期限 2024-06-30`, or the deadline alone. */
const zhDates = (lang: 'zh-Hant' | 'zh-Hans', { start, deadline }: TargetDates) => `${start ? `${lang === 'zh-Hant' ? '開始日期' : '开始日期'} ${start}、` : ''}期限 ${deadline}`;

/** A target's dates in English: `starts 2024-04-01, due 2024-06-30`, or the deadline alone. */
const enDates = ({ start, deadline }: TargetDates) => `${start ? `starts ${start}, ` : ''}due ${deadline}`;

/** {@link LintWords} in each language. */
export const lintWords: Readonly<Record<Language, LintWords>> = {
  'zh-Hant': {
    lowConfidenceTarget: (quote, dates, comparator, amount, measure, confidence) =>
      `«${quote}» ${zhDates('zh-Hant', dates)},讀作${zhReading('zh-Hant', comparator, amount)},${measure ? `計量方式為${measureWords['zh-Hant'][measure]}(${measure})` : '沒有計量方式(measure)'},可信度 ${confidence}`,
    datesFromText: (quote, dates, period) =>
      `«${quote}» ${zhDates('zh-Hant', dates)}(計劃期間 ${period.start} 至 ${period.end}):請確認原文寫的是${dates.start ? '這些日期,序時進度自開始日期起算' : '這個期限'}`,
    deadlineAfterPeriod: (quote, deadline, period) =>
      `«${quote}» 期限 ${deadline} 在計劃期間(${period.start} 至 ${period.end})之後:序時進度自計劃期間開始起算;請確認原文寫的是這一年,或在 overlay 改正期限`,
    unitNamedOnce: (name) => `«${name}» 只在一個任務中出現:請確認它不是讀錯或寫錯的名稱`,
    guessedUnitKind: (name, kind) => `«${name}» 依名稱當作${unitKindWords['zh-Hant'][kind]}(${kind})`,
    taskWithoutUnits: (task, title) => `任務 ${task} «${title}» 沒有責任單位`,
    taskWithoutTargets: (task) => `任務 ${task} 沒有量化指標:請確認沒有漏讀`,
    missingEnglish: (count, kinds) => `${count} 處英文留空:${zhKinds('zh-Hant', kinds)}:請在 overlay 裡補上`,
    rangeWithoutDirection: (quote, direction, readAs) =>
      `«${quote}» 是${comparatorLabels['zh-Hant'][direction]}的區間,但計劃沒有寫明方向(舊版 dz-plan 產生的計劃,或 overlay):現在讀作${readAsWords['zh-Hant'][readAs]}。請重新產生計劃,或在 overlay 裡寫上 ${directionSetting(direction)}(targets.change)`,
    toReview: (count, file, notes) => `${file} 共有 ${count} 處需要審核${notes ? `(另有 ${notes} 項提示)` : ''}`,
  },
  'zh-Hans': {
    lowConfidenceTarget: (quote, dates, comparator, amount, measure, confidence) =>
      `«${quote}» ${zhDates('zh-Hans', dates)},读作${zhReading('zh-Hans', comparator, amount)},${measure ? `计量方式为${measureWords['zh-Hans'][measure]}(${measure})` : '没有计量方式(measure)'},可信度 ${confidence}`,
    datesFromText: (quote, dates, period) =>
      `«${quote}» ${zhDates('zh-Hans', dates)}(计划期间 ${period.start} 至 ${period.end}):请确认原文写的是${dates.start ? '这些日期,序时进度自开始日期起算' : '这个期限'}`,
    deadlineAfterPeriod: (quote, deadline, period) =>
      `«${quote}» 期限 ${deadline} 在计划期间(${period.start} 至 ${period.end})之后:序时进度自计划期间开始起算;请确认原文写的是这一年,或在 overlay 改正期限`,
    unitNamedOnce: (name) => `«${name}» 只在一个任务中出现:请确认它不是读错或写错的名称`,
    guessedUnitKind: (name, kind) => `«${name}» 依名称当作${unitKindWords['zh-Hans'][kind]}(${kind})`,
    taskWithoutUnits: (task, title) => `任务 ${task} «${title}» 没有责任单位`,
    taskWithoutTargets: (task) => `任务 ${task} 没有量化指标:请确认没有漏读`,
    missingEnglish: (count, kinds) => `${count} 处英文留空:${zhKinds('zh-Hans', kinds)}:请在 overlay 里补上`,
    rangeWithoutDirection: (quote, direction, readAs) =>
      `«${quote}» 是${comparatorLabels['zh-Hans'][direction]}的区间,但计划没有写明方向(旧版 dz-plan 产生的计划,或 overlay):现在读作${readAsWords['zh-Hans'][readAs]}。请重新产生计划,或在 overlay 里写上 ${directionSetting(direction)}(targets.change)`,
    toReview: (count, file, notes) => `${file} 共有 ${count} 处需要审核${notes ? `(另有 ${notes} 项提示)` : ''}`,
  },
  en: {
    lowConfidenceTarget: (quote, dates, comparator, amount, measure, confidence) => `«${quote}» ${enDates(dates)}, read as ${comparator} ${amount} (${measure ?? 'no measure'}), confidence ${confidence}`,
    datesFromText: (quote, dates, period) =>
      `«${quote}» ${enDates(dates)} (the plan’s period: ${period.start} to ${period.end}): check the text gives ${dates.start ? 'these dates; the pace runs from the start' : 'this deadline'}`,
    deadlineAfterPeriod: (quote, deadline, period) =>
      `«${quote}» is due ${deadline}, after the plan’s period (${period.start} to ${period.end}): its pace runs from the period’s start; check the text names that year, or correct the deadline in an overlay`,
    unitNamedOnce: (name) => `«${name}» is named in one task only: check it is not a misread or misspelt name`,
    guessedUnitKind: (name, kind) => `«${name}» is taken to be a ${kind} from its name`,
    taskWithoutUnits: (task, title) => `task ${task} «${title}» names no responsible unit`,
    taskWithoutTargets: (task) => `task ${task} has no quantitative target: check none was missed`,
    missingEnglish: (count, kinds) => `${count} English texts are empty: ${enKinds(kinds)}: give them in an overlay`,
    rangeWithoutDirection: (quote, direction, readAs) =>
      `«${quote}» is a range of a ${direction === 'decreaseBy' ? 'fall' : 'rise'}, but the plan keeps no direction (built by an older dz-plan, or an overlay): it is read as ${readAsWords.en[readAs]}. Build the plan again, or give it ${directionSetting(direction)} in an overlay (targets.change)`,
    toReview: (count, file, notes) => `${count} thing${count === 1 ? '' : 's'} to review in ${file}${notes ? ` (and ${notes} note${notes === 1 ? '' : 's'})` : ''}`,
  },
};
