// `npm test`: every suite, in order, each run even if an earlier one failed; exits non-zero if any failed.
// Each suite writes its counts to test-results/<suite>.json for .ci/run's summary line.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/**
 * The suites, a step at a time. The suites of one step run side by side: Storybook's check drives Chromium while
 * typedoc and the package checks use about a core each, so together they take the time of the longest, not the sum
 * (a clean CI run took 68 s for the three in turn). Side by side, each suite's output is printed whole when it ends.
 */
const steps = [
  [['typecheck', 'npm', ['run', 'typecheck']]],
  [['data (Node)', 'npm', ['run', 'test', '-w', '@dz-tasks/data']]],
  [['elements in Chromium and Firefox', 'npm', ['run', 'test:browser', '-w', '@dz-tasks/elements']]],
  [['elements: CDN page and bundles', 'npm', ['run', 'test:node', '-w', '@dz-tasks/elements']]],
  [
    ['stories and docs', 'npm', ['run', 'test:stories']],
    ['typedoc', 'npm', ['run', 'test:typedoc']],
    ['packages (npm pack, publint, attw)', 'npm', ['run', 'test:packages']],
  ],
];

/** Runs one suite; resolves with its exit status. Alone, its output streams; beside others, it is printed at its end. */
function run([name, command, args], alone) {
  return new Promise((resolve) => {
    if (alone) console.log(`\n::: ${name}`);
    const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      if (!alone) process.stdout.write(`\n::: ${name}\n${Buffer.concat(output).toString()}`);
      resolve(status);
    });
  });
}

mkdirSync('test-results', { recursive: true });
const failed = [];
const seconds = (since) => Math.round((performance.now() - since) / 1000);
const started = performance.now();
for (const step of steps) {
  const stepStarted = performance.now();
  const statuses = await Promise.all(step.map((suite) => run(suite, step.length === 1)));
  step.forEach(([name], i) => statuses[i] !== 0 && failed.push(name));
  // Each step's wall time, for CI's 10 minutes: which suite to look at when a run grows.
  console.log(`\n::: ${step.map(([name]) => name).join(', ')}: ${seconds(stepStarted)} s (npm test so far: ${seconds(started)} s)`);
}
if (failed.length) {
  console.error(`\nFailed suites: ${failed.join(', ')}`);
  process.exit(1);
}
