/**
 * The validators of plans and progress feeds, in a module of their own: the elements import it dynamically, only
 * when a `plan-src`, a feed or a `plan` or `progress` property is validated, so a page showing only the bundled
 * Dezhou plan never loads zod. Loading it switches zod to its `jitless` mode first, so validation does not trip a
 * Content-Security-Policy without `'unsafe-eval'`. In the CDN build it brings the table folding Traditional Chinese to
 * Simplified too (`foldTableOnDemand` in `vite.config.ts`): a plan from a URL is indexed by unit names at once.
 */
import { createPlanLookups, issueLine, parseProgressReport, validatePlan, type Language, type PlanLookups, type ProgressReport, type ReportPlan } from '@dz-tasks/data';
import { config } from 'zod/mini';
import type { LazyModule, ModuleWait } from './base-element.modules.js';
import type { Loadable } from './base-element.view.js';
import { isBundled } from './default-plan.js';
import type { DzErrorDetail } from './events.js';
import type { Issue, LoadKind, Validation } from './load-json.js';
import { onDemand } from './problem-words.js';

// zod probes `new Function` to speed up object parsing; under a CSP without 'unsafe-eval' the probe is reported as
// a violation. This module is the only way the elements reach zod, so opting out here comes before any parse.
config({ jitless: true });

/**
 * A failed validation: its issues in English, and in another language when an element of that language shows them
 * (validated again, in its words, once per language; in English if that throws: an input that changed under us, a
 * Proxy). A valid input, the common case, is validated once for all.
 */
function failed(issues: readonly Issue[], inLanguage: (lang: Language) => readonly Issue[]): Validation<never> {
  const worded = new Map<Language, readonly Issue[]>([['en', issues]]);
  const issuesIn = (lang: Language): readonly Issue[] => {
    let found = worded.get(lang);
    if (!found) worded.set(lang, (found = guarded(() => inLanguage(lang), () => issues)));
    return found;
  };
  return { success: false, issues, issuesIn };
}

/** What `run` returns, or `otherwise` with the issue of what it threw, whatever that is (never a throw). */
function guarded<T>(run: () => T, otherwise: (issue: Issue) => T): T {
  try {
    return run();
  } catch (error) {
    return otherwise({ path: '(root)', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

/**
 * A property's value checked by `validate` once per key (`checked`: by the value, for a plan; by the value's plan, for
 * a report), or a failure with the reason of a throw (a throwing getter, a revoked Proxy, an input too large for the
 * validator); shown as the element shows it: its value, or `kind`'s invalid error naming the property.
 */
function property<T>(checked: WeakMap<object, Validation<T>>, key: object, name: string, validate: () => Validation<T>, kind: LoadKind): Loadable<T> {
  let result = checked.get(key);
  if (!result) checked.set(key, (result = guarded(validate, (issue) => ({ success: false, issues: [issue] }))));
  return result.success ? { state: 'ready', value: result.value } : { state: 'error', error: invalidDetail(result, name, kind) };
}

/** A plan checked against the schema, with its lookups ({@link PlanLookups}). */
export function planValidation(json: unknown): Validation<PlanLookups> {
  const result = validatePlan(json);
  return result.success ? { success: true, value: createPlanLookups(result.plan) } : failed(result.issues, (lang) => validatePlan(json, { lang }).issues);
}

/** `plan` properties validated, each once per page (its issues are worded in each element's language as it shows them). */
const validatedPlans = new WeakMap<object, Validation<PlanLookups>>();

/**
 * The `plan` property checked like {@link planValidation}, once per page, or its `plan-invalid` error in the words of
 * `kind`: whatever it is (a throwing getter, a revoked Proxy, an input too large for the validator), a failure with
 * its reason, never a throw, so the element shows a message, never the bundled plan kept silently.
 */
export function planProperty(plan: unknown, kind: LoadKind): Loadable<PlanLookups> {
  // Not an object (a framework passing a string or a number): nothing to validate.
  if (typeof plan !== 'object' || !plan) return notAnObject('plan', plan, kind);
  return property(validatedPlans, plan, 'plan', () => planValidation(plan), kind);
}

/** The error of a property that is no object (a string or a number a framework passed): `kind.invalid`, naming its type. */
const notAnObject = (name: string, value: unknown, kind: LoadKind): Loadable<never> => ({
  state: 'error',
  error: { code: kind.invalid, message: kind.invalidMessage(name, typeof value) },
});

/**
 * How the element's data (`ElementData.property`) has a property checked here, by its name (`planProperty`,
 * `progressProperty`): the value, the words of its errors, the element's plan and modules, what a feed shown with a
 * plan is checked against (`reportPlanOf`) and the trend's templates (a feed's readings over time are drawn with them).
 */
export type PropertyCheck<T> = (value: unknown, kind: LoadKind, data: PropertyData, reportPlanOf: (lookups: PlanLookups) => ReportPlan, trend: LazyModule<unknown>) => Loadable<T>;

/** What a property's check reads of the element's data: its plan, and the modules its view waits on. */
interface PropertyData {
  readonly plan: Loadable<PlanLookups>;
  readonly modules: ModuleWait;
}

/**
 * Failed validations, against the bundled Dezhou plan (an element with no `plan-src`), of a report with a problem at
 * its `plan` (another plan's id, or none): their error says the plan is the bundled one, so an editor whose own plan
 * was meant sees why.
 */
const onBundledPlan = new WeakSet<Validation<unknown>>();

/** A progress report checked against the schema and against `plan` (its id and its targets' ids). */
export function reportValidation(json: unknown, plan: ReportPlan): Validation<ProgressReport> {
  const result = parseProgressReport(json, plan);
  if (result.success) return { success: true, value: result.data };
  const validation = failed(result.issues, (lang) => parseProgressReport(json, plan, { lang }).issues);
  if (isBundled(plan) && result.issues.some((issue) => issue.path === 'plan')) onBundledPlan.add(validation);
  return validation;
}

/** `progress` properties validated: for each report object, its validation against each plan it was checked against. */
const validatedReports = new WeakMap<object, WeakMap<ReportPlan, Validation<ProgressReport>>>();

/**
 * The `progress` property checked exactly as a fetched feed is ({@link reportValidation} against what `plan` checks a
 * feed against), once per report object and plan, or its `feed-invalid` error in the words of `kind`, naming
 * `progress` where a feed's names its URL: whatever it is, a failure with its reason, never a throw. Loading while
 * the element's plan is, and while `trend`, the trend's templates, loads (through its `modules`, which its view and
 * its `updateComplete` wait on), as a fetched feed's load waits for them: a report may give readings over time.
 * Without them (their chunk not loaded) the readings show, without their trend. `reportPlanOf` gives what a feed
 * shown with a plan is checked against.
 */
export function progressProperty(
  report: unknown,
  kind: LoadKind,
  { plan, modules }: PropertyData,
  reportPlanOf: (lookups: PlanLookups) => ReportPlan,
  trend: LazyModule<unknown>,
): Loadable<ProgressReport> {
  if (typeof report !== 'object' || !report) return notAnObject('progress', report, kind);
  if (plan.state !== 'ready') return { state: 'loading' };
  if (!trend.loaded && !trend.failed) {
    modules.waitFor(trend);
    return { state: 'loading' };
  }
  const checkedAgainst = reportPlanOf(plan.value);
  let byPlan = validatedReports.get(report);
  if (!byPlan) validatedReports.set(report, (byPlan = new WeakMap()));
  return property(byPlan, checkedAgainst, 'progress', () => reportValidation(report, checkedAgainst), kind);
}

// Both are called as a `PropertyCheck`, by name (`ElementData.property`): their types are checked here.
planProperty satisfies PropertyCheck<PlanLookups>;
progressProperty satisfies PropertyCheck<ProgressReport>;

/** How many more problems there are, after the first, in the words of each language. */
const moreProblems: Readonly<Record<Language, (count: number) => string>> = {
  'zh-Hant': (count) => `(另有 ${count} 個問題)`,
  'zh-Hans': (count) => `(另有 ${count} 个问题)`,
  en: (count) => ` (and ${count} more problem${count > 1 ? 's' : ''})`,
};

/** The first issue (its `issueLine`) and how many more, in `lang`: `entries[0].value: expected number (and 2 more problems)`. */
function summarize(issues: readonly Issue[], lang: Language): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return issueLine(first) + (issues.length > 1 ? moreProblems[lang](issues.length - 1) : '');
}

/**
 * The error of a failed validation: `kind.invalid`, naming `source` and the first issue in `kind.lang`; for a report
 * of another plan checked against the bundled one, with the note that it is (`''` while its words load: the element
 * waits for them, as for a "not found").
 */
export function invalidDetail(result: Validation<unknown> & { readonly success: false }, source: string, kind: LoadKind): DzErrorDetail {
  const note = onBundledPlan.has(result) ? onDemand((words) => words.bundledPlanNote[kind.lang]) : '';
  return { code: kind.invalid, message: kind.invalidMessage(source, summarize(result.issuesIn?.(kind.lang) ?? result.issues, kind.lang)) + note };
}
