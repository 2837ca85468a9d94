/**
 * The seed: where it lives, the SHA-256 of the reviewed document and its year. The one home of these facts: the
 * generator, the tests and the bundle-size test (which checks the hash never reaches the generic entry) import them
 * from here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed's path relative to the repository root, as the plan's `source.file` records it. */
export const seedFile = 'seeds/dezhou-2023-key-tasks.zh-Hant.txt';
/** The seed's absolute path. */
export const seedPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../..', seedFile);
/** SHA-256 of the seed's bytes: the document as reviewed. Offsets in the plan index its decoded text. */
export const SEED_SHA256 = 'e73c9087918556be2d547e4f2d468272d458d40e1bd4878cc90aad3f2d929284';

/** The plan's year, as the seed's title names it: the built plan's `year`, and the year the parser reads the seed at. */
export const seedYear = 2023;

/** The seed decoded as UTF-8, after checking its bytes against {@link SEED_SHA256}. */
export function readSeed(): string {
  const bytes = readFileSync(seedPath);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== SEED_SHA256) throw new Error(`${seedFile} has sha256 ${sha}, expected ${SEED_SHA256}`);
  return bytes.toString('utf8');
}
