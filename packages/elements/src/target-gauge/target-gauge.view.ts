/** What `<dz-target-gauge>` draws, derived from the plan, its attributes and the progress feed: free of Lit and the DOM. */
import {
  describeReadingProblem,
  evaluatePlanTarget,
  InvalidReadingError,
  isIsoDate,
  parseReadingValue,
  progressHistory,
  type Language,
  type PlanLookups,
  type ProgressReading,
  type ProgressReport,
  type Target,
  type TargetEvaluation,
} from '@dz-tasks/data';
import type { ElementView, Loadable } from '../shared/base-element.js';
import { ErrorCode } from '../shared/events.js';
import { isoDateOf } from '../shared/inputs.js';
import type { Strings } from '../shared/i18n/ui-strings.js';

/** The gauge once its target is known: the target alone (`none`, `loading`, `empty` feed) or a judged reading. */
export type GaugeReady =
  | { readonly target: Target; readonly progress: 'none' | 'loading' | 'empty' }
  | {
      readonly target: Target;
      readonly progress: 'reading';
      readonly evaluation: TargetEvaluation;
      readonly note?: string;
      /** The feed's readings of the target in date order, when it gives more than one (the last is evaluated). */
      readonly history?: readonly ProgressReading[];
    };

/** The attributes the view depends on. */
export interface GaugeInput {
  readonly target: string | undefined;
  readonly value: unknown;
  readonly asOf: string | undefined;
  readonly src: string | undefined;
}

/** Today's local date, `YYYY-MM-DD`. */
const today = (): string => isoDateOf(new Date());

/** Today's date, kept within the plan's period so a past plan reads as of its end and a future one as of its start. */
function defaultAsOf(period: { start: string; end: string }): string {
  const date = today();
  return date < period.start ? period.start : date > period.end ? period.end : date;
}

/** The value as a number in the target's unit, or the problem with it; `undefined` when none is given. */
function readValue(value: unknown, target: Target, lang: Language, t: Strings): { value: number } | { problem: string } | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { problem: t.invalidValue(String(value)) };
  const read = parseReadingValue(String(value), target);
  return 'value' in read ? read : { problem: describeReadingProblem(read.problem, target, lang) };
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
  if (!target) return { kind: 'error', error: { code: ErrorCode.unknownTarget, message: t.unknownTarget(ref) } };

  let reading: ProgressReading | undefined;
  let history: readonly ProgressReading[] = [];
  const given = readValue(input.value, target, lang, t);
  if (given && 'problem' in given) return { kind: 'error', error: { code: ErrorCode.invalidValue, message: given.problem } };
  if (given) {
    const asOf = input.asOf?.trim() || defaultAsOf(api.plan.period);
    if (!isIsoDate(asOf)) return { kind: 'error', error: { code: ErrorCode.invalidValue, message: t.gaugeInvalidDate(asOf) } };
    reading = { value: given.value, asOf };
  } else if (input.src?.trim()) {
    const report = feed();
    if (report.state === 'loading') return { kind: 'ready', target, progress: 'loading' };
    if (report.state === 'error') return { kind: 'error', error: report.error };
    history = progressHistory(report.value, target.id);
    reading = history.at(-1);
    if (!reading) return { kind: 'ready', target, progress: 'empty' };
  } else {
    return { kind: 'ready', target, progress: 'none' };
  }

  try {
    const evaluation = evaluatePlanTarget(api.plan, target, reading, { lang });
    return { kind: 'ready', target, progress: 'reading', evaluation, ...(reading.note ? { note: reading.note } : {}), ...(history.length > 1 ? { history } : {}) };
  } catch (error) {
    // A reading that cannot be judged (the wrong scale, a date before the period): say what was expected, never throw.
    const message = error instanceof InvalidReadingError ? describeReadingProblem(error.problem, target, lang) : t.invalidValue((error as Error).message);
    return { kind: 'error', error: { code: ErrorCode.invalidValue, message } };
  }
}
