// `npm test`: every suite, in order, each run even if an earlier one failed; exits non-zero if any failed.
// Each suite writes its counts to test-results/<suite>.json for .ci/run's summary line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, watch } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The suites, a step at a time. The suites of one step run side by side: Storybook's check drives Chromium while
 * typedoc and the package checks use about a core each, so together they take the time of the longest, not the sum
 * (a clean CI run took 68 s for the three in turn). The type check and the data suite, side by side, took 103 s where
 * they took 112 one after the other (alone on the machine: the checkers leave a core idle between projects). Side by
 * side, each suite's output is printed whole when it ends.
 * `'browsers'` marks where the suites that drive Chromium and Firefox begin: on a new machine CI installs them beside
 * the ones before (`browsersInstalled`).
 */
const steps = [
  [
    ['typecheck', 'npm', ['run', 'typecheck']],
    ['data (Node)', 'npm', ['run', 'test', '-w', '@dz-tasks/data']],
  ],
  'browsers',
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

/**
 * Whether the browsers are there: at once, unless CI is installing them beside the first steps (.ci/run), in which
 * case it names in DZ_BROWSERS_READY the file it writes the install's exit status to when it ends. Waits for that
 * file, and prints how long it waited, and the install's output if it failed.
 */
async function browsersInstalled() {
  const ready = process.env.DZ_BROWSERS_READY;
  if (!ready) return true;
  const since = performance.now();
  await new Promise((resolve) => {
    const found = () => existsSync(ready) && (watcher.close(), resolve());
    const watcher = watch(dirname(ready), found); // before the first look, so that no moment goes unwatched
    found();
  });
  const status = readFileSync(ready, 'utf8').trim();
  console.log(`\n::: the browsers' install (.ci/run) ended with status ${status}; npm test waited ${seconds(since)} s for it`);
  if (status !== '0') process.stdout.write(readFileSync(`${ready}.log`, 'utf8'));
  return status === '0';
}

mkdirSync('test-results', { recursive: true });
const failed = [];
const seconds = (since) => Math.round((performance.now() - since) / 1000);
const started = performance.now();
for (const step of steps) {
  if (step === 'browsers') {
    if (await browsersInstalled()) continue;
    failed.push('every suite after it: the browsers could not be installed');
    break;
  }
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
