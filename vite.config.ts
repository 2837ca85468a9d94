/**
 * The one Vite config. `vite build` (run by the elements' build) makes the CDN file: one self-contained ES module,
 * `packages/elements/dist/cdn/dz-elements.js`, with Lit, the elements, validation and the Dezhou plan, for CMS
 * pages that paste a single <script type="module">; Vite prints each file's size and gzip size. Storybook loads this
 * file too: it replaces `root` with the repository and keeps only `build.target` of `build`, so the library
 * settings do not reach it, while the compiler and dev-server settings serve both.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const elements = fileURLToPath(new URL('./packages/elements/', import.meta.url));

export default defineConfig({
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
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'dz-elements.js',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
