/**
 * The API reference test: typedoc over both packages with warnings treated as errors (typedoc.json), so an
 * undocumented export, a broken {@link} or an unexported type in a public signature fails. Writes nothing but
 * test-results/typedoc.json, the count for CI's summary (the HTML goes to a scratch folder and is removed).
 * typedoc.json sets `skipErrorChecking`: the sources are type-checked by `npm run typecheck` (the root tsconfig.json and
 * the elements' tsconfig.test.json, with the build's settings), which `npm test` runs; typedoc's own check of the same
 * files cost CI about 11 CPU-seconds of its 26 for nothing.
 *
 *   npx tsx scripts/check-typedoc.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
// typedoc.json treats warnings as errors, but then stops at the first step that warns; here every step runs, so
// one run lists every problem, and any warning still fails. Rendered to a scratch folder: `--emit none` skips part
// of the validation in packages mode.
const out = mkdtempSync(join(tmpdir(), 'dz-typedoc-'));
const result = spawnSync(join(repo, 'node_modules/.bin/typedoc'), ['--out', out, '--treatWarningsAsErrors', 'false'], {
  cwd: repo,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
rmSync(out, { recursive: true, force: true });
const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
process.stdout.write(output);
const warnings = output.split('\n').filter((line) => /\[warning\]/.test(line) && !/Found \d+ errors and/.test(line)).length;
const ok = result.status === 0 && warnings === 0;
console.log(
  ok
    ? `typedoc: no warnings (${((Date.now() - started) / 1000).toFixed(1)} s)`
    : `typedoc failed: ${warnings} warning(s) treated as errors — document the items above`,
);
mkdirSync(join(repo, 'test-results'), { recursive: true });
writeFileSync(
  join(repo, 'test-results', 'typedoc.json'),
  `${JSON.stringify({ suite: 'typedoc (warnings are errors)', passed: ok ? 1 : 0, failed: ok ? 0 : 1 })}\n`,
);
process.exitCode = ok ? 0 : 1;
