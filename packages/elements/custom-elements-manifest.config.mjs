/**
 * custom-elements.json for @dz-tasks/elements, generated from each class's JSDoc (`@summary @csspart @cssprop
 * @fires @slot`) and its `static properties`. Storybook reads it (`setCustomElementsManifest`) for controls and the docs
 * tab; editors' tools read it through `customElements` in package.json. The framework and editor types in
 * `dist/frameworks/` are generated from it (framework-types.config.mjs).
 *
 *   cd packages/elements && npx cem analyze
 */

import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { frameworkAndEditorTypes } from './framework-types.config.mjs';

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
 * A default written as a constant of the package (`timeout = DEFAULT_TIMEOUT_SECONDS`) is listed as its value (`15`),
 * as a reader of the docs and the editor hovers needs it, not as the constant's name.
 */
function constantDefaults() {
  return {
    name: 'dz-constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const values = new Map(modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'variable' && d.default !== undefined).map((d) => [d.name, d.default]));
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (values.has(item.default)) item.default = values.get(item.default);
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
  plugins: [defineElementCalls(), publicSurfaceOnly(), constantDefaults(), eventTypesFromEventMap(), typeParserPlugin(), ...frameworkAndEditorTypes()],
};
