/**
 * The targets of a section, in a module of its own: the look-ups every page loads (`targets-of.ts`) need not carry
 * what only the overview asks.
 */
import type { PlanIndex } from '../plan-index.js';
import type { Target, Task } from '../schema.js';
import { getSection, type SectionRef } from './get-section.js';
import { targetsOfTasks } from './targets-of.js';

/** The targets of every task in a section. */
export function targetsOfSection(index: PlanIndex, section: SectionRef): Target[] {
  const found = getSection(index, section);
  if (!found) return [];
  return targetsOfTasks(index, found.taskIds.map((id) => index.taskById.get(id)).filter((t): t is Task => !!t));
}
