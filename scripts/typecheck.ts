/**
 * `npm run typecheck`: TypeScript over everything, in two projects — `tsconfig.json` (sources, Node tests,
 * benchmarks, scripts, stories, Storybook's config) and `packages/elements/tsconfig.test.json` (the browser tests,
 * with mocha and chai types) — and the consumer tests of the generated framework types (built by `npm run build`):
 * a React 19 and a Preact `.tsx` with `tsc`, a Vue `.vue` with `vue-tsc` and strict templates
 * (`packages/elements/test-consumers/`). Prints every error, and writes test-results/typecheck.json, the count for
 * CI's summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const consumers = 'packages/elements/test-consumers';
const projects: [checker: 'tsc' | 'vue-tsc', project: string][] = [
  ['tsc', 'tsconfig.json'],
  ['tsc', 'packages/elements/tsconfig.test.json'],
  ['tsc', `${consumers}/react/tsconfig.json`],
  ['tsc', `${consumers}/preact/tsconfig.json`],
  ['vue-tsc', `${consumers}/vue/tsconfig.json`],
];
let passed = 0;
for (const [checker, project] of projects) {
  const result = spawnSync(join(repo, 'node_modules/.bin', checker), ['-p', project, '--noEmit', '--pretty', 'false'], { cwd: repo, encoding: 'utf8' });
  const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.includes('error TS'));
  process.stdout.write(errors.map((line) => `${line}\n`).join(''));
  console.log(`typecheck ${project}: ${result.status === 0 ? 'clean' : `${errors.length} errors`}`);
  if (result.status === 0) passed++;
}
mkdirSync(join(repo, 'test-results'), { recursive: true });
const failed = projects.length - passed;
writeFileSync(join(repo, 'test-results', 'typecheck.json'), `${JSON.stringify({ suite: 'typecheck (tsc, every project)', passed, failed })}\n`);
process.exitCode = failed ? 1 : 0;
