/** The words of every reading problem in three languages: the chunk `problem-words.ts` loads on demand. */
export { describeReadingProblem } from '@dz-tasks/data';
