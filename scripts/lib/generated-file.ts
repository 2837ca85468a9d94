/** Writing a generated docs file, or (`--check`) failing when the committed one differs from what would be written. */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Writes `text` to `file`, or with `--check` in `argv` compares instead; returns the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await writeGeneratedFile(targetListFile, targetList(), 'npx tsx scripts/write-target-list.ts');
 * ```
 */
export async function writeGeneratedFile(file: string, text: string, command: string, argv = process.argv): Promise<number> {
  const name = relative(repoRoot, file);
  if (argv.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) {
      console.log(`${name} is up to date`);
      return 0;
    }
    console.error(`${name} is stale: run ${command}`);
    return 1;
  }
  await writeFile(file, text);
  console.log(`wrote ${name}`);
  return 0;
}

/** Whether the module at `moduleUrl` is the script node was started with. */
export const isMain = (moduleUrl: string) => !!process.argv[1] && fileURLToPath(moduleUrl) === process.argv[1];
