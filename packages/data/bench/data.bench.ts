/**
 * `npm run bench`: the data package's hot paths against naive baselines measured in the same run.
 * The baselines are what a user would write without the index (a linear scan), so the ratios show what the
 * index buys and catch a regression that makes a lookup scan again.
 */
import { readFileSync } from 'node:fs';
import { seedPath } from '../scripts/seed.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { createPlanApi, extractTargets, parsePlanText, validatePlan, type Plan } from '../src/index.js';
import { proposeForPlan, scoreProposals } from '../src/extract/score.js';
import { group } from './harness.js';
import { progressSheetCsv } from './progress-sheet.js';
import { decodeText, importProgressSheets, readCsv } from '../src/progress/index.js';

const seed = readFileSync(seedPath, 'utf8');
const plan: Plan = dezhouPlan;
const api = createPlanApi(plan);
const unitName = '市住房城鄉建設局';

group('Task lookup by number', { name: 'baseline: plan.tasks.find(t => t.number === n)', fn: () => plan.tasks.find((t) => t.number === 57) }, [
  { name: 'getTask(57)', fn: () => api.getTask(57) },
  { name: "getTask('t57')", fn: () => api.getTask('t57') },
]);

group(
  'Unit lookup by alias, then its tasks',
  {
    name: 'baseline: scan units by name, scan tasks',
    fn: () => {
      const unit = plan.units.find((u) => u.name['zh-Hant'] === unitName || u.aliases.includes(unitName));
      return plan.tasks.filter((t) => t.lead.includes(unit!.id) || t.participating.includes(unit!.id));
    },
  },
  [{ name: `tasksOfUnit('${unitName}')`, fn: () => api.tasksOfUnit(unitName) }],
);

group(
  'Targets of a unit',
  {
    name: 'baseline: scan tasks, then scan targets per task',
    fn: () => {
      const tasks = plan.tasks.filter((t) => t.lead.includes('water-resources-bureau') || t.participating.includes('water-resources-bureau'));
      return tasks.flatMap((t) => plan.targets.filter((x) => x.taskId === t.id));
    },
  },
  [{ name: "targetsOfUnit('water-resources-bureau')", fn: () => api.targetsOfUnit('water-resources-bureau') }],
);

group(
  'Responsibility matrix, whole plan (48 × 69)',
  {
    name: 'baseline: nested loops over units × tasks with includes',
    fn: () => plan.units.map((u) => plan.tasks.map((t) => (t.lead.includes(u.id) ? 'lead' : t.participating.includes(u.id) ? 'participating' : null))),
  },
  [
    { name: 'responsibilityMatrix()', fn: () => api.responsibilityMatrix() },
    { name: "responsibilityMatrix({ sort: 'load' })", fn: () => api.responsibilityMatrix({ sort: 'load' }) },
    { name: 'responsibilityMatrix({ sections: [4] })', fn: () => api.responsibilityMatrix({ sections: [4] }) },
  ],
);

group(
  'Search',
  { name: 'baseline: tasks whose zh-Hant body includes the query', fn: () => plan.tasks.filter((t) => t.body['zh-Hant'].includes('新能源')) },
  [
    { name: "searchTasks('新能源')", fn: () => api.searchTasks('新能源') },
    { name: "searchTasks('新能源汽车') (Simplified)", fn: () => api.searchTasks('新能源汽车') },
    { name: "searchTasks('water saving')", fn: () => api.searchTasks('water saving') },
  ],
);

const json = JSON.stringify(plan);
group('Parsing and validation', { name: 'baseline: JSON.parse(plan JSON)', fn: () => JSON.parse(json) }, [
  { name: 'parsePlanText(seed) (15,791 chars)', fn: () => parsePlanText(seed) },
  { name: 'validatePlan(JSON.parse(plan JSON))', fn: () => validatePlan(JSON.parse(json)) },
  { name: 'createPlanApi(fresh plan) — index build', fn: () => createPlanApi(JSON.parse(json)) },
]);

// Targets found automatically (issue 8): recall and precision against the curated targets, then the speed on the
// whole seed and on 5 MB of plan text (the seed repeated), against a scan that only counts the numerals.
{
  const score = scoreProposals(plan, proposeForPlan(plan));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `\nextractTargets on the ${score.targets} curated Dezhou targets (task bodies): recall ${pct(score.recall)}, precision ${pct(score.precision)}; ` +
      `value + comparator recall ${pct(score.comparatorRecall)}, precision ${pct(score.comparatorPrecision)}; measure agrees on ${pct(score.measureAgreement)} of the matches`,
  );
  const big = seed.repeat(Math.ceil(5_000_000 / seed.length)).slice(0, 5_000_000);
  const numerals = (text: string) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39 && !(text.charCodeAt(i + 1) >= 0x30 && text.charCodeAt(i + 1) <= 0x39)) n++;
    }
    return n;
  };
  group('Targets found automatically', { name: 'baseline: count the numerals of the seed', fn: () => numerals(seed) }, [
    { name: `extractTargets(seed) (${seed.length.toLocaleString('en')} chars)`, fn: () => extractTargets(seed) },
  ]);
  // The same ratio on 5 MB as on the seed is what linear time looks like.
  group('Targets found automatically, 5 MB', { name: 'baseline: count the numerals of 5 MB', fn: () => numerals(big) }, [
    { name: 'extractTargets(5 MB of plan text)', fn: () => extractTargets(big) },
  ], 3, 200);
}

// Parser throughput: 5 MB of the seed repeated, and 5 MB of the adversarial shape that costs the parser most
// (a heading numeral on every line), next to the seed itself. 1 MB here is 2^20 characters (UTF-16 code units) of
// input, whatever their size on disk.
const MB5 = 5 * 1024 * 1024;
const fill = (piece: string) => piece.repeat(Math.ceil(MB5 / piece.length)).slice(0, MB5);
const parseInputs = { seed, repeated: fill(seed), adversarial: fill('\n一、') };
group(
  'Parser throughput',
  { name: `parsePlanText(seed) (${seed.length.toLocaleString('en')} chars)`, fn: () => parsePlanText(parseInputs.seed) },
  [
    { name: 'parsePlanText(5 MB: the seed repeated)', fn: () => parsePlanText(parseInputs.repeated) },
    { name: 'parsePlanText(5 MB: "\\n一、" repeated)', fn: () => parsePlanText(parseInputs.adversarial) },
  ],
  3,
  200,
);
// group() prints times per call; MB/s takes the median of 5 runs of at least 300 ms each.
for (const [name, text] of Object.entries(parseInputs)) {
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = performance.now();
    do {
      parsePlanText(text);
      calls++;
    } while (performance.now() - start < 300);
    rates.push((calls * text.length) / 2 ** 20 / ((performance.now() - start) / 1000));
  }
  const median = rates.sort((a, b) => a - b)[2]!;
  console.log(`  ${`parsePlanText MB/s, ${name}`.padEnd(58)} ${median.toFixed(1).padStart(10)}`);
}

// Progress sheets (issue 13): a filled CSV of 1,000 and of 10,000 rows, decoded, parsed and checked row by row
// (`evaluateTarget` on each). Linear means the 10,000-row import takes about 10× the 1,000-row one.
const sheets = { 1000: new TextEncoder().encode(progressSheetCsv(plan, 1000)), 10000: new TextEncoder().encode(progressSheetCsv(plan, 10000)) };
const importSheet = (bytes: Uint8Array) => {
  const result = importProgressSheets([readCsv('sheet.csv', decodeText(bytes))], plan);
  if (result.problems.length) throw new Error(result.problems[0]!.message);
  return result;
};
const sheetRatios = group(
  'Progress sheet import (CSV)',
  { name: 'import 1,000 rows', fn: () => importSheet(sheets[1000]) },
  [{ name: 'import 10,000 rows', fn: () => importSheet(sheets[10000]) }],
  5,
  200,
);
const perRow = sheetRatios['import 10,000 rows']! / 10;
console.log(`  ${'10,000 rows per row vs 1,000 rows per row (1.00 = linear)'.padEnd(58)} ${perRow.toFixed(2).padStart(10)}`);
