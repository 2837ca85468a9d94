/**
 * The one Vite config. `vite build` (run by the elements' build) makes the CDN folder `packages/elements/dist/cdn/`:
 * the loader `dz-elements.js` that a CMS page pastes (module or classic script, see src/cdn/loader.ts) and, beside
 * it, hashed chunks it imports on demand: one per element, shared ones (Lit, the base class) and the Dezhou plan, so a
 * page fetches only what its elements need. Vite prints each file's size and gzip size. Storybook loads this
 * file too: it replaces `root` with the repository and keeps only `build.target` of `build`, so the library
 * settings do not reach it, while the compiler and dev-server settings serve both.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const elements = fileURLToPath(new URL('./packages/elements/', import.meta.url));

/**
 * In the CDN build the elements get the Dezhou plan lazily (`default-plan.lazy.ts`), as a chunk of its own. Only the
 * library build swaps it: Storybook drops `build.lib` and keeps the npm build's eager module.
 */
function lazyDefaultPlan(): Plugin {
  let library = false;
  return {
    name: 'dz-lazy-default-plan',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    async resolveId(source, importer, options) {
      if (!library || source !== './default-plan.js' || !importer?.includes('/src/shared/')) return null;
      return this.resolve('./default-plan.lazy.ts', importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * Types for the package export `./cdn/dz-elements.js`, so a TypeScript import of the loader is typed (and
 * arethetypeswrong finds types for every export). The loader exports nothing; it registers the three tags, typed as
 * `all.js` types them (`HTMLElementTagNameMap`, the events). Library build only: Storybook emits no loader.
 */
function loaderTypes(): Plugin {
  let library = false;
  return {
    name: 'dz-cdn-loader-types',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    generateBundle() {
      if (!library) return;
      const source = [
        '// The CDN loader exports nothing: it loads and registers <dz-task-card>, <dz-task-matrix> and <dz-target-gauge>',
        '// when the page shows them. Their types are those of @dz-tasks/elements/all.js.',
        "import type {} from '../all.js';",
        'export {};',
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'dz-elements.d.ts', source });
    },
  };
}

export default defineConfig({
  plugins: [lazyDefaultPlan(), loaderTypes()],
  root: elements,
  logLevel: 'info',
  // Lit's legacy decorators (`@property()`), as the elements' tsconfig compiles them.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  // In `storybook dev` the dependency optimizer bundled one copy of Lit while some Lit modules loaded unbundled,
  // a second copy ("Multiple versions of Lit loaded"). Lit is plain ESM: serve it as it is, once.
  optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    lib: {
      entry: 'src/cdn/loader.ts',
      formats: ['es'],
      fileName: () => 'dz-elements.js',
    },
    rolldownOptions: {
      output: { chunkFileNames: 'dz-[name]-[hash].js' },
    },
  },
});
