/**
 * `npm run typecheck`: TypeScript over everything, in two projects — `tsconfig.json` (sources, Node tests,
 * benchmarks, scripts, stories, Storybook's config) and `packages/elements/tsconfig.test.json` (the browser tests,
 * with mocha and chai types) — and the consumer tests of the generated framework types (built by `npm run build`):
 * a React 19, a React 18 (the guide's own declaration, on React 18's types) and a Preact `.tsx` with `tsc`, a Vue `.vue` with `vue-tsc` and strict templates,
 * and Vue TSX (Vue's JSX runtime, and the global JSX of `vue/jsx`) and an app handing shadow roots to the CDN loader with `tsc`
 * (`packages/elements/test-consumers/`). Prints every error, and writes test-results/typecheck.json, the count for
 * CI's summary. The checkers run two at a time (each is mostly one thread; CI has two cores), in the order below,
 * the largest first; their results print in that order once all have run.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const consumers = 'packages/elements/test-consumers';
const projects: [checker: 'tsc' | 'vue-tsc', project: string][] = [
  ['tsc', 'tsconfig.json'],
  ['tsc', 'packages/elements/tsconfig.test.json'],
  ['tsc', `${consumers}/react/tsconfig.json`],
  ['tsc', `${consumers}/react/tsconfig.with-vue.json`],
  ['tsc', `${consumers}/preact/tsconfig.json`],
  ['tsc', `${consumers}/react18/tsconfig.json`],
  ['vue-tsc', `${consumers}/vue/tsconfig.json`],
  ['tsc', `${consumers}/vue-tsx/tsconfig.json`],
  ['tsc', `${consumers}/vue-tsx/tsconfig.global.json`],
  ['tsc', `${consumers}/cdn/tsconfig.json`],
];

/** Runs one checker over one project: whether it passed, and its output. */
function check([checker, project]: (typeof projects)[number]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const args = ['-p', project, '--noEmit', '--pretty', 'false'];
    execFile(join(repo, 'node_modules/.bin', checker), args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}

/** `run` over every item, two at a time (each free runner takes the next item); the results in the items' order. */
async function twoAtATime<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all([runner(), runner()]);
  return results;
}

const results = await twoAtATime(projects, check);
let passed = 0;
for (const [i, [, project]] of projects.entries()) {
  const { ok, output } = results[i]!;
  const errors = output.split('\n').filter((line) => line.includes('error TS'));
  process.stdout.write(errors.map((line) => `${line}\n`).join(''));
  console.log(`typecheck ${project}: ${ok ? 'clean' : `${errors.length} errors`}`);
  if (ok) passed++;
}
mkdirSync(join(repo, 'test-results'), { recursive: true });
const failed = projects.length - passed;
writeFileSync(join(repo, 'test-results', 'typecheck.json'), `${JSON.stringify({ suite: 'typecheck (tsc, every project)', passed, failed })}\n`);
process.exitCode = failed ? 1 : 0;
