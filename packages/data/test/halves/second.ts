/** The second half of the data suite: see half.ts. */
import { runHalf } from './half.js';

await runHalf(1);
