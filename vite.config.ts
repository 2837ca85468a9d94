/**
 * The CDN build: one self-contained ES module, `packages/elements/dist/cdn/dz-elements.js`, with Lit, the
 * elements, validation and the Dezhou plan, for CMS pages that paste a single <script type="module">.
 * Vite prints each file's size and gzip size on every build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const elements = fileURLToPath(new URL('./packages/elements/', import.meta.url));

export default defineConfig({
  root: elements,
  logLevel: 'info',
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
