/**
 * Which readings say nothing of a pace: a flow of a few whole things, done in lumps, and a change against a base year
 * read inside a year, which is no annual figure.
 */
import { unitScale } from './describe-target.js';
import { monthsFrom } from './iso-date.js';
import type { Target } from './schema.js';

/**
 * A classifier of whole things (家, 個, 處, 座): one character that is not a measure. 1噸 or 1畝 divides and is paced;
 * so do units of two characters or more (公里, 平方米, 萬千瓦).
 */
const COUNTED = /^[^%米噸吨畝亩元斤度克升頃顷]$/;

/**
 * Whether a flow counts a few whole things: a classifier of whole things (scale 1: 家, 個, 處) and fewer of them than
 * the months of its path from `pathStart` to the deadline, under one a month (新增上市企業4家, 大型灌區改造2處,
 * 秸稈重點縣2—3個 by the top of the range, 建成1家 in a calendar year; 12 or more are paced). Such things complete in
 * lumps (a listing, a motorway project), so falling short of a straight pace (a quarter of a listing by March) means
 * nothing: short of the pace before the deadline it is not paced, `belowTarget` (at or ahead of it, `evaluateTarget`
 * paces it: `onTrack`), reached `met` (a running total cannot fall), short of it at the deadline `missed`. 1萬畝 is ten thousand mu; 5公里 divides.
 */
export const fewWholeThings = (target: Target, pathStart: string): boolean =>
  target.measure === 'flow' && unitScale(target.unit) === 1 && COUNTED.test(target.unit) && (target.upperValue ?? target.value) < monthsFrom(pathStart, target.deadline);

/**
 * Whether a reading of a change against a base year (萬元GDP用水量較2020年下降12%) is dated inside a year: not on
 * 31 December, nor on the deadline. Such a change is an annual statistic (a year's use over a year's GDP): a figure
 * for part of a year is bent by the season and not comparable with the base year's, so it is not paced (reached is
 * `onTrack`, short of it `belowTarget`, a move the wrong way too); a year-end figure is paced from the end of the base
 * year.
 */
export const readInsideYear = (target: Target, asOf: string): boolean =>
  target.measure === 'change' && target.baselineYear !== undefined && !asOf.endsWith('-12-31') && asOf !== target.deadline;
