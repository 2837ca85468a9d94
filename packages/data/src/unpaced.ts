/**
 * Where a straight pace says less than it does of other flows: a few whole things, done in lumps (paced with one
 * thing's grace; one thing alone not at all), and a change over years read inside a year, which is no annual figure;
 * and what has no pace but its target, held all year.
 */
import { builtUp } from './built-up.js';
import { unitScale } from './describe-target.js';
import { monthsFrom } from './iso-date.js';
import type { Target } from './schema.js';

/**
 * A classifier of whole things built or brought in one by one (家, 個, 處, 座, 條, 臺, 項, 所, 棟), in both scripts: not a
 * measure that divides (1噸, 1畝, 公里, 萬千瓦), nor a day, a year of age, an event or a person (5天, 1歲, 10場, 5人),
 * which come more evenly.
 */
const COUNTED = /^[家個个處处座條条臺台項项所棟栋]$/;

/**
 * Whether a flow counts a few whole things: a classifier of whole things (scale 1: 家, 個, 處) and fewer of them than
 * the months of its path from `pathStart` to the deadline, under one a month (新增上市企業4家, 大型灌區改造2處,
 * 秸稈重點縣2—3個 by the top of the range, 建成1家 in a calendar year; 12 or more are paced as any flow). Such things
 * complete in lumps (a listing, a motorway project), so `evaluateTarget` paces them with one thing's grace, and one
 * thing alone not at all. 1萬畝 is ten thousand mu; 5公里 divides.
 */
export const fewWholeThings = (target: Target, pathStart: string): boolean =>
  target.measure === 'flow' && countsWholeThings(target) && (target.upperValue ?? target.value) < monthsFrom(pathStart, target.deadline);

/** Whether a target counts whole things ({@link COUNTED}, scale 1: 家, 個, 處; not 萬家): none comes in halves (r93 L7). */
export const countsWholeThings = (target: Pick<Target, 'unit'>): boolean => unitScale(target.unit) === 1 && COUNTED.test(target.unit);

/**
 * Whether a reading of a change against a base year before the last (萬元GDP用水量較2020年下降12% due 2023) is dated
 * inside a year: not on 31 December, nor on the deadline. Such a change over years is an annual statistic (a year's use
 * over a year's GDP): a figure for part of a year is bent by the season and not comparable with the base year's, so it
 * is not paced (reached is `onTrack`, short of it `belowTarget`; a move the wrong way is still `seriouslyBehind`); a
 * year-end figure is paced from the end of the base year. A change against the last year's end (貸款餘額較上年末增長10%)
 * is a stock read on any date, paced as it goes.
 */
export const readInsideYear = (target: Target, asOf: string): boolean =>
  target.measure === 'change' && target.baselineYear! < +target.deadline.slice(0, 4) - 1 && !asOf.endsWith('-12-31') && asOf !== target.deadline;

/**
 * Whether a target is held all year, so that its pace is its target at any date: a growth, a rate the plan holds
 * (穩定在90%以上, 不低於) or caps (控制在…以內), a level it holds (面積穩定在35萬畝以上). Below it before the deadline is
 * `behind`, not `belowTarget`: unlike a rate to reach by the deadline (`builtUp`), a level without a baseline or one
 * thing, nothing is left to build up. The gauge says so beside it, not "not paced".
 */
export const heldAllYear = (target: Target): boolean =>
  target.measure === 'growth' || (target.measure === 'rate' ? !builtUp(target) : target.measure === 'level' && !!target.held);

/**
 * The day a target's count begins, when its text names one (下半年新建…: 1 July): a flow's or a ceiling's `start`, which
 * its pace and its sheet's total run from. A ceiling with a start caps the use of its own part of the year
 * (下半年新增建設用地控制在100公頃以內): its sheet asks for the use since the start, paced from it, so a reading dated
 * before the start is none the sheet asked for and is refused (F238; r95 H1 paced such a ceiling over the year while
 * its sheet asked for the year's use). A change has its base year, a rate or a level no pace from a day.
 */
export const countedSince = (target: Target): string | undefined => (target.measure === 'flow' || target.measure === 'ceiling' ? target.start : undefined);
