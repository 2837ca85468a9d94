// The browser test files, bundled once per run (not with --watch on the command line, where each file is served as
// edited). Served file by
// file, each test page loaded the elements' source as about 85 modules, linked in turn before its first test: 0.8 s of
// each page in Chromium, 1.1 s in Firefox, 19 pages per engine. This web-test-runner plugin builds every test file
// in one esbuild build with code splitting (on first request) and serves a test file's entry in its place: the code
// test files share is in chunks the browser caches for the run, the elements' lazy modules stay chunks of their own,
// and a page sees one copy of each module, as before. Bare imports are left to the server (the dependency bundle of
// wtr-deps.js), as are the server's own paths (/__react19.js).
import { build } from 'esbuild';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testFilesUnder } from './wtr-test-groups.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, '__test-bundle');
const chunks = '__test-chunks';

/**
 * Bundles the test files under `folder` (relative to the repository) and the `pages` that import them
 * (wtr-test-groups.js) with `tsconfig`'s decorator settings.
 */
export function testBundlePlugin({ folder, pages = [], tsconfig }) {
  let files;
  const bundle = () =>
    (files ??= build({
      entryPoints: [...new Set([...testFilesUnder(folder), ...pages])].map((file) => join(root, file)),
      absWorkingDir: root,
      outbase: root,
      outdir: out,
      chunkNames: `${chunks}/[name]-[hash]`,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      tsconfig,
      packages: 'external',
      external: ['/__*'],
      sourcemap: 'inline',
      write: false,
      // A test file that does not compile fails every page of the run: esbuild's message says which and where.
      logLevel: 'error',
    }).then((result) => new Map(result.outputFiles.map((file) => [`/${relative(out, file.path).split('\\').join('/')}`, file.text]))));
  return {
    name: 'dz-test-bundle',
    async serve(context) {
      if (process.argv.includes('--watch')) return undefined;
      const path = context.path.endsWith('.test.ts') ? context.path.replace(/\.ts$/, '.js') : context.path;
      if (!path.endsWith('.test.js') && !path.startsWith(`/${chunks}/`)) return undefined;
      const body = (await bundle()).get(path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
