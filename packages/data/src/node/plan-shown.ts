/**
 * How the progress commands show a plan in a language: its targets, their readings and its units, one home for
 * `progress import`, `diff` and `summary`.
 */
import { shownIn } from '../english-fallback.js';
import { readingOrGapInWords } from '../gap-in-words.js';
import { indexPlan } from '../plan-index.js';
import type { Language, Plan } from '../schema.js';

/** The target `id` of `plan`, which the report or the readings at hand name: through the plan's index, not a scan per reading. */
export const targetIn = (plan: Plan, id: string) => indexPlan(plan).targetById.get(id)!;

/** The plan as a command shows it in `lang`, as the import and the template do (`../english-fallback.ts`). */
export { shownIn };

/**
 * A reading of a target of `shown` ({@link shownIn}) as the evaluation sentences say it (`readingInWords`): with its
 * unit as the plan writes it (58.6億元, a gap 1.4個百分點), a change or a growth with its direction (下降4.2%, not 4.2%,
 * a level it is not), a gap below zero the other way round (低於城鎮居民0.3個百分點: `readingOrGapInWords`). Every value
 * `diff`, `import` and `summary` print.
 */
export const readingsIn = (shown: Plan, lang: Language) => (target: string, value: number) => readingOrGapInWords(targetIn(shown, target), value, lang);

/**
 * The name of unit `id` of `shown` ({@link shownIn}) in `lang`: as the API shows it, in the document's own script
 * where English is not written yet (a Simplified plan's units in Simplified, r69 L4), as every other text of `shown`.
 */
export const unitNameIn = (shown: Plan, id: string, lang: Language): string => indexPlan(shown).unitById.get(id)!.name[lang];
