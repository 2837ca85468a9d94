/** Runs per fast-check property in the fuzz suites: 1,000 in `npm test`; `FUZZ_RUNS=10000` for a nightly or manual run. */
const fromEnv = Number(process.env.FUZZ_RUNS);
export const FUZZ_RUNS: number = Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
