/** The parts of the Dezhou plan an overview shows, for the CDN build's `default-plan.lazy.ts` (see `shared/plan-scope.ts`). */
import type { ScopeOf } from '../shared/plan-scope.js';

/** Every section's tasks and targets, and the units that lead them; no bodies. */
export const overviewScope: ScopeOf = () => ({ sections: 'all', tasks: true, units: true, targets: true, bodies: false, unitNames: false });
