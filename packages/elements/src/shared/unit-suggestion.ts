/**
 * " Did you mean …?" after "unit not found" (`<dz-task-matrix unit>`, `<dz-unit-summary unit>`): the plan's closest
 * unit name or alias, found as the attributes' misspelt words are (`closestWord`). It loads with the elements that
 * name units, not with a gauge.
 */
import type { PlanLookups } from '@dz-tasks/data';
import { closestWord } from './closest-word.js';
import type { Strings } from './i18n/ui-strings.js';

/**
 * The suggestion for unit names the plan does not have, in the page's words (`是否要用「市發改委」?`), or `''` when
 * no name or alias of its units is close to any of them: `市發改` → 市發改委, `市财政` → 市财政局.
 */
export function unitSuggestion(api: PlanLookups, refs: readonly string[], t: Strings): string {
  const names = api.plan.units.flatMap((unit) => [...Object.values(unit.name), ...unit.aliases]);
  const meant = refs.map((ref) => closestWord(ref, names)).filter((name) => name !== undefined);
  return meant.length ? t.didYouMean(meant.join(t.matrixListSeparator)) : '';
}
