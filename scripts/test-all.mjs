// `npm test`: every suite, in two lanes side by side, each run even if an earlier one failed; exits non-zero if any failed.
// Each suite writes its counts to test-results/<suite>.json for .ci/run's summary line.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/**
 * The suites in two lanes that run side by side, each a suite at a time, of about the same length: one drives the
 * browsers through web-test-runner, then Storybook's check, typedoc and the packages; the other runs tsc, the data
 * tests and the CDN pages (in browsers of their own). In turn they took about 650 s on two cores of a slow machine,
 * over CI's 10 minutes; side by side the lanes share both cores. A suite's output is printed whole when it ends.
 */
const lanes = [
  [
    ['elements in Chromium and Firefox', 'npm', ['run', 'test:browser', '-w', '@dz-tasks/elements']],
    ['stories and docs', 'npm', ['run', 'test:stories']],
    ['typedoc', 'npm', ['run', 'test:typedoc']],
    ['packages (npm pack, publint, attw)', 'npm', ['run', 'test:packages']],
  ],
  [
    ['typecheck', 'npm', ['run', 'typecheck']],
    ['data (Node)', 'npm', ['run', 'test', '-w', '@dz-tasks/data']],
    ['elements: CDN page and bundles', 'npm', ['run', 'test:node', '-w', '@dz-tasks/elements']],
  ],
];

/** Runs one suite; resolves with its exit status. Its output is printed whole when it ends, with its time. */
function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      process.stdout.write(`\n::: ${name} (${Math.round((Date.now() - started) / 1000)} s)\n${Buffer.concat(output).toString()}`);
      resolve(status);
    });
  });
}

/** Runs a lane's suites in order, each even if an earlier one failed; resolves with the names of those that failed. */
async function runLane(lane) {
  const failed = [];
  for (const suite of lane) if ((await run(suite)) !== 0) failed.push(suite[0]);
  return failed;
}

mkdirSync('test-results', { recursive: true });
const failed = (await Promise.all(lanes.map(runLane))).flat();
if (failed.length) {
  console.error(`\nFailed suites: ${failed.join(', ')}`);
  process.exit(1);
}
