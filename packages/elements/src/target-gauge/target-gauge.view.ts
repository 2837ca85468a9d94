/** What `<dz-target-gauge>` draws, derived from the plan, its attributes and the progress feed: free of Lit and the DOM. */
import { formatIsoDate, isIsoDate, localIsoDate, parseReadingValue } from '@dz-tasks/data';
import type { Language, PlanLookups, ProgressReading, ProgressReport, Target, TargetEvaluation } from '@dz-tasks/data';
import type { ElementView, Loadable } from '../shared/base-element.js';
import { ErrorCode, type DzErrorDetail } from '../shared/events.js';
import { given, urlInput, type Input } from '../shared/inputs.js';
import { judgeReading, judgeTarget, type JudgedTarget } from '../shared/gauge/judged-target.js';
import { onDemand, sayProblem } from '../shared/problem-words.js';
import type { Strings } from '../shared/i18n/ui-strings.js';

/**
 * The gauge once its target is known: the target alone (`none`, `loading`, `empty`: a feed with no entry for it,
 * with its status 未報送 once due, `unreported`), or a judged reading. An error about its value or feed is the target
 * alone with the view's `error`: the metric still says which target's figure is wrong.
 */
export type GaugeReady =
  | { readonly target: Target; readonly progress: 'none' | 'loading' | 'empty'; readonly unreported?: JudgedTarget['unreportedStatus'] }
  | {
      readonly target: Target;
      readonly progress: 'reading';
      readonly evaluation: TargetEvaluation;
      /** How far it missed at its deadline or is over its ceiling, in words (`JudgedTarget.gap`). */
      readonly gap?: string;
      readonly note?: string;
      /** The feed's readings of the target in date order, when it gives more than one. */
      readonly history?: readonly ProgressReading[];
      /** The feed's reading is older than the report and the deadline: not reported this period (`JudgedTarget.stale`). */
      readonly stale?: true;
    };

/** The attributes the view depends on. */
export interface GaugeInput {
  readonly target: string | undefined;
  readonly value: unknown;
  readonly asOf: string | undefined;
  /** Where the feed comes from, as its errors name it: `progress` (the property), or the URL of `src`. */
  readonly src: string | undefined;
}

/**
 * The gauge's `progress`: a report object, taken as it is (validated as a feed is), unused (and noticed) beside a
 * `value`, which wins.
 */
export const progressInput: Input = { read: (value) => value, beside: ['value'] };

/** The gauge's `src`: a URL, unused (and noticed) beside a `value` or a `progress`, which win, as the guide says. */
export const srcInput: Input = { ...urlInput, beside: ['value', 'progress'] };

/** Today's local date, `YYYY-MM-DD`. */
const today = (): string => localIsoDate();

/**
 * Today's date, kept from the plan's start to the target's deadline: a past target reads as of its deadline (a
 * target is judged by its value then, never a later date) and a plan to come as of its start.
 */
function defaultAsOf(start: string, end: string): string {
  const date = today();
  return date < start ? start : date > end ? end : date;
}

/** The value as a number in the target's unit, or the problem with it; `undefined` when none is given. */
function readValue(value: unknown, target: Target, lang: Language, t: Strings): { value: number } | { problem: string } | undefined {
  if (!given(value)) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { problem: t.invalidValue(String(value)) };
  const read = parseReadingValue(String(value), target);
  return 'value' in read ? read : { problem: sayProblem(read.problem, target, lang) };
}

/**
 * The gauge's view: its target, and the value from `value` (with `as-of`) or else from the feed, evaluated. A
 * problem with any of them is an error of the view, never a throw.
 */
export function gaugeViewOf(
  api: PlanLookups,
  input: GaugeInput,
  feed: () => Loadable<ProgressReport>,
  lang: Language,
  t: Strings,
): ElementView<GaugeReady> {
  const ref = input.target?.trim();
  if (!ref) return { kind: 'error', error: { code: ErrorCode.unknownTarget, message: t.missingAttribute('target') } };
  const target = api.getTarget(ref);
  // Said with the targets of the task it names, or the plan's: what would have been right.
  if (!target) return { kind: 'error', error: { code: ErrorCode.unknownTarget, message: t.unknownTarget(ref) + onDemand((words) => words.knownTargets(api, ref, lang)) } };

  // An as-of that is not a date is said even with no value to date yet: the editor's mistake is never left in silence.
  const dated = input.asOf;
  if (dated && !isIsoDate(dated)) return failed(target, { code: ErrorCode.invalidValue, message: t.gaugeInvalidDate(dated) });
  const read = readValue(input.value, target, lang, t);
  if (read && 'problem' in read) return failed(target, { code: ErrorCode.invalidValue, message: read.problem });
  if (read) {
    const asOf = dated || defaultAsOf(api.plan.period.start, target.deadline);
    // A date of the gauge's own (today kept between the plan's start and the target's deadline) may be the start of a
    // plan to come: it stands.
    const view = readingView(target, judgeReading(api, target, { value: read.value, asOf }, lang, !!dated));
    // Kept at the deadline, today being past it: judged at a date nobody wrote (a mid-year figure would read as the
    // year's result), so said over the gauge.
    return dated || asOf >= today() ? view : { ...view, notice: { code: ErrorCode.invalidValue, key: 'as-of', message: t.gaugeUndated(formatIsoDate(asOf, lang)) } };
  }
  if (!input.src) return { kind: 'ready', target, progress: 'none' };
  const report = feed();
  if (report.state === 'loading') return { kind: 'ready', target, progress: 'loading' };
  if (report.state === 'error') return failed(target, report.error);
  const judged = judgeTarget(api, target, report.value, lang);
  // No entry for the target: 尚無進度數據 before its deadline, 未報送 once the report's date has reached it.
  if (judged.unreported) return { kind: 'ready', target, progress: 'empty', unreported: judged.unreportedStatus };
  // A reading of the feed that cannot be judged is the feed's mistake: said naming the file, as its other errors are.
  return readingView(target, { ...judged, problem: judged.problem && t.invalidFeed(input.src!, judged.problem) });
}

/**
 * A judged reading as the gauge's view. One that cannot be judged (the wrong scale, a date before the period) is an
 * error that says what was expected: a reading always comes back judged or with its problem.
 */
function readingView(target: Target, judged: Pick<JudgedTarget, 'evaluation' | 'gap' | 'problem' | 'note' | 'history' | 'stale'>): ElementView<GaugeReady> & { readonly kind: 'ready' } {
  const { evaluation, gap, problem, note, history, stale } = judged;
  if (!evaluation) return failed(target, { code: ErrorCode.invalidValue, message: problem ?? '' });
  return { kind: 'ready', target, progress: 'reading', evaluation, gap, note, history, stale };
}

/** An error about the value or the feed of a known target: the target alone, the error below it. */
const failed = (target: Target, error: DzErrorDetail): ElementView<GaugeReady> & { readonly kind: 'ready' } => ({ kind: 'ready', target, progress: 'none', error });
