/**
 * The English texts of a plan still empty, by kind (review r80 L7: `lint` said `139 English texts` and named none):
 * titles (the plan's title and issuer, sections, tasks), unit names, metrics, units of measure, each by what an
 * overlay gives it under: an id (`title`, `issuer`, `s01`, `t01`, `t01.1`), or a unit's name as the document writes it.
 * The texts are those `missingEnglish` counts (`english-fallback.ts`), which the API fills in with the document's.
 */
import type { Plan, Unit } from '../schema.js';

/** The kinds of English text, in the order `lint` says them. */
export const englishKinds = ['titles', 'unitNames', 'metrics', 'unitsOfMeasure'] as const;
/** One of {@link englishKinds}. */
export type EnglishKind = (typeof englishKinds)[number];

/** The places of each kind whose English is empty, in the plan's order (kinds with none left out); a unit by `nameOf`. */
export function emptyEnglish(plan: Plan, nameOf: (unit: Unit) => string): [EnglishKind, string[]][] {
  const titles = [...(plan.title.en ? [] : ['title']), ...(plan.issuer.en ? [] : ['issuer']), ...[...plan.sections, ...plan.tasks].filter((x) => !x.title.en).map((x) => x.id)];
  const unitNames = plan.units.filter((u) => !u.name.en).map(nameOf);
  // A target's metric, and the set each member must reach (`each`): both under the target's id.
  const metrics = plan.targets.flatMap((t) => [...(t.metric.en ? [] : [t.id]), ...(t.each && !t.each.en ? [t.id] : [])]);
  // A target of no unit (an index, a coefficient) has no English unit to write.
  const unitsOfMeasure = plan.targets.filter((t) => !t.unitEn && t.unit !== '').map((t) => t.id);
  const kinds: Record<EnglishKind, string[]> = { titles, unitNames, metrics, unitsOfMeasure };
  return englishKinds.map((kind) => [kind, kinds[kind]] as [EnglishKind, string[]]).filter(([, places]) => places.length);
}
