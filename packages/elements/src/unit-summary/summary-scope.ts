/** The parts of the Dezhou plan a unit summary shows, for the CDN build's `default-plan.lazy.ts` (see `shared/plan-scope.ts`). */
import { namedInEnglish, type ScopeOf } from '../shared/plan-scope.js';

/** A unit's tasks (their titles) and their targets, anywhere in the plan, and the units found by name. */
export const summaryScope: ScopeOf = (host) => ({
  sections: 'all',
  tasks: true,
  units: true,
  targets: true,
  bodies: false,
  unitNames: true,
  englishNames: namedInEnglish((host as { unit?: unknown }).unit),
});
