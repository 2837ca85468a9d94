/**
 * custom-elements.json for @dz-tasks/elements, generated from each class's JSDoc (`@summary @csspart @cssprop
 * @fires @slot`) and its `static properties`. Storybook reads it (`setCustomElementsManifest`) for controls and the docs
 * tab; editors' tools read it through `customElements` in package.json. The framework and editor types in
 * `dist/frameworks/` are generated from it (framework-types.config.mjs).
 *
 *   cd packages/elements && npx cem analyze
 */

import { dirname, resolve } from 'node:path';
import { getTsProgram, getTypeChecker, typeParserPlugin } from '@wc-toolkit/type-parser';
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

/**
 * The text of a styles module's `css` template, each `${…}` spelt out: a constant of the module written as
 * `unsafeCSS(\`…\`)` or as a string (`${hanFonts}`). Comments left out. With `loose`, any other `${…}` (the matrix's
 * computed lengths) is left out instead of refused: the text is read only for the properties it reads.
 */
function cssTextOf(ts, template, { loose = false } = {}) {
  const constant = (expression) => {
    const name = ts.isIdentifier(expression) ? expression.text : undefined;
    const declaration = expression
      .getSourceFile()
      .statements.filter(ts.isVariableStatement)
      .flatMap((statement) => statement.declarationList.declarations)
      .find((d) => ts.isIdentifier(d.name) && d.name.text === name);
    let value = declaration?.initializer;
    if (value && ts.isCallExpression(value) && value.expression.getText() === 'unsafeCSS') value = value.arguments[0];
    if (!value || !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) {
      if (loose) return '';
      throw new Error(`\${${expression.getText()}} in ${expression.getSourceFile().fileName}: not a constant text; check dz-shared-theme-tokens`);
    }
    return value.text;
  };
  const text = ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.head.text + template.templateSpans.map((span) => constant(span.expression) + span.literal.text).join('');
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * The shared theme tokens (`--dz-color-text`, `--dz-radius`, …) are read in the styles modules every element takes
 * (src/shared/shared.styles.ts, task-colors.styles.ts), not in a class, so no class's `@cssprop` listed them: they were
 * in no generated file (React's `CSSProperties` rejected `--dz-color-lead-bg`). Each such module describes its tokens
 * once, as `@cssprop --dz-… - What it is.` on its `export default css`; this reads those descriptions, and each
 * token's default from the module's `:host` block (`--_dz-color-text: var(--dz-color-text, light-dark(…))`), and adds
 * the tokens to the `cssProperties` of every element whose `static styles` take the module, after its own. It fails
 * the build if a token read has no description, a description names no token read, or no element takes them.
 */
function sharedThemeTokens() {
  /** By module file: its tokens, `{ name, default, description }`. */
  const tokensOf = new Map();
  /** By class name: the files of the modules its `static styles` list. */
  const stylesOf = new Map();
  /** By module file: the text of its `export default css`, for what an element's styles read. */
  const cssOf = new Map();
  return {
    name: 'dz-shared-theme-tokens',
    analyzePhase({ ts, node }) {
      if (ts.isExportAssignment(node) && !node.isExportEquals && ts.isTaggedTemplateExpression(node.expression)) {
        cssOf.set(node.getSourceFile().fileName, cssTextOf(ts, node.expression.template, { loose: true }));
        const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'cssprop' || tag.tagName.text === 'cssproperty');
        if (tags.length === 0) return;
        const file = node.getSourceFile().fileName;
        const read = new Map([...cssTextOf(ts, node.expression.template).matchAll(/--_dz-([\w-]+):\s*var\(--dz-\1,\s*([^;]+)\)\s*;/g)].map(([, name, value]) => [`--dz-${name}`, value.trim().replace(/\s+/g, ' ')]));
        const described = new Map(
          tags.map((tag) => {
            const [, name, description] = /^(--dz-[\w-]+)\s+-\s+([\s\S]+)$/.exec(ts.getTextOfJSDocComment(tag.comment) ?? '') ?? [];
            if (!name) throw new Error(`${file}: write each token as "@cssprop --dz-name - What it is." (its default is read from the CSS)`);
            return [name, description.replace(/\s+/g, ' ').trim()];
          }),
        );
        const undescribed = [...read.keys()].filter((name) => !described.has(name));
        const unread = [...described.keys()].filter((name) => !read.has(name));
        if (undescribed.length || unread.length) throw new Error(`${file}: tokens read without a @cssprop: ${undescribed.join(', ') || 'none'}; @cssprop without a token read: ${unread.join(', ') || 'none'}`);
        tokensOf.set(file, [...read].map(([name, value]) => ({ name, default: value, description: described.get(name) })));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const styles = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'styles' && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword));
        if (!styles?.initializer || !ts.isArrayLiteralExpression(styles.initializer)) return;
        const file = node.getSourceFile().fileName;
        const imports = new Map(
          node
            .getSourceFile()
            .statements.filter((s) => ts.isImportDeclaration(s) && s.importClause?.name)
            .map((s) => [s.importClause.name.text, resolve(dirname(file), s.moduleSpecifier.text.replace(/\.js$/, '.ts'))]),
        );
        stylesOf.set(node.name.text, styles.initializer.elements.map((e) => imports.get(e.getText())).filter(Boolean));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      let added = 0;
      for (const declaration of (customElementsManifest.modules ?? []).flatMap((mod) => mod.declarations ?? [])) {
        if (!declaration.tagName) continue;
        const css = (stylesOf.get(declaration.name) ?? []).map((file) => cssOf.get(file) ?? '').join('\n');
        for (const file of stylesOf.get(declaration.name) ?? []) {
          for (const token of tokensOf.get(file) ?? []) {
            // A token counts where the element's styles read its private property (the matrix draws no status: r128 F6).
            if (!new RegExp(`var\\(\\s*--_${token.name.slice(2)}\\s*[,)]`).test(css)) continue;
            declaration.cssProperties ??= [];
            if (declaration.cssProperties.some((property) => property.name === token.name)) continue;
            declaration.cssProperties.push({ ...token });
            added++;
          }
        }
      }
      if (tokensOf.size === 0 || added === 0) throw new Error('no shared theme tokens found, or no element takes them; check dz-shared-theme-tokens');
    },
  };
}

/**
 * The type parser writes a list of a union without its brackets: `readonly (string | number)[]` became
 * `string | number | string | number[]`, `readonly SummaryPart[]` `'tasks' | 'targets'[]`, which the editor data then
 * offered as values (`section="number[]"`, `show="'targets'[]"`). This writes such a member's or attribute's parsed
 * type again from the type checker, each list of a union in brackets: `string | number | (string | number)[]`. A type
 * spelt out as an object (`{ … }`) is left to the editor data's plugins (framework-types.config.mjs).
 */
function bracketedLists() {
  return {
    name: 'dz-bracketed-lists',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      const checker = getTypeChecker();
      const print = (type) => {
        if (checker.isArrayType(type)) {
          const [element] = checker.getTypeArguments(type);
          return element.isUnion() && !(element.flags & ts.TypeFlags.Boolean) ? `(${print(element)})[]` : `${print(element)}[]`;
        }
        if (type.flags & ts.TypeFlags.Boolean) return 'boolean';
        if (type.isUnion()) {
          const parts = [...new Set(type.types.map((part) => (part.flags & ts.TypeFlags.BooleanLiteral ? 'boolean' : print(part))))];
          return [...parts.filter((part) => part !== 'undefined'), ...parts.filter((part) => part === 'undefined')].join(' | ');
        }
        if (type.isStringLiteral()) return `'${type.value}'`;
        return checker.typeToString(type);
      };
      for (const item of [...(declaration?.members ?? []), ...(declaration?.attributes ?? [])]) {
        const parsed = item.parsedType?.text;
        if (!parsed?.includes('[]') || parsed.includes('{')) continue;
        const member = node.members.find((m) => m.name?.getText() === (item.fieldName ?? item.name));
        if (member) item.parsedType = { text: print(checker.getTypeAtLocation(member)) };
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
  plugins: [
    defineElementCalls(),
    publicSurfaceOnly(),
    constantDefaults(),
    eventTypesFromEventMap(),
    sharedThemeTokens(),
    typeParserPlugin(),
    bracketedLists(),
    ...frameworkAndEditorTypes(),
  ],
};
