/**
 * The packages as npm would publish them: each is packed with `npm pack` into a temporary folder (after
 * `npm run build`), then checked as a user's tools would see it — publint (package.json against the files), Are The
 * Types Wrong (`attw`, profile esm-only: both packages are ESM only, so CommonJS `require` and the pre-exports
 * `node10` resolution are out of scope), source maps whose sources ship or are inlined, and the files a user
 * needs (generated framework and editor types, the CDN folder, no tests). The pack runs the packages' `prepack` and
 * `postpack` scripts, as `npm publish` does: clean-package takes out of the packed package.json what only this
 * repository uses (its scripts, devDependencies, the source files among `sideEffects`) and puts the file back after.
 *
 *   npm run build && node --import tsx --test scripts/packages.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';

const repo = fileURLToPath(new URL('..', import.meta.url));
const workspaces = ['@dz-tasks/data', '@dz-tasks/elements'] as const;
/** Each workspace's folder, where its package.json is. */
const folderOf = (name: string) => join(repo, 'packages', name.replace('@dz-tasks/', ''));

interface Packed {
  /** The tarball's path. */
  readonly tarball: string;
  /** Where it was unpacked (its files are under `package/`). */
  readonly unpacked: string;
  /** The tarball's files, relative to the package root. */
  readonly files: ReadonlySet<string>;
}

const temp = mkdtempSync(join(tmpdir(), 'dz-packages-'));
const packed = new Map<string, Packed>();
/** Each workspace's package.json as it was before the pack, byte for byte. */
const manifestBeforePack = new Map<string, Buffer>();
/** The copy of each workspace that was packed. */
const packedFrom = new Map<string, string>();

function run(command: string, args: string[], cwd = repo) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

/**
 * A copy of each workspace's folder (without its node_modules) to pack: `prepack` rewrites package.json while npm
 * packs, and Storybook's build, which `npm test` runs beside this suite, reads the workspace's `sideEffects`. The
 * copies find the repository's tools (clean-package) through a node_modules link beside them.
 */
function copyOfWorkspace(name: string): string {
  const copies = join(temp, 'workspaces');
  if (!existsSync(copies)) {
    mkdirSync(copies);
    symlinkSync(join(repo, 'node_modules'), join(copies, 'node_modules'));
  }
  const copy = join(copies, name.replace('@dz-tasks/', ''));
  cpSync(folderOf(name), copy, { recursive: true, filter: (path) => !path.slice(folderOf(name).length).includes('node_modules') });
  return copy;
}

before(() => {
  const packs: { name: string; filename: string; files: { path: string }[] }[] = [];
  for (const name of workspaces) {
    manifestBeforePack.set(name, readFileSync(join(folderOf(name), 'package.json')));
    // With the package's scripts, as `npm publish` packs: `prepack` cleans package.json, `postpack` restores it.
    const copy = copyOfWorkspace(name);
    const result = run('npm', ['pack', '--pack-destination', temp, '--json'], copy);
    assert.equal(result.status, 0, result.output);
    packs.push(...(JSON.parse(result.stdout) as typeof packs));
    packedFrom.set(name, copy);
  }
  for (const pack of packs) {
    const tarball = join(temp, pack.filename);
    const unpacked = join(temp, pack.name.replace('/', '+'));
    run('mkdir', ['-p', unpacked]);
    const untar = run('tar', ['-xzf', tarball, '-C', unpacked]);
    assert.equal(untar.status, 0, untar.output);
    packed.set(pack.name, { tarball, unpacked, files: new Set(pack.files.map((f) => f.path)) });
  }
});

after(() => rmSync(temp, { recursive: true, force: true }));

const get = (name: string) => {
  const pack = packed.get(name);
  assert.ok(pack, `${name} was packed`);
  return pack;
};

/** The fields of a package.json these tests read. */
interface Manifest {
  scripts?: Record<string, string>;
  devDependencies?: Record<string, string>;
  sideEffects?: boolean | string[];
  engines?: { node?: string };
  [field: string]: unknown;
}

/** The package.json in a workspace's tarball. */
const packedManifest = (name: string) => JSON.parse(readFileSync(join(get(name).unpacked, 'package/package.json'), 'utf8')) as Manifest;

/**
 * Whether a `sideEffects` pattern matches a file of the package, as webpack and Vite read it: relative to the package,
 * `./` optional, `*` within a folder, `**` across folders, a pattern without `/` against the file's name.
 */
function sideEffectsMatch(pattern: string, file: string): boolean {
  const wildcards = new Map([['**/', '(?:.*/)?'], ['**', '.*'], ['*', '[^/]*'], ['?', '[^/]']]);
  const glob = pattern.replace(/^\.\//, '');
  const source = glob
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => wildcards.get(part) ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${source}$`).test(glob.includes('/') ? file : file.slice(file.lastIndexOf('/') + 1));
}

/**
 * The Node versions the README names ("Node 20.19 or newer (on Node 22, 22.12 or newer)") as a range of `engines`:
 * `^20.19.0 || >=22.12.0`.
 */
function readmeNodeRange(): string {
  const line = /^Node (\d+)\.(\d+) or newer \(on Node (\d+), \3\.(\d+) or newer\)/m.exec(readFileSync(join(repo, 'README.md'), 'utf8'));
  assert.ok(line, 'the README names the Node versions');
  const [, major, minor, laterMajor, laterMinor] = line;
  return `^${major}.${minor}.0 || >=${laterMajor}.${laterMinor}.0`;
}

for (const name of workspaces) {
  describe(name, () => {
    test('publint finds nothing to report', async () => {
      const tarball = readFileSync(get(name).tarball);
      const { messages } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true, level: 'suggestion' });
      assert.deepEqual(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`), []);
    });

    test('Are The Types Wrong finds no problem (profile esm-only)', () => {
      const result = run(join(repo, 'node_modules/.bin/attw'), [get(name).tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color']);
      assert.equal(result.status, 0, result.output);
    });

    test('every source map has its sources in the tarball or inlined (sourcesContent)', () => {
      const { files, unpacked } = get(name);
      const maps = [...files].filter((f) => f.endsWith('.map'));
      assert.ok(maps.length > 0, 'the package ships source maps');
      const missing: string[] = [];
      for (const map of maps) {
        const { sources, sourcesContent, sourceRoot = '' } = JSON.parse(readFileSync(join(unpacked, 'package', map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[]; sourceRoot?: string };
        sources.forEach((source, i) => {
          const path = normalize(join(dirname(map), sourceRoot, source));
          if (typeof sourcesContent?.[i] !== 'string' && !files.has(path)) missing.push(`${map}: ${source}`);
        });
      }
      assert.deepEqual(missing, []);
    });

    test('ships no tests, fixtures or TypeScript sources', () => {
      const stray = [...get(name).files].filter((f) => /(^|\/)(test|test-fixtures|test-consumers|src)\//.test(f) || /\.test\.[jt]s$/.test(f));
      assert.deepEqual(stray, []);
    });

    test('its package.json has no scripts, devDependencies or clean-package config: they run in this repository (review r61)', () => {
      const manifest = packedManifest(name);
      assert.deepEqual(
        ['scripts', 'devDependencies', 'clean-package'].filter((field) => field in manifest),
        [],
        `${JSON.stringify(manifest.scripts)} ${JSON.stringify(manifest.devDependencies)}`,
      );
    });

    test('each sideEffects entry names files in the tarball, and none the tarball has is left out (review r61)', () => {
      const { sideEffects } = packedManifest(name);
      if (!Array.isArray(sideEffects)) return;
      const files = [...get(name).files];
      assert.deepEqual(sideEffects.filter((pattern) => !files.some((file) => sideEffectsMatch(pattern, file))), [], 'entries that match no packed file');
      const { sideEffects: listed } = JSON.parse(readFileSync(join(folderOf(name), 'package.json'), 'utf8')) as Manifest;
      assert.ok(Array.isArray(listed));
      const shipped = listed.filter((pattern) => files.some((file) => sideEffectsMatch(pattern, file)));
      assert.deepEqual(sideEffects, shipped, 'the packed list is the repository\'s entries for shipped files');
    });

    test('engines.node is the minimum the README names, which require() of these ES modules needs (review r61)', () => {
      assert.equal(packedManifest(name).engines?.node, readmeNodeRange());
    });

    test('packing leaves its package.json as it was, byte for byte, and no backup beside it', () => {
      const folder = packedFrom.get(name)!;
      assert.ok(readFileSync(join(folder, 'package.json')).equals(manifestBeforePack.get(name)!), 'package.json restored');
      assert.ok(!existsSync(join(folder, 'package.json.backup')), 'no package.json.backup left');
    });
  });
}

/**
 * An app installed as a user installs it: the packed packages and every module of this repository but `absent`, in a
 * folder outside the repository (so nothing resolves from its node_modules); run with `--preserve-symlinks`, Node
 * resolves from the app's node_modules too.
 */
function installApp(name: string, absent: readonly string[]): string {
  const app = join(temp, name);
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, '@dz-tasks'), { recursive: true });
  const repoModules = join(repo, 'node_modules');
  for (const entry of readdirSync(repoModules)) {
    if (entry === '@dz-tasks' || entry === '.bin' || absent.includes(entry)) continue;
    if (!entry.startsWith('@')) {
      symlinkSync(join(repoModules, entry), join(modules, entry));
      continue;
    }
    mkdirSync(join(modules, entry));
    for (const scoped of readdirSync(join(repoModules, entry)))
      if (!absent.includes(`${entry}/${scoped}`)) symlinkSync(join(repoModules, entry, scoped), join(modules, entry, scoped));
  }
  for (const workspace of workspaces) symlinkSync(join(get(workspace).unpacked, 'package'), join(modules, workspace));
  return app;
}

describe('@dz-tasks/elements ships what its guide promises', () => {
  test('the generated framework and editor types, each behind an export', () => {
    const { files } = get('@dz-tasks/elements');
    const manifest = JSON.parse(readFileSync(join(repo, 'packages/elements/package.json'), 'utf8')) as { exports: Record<string, string | { types: string }>; 'web-types': string };
    const generated = ['jsx.d.ts', 'vue.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'].map((f) => `dist/frameworks/${f}`);
    const exported = Object.values(manifest.exports).map((target) => (typeof target === 'string' ? target : target.types).replace(/^\.\//, ''));
    for (const file of generated) {
      assert.ok(files.has(file), `${file} is in the tarball`);
      assert.ok(exported.includes(file), `${file} is exported`);
    }
    assert.ok(files.has(manifest['web-types'].replace(/^\.\//, '')), 'package.json "web-types" points at a shipped file');
  });

  test('the generated JSX and Vue types import only what the package exports (else an error under skipLibCheck: false)', () => {
    const dist = join(repo, 'packages/elements/dist');
    // Every name the package root exports: its `export { … }` and `export type { … }` lists.
    const exported = new Set(
      [...readFileSync(join(dist, 'index.d.ts'), 'utf8').matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap(([, names]) =>
        names!.split(',').map((name) => name.trim().replace(/^type /, '').split(/\s+as\s+/).pop()!).filter(Boolean),
      ),
    );
    assert.ok(exported.has('DzTaskCard') && exported.has('DzErrorDetail'), 'the root exports read');
    for (const file of ['jsx.d.ts', 'vue.d.ts']) {
      const imports = /import type \{([^}]*)\} from "@dz-tasks\/elements";/.exec(readFileSync(join(dist, 'frameworks', file), 'utf8'));
      assert.ok(imports, `${file} imports the element types from the package root`);
      const missing = imports[1]!.split(',').map((name) => name.trim()).filter((name) => name && !exported.has(name));
      assert.deepEqual(missing, [], `${file} imports names the package does not export`);
    }
  });

  /**
   * An app of one framework, installed as a user installs it ({@link installApp}), compiled with `skipLibCheck: false`
   * through `types`. A React review found `jsx.d.ts` imported Preact's types, so a React app without Preact got five
   * errors (and a Preact app without React the same).
   */
  function compileApp(name: string, absent: readonly string[], tsconfig: object, source: string) {
    const app = installApp(name, absent);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, preserveSymlinks: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', ...tsconfig }, include: ['*.tsx'] }));
    writeFileSync(join(app, 'app.tsx'), source);
    return run(join(repo, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], app);
  }

  test('the JSX types compile under skipLibCheck: false in a React app without Preact, and in a Preact app without React', () => {
    const react = compileApp('react-app', ['preact', '@preact/preset-vite'], { jsx: 'react-jsx', types: ['react', '@dz-tasks/elements/jsx'] }, `
      import '@dz-tasks/elements/task-matrix.js';
      export const page = <dz-task-matrix section="4" style={{ width: '100%' }} ondz-select={(event) => event.detail.role} />;
    `);
    assert.equal(react.status, 0, react.output);
    const preact = compileApp('preact-app', ['react', 'react-dom', '@types/react', '@types/react-dom'], { jsx: 'react-jsx', jsxImportSource: 'preact', types: ['@dz-tasks/elements/jsx'] }, `
      import '@dz-tasks/elements/task-matrix.js';
      export const page = <dz-task-matrix section="4" class="m" ondz-select={(event) => event.detail.role} />;
    `);
    assert.equal(preact.status, 0, preact.output);
  });

  test('a bundler keeps the modules that register a tag: each is among the packed sideEffects (review r61)', () => {
    const { files, unpacked } = get('@dz-tasks/elements');
    const { sideEffects } = packedManifest('@dz-tasks/elements');
    assert.ok(Array.isArray(sideEffects), 'sideEffects lists the modules with side effects');
    // A module that defines a tag when imported, and all.js, which imports every one of them.
    const registering = [...files].filter((file) => /^dist\/[^/]+\.js$/.test(file) && (/^defineElement\('dz-/m.test(readFileSync(join(unpacked, 'package', file), 'utf8')) || file === 'dist/all.js'));
    assert.ok(registering.length >= 6, registering.join(', '));
    assert.deepEqual(registering.filter((file) => !sideEffects.some((pattern) => sideEffectsMatch(pattern, file))), []);
    assert.ok(!['dist/index.js', 'dist/task-card/task-card.js'].some((file) => sideEffects.some((pattern) => sideEffectsMatch(pattern, file))), 'the class modules stay free of side effects');
  });

  test('the CDN folder: the loader with its types and its chunks', () => {
    const cdn = [...get('@dz-tasks/elements').files].filter((f) => f.startsWith('dist/cdn/'));
    assert.ok(cdn.includes('dist/cdn/dz-elements.js') && cdn.includes('dist/cdn/dz-elements.d.ts'), cdn.join(', '));
    assert.ok(cdn.filter((f) => /^dist\/cdn\/dz-.*\.js$/.test(f)).length > 3, 'the element and plan chunks');
  });
});

describe('the optional packages: what only some uses need is not installed with the packages', () => {
  /** Each optional package, its range and what it is for, as the data package's dist exports them. */
  const optional = async () => (await import(join(get('@dz-tasks/data').unpacked, 'package/dist/node/optional-packages.js'))) as typeof import('../packages/data/src/node/optional-packages.js');

  test('each is a peer dependency marked optional at the range the code names, and no dependency', async () => {
    const { OPTIONAL_PACKAGES } = await optional();
    const peers: Record<string, string> = {};
    for (const name of workspaces) {
      const manifest = JSON.parse(readFileSync(join(get(name).unpacked, 'package/package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
        peerDependencies?: Record<string, string>;
        peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      };
      for (const [peer, range] of Object.entries(manifest.peerDependencies ?? {})) {
        assert.equal(manifest.peerDependenciesMeta?.[peer]?.optional, true, `${name}: ${peer} is marked optional`);
        peers[peer] = range;
      }
      for (const package_ of Object.keys(OPTIONAL_PACKAGES)) assert.ok(!(package_ in manifest.dependencies), `${name} does not depend on ${package_}`);
    }
    assert.deepEqual(peers, Object.fromEntries(Object.entries(OPTIONAL_PACKAGES).map(([name, facts]) => [name, facts.range])));
  });

  describe('in an app without any of them', () => {
    let app: string;
    before(async () => {
      app = installApp('app-without-optional', Object.keys((await optional()).OPTIONAL_PACKAGES));
    });
    /** `node` in the app, resolving from its node_modules. */
    const node = (...args: string[]) => run(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', ...args], app);
    const dzPlan = (...args: string[]) => node(join(app, 'node_modules/@dz-tasks/data/bin/dz-plan.js'), ...args);
    const seed = join(repo, 'seeds', readdirSync(join(repo, 'seeds')).find((f) => f.endsWith('.txt'))!);

    test('the data package loads and judges a target', () => {
      const result = node('--input-type=module', '-e', `
        const { evaluateTarget } = await import('@dz-tasks/data');
        const { dezhouPlan } = await import('@dz-tasks/data/dezhou-2023');
        const target = dezhouPlan.targets.find((t) => t.comparator === 'atLeast');
        console.log(evaluateTarget(target, { value: target.value, asOf: target.deadline }).status);
      `);
      assert.equal(result.status, 0, result.output);
      assert.match(result.stdout, /^\w+\n$/);
    });

    test('dz-plan summary and a CSV template need none of them', () => {
      assert.equal(dzPlan('summary').status, 0, dzPlan('summary').output);
      const template = dzPlan('progress', 'template');
      assert.equal(template.status, 0, template.output);
      assert.match(template.stdout, /t\d+\.\d+/);
    });

    test('dz-plan build names OpenCC and the command that installs what building a plan needs, in the language asked (exit 2)', () => {
      const zh = dzPlan('build', seed, '-o', join(app, 'plan.json'));
      assert.equal(zh.status, 2, zh.output);
      assert.match(zh.output, /由文件建立計劃\(繁簡兩種文字\)需要套件 opencc-js,但它未安裝/);
      assert.match(zh.output, /npm install "opencc-js@\^1\.4\.2" "pinyin-pro@\^3\.29\.4" "mammoth@\^1\.13\.0"/);
      assert.doesNotMatch(zh.output, /\n\s+at /, 'no stack trace');
      const en = dzPlan('build', seed, '-o', join(app, 'plan.json'), '--lang', 'en');
      assert.equal(en.status, 2, en.output);
      assert.match(en.output, /^dz-plan: the package opencc-js, needed for building a plan from a document \(both Chinese scripts\), is not installed/m);
    });

    test('importing @dz-tasks/data/node fails with Node\'s own error naming OpenCC (static imports, which require() needs)', () => {
      const result = node('--input-type=module', '-e', `
        try { await import('@dz-tasks/data/node'); } catch (error) { console.log(error.code, error.message); process.exit(3); }
      `);
      assert.equal(result.status, 3, result.output);
      assert.match(result.stdout, /^ERR_MODULE_NOT_FOUND Cannot find package 'opencc-js'/);
    });

    test('dz-plan lint needs none of them; build says a usage mistake or a missing file before a missing package', () => {
      const lint = dzPlan('lint', join(repo, 'packages/data/dist/plan.json'));
      assert.equal(lint.status, 0, lint.output);
      const usage = dzPlan('build');
      assert.equal(usage.status, 2, usage.output);
      assert.match(usage.output, /build needs one FILE/);
      const missing = dzPlan('build', join(app, 'no-such-plan.txt'), '--lang', 'en');
      assert.equal(missing.status, 2, missing.output);
      assert.match(missing.output, /no-such-plan\.txt/);
      assert.doesNotMatch(`${usage.output}${missing.output}`, /opencc-js/);
    });

    test('a workbook template names ExcelJS (exit 2), a CSV one was written above', () => {
      const result = dzPlan('progress', 'template', '-o', join(app, 'sheet.xlsx'), '--lang', 'zh-Hans');
      assert.equal(result.status, 2, result.output);
      assert.match(result.output, /读写 \.xlsx 工作簿需要软件包 exceljs,但它未安装.*npm install "exceljs@\^4\.4\.0"$/m);
    });

    test('the library\'s workbook functions (also in browsers) throw a MissingPackageError with the range tested (review r55)', () => {
      const result = node('--input-type=module', '-e', `
        const { templateXlsx, progressTemplate } = await import('@dz-tasks/data/progress');
        const { dezhouPlan } = await import('@dz-tasks/data/dezhou-2023');
        try { await templateXlsx(progressTemplate(dezhouPlan)); } catch (error) { console.log(error.code, error.message); process.exit(3); }
      `);
      assert.equal(result.status, 3, result.output);
      assert.match(result.stdout, /^DZ_MISSING_PACKAGE the package exceljs, needed for reading and writing \.xlsx workbooks, is not installed.*npm install "exceljs@\^4\.4\.0"$/m);
    });

    test('a .docx names mammoth, not a file that is no .docx', () => {
      const docx = join(app, 'plan.docx');
      writeFileSync(docx, readFileSync(seed));
      const result = dzPlan('parse', docx, '--lang', 'en');
      assert.equal(result.status, 2, result.output);
      assert.match(result.output, /the package mammoth, needed for reading \.docx documents, is not installed.*npm install "mammoth@\^1\.13\.0"$/m);
    });

    test('dz-elements render names Lit SSR (exit 1); --version needs nothing', () => {
      const bin = join(app, 'node_modules/@dz-tasks/elements/bin/dz-elements.js');
      assert.equal(node(bin, '--version').status, 0);
      const page = join(app, 'page.html');
      writeFileSync(page, '<dz-task-card task="1"></dz-task-card>');
      const result = node(bin, 'render', page);
      assert.equal(result.status, 1, result.output);
      assert.match(result.output, /^dz-elements: the package @lit-labs\/ssr, needed for server rendering, is not installed.*npm install "@lit-labs\/ssr@\^4\.1\.0"$/m);
    });
  });
});

describe('with every optional package installed', () => {
  test('require() loads @dz-tasks/data/node and @dz-tasks/elements/ssr (no top-level await: review r55)', () => {
    const app = installApp('app-with-all', []);
    const result = run(process.execPath, ['--preserve-symlinks', '-e', `
      const { planFromText } = require('@dz-tasks/data/node');
      const { renderPage } = require('@dz-tasks/elements/ssr');
      console.log(typeof planFromText, typeof renderPage);
    `], app);
    assert.equal(result.status, 0, result.output);
    assert.equal(result.stdout, 'function function\n');
  });
});

describe('releases', () => {
  const workflow = readFileSync(join(repo, '.github/workflows/release.yml'), 'utf8');

  test('the release workflow runs CI first, then publishes with provenance and attaches the CDN folder', () => {
    const steps = ['bash .ci/run', 'changesets/action@', 'npm run release', 'gh release upload'].map((step) => workflow.indexOf(step));
    assert.ok(steps.every((at, i) => at > 0 && (i === 0 || at > steps[i - 1]!)), `in this order: CI, changesets, publish, upload (${steps.join(', ')})`);
    assert.match(workflow, /id-token: write/);
    assert.match(workflow, /packages\/elements\/dist\/cdn/);
  });

  test('both packages publish publicly with provenance, through changesets', () => {
    for (const name of workspaces) {
      const manifest = JSON.parse(readFileSync(join(get(name).unpacked, 'package/package.json'), 'utf8')) as { publishConfig?: { access?: string; provenance?: boolean } };
      assert.deepEqual(manifest.publishConfig, { access: 'public', provenance: true }, name);
    }
    const root = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(root.scripts.release, 'changeset publish');
    assert.ok(JSON.parse(readFileSync(join(repo, '.changeset/config.json'), 'utf8')).access === 'public');
  });
});
