/** The parts of the Dezhou plan a matrix shows, for the CDN build's `default-plan.lazy.ts` (see `shared/plan-scope.ts`). */
import { planLookupsAsIs, type Plan, type PlanLookups } from '@dz-tasks/data';
import type { PartsBase } from '@dz-tasks/data/dezhou-2023/core';
import type { ReactiveElement } from 'lit';
import { namedInEnglish, type Scope } from '../shared/plan-scope.js';
import { splitSections } from '../shared/section-list.js';

/**
 * A matrix's sections' tasks and the units, without targets or bodies: the sections named by `section`; every section
 * without one, or with a `unit` (found by name), or a name not in the plan.
 */
export function matrixScope(host: ReactiveElement, base: PartsBase): Scope {
  const unit = (host as { unit?: unknown }).unit;
  const unitNames = typeof unit === 'string' && unit.trim() !== '';
  return { sections: unitNames ? 'all' : matrixSections(host, base), tasks: true, units: true, targets: false, bodies: false, unitNames, englishNames: namedInEnglish(unit) };
}

/**
 * The plan's sections alone, to read section references as the plan's own lookup does: the base with no units, tasks
 * or targets, its texts as compact as the base has them (a reference is read by id and number alone). Not `joinParts`,
 * which expands them: it would bring the parts' code and the fold table into an npm app's first load.
 */
let outline: { readonly base: PartsBase; readonly lookups: PlanLookups } | undefined;

/** The ids of the sections a matrix's `section` names, or every section. */
function matrixSections(host: ReactiveElement, base: PartsBase): Scope['sections'] {
  const section = (host as { section?: unknown }).section;
  const refs = splitSections(typeof section === 'string' || typeof section === 'number' ? String(section) : undefined);
  if (refs.length === 0) return 'all';
  if (outline?.base !== base) outline = { base, lookups: planLookupsAsIs({ ...base, units: [], tasks: [], targets: [] } as unknown as Plan) };
  const ids = refs.map((ref) => outline!.lookups.getSection(ref)?.id);
  return ids.every((id) => id !== undefined) ? [...new Set(ids)] : 'all';
}
