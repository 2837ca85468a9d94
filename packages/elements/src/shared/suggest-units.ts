/**
 * The "did you mean" after an unknown unit (`<dz-task-matrix unit>`, `<dz-unit-summary unit>`), from the chunk of the
 * words loaded on demand (`problem-words.lazy.ts`, with {@link unitSuggestion} and its `closestWord`): a page whose
 * units are all found never downloads it. Until it is there the element shows its loading state, as for the words of a
 * reading that cannot be judged.
 */
import type { Language, PlanLookups } from '@dz-tasks/data';
import type { Strings } from './i18n/ui-strings.js';
import { onDemand } from './problem-words.js';
import type { unitSuggestion } from './unit-suggestion.js';

/** {@link unitSuggestion}; `''` while its chunk loads (counted in `problemWords.missed`) or when it cannot be loaded. */
export const suggestUnits = (api: PlanLookups, refs: readonly string[], t: Strings, lang: Language): ReturnType<typeof unitSuggestion> =>
  onDemand((words) => words.unitSuggestion(api, refs, t, lang));
