/** Turning validation issues into messages that name the path: `tasks[3].lead[0]: unknown unit id "foo"`. */

import english from 'zod/v4/locales/en.js';

/**
 * English messages for validation issues (`expected number, received string`). `zod/mini` ships no messages (every
 * issue would read "Invalid input"); passing this map to each parse keeps the messages specific without a global
 * `z.config` side effect.
 *
 * @example
 * ```ts
 * PlanSchema.safeParse(json, { error: validationMessages });
 * ```
 */
export const validationMessages = english().localeError;

/** One problem found in user-supplied data, with the path of the offending value. */
export interface ValidationIssue {
  /** `tasks[3].lead[0]`, or `(root)` for the whole document. */
  readonly path: string;
  /** What is wrong with the value at `path`, in English: `unknown unit id "foo"`, `expected number, received string`. */
  readonly message: string;
}

/**
 * Formats a zod issue path as `tasks[3].lead[0]`: numbers become indices, keys are joined with dots; an empty path
 * is `(root)`.
 *
 * @example
 * ```ts
 * formatPath(['tasks', 3, 'lead', 0]); // 'tasks[3].lead[0]'
 * formatPath([]);                       // '(root)'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/**
 * Converts zod issues (anything with a `path` array and a `message`) to {@link ValidationIssue}s, with the path
 * formatted by {@link formatPath}.
 *
 * @example
 * ```ts
 * const result = PlanSchema.safeParse(json);
 * if (!result.success) toValidationIssues(result.error.issues); // [{ path: 'tasks[3].lead[0]', message: '…' }]
 * ```
 */
export function toValidationIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** `path: message` lines. */
export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return toValidationIssues(issues).map((issue) => `${issue.path}: ${issue.message}`);
}
