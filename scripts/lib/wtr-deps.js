// The browser tests' dependencies, bundled once per run as a dev server's dependency pre-bundling does (Vite's
// optimizeDeps). Unbundled, each test file's page loaded about 230 modules: lit, the test helpers, zod and the data
// package's build file by file, each fetched, parsed and linked in turn before the first test (about 1.4 s a page from
// the cache, 19 pages per engine). This web-test-runner plugin serves every bare specifier below from one esbuild build
// with code splitting (on first request): an entry module each, their shared code in chunks, so every importer sees
// one lit, one zod core and one copy of the data package. The elements' own source and the test files are bundled by
// wtr-test-bundle.js (served file by file in --watch).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const folder = '/__deps';

/** What the test pages import by name. Nothing here changes during a run (the data package is built before it). */
const entries = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directives/guard.js',
  'lit/directives/if-defined.js',
  'lit/directives/repeat.js',
  'lit/static-html.js',
  // Lit's hydration support, which the hydration support's own test imports late (it runs only where imported)
  '@lit-labs/ssr-client',
  '@lit-labs/ssr-client/lit-element-hydrate-support.js',
  '@lit/task',
  '@open-wc/testing',
  'fast-check',
  '@dz-tasks/data',
  '@dz-tasks/data/dezhou-2023',
  '@dz-tasks/data/dezhou-2023/core',
  '@dz-tasks/data/dezhou-2023/en',
  // zod, as the data package imports it (the elements import zod/mini too)
  'zod/mini',
  'zod/v4/core',
  'zod/v4/locales/en.js',
  'zod/v4/locales/zh-CN.js',
  'zod/v4/locales/zh-TW.js',
];

/** Packages whose every module must come from the bundle: a second copy of lit or zod beside it would be a bug. */
const bundledPackages = /^(lit|lit-html|lit-element|@lit\/[^/]+|zod|@dz-tasks\/data|@open-wc\/[^/]+|fast-check)(\/|$)/;

const fileOf = (specifier) => `${folder}/${specifier.replace(/^@/, '').replace(/\.js$/, '').replace(/[^a-zA-Z0-9]+/g, '-')}.js`;

export function dependencyBundlePlugin() {
  let files;
  return {
    name: 'dz-dependency-bundle',
    resolveImport({ source }) {
      if (entries.includes(source)) return fileOf(source);
      if (bundledPackages.test(source)) {
        throw new Error(`${source} is not in the browser tests' dependency bundle: add it to scripts/lib/wtr-deps.js`);
      }
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(`${folder}/`)) return undefined;
      files ??= build({
        entryPoints: entries.map((specifier) => ({ in: specifier, out: fileOf(specifier).slice(folder.length + 1, -3) })),
        absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        // As the test server resolves them: lit's development build, with its warnings.
        conditions: ['development'],
        // chai-a11y-axe loads axe-core as a script that registers itself on window (its `require` branch is for webpack).
        external: ['axe-core/axe.min.js'],
        define: { require: 'undefined' },
        outdir: folder,
        write: false,
        logLevel: 'silent',
      }).then((result) => new Map(result.outputFiles.map((file) => [file.path, file.text])));
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
