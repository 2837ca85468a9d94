/**
 * Storybook's own Vite config. Without it Storybook would load the root vite.config.ts, which is the CDN library
 * build (its `root` and `build.lib` are wrong for Storybook). Stories import the elements' TypeScript source, so
 * this compiles Lit's legacy decorators and keeps the define files that register the tags.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const elementsDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));

/**
 * `packages/elements/package.json` lists its define files in `sideEffects` as built files (`./dist/task-card.js`),
 * so for the source files the bundler sees no side effect and drops `import '…/src/all.js'` from the stories.
 * This marks the source of each listed file (`src/task-card.ts`) as having side effects again.
 */
function elementDefineFilesHaveSideEffects(): Plugin {
  const pkg = JSON.parse(readFileSync(`${elementsDir}package.json`, 'utf8')) as { sideEffects?: string[] };
  const sources = new Set(
    (pkg.sideEffects ?? [])
      .filter((entry) => /^\.\/dist\/[^*]+\.js$/.test(entry))
      .map((entry) => `${elementsDir}${entry.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')}`),
  );
  return {
    name: 'dz-element-define-files-have-side-effects',
    transform(code, id) {
      if (sources.has(id.split('?')[0]!)) return { code, map: null, moduleSideEffects: true };
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [elementDefineFilesHaveSideEffects()],
  // In `storybook dev` the dependency optimizer bundled one copy of Lit while some Lit modules loaded unbundled,
  // a second copy ("Multiple versions of Lit loaded"). Lit is plain ESM: serve it as it is, once.
  optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'] },
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: { target: 'es2022' },
});
