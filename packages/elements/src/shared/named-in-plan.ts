/**
 * What an element names by attribute (the card's `task`, the summary's `unit`) looked up in its plan: the one
 * opening their `deriveView` share, so a missing or unknown name gives the same kind of error everywhere.
 */
import type { Language, PlanLookups } from '@dz-tasks/data';
import type { ElementView, Loadable } from './base-element.view.js';
import type { ErrorCode } from './events.js';
import type { Strings } from './i18n/ui-strings.js';

/** How to look up one kind of name. */
export interface NameLookup<T> {
  /** The attribute that holds the name, for the "missing attribute" message. */
  readonly attribute: string;
  /** The error code of a missing or unknown name. */
  readonly code: ErrorCode;
  /** Finds the named item in the plan. */
  readonly find: (api: PlanLookups, ref: string) => T | undefined;
  /** The message for a name the plan does not have (`api` for what it has instead, said in `lang`). */
  readonly unknown: (t: Strings, ref: string, api: PlanLookups, lang: Language) => string;
}

/** The named item with its plan, or the view to show instead (loading, or an error). */
export type Named<T> = { readonly api: PlanLookups; readonly found: T } | { readonly view: ElementView<never> };

/**
 * Looks `value` (the attribute's value, trimmed) up in the plan once it has loaded: the loading view while the plan
 * loads, its error when it failed, a "missing attribute" or "unknown" error when the name is empty or not in it.
 */
export function namedInPlan<T>(plan: Loadable<PlanLookups>, value: unknown, lookup: NameLookup<T>, t: Strings, lang: Language): Named<T> {
  if (plan.state === 'loading') return { view: { kind: 'loading', lines: 4 } };
  if (plan.state === 'error') return { view: { kind: 'error', error: plan.error } };
  const ref = String(value ?? '').trim();
  const found = ref ? lookup.find(plan.value, ref) : undefined;
  if (found !== undefined) return { api: plan.value, found };
  const message = ref ? lookup.unknown(t, ref, plan.value, lang) : t.missingAttribute(lookup.attribute);
  return { view: { kind: 'error', error: { code: lookup.code, message } } };
}
