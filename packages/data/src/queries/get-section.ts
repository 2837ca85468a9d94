import type { PlanIndex } from '../plan-index.js';
import type { Section } from '../schema.js';
import { referenceNumber, referenceText } from './reference-number.js';

/**
 * A section by number (`4`), id (`'s04'`), or a string as people write the number: `'4'`, `'s4'`, `'四'`, `'四、'`,
 * `'第四部分'`, as `queries/reference-number.ts` reads them.
 */
export type SectionRef = number | string | Section;

/** Looks up a section in a plan's index ({@link PlanApi.getSection}, standalone); `undefined` when there is none. */
export function getSection(index: PlanIndex, ref: SectionRef): Section | undefined {
  if (typeof ref === 'object' && ref !== null) return index.sectionById.get(ref.id);
  if (typeof ref === 'number') return index.sectionByNumber.get(ref);
  const text = referenceText(ref);
  const byId = index.sectionById.get(text);
  if (byId) return byId;
  const number = referenceNumber(text);
  return number === undefined ? undefined : index.sectionByNumber.get(number);
}
