/**
 * custom-elements.json for @dz-tasks/elements, generated from each class's JSDoc (`@summary @csspart @cssprop
 * @fires @slot`) and its Lit decorators. Storybook reads it (`setCustomElementsManifest`) for controls and the docs
 * tab; editors' tools read it through `customElements` in package.json.
 *
 *   cd packages/elements && npx cem analyze
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** The element sources the manifest describes (the tests and their helpers are not part of the package). */
function isAnalyzed(fileName) {
  return /\/packages\/elements\/src\//.test(fileName) && !fileName.endsWith('.test.ts') && !fileName.includes('/test-support/');
}

/** Members a page author cannot use: private, protected, `#private`, Lit internals. */
function isInternal(member) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    (member.static && member.name === 'styles')
  );
}

/**
 * Keeps the manifest to the public surface, so Storybook's controls and docs list only what a user can set.
 */
function publicSurfaceOnly() {
  return {
    name: 'dz-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        // `customElements.define(name, constructor)` inside defineElement itself is no definition of a tag.
        if (mod.exports) mod.exports = mod.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !isInternal(m));
        }
      }
    },
  };
}

/**
 * The elements register through `defineElement('dz-…', Class)` (guarded, so a second bundle does not throw), which
 * the analyzer does not recognise as `customElements.define`. This reads those calls, gives each class its
 * `tagName` and adds the `custom-element-definition` export, as a direct `customElements.define` would.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'dz-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      definitions.push({ tagName: tag.text, className: constructor.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { tagName, className, modulePath } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = home?.declarations.find((d) => d.name === className);
        if (!home || !declaration) throw new Error(`defineElement('${tagName}', ${className}): class not found`);
        declaration.tagName = tagName;
        declaration.customElement = true;
        const definer = modules.find((m) => m.path === modulePath);
        definer.exports ??= [];
        definer.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: home.path },
        });
      }
    },
  };
}

/**
 * The manifest has each event's name and description (`@fires`), not its type. The one home of the types is the
 * `DzEventMap` interface in src/shared/events.ts: this reads it and gives each event its `CustomEvent<…>` type, so
 * the generated JSX and Vue types type `event.detail`.
 */
function eventTypesFromEventMap() {
  const types = new Map();
  return {
    name: 'dz-event-types-from-event-map',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'DzEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) types.set(member.name.getText().replace(/['"]/g, ''), member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      if (types.size === 0) throw new Error('DzEventMap not found in src/shared/events.ts');
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = types.get(event.name);
            if (!text) throw new Error(`${declaration.name} fires ${event.name}, which DzEventMap does not list`);
            event.type = { text };
          }
        }
      }
    },
  };
}

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
function frameworkAndEditorTypes() {
  const shared = { outdir: frameworks, hideLogs: true };
  return [
    jsxTypesPlugin({ outdir: frameworks, fileName: 'jsx.d.ts', globalTypePath: '@dz-tasks/elements', stronglyTypedEvents: true }),
    jsxRefsForReactAndPreact(`${frameworks}/jsx.d.ts`),
    vueTypes({ ...shared, fileName: 'vue.d.ts', globalTypePath: '@dz-tasks/elements' }),
    customElementVsCodePlugin({ ...shared, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', typesSrc: 'parsedType' }),
    customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json', packageJson: false, typesSrc: 'parsedType' }),
  ];
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // The type checker lets the type parser expand aliases (`GaugeVariant` → `'ring' | 'bar'`) for editors.
  overrideModuleCreation({ ts }) {
    const program = getTsProgram(ts, ['src/**/*.ts'], 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => isAnalyzed(file.fileName));
  },
  plugins: [defineElementCalls(), publicSurfaceOnly(), eventTypesFromEventMap(), typeParserPlugin(), ...frameworkAndEditorTypes()],
};
