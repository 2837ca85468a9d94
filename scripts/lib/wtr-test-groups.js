// The pages of a whole browser test run: one page per folder of the elements' source, not one per test file.
//
// Each test file had a page of its own in each engine: the page, the test framework and the shared chunks loaded,
// parsed and run afresh, about 2.5 s of two busy cores per file and engine (59 files: about half of the suite's
// 314 s in a clean CI run). The 8 files of plan-overview/ took 42 s in both engines as 8 pages and 20 s as one. A
// whole run (`npm test`, `npx web-test-runner` with no --files) now loads one page per folder under `folder`
// (task-matrix/, shared/, …), which imports that folder's test files in turn: mocha runs every file's tests in that
// page, each file's `describe`s as they were. A file at the top of `folder` gets a page of its own: there,
// hydrate-support.late.test.ts imports Lit's hydration support after the elements are defined, which would change every
// element of a page after it. With --files, each file named is still a page of its own, as before.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the pages' entry files are written (git-ignored), at each run's start: only what changed, so a run started beside
 * another (a single file run while the whole suite runs) leaves the other's pages in place.
 */
export const groupsFolder = 'test-results/browser-pages';

/** Every `*.test.ts` under `folder` (relative to the repository), recursively, sorted, with `/` separators. */
export const testFilesUnder = (folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${folder}/${file.split(sep).join('/')}`)
    .sort();

/**
 * Writes one entry file per folder directly under `folder` and returns the files a whole run loads as pages: those
 * entries and the test files at the top of `folder` (paths relative to the repository).
 */
export function testPages(folder) {
  const groups = new Map();
  const alone = [];
  for (const file of testFilesUnder(folder)) {
    const [name, ...rest] = file.slice(folder.length + 1).split('/');
    if (rest.length === 0) alone.push(file);
    else groups.set(name, [...(groups.get(name) ?? []), file]);
  }
  mkdirSync(join(root, groupsFolder), { recursive: true });
  const from = relative(join(root, groupsFolder), root).split(sep).join('/');
  const entries = [...groups].map(([name, files]) => {
    const entry = `${groupsFolder}/${name}.test.ts`;
    const source =
      `// Written by scripts/lib/wtr-test-groups.js: the test files of ${folder}/${name}/ in one page.\n` +
      files.map((file) => `import '${from}/${file}';\n`).join('');
    if (!existsSync(join(root, entry)) || readFileSync(join(root, entry), 'utf8') !== source) writeFileSync(join(root, entry), source);
    return entry;
  });
  // The page of a folder that has no test file any more.
  for (const file of readdirSync(join(root, groupsFolder))) {
    if (!entries.includes(`${groupsFolder}/${file}`)) rmSync(join(root, groupsFolder, file), { force: true });
  }
  return [...entries, ...alone];
}
