/**
 * The plan generator: seed text → parser → curated overlay → validated plan.
 *
 * `npm run build` runs it to write `src/generated/dezhou-2023.ts` (imported by the package) and
 * `dist/plan.json` (the whole plan for non-JavaScript users). `test/generated.test.ts` calls {@link buildPlan}
 * again and compares, so the generated files cannot drift from the seed or the curated files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../src/node/chinese.js';
import { formatIssues, validationMessagesIn } from '../src/issues.js';
import { parsePlanText } from '../src/parse-plan-text.js';
import { PlanSchema, type Plan, type Section, type Target, type Task, type Unit } from '../src/schema.js';
import { measures } from './curated/measures.js';
import { allTargets } from './curated/targets/index.js';
import { issuer, planTitle, sectionTitlesEn, taskTitlesEn } from './curated/titles.js';
import type { CuratedTarget } from './curated/types.js';
import { units as curatedUnits } from './curated/units.js';
import { readSeed, seedFile, seedYear } from './seed.js';
import { findOccurrence } from '../src/node/find-occurrence.js';

const here = dirname(fileURLToPath(import.meta.url));
export const packageRoot = resolve(here, '..');
export const generatedModulePath = resolve(packageRoot, 'src/generated/dezhou-2023.ts');
const corePath = resolve(packageRoot, 'src/generated/dezhou-2023-core.ts');
const englishPath = resolve(packageRoot, 'src/generated/dezhou-2023-en.ts');
const bodiesPath = (script: 'zh-Hant') => resolve(packageRoot, `src/generated/dezhou-2023-bodies.${script}.ts`);
export const planJsonPath = resolve(packageRoot, 'dist/plan.json');

/** Traditional → Simplified: one converter for the Dezhou plan and for plans built from other documents. */
export { toSimplified };
export const unitsHansModulePath = resolve(packageRoot, 'src/generated/units-hans.ts');
export const foldModulePath = resolve(packageRoot, 'src/generated/fold.ts');

const pad = (n: number) => String(n).padStart(2, '0');
const DEFAULT_DEADLINE = `${seedYear}-12-31`;

/** Finds the `occurrence`-th (1-based) index of `needle` in `haystack`, or -1. */
export function nthIndexOf(haystack: string, needle: string, occurrence = 1): number {
  const found = findOccurrence(haystack, needle, occurrence);
  return 'at' in found ? found.at : -1;
}

/** Builds the plan from the seed text and the curated files; throws with every problem listed. */
export function buildPlan(seed: string): Plan {
  const problems: string[] = [];
  const parsed = parsePlanText(seed);
  for (const d of parsed.diagnostics) {
    if (d.severity === 'error') problems.push(`seed @${d.offset}: ${d.message}`);
  }

  const unitByName = new Map(curatedUnits.map((u) => [u.name, u]));
  for (const name of parsed.units) if (!unitByName.has(name)) problems.push(`unit "${name}" is not in curated/units.ts`);
  for (const u of curatedUnits) if (!parsed.units.includes(u.name)) problems.push(`curated unit "${u.name}" is not in the seed`);
  const units: Unit[] = curatedUnits.map((u) => {
    const hans = toSimplified(u.name);
    const aliases = new Set<string>();
    for (const alias of u.aliases) {
      aliases.add(alias);
      aliases.add(toSimplified(alias));
    }
    aliases.add(hans);
    aliases.delete(u.name);
    return { id: u.id, name: { 'zh-Hant': u.name, 'zh-Hans': hans, en: u.en }, kind: u.kind, aliases: [...aliases] };
  });
  const unitId = (name: string) => unitByName.get(name)?.id ?? name;

  if (sectionTitlesEn.length !== parsed.sections.length) problems.push(`titles.ts has ${sectionTitlesEn.length} section titles for ${parsed.sections.length} sections`);
  if (taskTitlesEn.length !== parsed.tasks.length) problems.push(`titles.ts has ${taskTitlesEn.length} task titles for ${parsed.tasks.length} tasks`);

  const taskId = (n: number) => `t${pad(n)}`;
  const targetsByTask = new Map<number, CuratedTarget[]>();
  for (const t of allTargets) targetsByTask.set(t.task, [...(targetsByTask.get(t.task) ?? []), t]);

  const targets: Target[] = [];
  const idOfCurated = new Map<CuratedTarget, string>();
  const tasks: Task[] = parsed.tasks.map((p, i) => {
    const id = taskId(p.number);
    const taskText = seed.slice(p.span.offset, p.span.offset + p.span.length);
    const located = (targetsByTask.get(p.number) ?? []).map((c, order) => {
      const at = nthIndexOf(taskText, c.quote, c.occurrence);
      if (at === -1) problems.push(`task ${p.number}: quote "${c.quote}" (occurrence ${c.occurrence ?? 1}) is not in the task`);
      const unitEn = c.unitEn ?? measures[c.unit]?.en;
      if (!unitEn) problems.push(`task ${p.number}: unit "${c.unit}" is not in curated/measures.ts`);
      return { c, order, offset: p.span.offset + at, unitEn: unitEn ?? c.unit };
    });
    // Ids follow the order of the quotes in the text; targets sharing a quote keep their curated order.
    located.sort((a, b) => a.offset - b.offset || a.order - b.order);
    const targetIds = located.map(({ c, offset, unitEn }, k) => {
      const target: Target = {
        id: `${id}.${k + 1}`,
        taskId: id,
        metric: { 'zh-Hant': c.metric['zh-Hant'], 'zh-Hans': toSimplified(c.metric['zh-Hant']), en: c.metric.en },
        valueText: c.valueText,
        value: c.value,
        ...(c.upperValue === undefined ? {} : { upperValue: c.upperValue }),
        unit: c.unit,
        unitEn,
        comparator: c.comparator,
        ...(c.baselineYear === undefined ? {} : { baselineYear: c.baselineYear }),
        ...(c.floor === undefined ? {} : { floor: c.floor }),
        ...(c.measure === undefined ? {} : { measure: c.measure }),
        ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
        ...(c.baseline === undefined ? {} : { baseline: c.baseline }),
        ...(c.held === undefined ? {} : { held: c.held }),
        ...(c.neverZero === undefined ? {} : { neverZero: c.neverZero }),
        ...(c.fraction === undefined ? {} : { fraction: { ...c.fraction } }),
        ...(c.each === undefined ? {} : { each: { 'zh-Hant': c.each['zh-Hant'], 'zh-Hans': toSimplified(c.each['zh-Hant']), en: c.each.en } }),
        firmness: c.firmness,
        deadline: c.deadline ?? DEFAULT_DEADLINE,
        quote: c.quote,
        offset,
      };
      targets.push(target);
      idOfCurated.set(c, target.id);
      return target.id;
    });
    return {
      id,
      number: p.number,
      sectionId: `s${pad(p.sectionNumber ?? 0)}`,
      title: { 'zh-Hant': p.title, 'zh-Hans': toSimplified(p.title), en: taskTitlesEn[i] ?? p.title },
      body: { 'zh-Hant': p.body, 'zh-Hans': toSimplified(p.body) },
      lead: p.lead.map(unitId),
      participating: p.participating.map(unitId),
      targetIds,
      source: {
        title: p.titleSpan,
        body: p.bodySpan,
        ...(p.unitsSpan ? { units: p.unitsSpan } : {}),
      },
    };
  });
  for (const n of targetsByTask.keys()) if (!parsed.tasks.some((t) => t.number === n)) problems.push(`curated targets name task ${n}, which the seed does not have`);
  // sameAs / partOf name the other target by task and quote, as a reader finds it; ids are derived here.
  const linked = targets.map((target) => {
    const curated = [...idOfCurated].find(([, id]) => id === target.id)![0];
    const links: Partial<Pick<Target, 'sameAs' | 'partOf'>> = {};
    for (const link of ['sameAs', 'partOf'] as const) {
      const ref = curated[link];
      if (!ref) continue;
      const other = allTargets.find((c) => c.task === ref.task && c.quote === ref.quote);
      const otherId = other && idOfCurated.get(other);
      if (otherId) links[link] = otherId;
      else problems.push(`target ${target.id}: ${link} names task ${ref.task} "${ref.quote}", which is no curated target`);
    }
    return { ...target, ...links };
  });
  targets.splice(0, targets.length, ...linked);

  const sections: Section[] = parsed.sections.map((s, i) => ({
    id: `s${pad(s.number)}`,
    number: s.number,
    title: { 'zh-Hant': s.title, 'zh-Hans': toSimplified(s.title), en: sectionTitlesEn[i] ?? s.title },
    taskIds: s.taskIndices.map((k) => taskId(parsed.tasks[k]!.number)),
  }));

  if (!seed.includes(planTitle['zh-Hant'])) problems.push(`the plan title "${planTitle['zh-Hant']}" is not in the seed`);
  const plan = {
    id: 'dezhou-2023-green-low-carbon',
    title: { 'zh-Hant': planTitle['zh-Hant'], 'zh-Hans': toSimplified(planTitle['zh-Hant']), en: planTitle.en },
    issuer: { 'zh-Hant': issuer['zh-Hant'], 'zh-Hans': toSimplified(issuer['zh-Hant']), en: issuer.en },
    year: seedYear,
    period: { start: `${seedYear}-01-01`, end: DEFAULT_DEADLINE },
    sourceLanguage: 'zh-Hant',
    source: { file: seedFile, sha256: createHash('sha256').update(seed, 'utf8').digest('hex') },
    sections,
    tasks,
    units,
    targets,
  } satisfies Plan;

  const result = PlanSchema.safeParse(plan, { error: validationMessagesIn('en') });
  if (!result.success) problems.push(...formatIssues(result.error.issues));
  if (problems.length) throw new Error(`The plan cannot be built:\n- ${problems.join('\n- ')}`);
  return result.data!;
}

/** The source of `src/generated/dezhou-2023.ts`: the whole plan, assembled from the parts of {@link planPartSources}. */
export function generatedModuleSource(_plan: Plan): string {
  return [
    '// Generated by packages/data/scripts/build-plan.ts from seeds/dezhou-2023-key-tasks.zh-Hant.txt and',
    '// scripts/curated/. Do not edit: run `npm run build`; test/generated.test.ts fails when this file is stale.',
    "import type { Plan } from '../schema.js';",
    "import { expandCore, withBodies } from '../plan-parts.js';",
    "import { dezhouBodiesHans } from '../dezhou-2023-bodies.zh-Hans.js';",
    "import { dezhouBodiesHant } from './dezhou-2023-bodies.zh-Hant.js';",
    "import { dezhouCoreCompact } from './dezhou-2023-core.js';",
    "import { dezhouEnglish } from './dezhou-2023-en.js';",
    '',
    '/** The Dezhou 2023 plan, as built from the seed: its core and every task\'s body in both scripts. */',
    "export const dezhouPlanData: Plan = /* @__PURE__ */ withBodies(expandCore(dezhouCoreCompact, dezhouEnglish), { 'zh-Hant': dezhouBodiesHant, 'zh-Hans': dezhouBodiesHans });",
    '',
  ].join('\n');
}

/**
 * The plan in parts a page loads apart (`src/generated/…`): the core (sections, titles, units, targets: what every
 * element needs) and the Traditional task bodies (only a card shows a body). The Simplified bodies are not a file: they
 * fold from the Traditional ones character by character (`src/dezhou-2023-bodies.zh-Hans.ts`), which is checked here
 * against OpenCC's conversion, so a page in Simplified downloads no second copy of the bodies.
 */
export function planPartSources(plan: Plan): Record<string, string> {
  const fold = new Map(buildFoldTable(plan));
  const foldToSimplified = (text: string) => [...text].map((c) => fold.get(c) ?? c).join('');
  for (const task of plan.tasks) {
    if (foldToSimplified(task.body['zh-Hant']) !== task.body['zh-Hans']) {
      throw new Error(`${task.id}: the Simplified body no longer folds from the Traditional one; generate it as a file again`);
    }
  }
  const header = [
    '// Generated by packages/data/scripts/build-plan.ts from seeds/dezhou-2023-key-tasks.zh-Hant.txt and',
    '// scripts/curated/. Do not edit: run `npm run build`; test/generated.test.ts fails when this file is stale.',
  ];
  const english: Record<string, string> = {};
  // Each text keeps its Traditional form (and its Simplified one only where folding would not give it); English
  // texts move to their own file, by path. expandCore (src/plan-parts.ts) puts them back.
  const compact = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => compact(item, path ? `${path}.${i}` : String(i)));
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if (typeof object['zh-Hant'] === 'string') {
      const text: Record<string, string> = { 'zh-Hant': object['zh-Hant'] };
      if (foldToSimplified(object['zh-Hant']) !== object['zh-Hans']) text['zh-Hans'] = object['zh-Hans'] as string;
      if (typeof object.en === 'string') {
        text.en = '';
        if (object.en) english[path] = object.en;
      }
      return text;
    }
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, compact(item, path ? `${path}.${key}` : key)]));
  };
  const core = compact({ ...plan, tasks: plan.tasks.map(({ body: _body, ...task }) => task) }, '');
  const bodies = (script: 'zh-Hant') => Object.fromEntries(plan.tasks.map((task) => [task.id, task.body[script]]));
  return {
    [corePath]: [
      ...header,
      "import type { CompactPlanCore } from '../plan-parts.js';",
      '',
      '/** The Dezhou 2023 plan without the task bodies, compact: read it with `expandCore`. */',
      `export const dezhouCoreCompact: CompactPlanCore = ${JSON.stringify(core, null, 2)};`,
      '',
    ].join('\n'),
    [englishPath]: [
      ...header,
      "import type { EnglishTexts } from '../plan-parts.js';",
      '',
      '/** The English texts of the Dezhou 2023 plan\'s core, by path. */',
      `export const dezhouEnglish: EnglishTexts = ${JSON.stringify(english, null, 2)};`,
      '',
    ].join('\n'),
    [bodiesPath('zh-Hant')]: [
      ...header,
      "import type { TaskBodies } from '../plan-parts.js';",
      '',
      '/** Each task\'s body in Traditional Chinese, by task id. */',
      `export const dezhouBodiesHant: TaskBodies = ${JSON.stringify(bodies('zh-Hant'), null, 2)};`,
      '',
    ].join('\n'),
  };
}

const GENERATED_HEADER = [
  '// Generated by packages/data/scripts/build-plan.ts. Do not edit: run `npm run build`; a test rebuilds and compares.',
];

/** Every unit of measure the generator knows (curated/measures.ts) and every unit a plan's targets use. */
function unitsOfMeasure(plan?: Plan): string[] {
  return [...new Set([...Object.keys(measures), ...(plan?.targets.map((t) => t.unit) ?? [])])].sort();
}

/**
 * The source of `src/generated/units-hans.ts`: each unit of measure as written, mapped to its OpenCC Simplified form
 * (`億元` → `亿元`), for the units that change. `formatAmount` writes zh-Hans units with it.
 */
export function buildUnitsHansSource(plan?: Plan): string {
  const entries = unitsOfMeasure(plan)
    .map((unit) => [unit, toSimplified(unit)] as const)
    .filter(([unit, hans]) => unit !== hans);
  return [
    ...GENERATED_HEADER,
    '',
    '/** Units of measure as written (Traditional) → Simplified, by OpenCC: `億元` → `亿元`. Units that do not change are absent. */',
    'export const UNITS_HANS: Readonly<Record<string, string>> = {',
    ...entries.map(([unit, hans]) => `  ${JSON.stringify(unit)}: ${JSON.stringify(hans)},`),
    '};',
    '',
  ].join('\n');
}

/** The Chinese text of a plan a reader might search or name: titles, bodies, metrics, units, names and aliases. */
function chineseTextsOf(plan: Plan): string[] {
  const localized = [plan.title, plan.issuer, ...plan.sections.map((s) => s.title), ...plan.tasks.flatMap((t) => [t.title, t.body]), ...plan.targets.map((t) => t.metric), ...plan.units.map((u) => u.name)];
  return [
    ...localized.flatMap((t) => [t['zh-Hant'], t['zh-Hans']]),
    ...plan.units.flatMap((u) => u.aliases),
    ...plan.targets.flatMap((t) => [t.unit, t.quote]),
  ];
}

/** Characters of CJK Unified Ideographs (Extension A and the basic block) that OpenCC may convert. */
function* cjkCandidates(): Generator<string> {
  for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff]] as const) for (let c = from; c <= to; c++) yield String.fromCharCode(c);
}

/** The target extractor's sources (`src/extract/`, words in Simplified): a Traditional document must fold to them. */
const extractorDir = resolve(packageRoot, 'src/extract');
const extractorText = () => readdirSync(extractorDir).map((file) => readFileSync(resolve(extractorDir, file), 'utf8')).join('');

/**
 * The folding table for search, unit look-up and target extraction: every character whose OpenCC Simplified form
 * (from the generic, Taiwan or Hong Kong Traditional standard, or a variant) differs from it and occurs in the plan's
 * text or in the extractor's sources, mapped to that form. Folding both the query and the index with it makes 示範 find
 * 示范, 製造 find 制造, 發改委 find 发改委; and 漲幅 reads as the extractor's 涨幅, which the plan never writes.
 */
export function buildFoldTable(plan: Plan): Array<readonly [string, string]> {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const planChars = new Set([...chineseTextsOf(plan).join(''), ...extractorText()]);
  const entries: Array<readonly [string, string]> = [];
  for (const ch of cjkCandidates()) {
    let folded = ch;
    for (const convert of converters) {
      const out = convert(ch);
      if (out !== ch && [...out].length === 1) {
        folded = out;
        break;
      }
    }
    if (folded !== ch && planChars.has(folded)) entries.push([ch, folded]);
  }
  return entries;
}

/** The source of `src/generated/fold.ts`: {@link buildFoldTable} as two aligned strings (compact, and gzip-friendly). */
export function buildFoldTableSource(plan: Plan): string {
  const entries = buildFoldTable(plan);
  return [
    ...GENERATED_HEADER,
    '',
    `/** ${entries.length} characters (Traditional and variants) that fold to the Simplified character at the same index of {@link FOLD_TO}. */`,
    `export const FOLD_FROM = '${entries.map(([from]) => from).join('')}';`,
    '/** The Simplified form of each character of {@link FOLD_FROM}. */',
    `export const FOLD_TO = '${entries.map(([, to]) => to).join('')}';`,
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const plan = buildPlan(readSeed());
  const mode = process.argv[2];
  if (mode === '--json') {
    mkdirSync(dirname(planJsonPath), { recursive: true });
    writeFileSync(planJsonPath, JSON.stringify(plan, null, 2) + '\n');
    console.log(`wrote ${planJsonPath}`);
  } else {
    mkdirSync(dirname(generatedModulePath), { recursive: true });
    writeFileSync(generatedModulePath, generatedModuleSource(plan));
    for (const [path, source] of Object.entries(planPartSources(plan))) writeFileSync(path, source);
    writeFileSync(unitsHansModulePath, buildUnitsHansSource(plan));
    writeFileSync(foldModulePath, buildFoldTableSource(plan));
    console.log(`plan: ${plan.sections.length} sections, ${plan.tasks.length} tasks, ${plan.units.length} units, ${plan.targets.length} targets`);
  }
}
