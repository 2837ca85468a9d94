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

export default defineConfig({
  plugins: [lazyDefaultPlan()],
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
