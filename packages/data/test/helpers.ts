/** Shared paths and the seed text for the tests. Not a test file itself (no `.test.ts`). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
