/** Shared paths and the seed text for the tests. Not a test file itself (no `.test.ts`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { seedPath } from '../scripts/seed.js';

export { seedPath };

export const testDir = dirname(fileURLToPath(import.meta.url));
export const packageDir = resolve(testDir, '..');
export const repoRoot = resolve(packageDir, '../..');
export const fixturesDir = resolve(testDir, 'fixtures');
export const distDir = resolve(packageDir, 'dist');

/** The seed, decoded as UTF-8 (offsets in the plan are indices into this string). */
export const seed: string = readFileSync(seedPath, 'utf8');

export const hasDist = (): boolean => existsSync(resolve(distDir, 'index.js')) && existsSync(resolve(distDir, 'cli.js'));

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a run of the CLI gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`bin/dz-plan.js`) with `args` from the package folder, as a user runs it. */
export function dzPlan(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, ['bin/dz-plan.js', ...args], { cwd: packageDir, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A scratch folder for a suite that runs the built CLI (call inside its `describe`): before the suite the package is
 * built if `built` (a file under `dist/`) is missing; after it the folder is removed. `at(name)` is a path in it.
 */
export function cliScratch(prefix: string, built = 'cli.js'): { at(name: string): string } {
  let dir = '';
  before(() => {
    if (!existsSync(resolve(distDir, built))) execFileSync('npm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit', timeout: 120_000 });
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return { at: (name) => join(dir, name) };
}
