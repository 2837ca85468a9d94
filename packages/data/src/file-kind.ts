/**
 * Which of the package's two JSON files an input has the shape of, whatever it was given as: the validators say a plan
 * given where a progress report is read (a feed's `src` at `plan.json`), or a report given as the plan, as such, in one
 * issue at the root, instead of as a file missing every field of its own (`id: required`).
 */

/** The package's two kinds of JSON file. */
export type FileKind = 'plan' | 'report';

/** The keys whose lists make a plan: a progress report has neither. */
const planLists = ['sections', 'tasks'] as const;

/**
 * `'plan'` for an object that lists a plan's `sections` or `tasks` (arrays) and has no `entries`; `'report'` for one
 * that lists `entries` (an array) and has no `sections` or `tasks`; else `undefined`, and its issues are the schema's,
 * field by field (a report whose `entries` are misspelt `targets` is a report missing its entries, not a plan). Read
 * on the validators' plain copy of the input (`validate-input.ts`): no getter or Proxy trap runs.
 */
export function fileKind(value: unknown): FileKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Readonly<Record<string, unknown>>;
  if (!Object.hasOwn(record, 'entries')) return planLists.some((key) => Array.isArray(record[key])) ? 'plan' : undefined;
  return Array.isArray(record.entries) && !planLists.some((key) => Object.hasOwn(record, key)) ? 'report' : undefined;
}
