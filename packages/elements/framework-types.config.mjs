/**
 * The framework and editor types generated from the custom elements manifest, as plugins of the analyzer (see
 * custom-elements-manifest.config.mjs): JSX for React 19 and Preact, Vue's `GlobalComponents`, VS Code's custom
 * data and JetBrains' web-types, written to `dist/frameworks/` (shipped and exported by package.json). The
 * maintained generators do the work; the small plugins here adapt their output where a consumer test
 * (test-consumers/) showed it wrong for React, Preact or Vue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/**
 * Vue's generator reads an event's type as its detail (it writes `CustomEvent<type>`), while the manifest's schema
 * and the JSX generator read it as the event's type. This hands the Vue generator a copy whose events carry the
 * detail type (`DzSelectDetail`), which it then also imports.
 */
function vueTypes(options) {
  return {
    name: 'dz-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const mod of copy.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail) event.type = { text: detail };
          }
        }
      }
      generateVuejsTypes(copy, options);
      vuePropNames(`${options.outdir}/${options.fileName}`);
    },
  };
}

/** Vue's `camelize`: `heading-level` → `headingLevel`. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * The Vue generator keys props by attribute name (`"heading-level"`, `"ondz-select"`), but Vue normalises a
 * template's `heading-level="2"` to the prop `headingLevel` and `@dz-select` to `onDzSelect`, so `vue-tsc` with
 * strict templates rejected both. This renames the keys of the generated props to Vue's names; the docs keep the
 * attribute and event names. Fails the build if there was nothing to rename (the generator changed).
 */
function vuePropNames(file) {
  let renamed = 0;
  const text = readFileSync(file, 'utf8')
    .replace(/^(\s+)"on([a-z][\w-]*)"\?:/gm, (_, indent, event) => (renamed++, `${indent}on${camelize(`-${event}`)}?:`))
    .replace(/^(\s+)"([a-z]\w*(?:-\w+)+)"\?:/gm, (_, indent, attribute) => (renamed++, `${indent}${camelize(attribute)}?:`));
  if (renamed === 0) throw new Error(`${file}: no kebab-case prop to rename; check this plugin`);
  // It also imports a detail type once per element that fires it (`DzErrorDetail` three times): a duplicate identifier.
  const deduplicated = text.replace(/^import type \{([^}]*)\}(?= from "@dz-tasks\/elements")/m, (_, names) => `import type { ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')} }`);
  writeFileSync(file, deduplicated);
}

/**
 * The JSX generator types `ref` as the element or a callback (Solid's form), which rejects React's and Preact's ref
 * objects (`useRef<DzTaskMatrix>(null)`). This widens that one line of the generated file to a ref object or a
 * callback taking the element or `null` (as React 19 and Preact call it); it fails the build if the line changes.
 */
function jsxRefsForReactAndPreact(file) {
  const solidRef = 'ref?: (T | ((e: T) => void)) | undefined;';
  const ref = 'ref?: { current: T | null } | ((element: T | null) => void | (() => void)) | null | undefined;';
  return {
    name: 'dz-jsx-refs-for-react-and-preact',
    packageLinkPhase() {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(solidRef)) throw new Error(`${file}: the generated ref type changed; check this plugin`);
      writeFileSync(file, text.replace(solidRef, ref));
    },
  };
}

/** Where the generated framework types and editor data go: `dist/frameworks/`, shipped and exported. */
const frameworks = 'dist/frameworks';

/**
 * Framework and editor types generated from the manifest (`npm run build`): JSX for React 19 and Preact, Vue's
 * `GlobalComponents`, VS Code's `html.customData` and JetBrains' `web-types`. Type references import from the
 * package's root, which exports every element class and event detail type.
 */
export function frameworkAndEditorTypes() {
  const shared = { outdir: frameworks, hideLogs: true };
  return [
    jsxTypesPlugin({ outdir: frameworks, fileName: 'jsx.d.ts', globalTypePath: '@dz-tasks/elements', stronglyTypedEvents: true }),
    jsxRefsForReactAndPreact(`${frameworks}/jsx.d.ts`),
    vueTypes({ ...shared, fileName: 'vue.d.ts', globalTypePath: '@dz-tasks/elements' }),
    customElementVsCodePlugin({ ...shared, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', typesSrc: 'parsedType' }),
    customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json', packageJson: false, typesSrc: 'parsedType' }),
  ];
}
