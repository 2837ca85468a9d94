/** The parts of the Dezhou plan a task card shows, for the CDN build's `default-plan.lazy.ts` (see `shared/plan-scope.ts`). */
import { sectionOf } from '@dz-tasks/data/dezhou-2023/core';
import { oneOrAll, type ScopeOf } from '../shared/plan-scope.js';

/** A card's task's section: its tasks, targets and bodies (in the card's script), and the units. */
export const cardScope: ScopeOf = (host, base) => ({
  sections: oneOrAll(sectionOf(base, { task: (host as { task?: unknown }).task })),
  tasks: true,
  units: true,
  targets: true,
  bodies: true,
  unitNames: false,
});
