/**
 * The one Vite config. `vite build` (run by the elements' build) makes the CDN folder `packages/elements/dist/cdn/`:
 * the loader `dz-elements.js` that a CMS page pastes (module or classic script, see src/cdn/loader.ts) and, beside
 * it, hashed chunks it imports on demand: one per element, shared ones (Lit, the base class) and the Dezhou plan, so a
 * page fetches only what its elements need. Vite prints each file's size and gzip size. Storybook loads this
 * file too: it replaces `root` with the repository and keeps only `build.target` of `build`, so the library
 * settings do not reach it, while the compiler and dev-server settings serve both.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import license from 'rollup-plugin-license';
import { minify as terser } from 'terser';
import MagicString from 'magic-string';
import remapping, { type SourceMapInput } from '@jridgewell/remapping';
import ts from 'typescript';
import type { OutputChunk, PreRenderedChunk, RenderedChunk } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitCss } from './scripts/lib/minify-lit-css.js';
import { compactOutline } from './packages/elements/src/shared/plan-outline.js';

const elements = fileURLToPath(new URL('./packages/elements/', import.meta.url));

/**
 * In the CDN build the elements get the Dezhou plan lazily (`default-plan.lazy.ts`), as a chunk of its own, the UI
 * strings of zh-Hans and English too (`i18n/strings.lazy.ts`), and the trend's templates with the first progress feed
 * (`gauge/trend-module.lazy.ts`). Only the library build swaps them: Storybook drops `build.lib` and keeps the npm
 * build's eager modules.
 */
function lazyDefaultPlan(): Plugin {
  let library = false;
  return {
    name: 'dz-lazy-default-plan',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    async resolveId(source, importer, options) {
      if (!library || !importer?.includes('/elements/src/') || !/\/(default-plan|strings|trend-module)\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && /\/src\/shared\/(default-plan|i18n\/strings|gauge\/trend-module)\.ts$/.test(resolved.id) ? resolved.id.replace(/\.ts$/, '.lazy.ts') : resolved;
    },
  };
}

/**
 * The zh-Hant UI strings of one element (or of the words about wrong inputs), by key: in the CDN build each group
 * comes with the code that shows it, so a page with a gauge does not download the matrix's words. A word that some
 * of the elements listing tasks or units show (the card, the matrix, the unit summary, the overview; never a gauge) is
 * in the group of each of them ({@link listWords}): a page with one of them loads its copy alone, a page with two the
 * few words they share twice. The other keys (words a gauge shows too, and keys added since) stay in `zh-hant.ts`,
 * with the elements' shared code.
 */
const zhHantGroups: Readonly<Record<string, readonly string[]>> = {
  gauge: ['gaugeTarget', 'gaugeExpected', 'gaugeAsOf', 'gaugeDue', 'gaugeDone', 'gaugeCeilingUsed', 'gaugeOfTarget', 'gaugeNow', 'gaugeNotPaced', 'gaugeHeldAllYear', 'gaugeConferred', 'gaugeLowest', 'gaugeExpectedSince', 'gaugeInvalidDate', 'gaugeUndated', 'unknownTarget'],
  // With the trend's templates, which load with the first progress feed (`gauge/trend-module.lazy.ts`).
  trend: ['trendUp', 'trendDown', 'trendSame', 'trendReadings', 'trendCut', 'trendRise', 'trendGrew', 'trendShrank', 'trendTurned', 'trendTotalFalls'],
  card: ['noUnits', 'noTargets', 'showBody', 'hideBody', 'cardBodyInChinese', 'unknownTask', 'task', 'leadUnits', 'participatingUnits', 'targets', 'progressAsOf'],
  matrix: ['legend', 'matrixPartial', 'matrixTasksWithoutUnits', 'downloadCsv', 'matrixCaption', 'matrixByLoad', 'matrixLeadShort', 'matrixParticipatingShort', 'matrixLeadTotal', 'matrixParticipatingTotal', 'matrixNoRole', 'matrixTotalsOf', 'matrixLegendNote', 'matrixColon', 'matrixInvalidChoice', 'task', 'unit', 'total', 'lead', 'participating', 'leadUnits', 'participatingUnits', 'empty', 'matrixTask', 'matrixListSeparator', 'unknownUnit', 'unknownSection'],
  summary: ['summaryTaskCounts', 'summaryTasks', 'summaryNoTasks', 'summaryNoTargets', 'lead', 'participating', 'targets', 'matrixTask', 'progressAsOf', 'unknownUnit', 'statusCount'],
  overview: ['overviewCaption', 'overviewUnitsCaption', 'overviewRanked', 'overviewTasks', 'overviewTasksLed', 'overviewTargets', 'overviewBehind', 'overviewStatuses', 'overviewRank', 'overviewDistinctTotals', 'overviewSortNeedsFeed', 'overviewUnjudged', 'overviewJoinedBehind', 'overviewNoTargets', 'section', 'unit', 'total', 'empty', 'matrixListSeparator', 'progressAsOf', 'unknownSection', 'statusCount'],
  // The tally of statuses the unit summary and the overview show (`shared/status-tally.ts`, a chunk of its own).
  tally: ['statusCannotJudge', 'statusUnreported'],
  inputs: ['invalidAttribute', 'unknownAttribute', 'emptyAttribute', 'objectAsAttribute', 'invalidChoice', 'invalidWord', 'invalidFlag', 'invalidLinkTemplate', 'unexpectedContent', 'didYouMean', 'ignoredInput', 'valueKinds', 'invalidTimeout'],
  // Words of the table no element shows (a page labelling sample values may): no module of the elements reads them, so
  // no CDN chunk carries them.
  demo: ['sampleData'],
};

/** The folder of each element listing tasks or units, by its group in {@link zhHantGroups}. */
const groupFolders: Readonly<Record<string, string>> = { card: '/src/task-card/', matrix: '/src/task-matrix/', summary: '/src/unit-summary/', overview: '/src/plan-overview/' };

/**
 * The keys of the groups of the elements listing tasks or units ({@link groupFolders}): their words, some in the groups
 * of several of them, by names many modules read of something else (`query.unit`, `totals.total`, `host.section`, a
 * `.section` rule in styles), whether one group holds a name or several. A module imports a group for one of them only
 * if it is of the group's own element and reads it of its UI strings as the elements name them, `t` (`t.unit`), so no
 * module of a chunk another element loads (`shared/plan-ranges.ts` reads a plan's `.targets`) brings an element's words
 * there.
 */
const listWords = new Set(Object.keys(groupFolders).flatMap((group) => zhHantGroups[group]!));

/**
 * The CDN build's zh-Hant UI strings by use ({@link zhHantGroups}): `zh-hant.ts` keeps the keys of no group, and every
 * module of the elements that reads a key of a group (`.gaugeDue`) imports `virtual:dz-zh-hant/<group>`, which adds
 * that group's keys to the same object. An import runs before the module that imports it, so the words are there
 * before any code reads them; the source files stay one table per language (zh-hans.ts is generated from it).
 */
function zhHantStringsByUse(): Plugin {
  const file = fileURLToPath(new URL('./packages/elements/src/shared/i18n/zh-hant.ts', import.meta.url));
  const prefix = '\0virtual:dz-zh-hant/';
  const grouped = new Set(Object.values(zhHantGroups).flat());
  let library = false;
  /** The table read in this build (`buildStart` forgets it, so a rebuild reads the file again). */
  let read: Map<string, string> | undefined;
  /** Each key's property as written in `zh-hant.ts`, type annotations removed: read once per build. */
  const properties = (): Map<string, string> => (read ??= readProperties());
  const readProperties = (): Map<string, string> => {
    const source = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
    const table = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.name.getText(tree) === 'zhHant' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        for (const property of node.initializer.properties) table.set(property.name!.getText(tree), property.getText(tree));
      } else ts.forEachChild(node, visit);
    };
    visit(tree);
    for (const key of grouped) if (!table.has(key)) throw new Error(`zhHantGroups: no key ${key} in zh-hant.ts`);
    return table;
  };
  const objectOf = (entries: readonly string[]) => `{\n${entries.join(',\n')}\n}`;
  return {
    name: 'dz-zh-hant-strings-by-use',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    buildStart() {
      read = undefined;
    },
    resolveId(source) {
      return library && source.startsWith(prefix) ? source : null;
    },
    load(id) {
      if (!library) return null;
      if (id === file) return `export const zhHant = ${objectOf([...properties()].filter(([key]) => !grouped.has(key)).map(([, text]) => text))};`;
      if (!id.startsWith(prefix)) return null;
      const keys = zhHantGroups[id.slice(prefix.length)]!;
      const table = properties();
      return `import { zhHant } from ${JSON.stringify(file)};\nObject.assign(zhHant, ${objectOf(keys.map((key) => table.get(key)!))});`;
    },
    transform(code, id) {
      if (!library || id.startsWith('\0') || !id.includes('/elements/src/') || id.includes('/src/shared/i18n/')) return null;
      const reads = (group: string, key: string) =>
        listWords.has(key) ? id.includes(groupFolders[group]!) && new RegExp(`\\bt\\.${key}\\b`).test(code) : new RegExp(`\\.${key}\\b`).test(code);
      const groups = Object.keys(zhHantGroups).filter((group) => zhHantGroups[group]!.some((key) => reads(group, key)));
      if (groups.length === 0) return null;
      // On the module's first line, before its code: every line keeps its number, so the source maps still point into the
      // sources (`map: null` keeps them as they were).
      return { code: groups.map((group) => `import ${JSON.stringify(prefix + group)};`).join('') + code, map: null };
    },
  };
}

/** A data module the CDN build loads on demand: what it imports, and its stand-in until then. */
interface Slot {
  /** The id of the slot, a module of the shared chunk that holds the stand-in bindings (`\0dz-fold-slot`). */
  readonly slot: string;
  /** The import to redirect to the slot, as written, and the end of the path of the data module that writes it. */
  readonly source: string;
  readonly importer: string;
  /** The data package's module that holds the real bindings, from the repository's root. */
  readonly real: string;
  /** The slot's code: its bindings, as stand-ins, and `fill`, which puts the real ones in their place. */
  readonly slotCode: string;
  /** The names of the real bindings, in the order `fill` takes them. */
  readonly bindings: readonly string[];
  /**
   * For a slot in a chunk the loading chunk must not import (the gauge's): the name under which the loading chunk
   * hands the bindings to {@link wordsRegistry} in the shared chunk, whence the slot takes them if it is loaded.
   */
  readonly registered?: string;
}

/**
 * A module of the shared chunk where a chunk loaded on demand leaves bindings for a slot in a chunk it must not
 * import (the gauge's, which a page with no gauge never loads), and where that slot takes them, now or when they come.
 */
const wordsRegistry = {
  id: '\0dz-words-registry',
  code: [
    'const filled = {}, waiting = {};',
    'export function whenFilled(name, use) { if (filled[name]) use(filled[name]); else (waiting[name] ??= []).push(use); }',
    'export function fill(name, value) { filled[name] = value; for (const use of waiting[name] ?? []) use(value); }',
  ].join('\n'),
};

/** Data modules a page's code loads together, by importing `virtual` (`virtual:dz-fold-table`). */
interface OnDemand {
  /** The plugin's name. */
  readonly name: string;
  readonly virtual: string;
  readonly slots: readonly Slot[];
}

/** A path from the repository's root, as the bundler reads it. */
const fromRoot = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));

/**
 * Data modules as a chunk of their own, loaded on demand: in the CDN build each data package's importer reads the
 * module's bindings from a slot whose bindings are stand-ins until importing `virtual` fills them.
 */
function onDemand(spec: OnDemand): Plugin & { readonly library: () => boolean } {
  let library = false;
  return {
    name: spec.name,
    enforce: 'pre',
    library: () => library,
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    resolveId(source, importer) {
      if (source === spec.virtual) return `\0${spec.virtual}`;
      if (source === wordsRegistry.id) return source;
      const slot = spec.slots.find((s) => source === s.slot || (library && source === s.source && importer?.endsWith(s.importer)));
      return slot?.slot ?? null;
    },
    load(id) {
      if (id === wordsRegistry.id) return wordsRegistry.code;
      const slot = spec.slots.find((s) => s.slot === id);
      if (slot) return slot.slotCode;
      if (id !== `\0${spec.virtual}`) return null;
      return spec.slots
        .map(({ slot, real, bindings, registered }, i) => {
          const names = bindings.map((name) => `${name} as ${name}${i}`).join(', ');
          const args = bindings.map((name) => name + i);
          const from = JSON.stringify(registered ? wordsRegistry.id : slot);
          return `import { ${names} } from ${fromRoot(real)};\nimport { fill as fill${i} } from ${from};\nfill${i}(${(registered ? [JSON.stringify(registered), ...args] : args).join(', ')});`;
        })
        .join('\n');
    },
  };
}

/**
 * The table that folds Traditional Chinese to Simplified (`generated/fold.js` of `@dz-tasks/data`, 3 KB gzip) as a
 * chunk of its own, `virtual:dz-fold-table`, loaded only where something is folded: by `default-plan.lazy.ts` for an
 * element in Simplified Chinese or one that finds units by name, and with the validators (a plan or feed from a URL
 * is indexed by unit names). In the CDN build the data package's `fold.js` reads the table from a slot whose bindings
 * start empty and are filled when that chunk loads; until then it folds nothing. A page in Traditional Chinese
 * showing a gauge, a card or a matrix section never fetches it.
 */
function foldTableOnDemand(): Plugin {
  const table = 'virtual:dz-fold-table';
  const plugin = onDemand({
    name: 'dz-fold-table-on-demand',
    virtual: table,
    slots: [
      {
        slot: '\0dz-fold-slot',
        source: './generated/fold.js',
        importer: '/data/dist/fold.js',
        real: './packages/data/dist/generated/fold.js',
        slotCode: 'export let FOLD_FROM = "", FOLD_TO = "";\nexport function fill(from, to) { FOLD_FROM = from; FOLD_TO = to; }',
        bindings: ['FOLD_FROM', 'FOLD_TO'],
      },
    ],
  });
  return {
    ...plugin,
    transform(code, id) {
      // The validators come with the table: a plan checked from a URL is indexed at once.
      if (!plugin.library() || !id.endsWith('/src/shared/validators.ts')) return null;
      return { code: `import ${JSON.stringify(table)};\n${code}`, map: null };
    },
  };
}

/**
 * The data package's words in a language other than zh-Hant as slots the data modules read: status names and the
 * comparators' words (`words-<lang>.js`, read by `messages.js`, in the shared chunk) and the sentences' pieces
 * (`sentence-<lang>.js`, read by `evaluation-sentence.js`, in the gauge chunk, handed over by {@link wordsRegistry}). Until the language's words load with
 * its UI strings a slot holds copies of zh-Hant's, as the elements show zh-Hant's UI strings until theirs arrive (or
 * if they never do): a word is never missing.
 */
const wordsSlots = (lang: 'zh-hans' | 'en'): Slot[] => [
  {
    slot: `\0dz-words-${lang}-slot`,
    source: `./words-${lang}.js`,
    importer: '/data/dist/messages.js',
    real: `./packages/data/dist/words-${lang}.js`,
    slotCode: [
      `import { words as zhHant } from ${fromRoot('./packages/data/dist/words-zh-hant.js')};`,
      // Every table of words (status, comparator, changeBound…), each a copy its language's fills in place.
      'export const words = Object.fromEntries(Object.entries(zhHant).map(([key, table]) => [key, { ...table }]));',
      'export function fill(real) { for (const key in real) Object.assign(words[key], real[key]); }',
    ].join('\n'),
    bindings: ['words'],
  },
  {
    slot: `\0dz-sentence-${lang}-slot`,
    source: `./sentence-${lang}.js`,
    importer: '/data/dist/evaluation-sentence.js',
    real: `./packages/data/dist/sentence-${lang}.js`,
    slotCode: [
      `import { sentence as zhHant } from ${fromRoot('./packages/data/dist/sentence-zh-hant.js')};`,
      `import { whenFilled } from ${JSON.stringify(wordsRegistry.id)};`,
      'export const sentence = { ...zhHant };',
      `whenFilled('sentence-${lang}', (real) => Object.assign(sentence, real));`,
    ].join('\n'),
    bindings: ['sentence'],
    registered: `sentence-${lang}`,
  },
];

/**
 * What a page in English needs of the data package beyond zh-Hant, as one chunk loaded with the English UI strings
 * (`i18n/en.lazy.ts`), which every element in English waits for before it draws: its words (`words-en.js`) and its
 * amounts (`format-english.js`: `33,000 people`, `CNY 9 billion`), which `describe-target.js` reads from a slot that
 * holds a stand-in (the number as given) until then. A page in Chinese never fetches them.
 */
const englishOnDemand = (): Plugin =>
  onDemand({
    name: 'dz-english-on-demand',
    virtual: 'virtual:dz-english',
    slots: [
      {
        slot: '\0dz-english-slot',
        source: './format-english.js',
        importer: '/data/dist/describe-target.js',
        real: './packages/data/dist/format-english.js',
        slotCode: 'export let formatEnglish = (target, value) => String(value);\nexport function fill(format) { formatEnglish = format; }',
        bindings: ['formatEnglish'],
      },
      ...wordsSlots('en'),
    ],
  });

/**
 * The data package's zh-Hans words, loaded with the zh-Hans UI strings (`i18n/zh-hans.lazy.ts`), and the Simplified
 * forms of the units of measure (`generated/units-hans.js`: 億元 → 亿元), which `describe-target.js` reads from a slot
 * empty until then (a unit is written as the plan has it): a page in Traditional Chinese never fetches them.
 */
const simplifiedOnDemand = (): Plugin =>
  onDemand({
    name: 'dz-zh-hans-on-demand',
    virtual: 'virtual:dz-zh-hans',
    slots: [
      ...wordsSlots('zh-hans'),
      {
        slot: '\0dz-units-hans-slot',
        source: './generated/units-hans.js',
        importer: '/data/dist/describe-target.js',
        real: './packages/data/dist/generated/units-hans.js',
        slotCode: 'export const UNITS_HANS = {};\nexport function fill(units) { Object.assign(UNITS_HANS, units); }',
        bindings: ['UNITS_HANS'],
      },
    ],
  });

/**
 * The judging of a progress report (`shared/gauge/judged-feed.ts`: a target's readings in the report, the one shown, a
 * total read lower than before, a reading not reported this period) with the validators, which every report passes
 * through before an element holds it (a feed's, fetched; a `progress` property's, checked). In the CDN build
 * `judged-target.ts` reads `judgeFeed` from a slot the validators' chunk fills when it loads, so a page of gauges
 * given values (`value`, no feed) never fetches it: 0.4 KB gzip off the one-gauge page (issue 10's 30 KB). The npm
 * build imports it as it is.
 */
function feedJudgingOnDemand(): Plugin {
  const virtual = 'virtual:dz-judged-feed';
  const plugin = onDemand({
    name: 'dz-judged-feed-on-demand',
    virtual,
    slots: [
      {
        slot: '\0dz-judged-feed-slot',
        source: './judged-feed.js',
        importer: '/src/shared/gauge/judged-target.ts',
        real: './packages/elements/src/shared/gauge/judged-feed.ts',
        // No report reaches an element before the validators have loaded, and with them this.
        slotCode: 'export let judgeFeed;\nexport function fill(judge) { judgeFeed = judge; }',
        bindings: ['judgeFeed'],
      },
    ],
  });
  return {
    ...plugin,
    transform(code, id) {
      if (!plugin.library() || !id.endsWith('/src/shared/validators.ts')) return null;
      return { code: `import ${JSON.stringify(virtual)};\n${code}`, map: null };
    },
  };
}

/**
 * Fields of the plan that no element reads, left out of the CDN's parts: where each task and target was found in the
 * source text (`source`, `offset`, `quote`), the source file, and the extractor's notes on a target (`partOf`,
 * `sameAs`, and `firmness` but where it is `strive`: a target's words say 力爭, F195). The npm build's plan keeps them;
 * `bundle.test.ts` checks they stay out of the CDN folder.
 */
const unreadFields = { plan: ['source'], tasks: ['source'], targets: ['quote', 'offset', 'firmness', 'partOf', 'sameAs'] } as const;

/** A compact core without {@link unreadFields}. */
function withoutUnread<T extends Record<string, unknown>>(core: T): T {
  const drop = (item: unknown, fields: readonly string[]) =>
    Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([key, value]) => !fields.includes(key) || (key === 'firmness' && value === 'strive')));
  const lists = Object.fromEntries(
    (['tasks', 'targets'] as const).map((list) => [list, (core[list] as unknown[]).map((item) => drop(item, unreadFields[list]))]),
  );
  return { ...drop(core, unreadFields.plan), ...lists } as T;
}

/**
 * The Dezhou plan cut by section for the CDN (`splitBySection` of `@dz-tasks/data`): `virtual:dz-plan-parts` exports a
 * loader per whole-plan part (the base, the units, every task, every target) and `named(name)`, one of the parts, all
 * emitted as chunks named for them (each section's tasks, targets and bodies, `tasks-s04`, and each task's targets,
 * `targets-t09`), so each part is a chunk of its own and `default-plan.lazy.ts` fetches only the parts its elements
 * show.
 */
function dezhouPlanParts(): Plugin & { fileNameOf(chunk: PreRenderedChunk): string | undefined } {
  const table = 'virtual:dz-plan-parts';
  const partPrefix = 'virtual:dz-plan-part/';
  let parts: Map<string, unknown> | undefined;
  /** A hash of every part: the parts' file names end with it (see `fileNameOf`). */
  let partsHash: string | undefined;
  async function allParts(): Promise<Map<string, unknown>> {
    if (parts) return parts;
    const { dezhouCoreCompact, splitBySection } = await import('@dz-tasks/data/dezhou-2023/core');
    const { dezhouBodiesHant } = await import('@dz-tasks/data/dezhou-2023/bodies.zh-Hant');
    const { dezhou } = await import('@dz-tasks/data/dezhou-2023');
    const split = splitBySection(withoutUnread(dezhouCoreCompact), dezhouBodiesHant);
    // The units in the whole plan's order (each keeps its place in the plan's list): a page that loads a few sections'
    // tasks still orders units as the whole plan does (`default-plan.lazy.ts`).
    const unitOrder = dezhou().index.unitOrder;
    const rank = (item: readonly [number, unknown]) => unitOrder.get((item[1] as { id: string }).id)!;
    parts = new Map<string, unknown>([
      // The outline of where each task and target is, compacted (`plan-outline.ts`): every page loads the base.
      ['base', compactOutline(split.base)],
      ['units', [...split.units].sort((a, b) => rank(a) - rank(b))],
      // Every section's tasks (a whole matrix, a unit summary): one chunk compresses better than eleven.
      ['all-tasks', Object.values(split.sections).flatMap((section) => section.tasks)],
      // A unit summary and a plan overview need every section's targets: one chunk too.
      ['all-targets', Object.values(split.sections).flatMap((section) => section.targets)],
    ]);
    for (const [id, section] of Object.entries(split.sections)) {
      for (const [kind, value] of Object.entries(section)) parts.set(`${kind}-${id}`, value);
      // Each task's targets alone: a gauge shows one target, and its task's few cost a page less than its section's.
      for (const placed of section.targets) {
        const task = (placed[1] as { taskId: string }).taskId;
        parts.set(`targets-${task}`, [...((parts.get(`targets-${task}`) as unknown[] | undefined) ?? []), placed]);
      }
    }
    partsHash = createHash('sha256').update(JSON.stringify([...parts])).digest('base64url').slice(0, 8);
    return parts;
  }
  return {
    /**
     * A part's file name: `dz-<part>-<hash of every part>.js`. The table of parts in `dz-shared` names them all (37
     * for the seed), and one hash repeated compresses where 37 would not: 0.3 KB gzip less on every page. Any change
     * to the plan renames every part, so a cache never serves an old one.
     */
    fileNameOf(chunk) {
      const id = chunk.facadeModuleId;
      return id?.startsWith(`\0${partPrefix}`) && partsHash ? `dz-${id.slice(`\0${partPrefix}`.length)}-${partsHash}.js` : undefined;
    },
    name: 'dz-plan-parts',
    resolveId(source) {
      if (source === table || source.startsWith(partPrefix)) return `\0${source}`;
      return null;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:dz-plan-part')) return null;
      const all = await allParts();
      if (id === `\0${table}`) {
        // Every part is named, not listed: a table of them in dz-shared (on every page) would cost a line per part (0.2
        // KB gzip for the seed's 33 section parts; a literal import() of each whole-plan part, 15 bytes). Each is a
        // chunk emitted under its file name, which the page's import resolves beside dz-shared.
        for (const name of all.keys()) this.emitFile({ type: 'chunk', id: partPrefix + name, fileName: `dz-${name}-${partsHash}.js`, preserveSignature: 'strict' });
        return [
          `export const named = (name) => import(/* @vite-ignore */ \`./dz-\${name}-${partsHash}.js\`).then((m) => m.default);`,
          `export const base = () => named('base');`,
          `export const units = () => named('units');`,
          `export const tasks = () => named('all-tasks');`,
          `export const targets = () => named('all-targets');`,
        ].join('\n');
      }
      const name = id.slice(`\0${partPrefix}`.length);
      if (!all.has(name)) return null;
      return `export default ${JSON.stringify(all.get(name))};`;
    },
  };
}

/**
 * The CDN build's chunks compressed by terser before Rolldown's own minifier, which then mangles them (a
 * `renderChunk` hook runs before it): three passes free about 260 bytes gzip on a one-gauge page (issue 10's 30 KB
 * budget) for about 3 s of build on two cores (terser's own mangling would cost 6 s more for 15 bytes); pure getters
 * 18 more (no getter of ours or Lit's is read for a side effect alone: the CDN page tests run on this build); arrows
 * for the functions it inlines once (`function(e){…}(x)`) 35 more (terser makes an arrow only of a function that reads
 * no `this`, `arguments` or `new.target`, and none of ours is constructed or has its `prototype` read); inlining
 * only simple functions and keeping `if … return` as written 19 bytes more across the gauge page. Every chunk
 * goes to browsers as it is, so nothing is kept for a later bundler; the source maps are chained.
 */
function terserChunks(): Plugin {
  let library = false;
  return {
    name: 'dz-terser-chunks',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib); // not Storybook's build, which reads this file too
    },
    async renderChunk(code) {
      if (!library) return null;
      const out = await terser(code, { module: true, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, inline: 1, if_return: false }, mangle: false, format: { comments: false }, sourceMap: { asObject: true } });
      return { code: out.code!, map: out.map as never };
    },
  };
}

/**
 * The CDN chunks that other chunks import by name export their bindings under their own (minified) names: the
 * bundler names an export apart from its binding (`export{st as $,…}`), and each pair costs gzip more than a name
 * alone (`export{st,…}`); the importers' lists name the new exports (`import{st as e}`). About 0.2 KB gzip off every
 * page (issue 10's 30 KB for one gauge). Only chunks imported by a static `import{…}from` alone: a chunk imported
 * with `import()` is read by its export names in code (`m.default`, `e.en`), and is left as it is, as are the entries
 * (the loader, the plan's parts) and any chunk exported under two names or imported otherwise. The source maps
 * follow: the edits' map (magic-string) composed with the chunk's (@jridgewell/remapping).
 */
function exportLocalNames(): Plugin {
  let library = false;
  /** The chunks to rewrite, by their file names before hashing (see `augmentChunkHash`). */
  const rewritten = new Set<string>();
  /** Whether `chunk` is rewritten: no entry, imported by name by some chunk of `all`, with `import()` by none. */
  const rewritable = (chunk: RenderedChunk, all: readonly RenderedChunk[]) =>
    !chunk.isEntry && all.some((other) => other.imports.includes(chunk.fileName)) && !all.some((other) => other.dynamicImports.includes(chunk.fileName));
  return {
    name: 'dz-export-local-names',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    renderStart() {
      rewritten.clear();
    },
    renderChunk(_code, chunk, _options, meta) {
      if (library && rewritable(chunk, Object.values(meta.chunks))) rewritten.add(chunk.fileName);
      return null;
    },
    // The rewrite comes after the names are hashed (it needs every chunk's final code): a chunk rewritten gets a hash of
    // its own, and so every chunk that imports it (a chunk's hash covers those of its imports), so that a hashed name
    // never stands for two contents (review r104 M1: a site's cache holding the chunk as built before, unrewritten,
    // beside the new importers that name its new exports).
    augmentChunkHash(chunk) {
      return rewritten.has(chunk.fileName) ? 'dz-export-local-names' : undefined;
    },
    generateBundle(_options, bundle) {
      if (!library) return;
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      /** A static named import of `file`: `import{a as b,c}from"./file"`. */
      const namedImport = (file: string) => new RegExp(String.raw`import\{([\w$, ]*)\}from"\./${file.replace(/[.$]/g, '\\$&')}"`, 'g');
      const edits = new Map<OutputChunk, { start: number; end: number; text: string }[]>();
      const edit = (chunk: OutputChunk, start: number, end: number, text: string) => {
        if (!edits.has(chunk)) edits.set(chunk, []);
        edits.get(chunk)!.push({ start, end, text });
      };
      for (const chunk of chunks) {
        if (!rewritable(chunk, chunks)) continue;
        const exported = /export\{([\w$, ]*)\};?\s*$/.exec(chunk.code);
        if (!exported) continue;
        const local = new Map(exported[1]!.split(',').map((part) => part.split(' as ')).map(([binding, name = binding]) => [name!, binding!]));
        if (new Set(local.values()).size !== local.size) continue;
        // Every mention of the chunk's file in another chunk must be a named import this plugin rewrites: what decides it
        // beside the chunk's own code, which its hash does not cover, so another mention fails the build.
        const importers = chunks.filter((other) => other.code.includes(`./${chunk.fileName}`));
        const mentions = (code: string) => code.split(`./${chunk.fileName}`).length - 1;
        const other = importers.find((importer) => [...importer.code.matchAll(namedImport(chunk.fileName))].length !== mentions(importer.code));
        if (other) throw new Error(`dz-export-local-names: ${other.fileName} names ${chunk.fileName} other than in import{…}from; check this plugin`);
        edit(chunk, exported.index, exported.index + exported[0].trimEnd().length, `export{${[...local.values()].join(',')}}`);
        for (const other of importers) {
          for (const match of other.code.matchAll(namedImport(chunk.fileName))) {
            const names = match[1]!.split(',').map((part) => {
              const [name, binding = name] = part.split(' as ');
              const renamed = local.get(name!)!;
              return renamed === binding ? renamed : `${renamed} as ${binding}`;
            });
            const start = match.index + 'import{'.length;
            edit(other, start, start + match[1]!.length, names.join(','));
          }
        }
      }
      for (const [chunk, list] of edits) {
        const edited = new MagicString(chunk.code);
        for (const { start, end, text } of list) edited.overwrite(start, end, text);
        chunk.code = edited.toString();
        // With hidden source maps each map is an asset of the bundle by now, written as it is: the edits' map (the
        // new code to the chunk as built) composed with it.
        const asset = bundle[`${chunk.fileName}.map`];
        if (asset?.type === 'asset' && typeof asset.source === 'string') {
          const built = JSON.parse(asset.source) as SourceMapInput & { file?: string };
          const map = remapping([edited.generateMap({ hires: true, source: chunk.fileName }).toString(), built], () => null);
          asset.source = JSON.stringify({ ...map, file: built.file });
        }
      }
    },
  };
}

/**
 * Lit's errors for a misuse of its `css` tag, which the CDN's code never makes (every style is a `css` literal whose
 * interpolations are `css` or `unsafeCSS` results, and nothing else constructs a `CSSResult`; no page reaches Lit's
 * exports), said in a few words in the CDN build: its advice in a sentence no reader meets cost every page 0.1 KB gzip
 * (issue 10's 30 KB for one gauge). A Lit whose words differ fails the build, so the change is never lost unnoticed.
 * The module's source map follows the shorter text.
 */
const litCssErrors: readonly (readonly [string, string])[] = [
  ["Value passed to 'css' function must be a 'css' function result: \"+t+\". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.", 'not a CSSResult: "+t+"'],
  ['CSSResult is not constructable. Use `unsafeCSS` or `css` instead.', 'CSSResult is not constructable'],
];

/** {@link litCssErrors} made short in the CDN build's copy of Lit's `css-tag.js`. */
function litCssErrorsShort(): Plugin {
  let library = false;
  return {
    name: 'dz-lit-css-errors-short',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    transform(code, id) {
      if (!library || !id.includes('/node_modules/@lit/reactive-element/css-tag.js')) return null;
      const edited = new MagicString(code);
      for (const [long, short] of litCssErrors) {
        const start = code.indexOf(long);
        if (start === -1) throw new Error(`dz-lit-css-errors-short: Lit's css-tag.js no longer says ${JSON.stringify(long)}`);
        edited.overwrite(start, start + long.length, short);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * The CDN build's Lit styles (`css\`…\`` in `*.styles.ts`) without comments and layout whitespace
 * ({@link minifyLitCss}, which the npm build's `dist` gets too): the minifier leaves template text alone.
 * Interpolations (`${…}`) are kept as they are.
 */
function minifyLitCssPlugin(): Plugin {
  let library = false;
  return {
    name: 'dz-minify-lit-css',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    transform(code, id) {
      if (!library || !/\/src\/.*\.styles\.ts$/.test(id)) return null;
      return { code: minifyLitCss(code).code, map: null };
    },
  };
}

/**
 * Types for the package export `./cdn/dz-elements.js`, so a TypeScript import of the loader is typed (and
 * arethetypeswrong finds types for every export). The loader exports nothing; it registers the dz- tags, typed as
 * `all.js` types them (`HTMLElementTagNameMap`, the events). Library build only: Storybook emits no loader.
 */
function loaderTypes(): Plugin {
  let library = false;
  return {
    name: 'dz-cdn-loader-types',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    generateBundle() {
      if (!library) return;
      const source = [
        '// The CDN loader exports nothing: it loads and registers the dz- elements (<dz-task-card>, <dz-task-matrix>,',
        '// <dz-target-gauge>, <dz-unit-summary>, <dz-plan-overview>) when the page shows them. Their types are those of',
        '// @dz-tasks/elements/all.js; `window.dzElements` takes the shadow roots an app hands over.',
        "import type {} from '../all.js';",
        "import type {} from '../shared/handed-roots.js';",
        'export {};',
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'dz-elements.d.ts', source });
    },
  };
}

/** The modules of the `dz-shared` chunk: those every element needs (see `codeSplitting` below). */
const sharedChunk = new RegExp(
  [
    String.raw`/node_modules/(lit/index|lit-html/(lit-html|directive|is-server)\.js|lit-element/lit-element|@lit/reactive-element/)`,
    String.raw`/elements/src/shared/(base-element|i18n/(language|strings|ui-strings|zh-hant)|check-inputs|css-props|default-plan|define|events|gauge/trend-module|glyphs|inputs|load-json|load-task\.ts|page-alerts|plan-outline|plan-scope|preloaded|problem-words\.ts|shared\.styles|timeout)`,
    String.raw`/data/dist/(fold|format-number|local-date|messages|words-zh-hant|parse/numerals|plan-lookups|plan-index|plan-parts|section-of|queries/(get-section|get-target|get-task|get-unit|reference-number|targets-of|units-of-task))\.js`,
    // The gauge's plan scope (its class's `planScope`), beside the plan's loader that calls it: in the gauge's own
    // chunk it would import its helpers from this one, 60 bytes more on the one-gauge page.
    String.raw`/elements/src/target-gauge/gauge-scope\.ts$`,
    // The table of the plan's parts (`dezhouPlanParts`), not the parts; the slot of the fold table, not the table.
    String.raw`^\0virtual:dz-plan-parts$`,
    String.raw`^\0dz-fold-slot$`,
    String.raw`^\0dz-english-slot$`,
    String.raw`^\0dz-words-((zh-hans|en)-slot|registry)$`,
    // The bundler's runtime helpers, which would otherwise land in whichever chunk first needs them.
    String.raw`^\0rolldown/runtime`,
  ].join('|'),
);

/**
 * The licences of the third-party code in the CDN chunks (Lit, zod, exceljs…), in `dist/cdn/THIRD-PARTY-LICENSES.txt`
 * beside them: the minified chunks drop the `@license` comments, and BSD and MIT ask a copy of the notice to travel with
 * the code. Its own file, so no page pays bytes for it.
 */
function thirdPartyLicenses(): Plugin {
  // The package is CommonJS (`module.exports = plugin`) but its types say `export default`: the default import is the
  // plugin itself at run time, its types' `default` to TypeScript.
  const rollupPluginLicense = license as unknown as typeof license.default;
  const plugin = rollupPluginLicense({
    thirdParty: {
      includePrivate: false,
      output: { file: `${elements}dist/cdn/THIRD-PARTY-LICENSES.txt` },
    },
  }) as Plugin;
  // Only the CDN build: Storybook's build reads this config too, and its bundle is not the CDN folder's.
  return { ...plugin, apply: (config, { command }) => command === 'build' && !!config.build?.lib };
}

const planParts = dezhouPlanParts();

/** The name of a chunk whose module's own name says little: the fold table (a virtual module), a language's UI strings. */
const chunkName = (facade: string | null): string | undefined => {
  if (facade === '\0virtual:dz-fold-table') return 'fold-table';
  const language = /\/src\/shared\/i18n\/(en|zh-hans)(?:\.lazy)?\.ts$/.exec(facade ?? '')?.[1];
  return language && `strings-${language}`;
};

export default defineConfig({
  plugins: [lazyDefaultPlan(), zhHantStringsByUse(), planParts, foldTableOnDemand(), englishOnDemand(), simplifiedOnDemand(), feedJudgingOnDemand(), litCssErrorsShort(), minifyLitCssPlugin(), terserChunks(), exportLocalNames(), loaderTypes(), thirdPartyLicenses()],
  root: elements,
  logLevel: 'info',
  // Class fields as the elements' tsconfig compiles them (`useDefineForClassFields: false`: a field with an initializer
  // does not shadow Lit's accessor), and legacy decorators where a test still writes them.
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
    // Each chunk's map is written beside it (`dz-shared-….js.map`), but not named at the chunk's end: the
    // `//# sourceMappingURL=` comments cost every page about 0.14 KB gzip of its budget (issue 10; the one-gauge page
    // has 30 KB). A developer loads a map by hand in the browser's tools (Chromium: "Add source map…").
    sourcemap: 'hidden',
    reportCompressedSize: true,
    lib: {
      entry: 'src/cdn/loader.ts',
      formats: ['es'],
      fileName: () => 'dz-elements.js',
    },
    rolldownOptions: {
      // The loader exports nothing (and must not: it runs as a classic script too); required by
      // `includeDependenciesRecursively: false` below.
      preserveEntrySignatures: false,
      // Library mode keeps the whitespace of ES output (for a user's bundler to shake); these chunks go to browsers as
      // they are, so they are minified whole.
      output: {
        chunkFileNames: (chunk) => planParts.fileNameOf(chunk) ?? `dz-${chunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
        minify: true,
        comments: { annotation: false },
        // What every element needs in one chunk, `dz-shared`: Lit (lit-html too: the hydration chunk imports it, which
        // had cut it from the rest), the base element, the UI strings, the plan's loading and lookups. One chunk
        // compresses better than several, and each file fetched costs gzip's overhead. The rest is left to the
        // bundler: each element's own chunk, what some elements share (the gauge's formatting, the matrix's view),
        // and what loads only when needed (hydration, input reports, plan parts, validators).
        codeSplitting: {
          // Only the modules named: a barrel's imports (`@dz-tasks/data`'s index) would otherwise all follow.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'shared', test: sharedChunk },
            // What a gauge draws with, in one chunk (a target's evaluation and words, the shared gauge templates, the
            // trend, dates): the gauge, the card and the unit summary load all of it, and one file compresses better.
            // Not the target list items only the card and the unit summary show (`target-item*.ts`, `compact-gauge*.ts`), nor the trend,
            // which loads with the first feed (its loader, `trend-module`, is in dz-shared with the feeds' loading).
            // Nor the judging of a report (`judged-feed.ts`, the data package's `latest-progress.js`), which comes with
            // the validators every report passes through (`feedJudgingOnDemand`): 0.4 KB off a page of gauges given values.
            {
              name: 'gauge',
              test: /\/src\/shared\/gauge\/(?!target-item|trend|compact-gauge|judged-feed)|^\0virtual:dz-zh-hant\/gauge$|^\0dz-(sentence-(zh-hans|en)|units-hans|judged-feed)-slot$|\/data\/dist\/(evaluate-target|evaluation-sentence|invalid-reading-error|read-value|describe-target|unpaced|built-up|format-percent|target-band|target-kinds|sentence-zh-hant|running-total|iso-date|bounded-memo)\.js$/,
            },
            // What the first load of a page (a `plan-src`, a feed) needs, in one chunk: the running of loads with
            // `@lit/task` (`load-task.run.ts`, imported by the first load, see load-task.ts) and the fetching it then
            // imports, so one request brings both.
            { name: 'fetch-json', test: /\/@lit\/task\/|\/src\/shared\/(fetch-json|shared-requests|fetch-problems|load-task\.run)\.ts$/ },
            // No group for what a page imports on demand alone (the fold table, each language's UI strings): a group's
            // chunk is no module's own, so its import() needs a namespace made by the bundler's runtime, which was a
            // chunk of its own on every page in zh-Hans or English. They are chunks of their own anyway.
          ],
        },
      },
    },
  },
});
