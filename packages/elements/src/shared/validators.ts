/**
 * The validators of plans and progress feeds, in a module of their own: the elements import it dynamically, only
 * when a `plan-src`, a `plan` property or a feed is validated, so a page showing only the bundled Dezhou plan never
 * loads zod. Loading it switches zod to its `jitless` mode first, so validation does not trip a
 * Content-Security-Policy without `'unsafe-eval'`. In the CDN build it brings the table folding Traditional Chinese to
 * Simplified too (`foldTableOnDemand` in `vite.config.ts`): a plan from a URL is indexed by unit names at once.
 */
import { createPlanLookups, issueLine, parseProgressReport, validatePlan, type Language, type PlanLookups, type ProgressReport, type ReportPlan } from '@dz-tasks/data';
import { config } from 'zod/mini';
import type { Loadable } from './base-element.view.js';
import type { DzErrorDetail } from './events.js';
import type { Issue, LoadKind, Validation } from './load-json.js';

// zod probes `new Function` to speed up object parsing; under a CSP without 'unsafe-eval' the probe is reported as
// a violation. This module is the only way the elements reach zod, so opting out here comes before any parse.
config({ jitless: true });

/**
 * A failed validation: its issues in English, and in another language when an element of that language shows them
 * (validated again, in its words, once per language). A valid input, the common case, is validated once for all.
 */
function failed(issues: readonly Issue[], inLanguage: (lang: Language) => readonly Issue[]): Validation<never> {
  const worded = new Map<Language, readonly Issue[]>([['en', issues]]);
  const issuesIn = (lang: Language): readonly Issue[] => {
    let found = worded.get(lang);
    if (!found) worded.set(lang, (found = inLanguage(lang)));
    return found;
  };
  return { success: false, issues, issuesIn };
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
export function planProperty(plan: object, kind: LoadKind): Loadable<PlanLookups> {
  let result = validatedPlans.get(plan);
  if (!result) {
    try {
      result = planValidation(plan);
    } catch (error) {
      result = { success: false, issues: [{ path: '(root)', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }] };
    }
    validatedPlans.set(plan, result);
  }
  return result.success ? { state: 'ready', value: result.value } : { state: 'error', error: invalidDetail(result, 'plan', kind) };
}

/** A progress report checked against the schema and against `plan` (its id and its targets' ids). */
export function reportValidation(json: unknown, plan: ReportPlan): Validation<ProgressReport> {
  const result = parseProgressReport(json, plan);
  return result.success ? { success: true, value: result.data } : failed(result.issues, (lang) => parseProgressReport(json, plan, { lang }).issues);
}

/** The first issue (its `issueLine`) and how many more: `entries[0].value: expected number (+2)`. */
function summarize(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return `${issueLine(first)}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`;
}

/** The error of a failed validation: `kind.invalid`, naming `source` and the first issue in `kind.lang`. */
export function invalidDetail(result: Validation<unknown> & { readonly success: false }, source: string, kind: LoadKind): DzErrorDetail {
  return { code: kind.invalid, message: kind.invalidMessage(source, summarize(result.issuesIn?.(kind.lang) ?? result.issues)) };
}
