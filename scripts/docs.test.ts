/**
 * The documentation stays true: generated files match what generates them, the CMS guide has a snippet for every
 * attribute and every screenshot it shows comes from scripts/screenshots.ts, links resolve, and the stories' sample
 * feeds are valid (and labelled) sample data.
 *
 *   node --import tsx --test scripts/docs.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dezhou } from '../packages/data/src/dezhou-2023.js';
import { FOLD_FROM } from '../packages/data/src/generated/fold.js';
import { createPlanApi, parseProgressReport, Status, statusLabels } from '../packages/data/src/index.js';
import { statusGlyphs } from '../packages/elements/src/shared/glyphs.js';
import { stableRatePlan } from '../stories/support/stable-rate-plan.js';
import sharedStyles from '../packages/elements/src/shared/shared.styles.js';
import taskColors from '../packages/elements/src/shared/task-colors.styles.js';
import { tokenGroups } from '../stories/support/tokens.js';
import { unresolvedImports } from './lib/import-map.js';
import { mountTemplate } from './lib/vue-stub-renderer.js';
import { nextTick, ref } from 'vue';
import { screenshotFiles, snippetOf, snippetShots } from './screenshots.js';
import { progressReportJsonSchema, schemaFile } from './write-json-schema.js';
import { targetList, targetListFile } from './write-target-list.js';
import { zhHansStrings, zhHansStringsFile } from './write-zh-hans-strings.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const docs = join(repo, 'docs');
const read = (path: string) => readFileSync(path, 'utf8');
const cmsGuide = read(join(docs, 'guide-cms-editors.md'));
const markdownFiles = readdirSync(docs).filter((f) => f.endsWith('.md'));

/** The ```html blocks of a Markdown text. */
const htmlBlocks = (markdown: string) => [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('generated documentation files are current', () => {
  test('docs/progress-report.schema.json is what z.toJSONSchema(ProgressReportSchema) gives', () => {
    assert.equal(read(schemaFile), progressReportJsonSchema(), 'run npx tsx scripts/write-json-schema.ts');
  });

  test('the JSON Schema requires plan, asOf and entries, and target and value in each entry', () => {
    const schema = JSON.parse(read(schemaFile));
    assert.deepEqual(schema.required, ['plan', 'asOf', 'entries']);
    assert.deepEqual(schema.properties.entries.items.required, ['target', 'value']);
    assert.equal(schema.properties.entries.items.properties.value.type, 'number');
  });

  test('docs/targets.md lists every target of the plan and is what the data gives', () => {
    const text = read(targetListFile);
    assert.equal(text, targetList(), 'run npx tsx scripts/write-target-list.ts');
    for (const target of dezhou().plan.targets) assert.ok(text.includes(`\`${target.id}\``), target.id);
  });

  test('the elements’ Simplified UI strings are what OpenCC makes of the Traditional ones', () => {
    assert.equal(read(zhHansStringsFile), zhHansStrings(), 'run npx tsx scripts/write-zh-hans-strings.ts');
  });
});

describe('the CMS editors guide', () => {
  const manifest = JSON.parse(read(join(repo, 'packages/elements/custom-elements.json'))) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string; default?: string }[]; members?: { name: string; default?: string }[] }[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const snippets = htmlBlocks(cmsGuide).join('\n');

  test('custom-elements.json describes the five elements', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), ['dz-plan-overview', 'dz-target-gauge', 'dz-task-card', 'dz-task-matrix', 'dz-unit-summary']);
  });

  test('custom-elements.json gives every default as a value, never as the name of a constant (timeout: 15)', () => {
    const named = elements.flatMap((e) => [...(e.members ?? []), ...(e.attributes ?? [])].filter((m) => /^[A-Z][A-Z0-9_]+$/.test(m.default ?? '')).map((m) => `${e.tagName} ${m.name} = ${m.default}`));
    assert.deepEqual(named, []);
    assert.ok(elements.every((e) => e.attributes?.find((a) => a.name === 'timeout')?.default === '15'), 'every element\'s timeout is 15 by default');
  });

  for (const element of elements) {
    test(`has a snippet using every attribute of <${element.tagName}>`, () => {
      const tags = [...snippets.matchAll(new RegExp(`<${element.tagName}\\b[^>]*>`, 'g'))].map((m) => m[0]);
      assert.ok(tags.length > 0, `no <${element.tagName}> snippet`);
      const missing = (element.attributes ?? [])
        .map((a) => a.name)
        .filter((name) => !tags.some((tag) => new RegExp(`\\s${name}(=|\\s|>)`).test(tag)));
      assert.deepEqual(missing, [], `attributes without a snippet: ${missing.join(', ')}`);
    });
  }

  test('prints the snippet of every screenshot it shows, verbatim', () => {
    for (const shot of snippetShots) {
      if (cmsGuide.includes(`images/${shot.file}`)) assert.ok(snippets.includes(snippetOf(shot)), snippetOf(shot));
    }
  });

  test('shows every screenshot the script takes, and only those', () => {
    const shown = [...cmsGuide.matchAll(/\]\(images\/([^)]+)\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(shown)].sort(), [...screenshotFiles].sort());
  });

  test('its table of statuses has a row for every status, with the glyph and the words the elements show', () => {
    const rows = [...cmsGuide.matchAll(/^\| (\S+) \| (\S+) \| ([\w ]+) \| .+ \|$/gm)].map(([, glyph, zh, en]) => [glyph, zh, en]);
    const expected = Object.values(Status).map((status) => [statusGlyphs[status], statusLabels['zh-Hant'][status], statusLabels.en[status]]);
    assert.deepEqual(rows.filter(([glyph]) => expected.some(([g]) => g === glyph)), expected);
  });

  test('has Chinese and English in every part', () => {
    for (const part of cmsGuide.split(/\n## /).slice(1)) {
      const heading = part.split('\n')[0]!;
      assert.match(part, /[\u4e00-\u9fff]/, `${heading}: no Chinese`);
      assert.match(part, /\b(the|and|of)\b/, `${heading}: no English`);
    }
  });
});

describe('what the READMEs, guides and Storybook say of the plan and the elements is true', () => {
  const pages = ['README.md', 'docs/README.md', 'packages/data/README.md', 'packages/elements/README.md', 'docs/guide-cms-editors.md', 'stories/Introduction.mdx'];
  const tags = ['dz-task-card', 'dz-task-matrix', 'dz-target-gauge', 'dz-unit-summary', 'dz-plan-overview'];

  test('every count of the plan they give is the plan\'s: sections, tasks, units, targets', () => {
    const plan = dezhou().plan;
    const counts: Record<string, number> = { sections: plan.sections.length, tasks: plan.tasks.length, units: plan.units.length, targets: plan.targets.length };
    // The plan's totals, as the pages write them: "11 sections, 69 tasks, 48 responsible units", "all 69 tasks",
    // "(69 tasks, 48 units, 157 targets)", "and 157 quantitative targets", 69 項任務、48 個責任單位 (not a unit's 28 tasks).
    const words: [RegExp, keyof typeof counts][] = [
      [/(\d+) sections/g, 'sections'],
      [/(?:sections, |all |\()(\d+) tasks/g, 'tasks'],
      [/(\d+) 項任務、/g, 'tasks'],
      [/tasks, (\d+) (?:responsible )?units/g, 'units'],
      [/(\d+) 個責任單位/g, 'units'],
      [/(?:units, |and\s+)(\d+)\s+(?:quantitative\s+)?targets/g, 'targets'],
      [/(\d+) 個量化目標/g, 'targets'],
    ];
    let found = 0;
    for (const page of pages) {
      const text = read(join(repo, page)).replace(/\*\*/g, '');
      for (const [pattern, what] of words) {
        for (const m of text.matchAll(pattern)) {
          found++;
          assert.equal(Number(m[1]), counts[what], `${page}: "${m[0].trim()}" — the plan has ${counts[what]} ${what}`);
        }
      }
    }
    assert.ok(found >= 8, `the counts were found (${found})`);
  });

  test('the size the data README gives of the script-folding table is the generated table\'s', () => {
    const said = /mapped to that form; (\d+) entries/.exec(read(join(repo, 'packages/data/README.md')));
    assert.ok(said, 'the data README gives the folding table\'s size');
    assert.equal(Number(said[1]), [...FOLD_FROM].length);
  });

  test('where they list the elements, they name all five', () => {
    for (const page of ['docs/README.md', 'packages/elements/README.md', 'docs/guide-cms-editors.md', 'stories/Introduction.mdx']) {
      const text = read(join(repo, page));
      assert.doesNotMatch(text, /three (?:web )?components|Three elements|三個元件/, page);
      for (const tag of tags) assert.ok(text.includes(`<${tag}>`) || text.includes(`\`${tag}\``), `${page} names ${tag}`);
    }
  });

  test('Storybook tells a CMS editor to copy the whole CDN folder, not the loader alone', () => {
    const intro = read(join(repo, 'stories/Introduction.mdx'));
    assert.doesNotMatch(intro, /Upload `dz-elements\.js`|將 `dz-elements\.js` 上傳/);
    assert.match(intro, /packages\/elements\/dist\/cdn\//);
  });
});

describe('the developers guide\'s React 18 code compiles as written', () => {
  test('its declaration and its component are the React 18 consumer\'s files (compiled on React 18\'s types by npm run typecheck)', () => {
    // A React review: the example used <dz-task-matrix> with no JSX type for it under React 18, a compile error.
    const guide = read(join(docs, 'guide-developers.md'));
    const react18 = guide.slice(guide.indexOf('**React 18**'), guide.indexOf('**Server rendering'));
    const blocks = [...react18.matchAll(/```tsx?\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const consumer = join(repo, 'packages/elements/test-consumers/react18');
    assert.deepEqual(blocks, [read(join(consumer, 'dz-elements.d.ts')), read(join(consumer, 'Matrix.tsx'))]);
  });
});

describe('the developers guide\'s import map loads the packages without a bundler', () => {
  test('every import of the browser entries\' modules, the packages\' and their dependencies\', is resolved by the map', async () => {
    const guide = read(join(docs, 'guide-developers.md'));
    const block = /<script type="importmap">\n([\s\S]*?)<\/script>/.exec(guide)?.[1];
    assert.ok(block, 'docs/guide-developers.md shows no <script type="importmap">');
    const entries = ['@dz-tasks/elements/all.js', '@dz-tasks/elements', '@dz-tasks/elements/hydrate-support.js', '@dz-tasks/data', '@dz-tasks/data/dezhou-2023'];
    // The map's /node_modules/… URLs are read from this repository's node_modules, where npm installed them as in an app.
    assert.deepEqual(await unresolvedImports(JSON.parse(block), entries, repo), []);
  });
});

describe('the developers guide on a gauge\'s value in Vue', () => {
  test('Vue 3.5 sets 0 for :value="undefined" once the value was a number, and the guide binds it with .attr', async () => {
    // Vue's patchDOMProp writes 0 for null, undefined or '' where the property holds a number (vuejs/core#14209): a
    // gauge whose value went away showed 0, "seriously behind" (review r75). `:value.attr` removes the attribute instead.
    const maybe = ref<number | undefined>(2100);
    const { elements: [asProperty, asAttribute], app } = mountTemplate(
      '<dz-target-gauge :value="maybe" /><dz-target-gauge :value.attr="maybe" />',
      () => ({ maybe }),
    );
    assert.equal(asProperty!.value, 2100);
    assert.equal(asAttribute!.attributes.get('value'), '2100');
    maybe.value = undefined;
    await nextTick();
    assert.equal(asAttribute!.attributes.has('value'), false, 'the attribute is removed');
    assert.equal(asAttribute!.value, undefined, 'and no property set');
    app.unmount();
    // When Vue passes undefined on (a fix of #14209), this fails: say so in the guide, and keep .attr for older Vue.
    assert.equal(asProperty!.value, 0, 'Vue no longer writes 0: update the guide\'s Vue section');
    const vue = read(join(docs, 'guide-developers.md')).split('\n## Vue\n')[1]!.split('\n## ')[0]!;
    assert.match(vue, /<dz-target-gauge[^>]*:value\.attr="/, 'the Vue example binds the gauge\'s value with .attr');
    assert.match(vue, /vuejs\/core#14209|vuejs\/core\/issues\/14209/);
  });
});

describe('links and images in docs/*.md resolve', () => {
  for (const file of markdownFiles) {
    test(file, () => {
      const text = read(join(docs, file));
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#|\?)/.test(target!)) continue;
        const path = resolve(dirname(join(docs, file)), target!.split('#')[0]!);
        assert.ok(existsSync(path), `${file} links to ${target}, which does not exist`);
      }
    });
  }
});

describe('the stories\' sample feeds', () => {
  const sampleDir = join(repo, 'stories/sample-data');
  const plan = dezhou().plan;

  test('progress-sample.json is a valid report for the Dezhou plan, every entry labelled sample data', () => {
    const report = JSON.parse(read(join(sampleDir, 'progress-sample.json')));
    const result = parseProgressReport(report, plan);
    assert.deepEqual(result.issues, []);
    for (const entry of report.entries) assert.match(entry.note, /示例數據.*Sample data/, entry.target);
  });

  test('each "Status: …" gauge story shows the status it is named after, from the sample feed or from its attributes', () => {
    const api = dezhou();
    const report = JSON.parse(read(join(sampleDir, 'progress-sample.json'))) as { asOf: string; entries: { target: string; value: number; asOf?: string }[] };
    const source = read(join(repo, 'stories/target-gauge.stories.ts'));
    // A target set as attributes is an id (`target: 't14.3'`) or the picker's option for it (`target: targetOption('t14.3')`).
    const stories = [...source.matchAll(/name: 'Status: ([\w ]+)', args: (?:fromFeed\('(t[\d.]+)'\)|\{ target: (?:'(t[\d.]+)'|targetOption\('(t[\d.]+)'\)), value: '([\d.]+)', 'as-of': '([\d-]+)' \})/g)];
    const shown = stories.map(([, name, feedTarget, id, optionId, value, asOf]) => {
      // A story from the feed shows the target's latest entry; the sample feed has one entry per target.
      const entry = feedTarget ? report.entries.find((e) => e.target === feedTarget)! : { target: (id ?? optionId)!, value: Number(value), asOf };
      const { status } = api.evaluateTarget(api.getTarget(entry.target)!, { value: entry.value, asOf: entry.asOf ?? report.asOf });
      return [name!.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()), status];
    });
    assert.deepEqual(shown.map(([name]) => name).sort(), ['behind', 'met', 'missed', 'notStarted', 'onTrack', 'seriouslyBehind']);
    for (const [name, status] of shown) assert.equal(status, name);
  });

  test('the "All statuses" story gives a reading for every status, and the "Measure kinds" story one target of each kind', () => {
    const api = dezhou();
    const source = read(join(repo, 'stories/target-gauge.stories.ts'));
    const block = (name: string) => source.slice(source.indexOf(`const ${name} = [`), source.indexOf('] as const;', source.indexOf(`const ${name} = [`)));
    const readings = [...block('statusReadings').matchAll(/target: '(t[\d.]+)', value: '([^']+)', asOf: '([\d-]+)'(, plan: stableRatePlan)?/g)];
    const stableRate = createPlanApi(stableRatePlan);
    const statuses = readings.map(([, id, value, asOf, plan]) => {
      const from = plan ? stableRate : api;
      return from.evaluateTarget(from.getTarget(id!)!, { value: Number(value), asOf: asOf! }).status;
    });
    assert.deepEqual(statuses, Object.values(Status));
    const kinds = [...block('measureKinds').matchAll(/measure: '(\w+)', target: '(t[\d.]+)'/g)];
    for (const [, measure, id] of kinds) assert.equal(api.getTarget(id!)!.measure, measure, id);
    assert.deepEqual(kinds.map((k) => k[1]).sort(), ['ceiling', 'change', 'designation', 'flow', 'growth', 'level', 'rate']);
  });

  test('bad-feed.json fails validation at entries[0].value', () => {
    const result = parseProgressReport(JSON.parse(read(join(sampleDir, 'bad-feed.json'))), plan);
    assert.equal(result.success, false);
    assert.equal(result.issues[0]?.path, 'entries[0].value');
  });
});

describe('the Design tokens page (stories/DesignTokens.mdx)', () => {
  const listed = new Set(tokenGroups.flatMap((g) => g.tokens.map((t) => t.name)));

  test('reads every shared token of shared.styles.ts and task-colors.styles.ts, with its default', () => {
    const declared = [...(sharedStyles.cssText + taskColors.cssText).matchAll(/--_dz-([\w-]+):/g)].map((m) => `--dz-${m[1]}`);
    const shared = tokenGroups.find((g) => g.owner === 'shared')!.tokens;
    assert.deepEqual(shared.map((t) => t.name), declared);
    for (const token of shared) assert.ok(token.default.length > 0, token.name);
    assert.equal(shared.find((t) => t.name === '--dz-color-lead')?.default, 'light-dark(#8a1c1c, #ffa198)');
  });

  test('describes each shared token by its one description (its @cssprop, through the manifest) and lists it once', () => {
    const shared = tokenGroups.find((g) => g.owner === 'shared')!.tokens;
    for (const token of shared) assert.match(token.description, /^[A-Z].{10,}\.$/, `${token.name}: ${token.description}`);
    assert.match(shared.find((t) => t.name === '--dz-space')!.description, /spacing/);
    const names = new Set(shared.map((t) => t.name));
    for (const group of tokenGroups.slice(1)) assert.deepEqual(group.tokens.filter((t) => names.has(t.name)).map((t) => t.name), [], `${group.owner} lists shared tokens again`);
  });

  test('lists every --dz-* custom property the elements read, resolved to a value', () => {
    const sources = readdirSync(join(repo, 'packages/elements/src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const used = new Set(sources.flatMap((f) => [...read(join(repo, 'packages/elements/src', f)).matchAll(/--dz-[a-z0-9-]*[a-z0-9](?![\w-])/g)].map((m) => m[0])));
    assert.deepEqual([...used].filter((name) => !listed.has(name)).sort(), [], 'use @cssprop on the element class, or declare it in shared.styles.ts or task-colors.styles.ts');
    for (const token of tokenGroups.flatMap((g) => g.tokens)) assert.doesNotMatch(token.resolved, /var\(--dz-/, `${token.name} does not resolve: ${token.resolved}`);
  });
});

describe('the CMS editors guide\'s allow-lists (part 13) name every attribute of every element', () => {
  const manifest = JSON.parse(read(join(repo, 'packages/elements/custom-elements.json'))) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const part = cmsGuide.slice(cmsGuide.indexOf('## 13.'), cmsGuide.indexOf('## 14.'));
  const block = (language: string) => [...part.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!).join('\n');
  /** Each editor's list of one element's attributes, as its config writes it. */
  const lists: Record<string, (tag: string) => string[] | undefined> = {
    'TinyMCE extended_valid_elements': (tag) => new RegExp(`${tag}\\[([^\\]]*)\\]`).exec(block('js'))?.[1]!.split('|'),
    'CKEditor 5 htmlSupport.allow': (tag) => new RegExp(`name: '${tag}', attributes: \\[([^\\]]*)\\]`).exec(block('js'))?.[1]!.split(',').map((a) => a.trim().replace(/'/g, '')),
    'WordPress wp_kses_allowed_html': (tag) => new RegExp(`'${tag}'\\s*=> array\\(([^)]*)\\)`).exec(block('php'))?.[1]!.split(',').map((a) => a.trim().replace(/'/g, '')),
  };

  for (const [editor, listOf] of Object.entries(lists)) {
    test(editor, () => {
      for (const element of elements) {
        const expected = [...(element.attributes ?? []).map((a) => a.name), 'lang'].sort();
        assert.deepEqual(listOf(element.tagName!)?.sort(), expected, `${editor}: <${element.tagName}>`);
      }
    });
  }

  test('part 14 has the anchor #pre-rendered-html that other guides link to', () => {
    assert.match(cmsGuide, /<a id="pre-rendered-html"><\/a>\s*\n## 14\./);
  });
});

describe('the Node version a newcomer is told', () => {
  const engines = (path: string): string => JSON.parse(read(join(repo, path))).engines.node;
  test("the README's is the repository's engines, and every tool `npm start` and `npm test` run accepts it (vite 8 needs 20.19)", () => {
    const [, version] = /^Node (\d+\.\d+) or newer/m.exec(read(join(repo, 'README.md'))) ?? [];
    assert.ok(version, 'README.md says "Node X.Y or newer"');
    assert.ok(semver.satisfies(`${version}.0`, engines('package.json')), `README's Node ${version} meets package.json's engines ${engines('package.json')}`);
    assert.equal(semver.minVersion(engines('package.json'))!.version, `${version}.0`, "package.json's engines start at the README's version");
    for (const tool of ['vite', 'rolldown', 'storybook', '@web/test-runner', 'playwright-core', 'puppeteer-core', 'typedoc']) {
      const wanted = JSON.parse(read(join(repo, 'node_modules', tool, 'package.json'))).engines?.node as string | undefined;
      if (wanted) assert.ok(semver.satisfies(`${version}.0`, wanted), `${tool} wants Node ${wanted}, the README says ${version}`);
    }
  });
});
