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
 * detail type (`DzSelectDetail`), which it then also imports, and without read-only members, which it made props.
 */
function vueTypes(options) {
  return {
    name: 'dz-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      const events = new Map();
      for (const mod of copy.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          // A read-only member (the gauge's `status`) is no prop: Vue would assign it, and the getter throws.
          if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
          for (const event of declaration.events ?? []) {
            const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail) event.type = { text: detail };
            if (declaration.tagName) events.set(event.name, event.type?.text);
          }
        }
      }
      generateVuejsTypes(copy, options);
      vuePropNames(`${options.outdir}/${options.fileName}`, events);
    },
  };
}

/**
 * The DOM's own `error` and `select` events as React, Preact and Vue name their handlers (`onError`, `@select`),
 * which every element's props took from the framework's: they read as the elements' `dz-error` and `dz-select`,
 * and were listeners that never ran, as the elements fire neither (no image or text field of theirs is in the page's
 * tree; a shadow root's do not reach it). Typed `never` in the generated types, so writing one is an error whose
 * description names the event to use (review r48).
 */
const neverFired = `/** The DOM's own \`error\` and \`select\` events, which the elements never fire: their handlers are errors. */
type NeverFired = {
  /** Never fires: the elements' errors are \`dz-error\` (\`ondz-error\`; \`@dz-error\` in Vue). */
  onError?: never;
  /** Never fires: the elements' errors are \`dz-error\`. */
  onErrorCapture?: never;
  /** Never fires: a cell or a task chosen is \`dz-select\` (\`ondz-select\`; \`@dz-select\` in Vue). */
  onSelect?: never;
  /** Never fires: a cell or a task chosen is \`dz-select\`. */
  onSelectCapture?: never;
};`;

/** Vue's `camelize`: `heading-level` → `headingLevel`. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * The Vue generator keys props by attribute name (`"heading-level"`, `"ondz-select"`), but Vue normalises a
 * template's `heading-level="2"` to the prop `headingLevel` and `@dz-select` to `onDzSelect`, so `vue-tsc` with
 * strict templates rejected both. This renames the keys of the generated props to Vue's names; the docs keep the
 * attribute and event names. Fails the build if there was nothing to rename (the generator changed).
 */
function vuePropNames(file, events) {
  let renamed = 0;
  const text = readFileSync(file, 'utf8')
    .replace(/^(\s+)"on([a-z][\w-]*)"\?:/gm, (_, indent, event) => (renamed++, `${indent}on${camelize(`-${event}`)}?:`))
    .replace(/^(\s+)"([a-z]\w*(?:-\w+)+)"\?:/gm, (_, indent, attribute) => (renamed++, `${indent}${camelize(attribute)}?:`));
  if (renamed === 0) throw new Error(`${file}: no kebab-case prop to rename; check this plugin`);
  // It also imports a detail type once per element that fires it (`DzErrorDetail` three times): a duplicate identifier.
  const deduplicated = text.replace(/^import type \{([^}]*)\}(?= from "@dz-tasks\/elements")/m, (_, names) => `import type { ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')} }`);
  // Vue's component props have no HTML attributes: `id`, `lang`, `aria-label` or `@click` on an element failed vue-tsc's
  // strict templates. Each element takes Vue's `HTMLAttributes` (global attributes, ARIA, native events) beside its own,
  // and `slot`, which Vue's leave out (Vue's own slots are `v-slot`; an element in another's shadow DOM needs `slot`).
  // `data-*` attributes are the project's to allow on every component (vueCompilerOptions.dataAttributes, see the guide).
  const tags = [];
  const withHtml = deduplicated
    .replace(/^( {2}"(dz-[\w-]+)": )DefineComponent<(Dz\w+Props)>/gm, (_, head, tag, props) => (tags.push([tag, props]), `${head}DefineComponent<VueProps<${props}>>`))
    .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes, ReservedProps } from "vue";');
  if (tags.length === 0 || !withHtml.includes('ReservedProps } from "vue"')) throw new Error(`${file}: the generated components changed; check this plugin`);
  // In TSX a tag's type is its props, not its component: the generator's global JSX block gave the components, so under
  // \`vue/jsx\`'s global JSX every tag was an error, and Vue's own JSX (\`jsxImportSource: "vue"\`) took any tag untyped.
  // Both JSX namespaces now take each element's props, and Vue's reserved props (`key`, `ref`), which a template gives
  // any tag but TSX only a tag whose props have them: a list's `key` and a `ref` were errors.
  const globalJsx = /declare global \{\n {2}namespace JSX \{\n(?: {4}\/\/.*\n)? {4}interface IntrinsicElements extends CustomElements \{\}\n {2}\}\n\}\n?/;
  if (!globalJsx.test(withHtml)) throw new Error(`${file}: the generated global JSX block changed; check this plugin`);
  // The elements' events bubble out of shadow roots, so one listener on a container hears them (the guide's Events), but
  // `<section @dz-error>` failed strict templates (TS2559, review r103): Vue's `HTMLAttributes` take them, with their
  // details. An element's props leave them out of its HTML attributes: it takes only the events it fires (its own props).
  if (!events.has('dz-error')) throw new Error(`${file}: no element fires dz-error; check this plugin`);
  const jsx = `/** An element's props in Vue: its own, Vue's HTML attributes (global attributes, ARIA, native events) and \`slot\`. */
type VueProps<Own> = Own & Omit<HTMLAttributes, keyof Own | keyof NeverFired | keyof DzEvents> & NeverFired & { slot?: string };

/** The elements' events, which bubble out of shadow roots: a listener on any element that holds one (a container) hears them. */
export type DzEvents = {
${[...events].sort().map(([name, detail]) => `  /** \`${name}\` of an element inside. */\n  ${camelize(`on-${name}`)}?: (e: CustomEvent<${detail}>) => void;`).join('\n')}
};

declare module "vue" {
  interface HTMLAttributes extends DzEvents {}
}

${neverFired}

/** The elements' props in Vue's TSX (\`jsxImportSource: "vue"\` and the global JSX of \`vue/jsx\`), with \`key\` and \`ref\`. */
export type CustomElementsJsx = {
${tags.map(([tag, props]) => `  "${tag}": VueProps<${props}> & ReservedProps;`).join('\n')}
};

declare module "vue/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsJsx {}
  }
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsJsx {}
  }
}
`;
  writeFileSync(file, withHtml.replace(globalJsx, jsx));
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

/**
 * The elements' events a tag does not fire, as its handlers typed `never` (`& { "ondz-select"?: never }` for the card):
 * TypeScript checks a hyphenated JSX name only when it is a prop, so `ondz-select` on a card type-checked and was a
 * listener that never ran (review r75; vue-tsc rejects `@dz-select` there). Empty for a tag that fires every event.
 */
function eventsNotFired(manifest) {
  const declarations = (manifest.modules ?? []).flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
  const all = [...new Set(declarations.flatMap((d) => (d.events ?? []).map((event) => event.name)))].sort();
  if (!all.includes('dz-select')) throw new Error('custom-elements.json: no element fires dz-select; check eventsNotFired');
  return (tag) => {
    const fired = new Set(declarations.find((d) => d.tagName === tag)?.events?.map((event) => event.name));
    const missing = all.filter((name) => !fired.has(name));
    return missing.length === 0 ? '' : ` & { ${missing.map((name) => `/** <${tag}> never fires \`${name}\`. */ "on${name}"?: never;`).join(' ')} }`;
  };
}

/**
 * The JSX generator gives every framework the same props: each element's own and a few global attributes. React and
 * Preact pass more to any element (their event props with their own event objects, `inert`,
 * `suppressHydrationWarning`, every ARIA attribute typed), so `onClick` or `inert` was a type error there. This gives
 * the `react` and `preact` JSX namespaces each element's own props over that framework's `HTMLAttributes` of the
 * element's class and its `Attributes` (`key`: React's is not in `HTMLAttributes`, so a list's `key` was an error), no
 * children (the elements take no content), the global attributes both have typed as the framework types them (the
 * generator's `style` took no `CSSProperties` and its `dir` no "auto") and none the framework lacks (Solid's
 * `classList`), drops the generator's global JSX (see below), and drops the generator's imports of names the file never
 * uses (`LoadState`, which the package does not export: an error under `skipLibCheck: false`). Each framework's entries
 * ignore a missing framework (an app of the other). It fails the build if the generated shape changes.
 */
function jsxFrameworkProps(file) {
  return {
    name: 'dz-jsx-framework-props',
    packageLinkPhase({ customElementsManifest }) {
      let text = readFileSync(file, 'utf8');
      const classes = [...text.matchAll(/^ {2}"(dz-[\w-]+)": Partial<\s*Dz\w+Props & BaseProps<(Dz\w+)>/gm)].map(([, tag, name]) => [tag, name]);
      const notFired = eventsNotFired(customElementsManifest);
      if (classes.length === 0) throw new Error(`${file}: no element entry found in CustomElements; check this plugin`);
      // Each framework's types are optional: an app of the other has none of them, and `import("preact")` was an
      // error there under `skipLibCheck: false`. Ignored where missing, the import is \`any\`, in types that app never uses.
      const entries = (framework) =>
        classes
          .map(([tag, name]) => `  // @ts-ignore: an app without ${/"(.+)"/.exec(framework)[1]} uses none of these types.\n  "${tag}": WithFrameworkProps<CustomElements["${tag}"], ${framework}.Attributes & ${framework}.HTMLAttributes<${name}>>${notFired(tag)};`)
          .join('\n');
      text += `
/**
 * The generator's global attributes that a framework types itself, its own way (React's and Preact's \`style\` takes
 * their style objects, \`dir\` also "auto"): the framework's types win for these. \`ref\` stays the element's.
 */
type FrameworkOwned<Framework> = Exclude<keyof BaseProps<HTMLElement>, "ref"> & keyof Framework;

/**
 * The generator's global attributes that a framework does not have: Solid's \`classList\`, \`htmlFor\` (a label's),
 * \`popovertarget\` in React (a button's \`popoverTarget\` there). Not the framework's props, so not offered: React 19
 * would set \`el.classList\` to the object written.
 */
type NotFrameworks<Framework> = Exclude<keyof BaseProps<HTMLElement>, "ref" | keyof Framework>;

/**
 * An element's own props over a framework's, which it may not redefine; the global attributes typed as the framework
 * types them, and only those the framework has; no children.
 */
type WithFrameworkProps<Own, Framework> = Omit<Own, FrameworkOwned<Framework> | NotFrameworks<Framework> | "children"> & Omit<Framework, Exclude<keyof Own, FrameworkOwned<Framework>> | "children" | keyof NeverFired> & NoContent & NeverFired;

/** The elements take no content: what is written between the tags is noticed (\`unexpected-content\`) and shown after. */
type NoContent = { children?: never };

${neverFired}

/** The elements' props for React 19: their own, and React's for any element (\`onClick\`, \`inert\`, ARIA…). */
export type CustomElementsReact = {
${entries('import("react")')}
};

/** The elements' props for Preact: their own, and Preact's for any element. */
export type CustomElementsPreact = {
${entries('import("preact")')}
};
`;
      let replaced = 0;
      text = text.replace(/(declare module "(react|react\/jsx-runtime|react\/jsx-dev-runtime|preact)" \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements extends )CustomElements \{\}/g, (_, head, module) => {
        replaced++;
        return `${head}${module === 'preact' ? 'CustomElementsPreact' : 'CustomElementsReact'} {}`;
      });
      if (replaced !== 4) throw new Error(`${file}: expected the react, react/jsx-runtime, react/jsx-dev-runtime and preact JSX blocks, found ${replaced}; check this plugin`);
      // The generator's global JSX (every tag with its generic props) serves no framework the package types: React 19 and
      // Preact read their modules' JSX above. It conflicted with vue.d.ts's global JSX, which types Vue TSX under
      // `vue/jsx`: with both files in `types` (an app with React and Vue islands), TS2320 in jsx.d.ts.
      const globalJsx = /\ndeclare global \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements extends CustomElements \{\}\n {2}\}\n(?: {2}export interface CSSProperties extends CustomCssProperties \{\}\n)?\}\n/;
      if (!globalJsx.test(text)) throw new Error(`${file}: the generated global JSX block changed; check this plugin`);
      text = text.replace(globalJsx, '');
      text = text.replace(/^import type \{([^}]*)\} from "@dz-tasks\/elements";/m, (_, names) => {
        const rest = text.slice(text.indexOf('from "@dz-tasks/elements";'));
        const used = names.split(',').map((n) => n.trim()).filter((n) => n && new RegExp(`\\b${n}\\b`).test(rest));
        return `import type { ${used.join(', ')} } from "@dz-tasks/elements";`;
      });
      writeFileSync(file, text);
    },
  };
}

/** A type without its `| undefined` (an attribute not written is not set): `string | URL | undefined` → `string | URL`. */
const withoutUndefined = (text) => text.split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined').join(' | ');

/** The words of a type an editor can offer as a value: its quoted literals (`'ring' | 'bar'`), not `string`, `URL` or `Date`. */
const offerable = (text) => text.split('|').map((part) => part.trim()).filter((part) => /^'[^']*'$|^"[^"]*"$/.test(part) || ['string', 'number', 'boolean', 'undefined', 'null'].includes(part)).join(' | ');

/** A type's union parts, a bracketed list one part: `'a' | ('a' | 'b')[]` → `'a'`, `('a' | 'b')[]`. */
const unionParts = (text) => text.split(/\s*\|\s*(?![^()]*\))/).map((part) => part.trim()).filter(Boolean);

/** What an attribute's text can say of a type: its parts but lists (`section="1,4"` is text, not an array). */
const withoutLists = (text) => unionParts(text).filter((part) => !part.endsWith('[]')).join(' | ');

/**
 * What the editor data must not offer: a type spelt out as an object, a part of a type twice (what a list's dropped
 * brackets left: `string | number | string | number[]`), a word twice in a row (`"tasks tasks"`).
 */
function meaningless(text) {
  if (text.includes('{')) return 'a type spelt out as an object';
  const parts = unionParts(text);
  if (new Set(parts).size !== parts.length) return 'a part of a type twice';
  if (/(?<![\w-])([\w-]+)\s+\1(?![\w-])/.test(text)) return 'a word twice';
  return undefined;
}

/**
 * The type parser spells out a class (`Date`, `URL`, `Plan`) as its members, which the editor data showed as the
 * values of `as-of` (`{ toString: {  }, toDateString: {  }, … }`) and of every `src`, `plan-src` and `progress-src`
 * (`{ hash: string, host: string, … }`). This hands the VS Code or JetBrains plugin a copy of the manifest in which
 * such a type is the declared one, as `readable` makes it: `string | Date`, `string | URL` in web-types; in VS Code's
 * data, where each part of the type becomes a value offered, only its literals (none for a date or a URL). A type
 * with a list (`string | number | (string | number)[]`) is an attribute's without its lists, which no attribute's
 * text is (`section`: `string | number`, VS Code offering none; `show`: its four words), and a property's as
 * `readable` makes it. It fails the build if the written file still holds, outside its descriptions, a `{`, a part
 * of a type twice or a word twice (`meaningless`), or a list (`[]`) in what `attributeTexts` finds: the values or
 * types the editor gives an attribute.
 */
function readableTypes(plugin, readable, file, attributeTexts) {
  return {
    ...plugin,
    packageLinkPhase(context) {
      const copy = structuredClone(context.customElementsManifest);
      for (const declaration of (copy.modules ?? []).flatMap((mod) => mod.declarations ?? [])) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const parsed = item.parsedType?.text ?? '';
          if (parsed.includes('{')) item.parsedType = { text: readable(item.type?.text ?? '') };
          else if (parsed.includes('[]')) item.parsedType = { text: readable(declaration.attributes?.includes(item) ? withoutLists(parsed) : parsed) };
        }
      }
      plugin.packageLinkPhase({ ...context, customElementsManifest: copy });
      // Every text of the file but descriptions and links: the editor's names, types and values.
      const texts = [];
      const data = JSON.parse(readFileSync(file, 'utf8'), (key, value) => (typeof value === 'string' && !['description', 'doc-url'].includes(key) && texts.push(value), value));
      for (const text of texts) {
        const problem = meaningless(text);
        if (problem) throw new Error(`${file}: ${problem} is left (${text.slice(0, 60)}…); check this plugin`);
      }
      const list = attributeTexts(data).find((text) => text.includes('[]'));
      if (list) throw new Error(`${file}: an attribute is offered a list (${list}); check this plugin`);
    },
  };
}

/**
 * The editors' CSS lists take each element's custom properties in turn, so a property several elements read (a shared
 * token, `--dz-color-text`, or a `--dz-gauge-*-color`) was listed once per element. This keeps the first of each name.
 */
function cssPropertiesOnce(file, listOf) {
  return {
    name: 'dz-css-properties-once',
    packageLinkPhase() {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const properties = listOf(data);
      const first = properties.filter((property, i) => properties.findIndex((p) => p.name === property.name) === i);
      properties.splice(0, properties.length, ...first);
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

/** The text a template may write for an attribute of each type, beside the property's type (see below). */
const writtenAsText = { number: '`${number}`', boolean: '"true" | "false" | ""' };

/**
 * What a template writes for an attribute typed `number` or `boolean`, as text: the JSX and Vue types take the
 * property's type, so `timeout="30"` (as the README writes it) and `expanded="false"` (as server HTML and the guide's
 * Nuxt section write it) failed vue-tsc and tsc (TS2322; review r48, r103). React 19, Preact and Vue set the text as
 * the property of a defined element, and the element reads it as it reads the attribute (`inputs.ts`; the browser test
 * `src/shared/flags-as-text.test.ts`): a number's digits; a flag's `"false"` off, `"true"` and `""` (HTML's way) on.
 * The types take these words only, so a misspelt one fails (`timeout="soon"`, `expanded="flase"`): the other words the
 * element reads (`no`, `否`) are a CMS editor's, who has no types. Properties set as such (`prop:timeout`) keep the
 * property's type. It fails the build if an attribute's line is not found.
 */
function attributesWrittenAsText(files) {
  return {
    name: 'dz-attributes-written-as-text',
    packageLinkPhase({ customElementsManifest }) {
      const texts = new Map(
        (customElementsManifest.modules ?? [])
          .flatMap((mod) => mod.declarations ?? [])
          .filter((declaration) => declaration.tagName)
          .flatMap((declaration) => (declaration.attributes ?? []).map((a) => [`${declaration.name}["${a.fieldName ?? a.name}"]`, writtenAsText[withoutUndefined(a.type?.text ?? '')]]))
          .filter(([, text]) => text),
      );
      for (const file of files) {
        const widened = new Set();
        const text = readFileSync(file, 'utf8').replace(/^ +(?!"prop:)[\w":-]+\?: (Dz\w+\["\w+"\])/gm, (line, type) => (texts.has(type) ? (widened.add(type), `${line} | ${texts.get(type)}`) : line));
        const missed = [...texts.keys()].filter((type) => !widened.has(type));
        if (missed.length) throw new Error(`${file}: no attribute line for ${missed.join(', ')}; check this plugin`);
        writeFileSync(file, text);
      }
    },
  };
}

/**
 * A type that takes a value as a number or as text (`heading-level`: `2 | '2' | 'h2'`) gave VS Code's data each such
 * value twice ("2", "2"). This keeps the first of each value an attribute offers, after the VS Code plugin wrote them.
 */
function offeredOnce(file) {
  return {
    name: 'dz-vscode-values-once',
    packageLinkPhase() {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const attribute of data.tags.flatMap((tag) => tag.attributes ?? [])) {
        if (attribute.values) attribute.values = attribute.values.filter((value, i, all) => all.findIndex((first) => first.name === value.name) === i);
      }
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
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
    jsxFrameworkProps(`${frameworks}/jsx.d.ts`),
    vueTypes({ ...shared, fileName: 'vue.d.ts', globalTypePath: '@dz-tasks/elements' }),
    attributesWrittenAsText([`${frameworks}/jsx.d.ts`, `${frameworks}/vue.d.ts`]),
    readableTypes(
      customElementVsCodePlugin({ ...shared, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', typesSrc: 'parsedType' }),
      offerable,
      `${frameworks}/vscode.html-custom-data.json`,
      (data) => data.tags.flatMap((tag) => (tag.attributes ?? []).flatMap((attribute) => (attribute.values ?? []).map((value) => value.name))),
    ),
    offeredOnce(`${frameworks}/vscode.html-custom-data.json`),
    cssPropertiesOnce(`${frameworks}/vscode.css-custom-data.json`, (data) => data.properties),
    readableTypes(
      customElementJetBrainsPlugin({ ...shared, webTypesFileName: 'web-types.json', packageJson: false, typesSrc: 'parsedType' }),
      withoutUndefined,
      `${frameworks}/web-types.json`,
      (data) => data.contributions.html.elements.flatMap((element) => (element.attributes ?? []).map((attribute) => String(attribute.value?.type ?? ''))),
    ),
    cssPropertiesOnce(`${frameworks}/web-types.json`, (data) => data.contributions.css.properties),
  ];
}
