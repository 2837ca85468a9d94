// zod for the browser tests as three modules instead of 92. zod/mini re-exports every locale, so unbundled each test
// page fetched and evaluated 92 of zod's files (a third of a page's modules; 0.5 s of a test file's start). This
// web-test-runner plugin serves `zod/mini` and what else of zod the data package imports, bundled by esbuild (on first request): an entry module each, their shared code in one chunk, so both see one zod
// core, as in the CDN build.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const folder = '/__zod';
// Every zod module the data package imports (issues.ts: zod/v4/core and three locales): one it left out was served
// unbundled beside the bundle, a second core of 69 files (2 MB) on every test page.
const entries = {
  'zod/mini': 'mini',
  'zod/v4/core': 'core',
  'zod/v4/locales/en.js': 'locale-en',
  'zod/v4/locales/zh-CN.js': 'locale-zh-cn',
  'zod/v4/locales/zh-TW.js': 'locale-zh-tw',
};

export function zodBundlePlugin() {
  let files;
  return {
    name: 'dz-zod-bundle',
    resolveImport({ source }) {
      return source in entries ? `${folder}/${entries[source]}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(`${folder}/`)) return undefined;
      files ??= build({
        entryPoints: Object.fromEntries(Object.entries(entries).map(([source, name]) => [name, source])),
        absWorkingDir: fileURLToPath(new URL('../../packages/data', import.meta.url)),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        outdir: folder,
        write: false,
        logLevel: 'silent',
      }).then((result) => new Map(result.outputFiles.map((file) => [file.path, file.text])));
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
