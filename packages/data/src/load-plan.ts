/** Plan JSON from elsewhere (another city's, a fetch): validated against the schemas, then indexed. */
import { issueLine, type ValidationIssue } from './issues.js';
import { languageOption } from './library-inputs.js';
import { createPlanApi, type PlanApi } from './plan-api.js';
import { PlanSchema, type Plan } from './schema.js';
import { validateInput, type ValidationOptions } from './validate-input.js';
import { validationWords } from './validation-words.js';
import type { Language } from './vocabulary.js';

/**
 * Thrown by {@link loadPlan}; `issues` lists every problem with its path. The message shows the first five.
 *
 * @example
 * ```ts
 * try {
 *   loadPlan(json);
 * } catch (error) {
 *   if (error instanceof PlanValidationError) for (const issue of error.issues) console.warn(issue.path, issue.message);
 * }
 * ```
 */
export class PlanValidationError extends Error {
  /** Always `'PlanValidationError'`, so the error can be told apart after crossing a realm or being serialized. */
  override readonly name = 'PlanValidationError';
  /**
   * Creates the error; its message lists the first five issues, one per line, and how many more there are.
   *
   * @param issues Every problem found, each with its path: `tasks[3].lead[0]: unknown unit id "foo"`.
   * @param lang The language of the message's own words (the issues come worded); English by default. For a tag
   *   (`zh-CN`), pass `resolveLanguage(tag)`; another string past the types is read as it reads one.
   */
  constructor(
    /** Every problem found in the plan, in the order the schema reported them. */
    readonly issues: readonly ValidationIssue[],
    lang: Language = 'en',
  ) {
    const words = validationWords[languageOption(lang, 'en')];
    const shown = issues.slice(0, 5).map(issueLine);
    const more = issues.length > 5 ? `\n${words.andMore(issues.length - 5)}` : '';
    super(`${words.invalidPlan()}\n${shown.join('\n')}${more}`);
  }
}

/**
 * Validates plan JSON; never throws, whatever it is given. An accepted plan comes back as plain JSON data: no `undefined` keys, no `-0`.
 * A rejected one comes back with every problem and its path. Use {@link loadPlan} to get a {@link PlanApi} (or an
 * exception) in one step.
 *
 * Limits: an input of more than 1,000,000 values, 32 Mi characters of text or 64 levels of nesting is refused
 * before validating, with one issue that names the limit; a value that cannot be read (a throwing getter, a revoked
 * Proxy) or refers to itself is one issue at its path; at most 1,000 issues are listed, and one more says so.
 * Two tasks with one number, or two units, sections, tasks or targets with one id, are issues.
 * The cross-references (ids that name no unit, section, task or target; duplicates; listings) are checked once every
 * field has its type, and reported after those problems are mended: they read the ids of the whole plan, and with an
 * id or a list of the wrong type (`units` missing) every reference to it would be reported as unknown.
 * `options.lang` words every issue in that language (`zh-Hant`, `zh-Hans`; English by default): `沒有編號為「foo」的單位`;
 * for a tag (`zh-CN`), pass `resolveLanguage(tag)` (another string past the types is read as it reads one).
 * A progress report given as the plan (its `entries` listed, no `sections` or `tasks`) is one issue at the root:
 * `this is a progress report, not a plan file`.
 *
 * @example
 * ```ts
 * const result = validatePlan(json);
 * if (result.success) createPlanApi(result.plan);
 * else console.warn(result.issues.map((i) => `${i.path}: ${i.message}`)); // ['tasks[3].lead[0]: unknown unit id "foo"']
 * ```
 */
export function validatePlan(input: unknown, options: ValidationOptions = {}):
  | {
      /** `true`: the input is a valid plan. */
      success: true;
      /** The plan, as plain JSON data (equal to its own `JSON.parse(JSON.stringify(plan))`). */
      plan: Plan;
      /** Always empty for a valid plan. */
      issues: readonly [];
    }
  | {
      /** `false`: the input is not a valid plan. */
      success: false;
      /** Every problem found, each with its path: `tasks[3].lead[0]: unknown unit id "foo"`. */
      issues: readonly ValidationIssue[];
    } {
  // Plain JSON data already: validateInput's copy leaves out keys set to undefined and reads -0 as 0.
  // A progress report (`plan-src="progress.json"`) is said as one, not as a plan missing its fields (`id: required`).
  const result = validateInput(PlanSchema, input, languageOption(options.lang, 'en'), { kind: 'report', said: ['reportNotPlan'] });
  return result.success ? { success: true, plan: result.data, issues: [] } : { success: false, issues: result.issues };
}

/**
 * Validates any plan JSON (another city's, say) against the schemas and returns the same indexed API as the
 * Dezhou plan's. `options.lang` words the error's message and issues in that language (`規劃數據無效:` and
 * `tasks[3].lead[0]: 沒有編號為「foo」的單位` for `zh-Hant`); English by default, another tag read as `validatePlan` reads it.
 *
 * @example
 * ```ts
 * const api = loadPlan(await (await fetch('/plans/other-city-2024.json')).json());
 * api.tasksOfUnit('市發改委', { role: 'lead' });
 * ```
 * @throws PlanValidationError naming each problem's path, e.g. `tasks[3].lead[0]: unknown unit id "foo"`.
 */
export function loadPlan(input: unknown, options: ValidationOptions = {}): PlanApi {
  const result = validatePlan(input, options);
  if (!result.success) throw new PlanValidationError(result.issues, languageOption(options.lang, 'en'));
  return createPlanApi(result.plan);
}
