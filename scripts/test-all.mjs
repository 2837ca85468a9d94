// `npm test`: every suite, in order, each run even if an earlier one failed; exits non-zero if any failed.
// Each suite writes its counts to test-results/<suite>.json for .ci/run's summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const suites = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['data (Node)', 'npm', ['run', 'test', '-w', '@dz-tasks/data']],
  ['elements in Chromium and Firefox', 'npm', ['run', 'test:browser', '-w', '@dz-tasks/elements']],
  ['elements: CDN page and bundles', 'npm', ['run', 'test:node', '-w', '@dz-tasks/elements']],
  ['stories and docs', 'npm', ['run', 'test:stories']],
  ['packages (npm pack, publint, attw)', 'npm', ['run', 'test:packages']],
];

mkdirSync('test-results', { recursive: true });
const failed = [];
for (const [name, command, args] of suites) {
  console.log(`\n::: ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed suites: ${failed.join(', ')}`);
  process.exit(1);
}
