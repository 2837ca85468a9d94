/** The words of every reading problem in three languages: the chunk `problem-words.ts` loads on demand. */
export { describeReadingProblem } from '@dz-tasks/data';
/** The "did you mean" after an unknown unit, which `suggest-units.ts` asks of this chunk (the plan's names searched). */
export { unitSuggestion } from './unit-suggestion.js';
/** What a plan has where an attribute named what it lacks, in words, which `onDemand` asks of this chunk after a "not found". */
export { knownSections, knownTargets, knownTasks } from './plan-ranges.js';
