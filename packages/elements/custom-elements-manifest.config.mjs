/**
 * custom-elements.json for @dz-tasks/elements, generated from each class's JSDoc (`@summary @csspart @cssprop
 * @fires @slot`) and its Lit decorators. Storybook reads it (`setCustomElementsManifest`) for controls and the docs
 * tab; editors' tools read it through `customElements` in package.json.
 *
 *   cd packages/elements && npx cem analyze
 */

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementCalls(), publicSurfaceOnly()],
};
