import type { PlanIndex } from '../plan-index.js';
import type { Section } from '../schema.js';

/** A section by number (`4`), numeric string (`'4'`) or id (`'s04'`). */
export type SectionRef = number | string | Section;

/** Looks up a section in a plan's index ({@link PlanApi.getSection}, standalone); `undefined` when there is none. */
export function getSection(index: PlanIndex, ref: SectionRef): Section | undefined {
  if (typeof ref === 'object' && ref !== null) return index.sectionById.get(ref.id);
  if (typeof ref === 'number') return index.sectionByNumber.get(ref);
  const text = String(ref).trim();
  if (/^\d+$/.test(text)) return index.sectionByNumber.get(Number(text));
  return index.sectionById.get(text.toLowerCase());
}
