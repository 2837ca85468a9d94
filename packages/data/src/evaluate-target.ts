/**
 * Judging a reading against a target by its measure (flow, level, rate, growth, change, ceiling, designation): progress, the
 * pace (序時進度) and the status. The sentence that says it for screen readers is `evaluation-sentence.ts`.
 */
import { elapsedShare, isoDateTime, notIsoDate } from './iso-date.js';

export { elapsedShare } from './iso-date.js';
export { DEFAULT_APPROX_TOLERANCE, SERIOUSLY_BEHIND_SHARE } from './target-band.js';
import { bandOf, NOT_STARTED_UNTIL, SERIOUSLY_BEHIND_SHARE } from './target-band.js';
import { evaluationSentence } from './evaluation-sentence.js';
import { resolveLanguage, type Status } from './messages.js';
import { checkReading } from './read-value.js';
import { countedSince, fewWholeThings, heldAllYear, readInsideYear } from './unpaced.js';
import { runningTotal } from './running-total.js';
import { growthAsked, isChangeComparator, signedReading } from './target-kinds.js';
import { InvalidReadingError } from './invalid-reading-error.js';
import type { Language, Measure, Plan, Target } from './schema.js';

/** A reported value for a target. */
export interface TargetReading {
  /**
   * The amount reached so far, in the target's unit. For a `change` or `growth` it is the change achieved (a 7%
   * reduction is `7`; a move the wrong way is negative); for a `ceiling` the amount used so far.
   */
  readonly value: number;
  /** The date the value stands at (ISO `YYYY-MM-DD`). */
  readonly asOf: string;
  /** For a `level`: its amount at the start of the period, to pace from (overrides the target's own baseline). */
  readonly baseline?: number;
}

/** Options of {@link evaluateTarget}. */
export interface EvaluateOptions {
  /**
   * Start of the period a flow or level is paced over (ISO date), before which a reading is refused. Default: 1 January
   * of the deadline's year. A target's own {@link Target.start} goes before it as the pace's start; a ceiling's refuses
   * a reading before it too (its sheet asks for the use since it).
   */
  readonly start?: string;
  /** Language of the sentence. Default zh-Hant; another tag is read as `resolveLanguage` reads it (`zh-CN` is zh-Hans, `fr` English). */
  readonly lang?: Language;
  /**
   * Today (ISO date, as `latestIsoDate()` gives it): a reading dated after it is refused (`afterToday`), not judged
   * against a pace to come; a date that is not a real ISO date (`2023-6-30`) is a `RangeError`. Default: none, so an
   * evaluation depends on its arguments alone; the elements, the sheet import and `diffReports` give `latestIsoDate()`.
   */
  readonly today?: string;
}

/** The values of an `approx` or `range` target that count as reached, both included. */
export interface TargetBand {
  /** The lowest value that counts as reached. */
  readonly low: number;
  /** The highest value that counts as reached; above it, an amount is `met` and a rate `aboveBand`. */
  readonly high: number;
}

/** How far a target has come: what {@link evaluateTarget} returns. */
export interface TargetEvaluation {
  /** The target evaluated. */
  readonly target: Target;
  /** The reported value, in the target's unit (as in {@link TargetReading.value}). */
  readonly value: number;
  /** The date the value stands at (ISO `YYYY-MM-DD`). */
  readonly asOf: string;
  /** How the reading was judged: the target's measure, or `undefined` when the plan does not say (never paced). */
  readonly measure: Measure | undefined;
  /**
   * Progress as a ratio of the target (1 = the target amount): the value over the target; for a level with a
   * baseline, the way gone from the baseline; for a ceiling, the share of it used (above 1 means exceeded).
   */
  readonly progress: number;
  /**
   * Share of the path elapsed by `asOf`, 0–1 (序時進度), for what is paced: flows, ceilings, levels with a baseline,
   * and changes against a base year read at a year's end (over the whole path from the end of that year).
   * `undefined` for rates, growth, levels without a baseline, a flow of one thing and a change over years read inside a
   * year: they are compared with the target directly, and a pace would mean nothing.
   */
  readonly expected: number | undefined;
  /** For a level paced from a baseline: the baseline used (the reading's, else the target's). */
  readonly baseline?: number;
  /**
   * The date the path starts: a flow's or a ceiling's {@link Target.start} (下半年: 1 July; a flow's pace is 0 before
   * it), else the period's start; for a change against a base year the day after that year.
   */
  readonly pathStart: string;
  /** For `approx` and `range`: the values that count as reached, in the target's unit. */
  readonly band?: TargetBand;
  /** Where the target stands, as a supervision office would say it; see {@link Status}. */
  readonly status: Status;
  /** Whether lower values are better (a ceiling, or a rate with an upper limit). */
  readonly lowerIsBetter: boolean;
  /**
   * Whether the target is held all year (a growth, a rate the plan holds or caps, a level it holds): not paced, its
   * pace is its target at any date, so below it is `behind`. What else is not paced (`expected` undefined) is compared
   * with its target alone, `belowTarget` below it.
   */
  readonly heldAllYear: boolean;
  /** A sentence for screen readers in the requested language. */
  readonly sentence: string;
}

export { NOT_STARTED_UNTIL } from './target-band.js';

/** Whether higher readings are worse: a ceiling, or any target stated as an upper limit. */
const lowerIsBetterFor = (target: Target) => target.measure === 'ceiling' || target.comparator === 'atMost';

/** Where a value stands against the target itself, ignoring time. */
export type Standing = 'reached' | 'below' | 'above' | 'wrongWay';

function standingOf(target: Target, value: number, band: { low: number; high: number } | undefined): Standing {
  // A change below zero went the wrong way, whatever its measure (增速較上年末提高2個百分點, a rate, at −0.5), and a gap
  // below zero stands on the wrong side (高於城鎮居民1.4個百分點 at −0.3), unless the target caps it (增速控制在2%以內:
  // a fall is within the cap).
  if (signedReading(target) && value < 0 && !lowerIsBetterFor(target)) return 'wrongWay';
  if (lowerIsBetterFor(target)) return value <= target.value ? 'reached' : 'above';
  if (band) return value < band.low ? 'below' : value > band.high ? 'above' : 'reached';
  return value >= target.value ? 'reached' : 'below';
}

/**
 * The status of a paced reading (flows, changes, levels with a baseline) from its progress and the pace. What is no
 * running total (a change against a base year, a level: a stock can fall) or is under a limit can still slip back
 * when it reaches its target early, as a rate can: `onTrack` until it is due. `grace` is the share of the target a
 * shortfall may be and still be on the pace: one thing of a few whole things (1/4 of 4家), which come in lumps.
 */
function pacedStatus(standing: Standing, progress: number, expected: number, due: boolean, canSlipBack: boolean, grace: number): Status {
  // Within the band of 左右 but short of the number itself (4 of 5家左右 in June): on track until the deadline.
  if (standing === 'reached') return (canSlipBack || progress < 1) && !due ? 'onTrack' : 'met';
  if (due) return 'missed';
  if (standing === 'wrongWay' || !(progress >= 0)) return 'seriouslyBehind';
  if (progress === 0 && expected < NOT_STARTED_UNTIL) return 'notStarted';
  progress += grace;
  if (progress >= expected) return 'onTrack';
  return !progress || (progress < expected * SERIOUSLY_BEHIND_SHARE && expected >= NOT_STARTED_UNTIL) ? 'seriouslyBehind' : 'behind';
}

/**
 * The status of a reading compared with the target directly. Reached before the deadline it is `onTrack`, as a value
 * that can fall again (a rate, a growth, a level: a stock, a change read inside a year), and `met` only for a running
 * total (a flow of one thing) at its target. Below the target before the deadline it is `behind` (under half of it
 * `seriouslyBehind`) when `held`, what is held to its target all year ({@link heldAllYear}: a growth, a rate or a
 * level the plan holds or caps), and `belowTarget` otherwise, where nothing tells the pace (a level without a
 * baseline the plan does not hold, a target of unknown measure, a rate to reach by the deadline, one thing, a change
 * read inside a year), as is one above a level or a rate the plan brings down by the deadline
 * ({@link Target.broughtDown}); above a cap it is `overCeiling`. A move the wrong way is `seriouslyBehind`.
 */
function directStatus(target: Target, standing: Standing, due: boolean, held: boolean, progress: number): Status {
  // A move the wrong way is far behind, a change read inside a year too: the office flags it whatever the season.
  if (standing === 'wrongWay') return due ? 'missed' : 'seriouslyBehind';
  const lowerIsBetter = lowerIsBetterFor(target);
  // Above a level or a rate the plan brings down by the deadline (下降到38微克/立方米以下: `broughtDown`) it has not
  // reached it yet, as a rate to reach short of it: no cap breached (r113 F4).
  if (standing === 'above') return lowerIsBetter ? (due ? 'missed' : target.broughtDown ? 'belowTarget' : 'overCeiling') : 'aboveBand';
  // Within the band of 左右 short of the number itself (4.8 of 5家左右), on track until the deadline, as when paced.
  if (standing === 'reached') return due || (runningTotal(target) && !lowerIsBetter && progress >= 1) ? 'met' : 'onTrack';
  if (due) return 'missed';
  // What is held all year has its target for its pace: under half of it is far behind. (Below a cap is reached.)
  return held ? (progress < SERIOUSLY_BEHIND_SHARE ? 'seriouslyBehind' : 'behind') : 'belowTarget';
}

/**
 * The status of a designation (a title awarded on assessment): reached is `met` at any date, since a title once
 * conferred stays; short of it, `pending` until the deadline and `missed` after it; past an upper limit, over it. No
 * pace: the awarding body decides when.
 */
function designationStatus(target: Target, standing: Standing, due: boolean): Status {
  if (standing === 'above' && lowerIsBetterFor(target)) return due ? 'missed' : 'overCeiling';
  return standing !== 'below' ? 'met' : due ? 'missed' : 'pending';
}

/** The status of a ceiling's use: exceeded, used faster than the period goes by, or within it. */
function ceilingStatus(used: number, expected: number, due: boolean): Status {
  if (used > 1) return 'overCeiling';
  if (due) return 'met';
  return used <= expected ? 'onTrack' : 'overPace';
}

/**
 * Evaluates a reading against a target as a supervision office would, by the target's {@link Measure}:
 *
 * - **flow** (新增3000個): progress is the value over the target, paced by 序時進度 from the period's start (from
 *   the target's `start` when its text names one: 下半年, 0 before 1 July); reached early it is `met`, as a running
 *   total cannot fall (see `runningTotal`).
 * - **a few whole things** (新增上市企業4家, 大型灌區改造2處): a flow counted in whole things (家, 個, 處…) fewer than the
 *   months of its path (under one a month) completes in lumps, so it is paced with one thing's grace: up to one
 *   thing short of the straight pace is `onTrack` (1 of 4 listings by June, 0 of 2 in April), more is `behind` or,
 *   under half of it, `seriouslyBehind` (0 of 4 in November) (`fewWholeThings`). One thing alone (建成1家) is done or
 *   not: never paced, `belowTarget` before the deadline.
 * - **level** (達到900家): with a baseline (in the target or the reading), paced like a flow from the baseline;
 *   without one, compared with the target only: below it `belowTarget` (the data cannot tell the pace). Reached before
 *   the deadline, a level is `onTrack`, not `met`, with a baseline or without, held or not: a stock can fall back
 *   (patents lapse, enterprises move away); `met` only at the deadline. So is a target of unknown measure. Below its
 *   target and below its baseline (800 from 820, or from 950 when the year began above the target) it has moved the
 *   wrong way: `seriouslyBehind`, `missed` once due, said from the baseline (較基數950家下降). A level held under a
 *   limit from a baseline above it (PM2.5濃度控制在42以內 from 50) is paced down to it, and rising above its baseline
 *   has moved the wrong way (較基數50上升); within the limit it is `onTrack` until the deadline, as it may rise again.
 *   A level the plan holds ({@link Target.held}: 穩定在35萬畝以上) is not paced from a baseline: its floor holds all
 *   year, so below it before the deadline it is `behind`, under half of it `seriouslyBehind`, as a held rate.
 * - **rate** (利用率96%以上) and **growth** (增幅10%): compared with the target directly at any date: at or above
 *   it is `onTrack` (`met` once due), below it `behind` (`missed` once due); a growth below zero, as any change (增長,
 *   下降) that moved the wrong way (增速較上年末提高2個百分點 at −0.5), is `seriouslyBehind` (`missed` once due), and so
 *   is a gap between two rates below zero, on the wrong side (高於城鎮居民1.4個百分點 at −0.3).
 *   A rate to reach by the deadline ({@link Target.held} unset: 建成率達到90%) builds up over the year: below it before
 *   then is `belowTarget`; only a rate the plan holds (穩定在, 不低於) is `behind`. A held rate or a growth under half of
 *   its target (its pace) is `seriouslyBehind`.
 * - **change** against a base year (較2020年下降12%): an annual statistic (a year's use over a year's GDP). A reading
 *   at a year's end (31 December of any year on the path, or the deadline) is paced over the whole path from the end
 *   of the base year, so 6% at the end of 2022 of a 12% cut due at the end of 2023 is behind; a move the wrong way is
 *   `seriouslyBehind`. A reading inside a year of a change over years is no annual figure, bent by the season, so it
 *   is not paced (`expected` undefined): reached is `onTrack`, short of it `belowTarget`; a move the wrong way is still
 *   `seriouslyBehind` (`readInsideYear`). A change against the last year's end (較上年末) is a stock read on any day,
 *   paced as it goes. Reached early at a year's end it is `onTrack` too: it can slip back.
 * - **ceiling** (控制在21.17億立方米以內): the share used against 序時進度: `overPace` when used faster than the
 *   period goes by, `overCeiling` when exceeded. A ceiling with a `start` (下半年新增建設用地控制在100公頃以內) caps
 *   the use since it, as its sheet asks for it: paced from the start (50 of 100 on 30 September is on the pace), and a
 *   reading dated before it is refused (`beforePeriod`), never judged (`countedSince`).
 * - **designation** (爭創國家企業技術中心1個): a title awarded on assessment when the body decides, so never paced: reached
 *   is `met`, short of it `pending` (待評定) until the deadline, then `missed`.
 *
 * Far behind the pace (under half of it) is `seriouslyBehind`; nothing done is `notStarted` only in the first
 * quarter of the path. `approx` targets count as reached within
 * their tolerance band, `range` targets between their two values. Above it, an amount (a flow, a level) has done more
 * than was asked and is reached (超額完成: a flow `met`, a level `onTrack` until the deadline), as is a change past its
 * band in its direction (增長6%左右 at 6.5%) and a range of a change its words ask for past its top, whatever the verb,
 * paced or not (增長3%-5% at 5.6, 提高1—2個百分點 at 2.5, 較2020年下降10%—12% at 13: `growthAsked`); a rate or a growth
 * held about a value or in a band (穩定在60%左右, 控制在3%-5%) is `aboveBand`, paced or not, as is an amount in a range
 * the plan holds or caps ({@link Target.held}: 用水總量控制在3億—3.2億立方米, 死亡人數控制在10—15人).
 *
 * Above an upper limit before the deadline a target is `overCeiling`, unless the plan brings the level or the rate down
 * to it by the deadline ({@link Target.broughtDown}: PM2.5平均濃度下降到38微克/立方米以下, 城鄉收入比縮小到2.1, 失業率
 * 降至5%以內): then it has not reached it yet, `belowTarget` as a rate to reach short of it; at the deadline above it is
 * `missed`. (A brought-down rate is still `heldAllYear`, as any rate: telling it apart cost the gauge page bytes it lacks.) Only a cap held all year (控制在5.5%以內) is over it before then.
 *
 * How firmly the plan commits ({@link Target.firmness}) changes no judgement: a 力爭 target missed is `missed`, in the
 * tone of a firm one, as the data do not say it is less serious; its words say 力爭 (`describeTarget`). The sentence
 * says why a reading is not paced (a few whole things, no baseline…) until the deadline, not on it: the status then
 * judges the reading itself.
 *
 * @example
 * ```ts
 * const e = evaluateTarget(getTarget('t09.1')!, { value: 2100, asOf: '2023-06-30' }, { lang: 'en' });
 * e.status;   // 'onTrack' — 70% done with 50% of the year gone
 * evaluateTarget(getTarget('t38.4')!, { value: 85, asOf: '2023-06-30' }).status; // 'behind': a rate held (穩定在90%以上) below it
 * ```
 * @throws InvalidReadingError (a RangeError) when the reading cannot be judged: a value that is not a finite number,
 *   in the wrong scale (21000 for a target in 萬人, ten times a ceiling on a total in 萬 or 億), negative where it cannot be, or a date that
 *   is not real, comes before the period (a ceiling's: before its `start`) or after the deadline (`afterDeadline`: a
 *   target is judged by its value as of its deadline, not by a later count); its `problem` says which. A plain RangeError when `options.today` is not a real ISO
 *   date (`today "2023-6-30" is not an ISO date (YYYY-MM-DD)`), nor the target's deadline.
 */
export function evaluateTarget(target: Target, reading: TargetReading, options: EvaluateOptions = {}): TargetEvaluation {
  return judge(targetObject(target, 'getTarget'), reading, options);
}

/**
 * `target` when it is an object; else a TypeError for plain JavaScript that passes its id (`'t09.1'`) or nothing,
 * naming the lookup that gives the target (`getTarget`, `api.getTarget`).
 */
export function targetObject(target: Target, lookup: string): Target {
  if (typeof target === 'object' && target) return target;
  throw new TypeError(`evaluateTarget: ${JSON.stringify(target)} is not a target: give ${lookup}(${JSON.stringify(target)})`);
}

/** {@link evaluateTarget} of a target object: the elements' path (their targets are the plan's), without the check. */
function judge(target: Target, reading: TargetReading, options: EvaluateOptions): TargetEvaluation {
  // A tag the package does not speak is read as `languageOption` (library-inputs.ts) reads it; inline, for the gauge's bytes.
  const lang = resolveLanguage(options.lang ?? 'zh-Hant', 'en');
  // Number.isFinite is false for what is not a number at all (a string from a hand-written feed) as for NaN and ∞.
  if (!Number.isFinite(reading.value)) {
    throw new InvalidReadingError({ code: 'notANumber', text: String(reading.value) }, target);
  }
  isoDateTime(target.deadline) ?? notIsoDate(`target ${target.id}: deadline`, target.deadline);
  const measure = target.measure;
  const periodStart = options.start ?? `${target.deadline.slice(0, 4)}-01-01`;
  // The day a flow's or a ceiling's count begins, when its text names one (下半年, `countedSince`): paced from it, 0
  // before it. A flow's reading before it is still judged; a ceiling's is refused, as its sheet asks for the use since it.
  const pathStart = measure === 'change' && target.baselineYear !== undefined ? `${target.baselineYear + 1}-01-01` : countedSince(target) ?? periodStart;
  const problem = checkReading(target, reading, periodStart < pathStart && measure !== 'ceiling' ? periodStart : pathStart, options.today);
  if (problem) throw new InvalidReadingError(problem, target);

  const { value, asOf } = reading;
  // checkReading refuses a date after the deadline: due is the deadline itself (both real ISO dates).
  const due = asOf === target.deadline;
  const band = bandOf(target);
  const standing = standingOf(target, value, band);
  const goal = target.value;
  const given = measure === 'level' ? (reading.baseline ?? target.baseline) : undefined;
  if (!Number.isFinite(given ?? 0)) {
    throw new InvalidReadingError({ code: 'notANumber', text: `baseline ${given}` }, target);
  }
  const lowerIsBetter = lowerIsBetterFor(target);
  // A baseline at or past the target (over a floor, under a limit) leaves no way to pace: judged against the target only.
  const baseline = given !== undefined && (lowerIsBetter ? given > goal : given < goal) ? given : undefined;
  // Short of its target and further from it than its baseline, a level has moved the wrong way (800 of ≥ 900 from 950
  // or from 820; 52 of ≤ 42 from 50); above a limit it is falling towards from a baseline, it is short of it, paced.
  // (A comparison with no baseline, `undefined`, is false.)
  const short = standing === (lowerIsBetter ? 'above' : 'below');
  const judged: Standing = short && (lowerIsBetter ? value > baseline! : value < given!) ? 'wrongWay' : short && baseline !== undefined ? 'below' : standing;
  // A few whole things come in lumps: paced with one thing's grace (1 of 4 listings by June is on the pace). One thing
  // alone is done or not: never paced.
  const few = fewWholeThings(target, pathStart);
  const single = few && goal === 1;
  const insideYear = readInsideYear(target, asOf);
  // Judged against the target with nothing to tell the pace, unless held all year: below it before the deadline is
  // `belowTarget`. A held level's pace is its floor, as a held rate's: below it, behind.
  const held = heldAllYear(target);
  // An amount above its band (6萬人左右, 2—3個) has done more than asked, which an office counts as done (超額完成), as
  // has a change past its band in its own direction (增長6%左右 at 6.5%) or a range of a change its words ask for past
  // its top (增長3%-5% at 5.6, 提高1—2個百分點 at 2.5, 下降10%—12% at 13: `growthAsked`), paced or not; a value in percent
  // held about a value or in a band (a rate, though its measure be unknown; 穩定在60%左右, 控制在3%-5%) has not, nor a
  // level held about one (常住人口穩定在560萬人左右: review r118 F6), nor a range of an amount held or capped (`held`:
  // 用水總量控制在3億—3.2億立方米, r125 F2), nor anything past an upper limit: it is over it.
  const amount = ((measure === 'flow' || measure === 'level') && !target.held) || (measure === undefined && target.unit !== '%') || isChangeComparator(target.comparator) || growthAsked(target);
  const above: Standing = amount && !lowerIsBetter && judged === 'above' ? 'reached' : judged;
  // A held level's path is its floor, not a climb from a baseline: judged against the target as without one.
  const paced = (measure === 'flow' && !single) || (measure === 'change' && !insideYear) || measure === 'ceiling' || (baseline !== undefined && !target.held);
  const expected = paced ? elapsedShare(pathStart, target.deadline, asOf) : undefined;
  // A baseline is never the goal (one at or past it is none), so the way from it to the goal is never 0.
  const progress =
    baseline !== undefined ? (value - baseline) / (goal - baseline) : goal === 0 ? (value > 0 ? Infinity : 1) : value / goal;
  const status =
    measure === 'ceiling'
      ? ceilingStatus(progress, expected!, due)
      : measure === 'designation'
        ? designationStatus(target, standing, due)
        : // Above its target still (over a cap, above a band held: 下降幅度控制在10%—12%), paced or not: at any date alike.
          paced && above !== 'above'
          ? pacedStatus(above, progress, expected!, due, !runningTotal(target) || lowerIsBetter, few ? 1 / goal : 0)
          : directStatus(target, above, due, held, progress);
  const partial: Omit<TargetEvaluation, 'sentence'> = {
    target,
    value,
    asOf,
    measure,
    progress,
    expected,
    pathStart,
    ...(baseline === undefined ? {} : { baseline }),
    ...(band ? { band } : {}),
    status,
    lowerIsBetter,
    heldAllYear: held,
  };
  return { ...partial, sentence: evaluationSentence(partial, judged, lang, given, few, insideYear) };
}

/**
 * {@link evaluateTarget} paced over a plan's period: expected progress runs from the target's `start`, else the plan's
 * `period.start` ({@link PlanApi.evaluateTarget} is this, bound to its plan).
 *
 * @example
 * ```ts
 * evaluatePlanTarget(dezhouPlan, getTarget('t09.1')!, { value: 2100, asOf: '2023-06-30' }).status; // 'onTrack'
 * ```
 * @throws InvalidReadingError as {@link evaluateTarget}.
 */
export function evaluatePlanTarget(
  plan: Pick<Plan, 'period'>,
  target: Target,
  reading: TargetReading,
  options?: Omit<EvaluateOptions, 'start'>,
): TargetEvaluation {
  return judge(target, reading, { ...options, start: plan.period.start });
}
