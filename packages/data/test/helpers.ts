/** Shared paths and the seed text for the tests. Not a test file itself (no `.test.ts`). */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { seedPath } from '../scripts/seed.js';
import { extractTargets, extractTargetsAndUnread, type ProposedTarget, type UnreadNumeral } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import type { Language } from '../src/schema.js';
import { InvalidReadingError, type ReadingProblem } from '../src/index.js';

export { seedPath };

export const testDir = dirname(fileURLToPath(import.meta.url));
export const packageDir = resolve(testDir, '..');
export const repoRoot = resolve(packageDir, '../..');
export const fixturesDir = resolve(testDir, 'fixtures');
export const distDir = resolve(packageDir, 'dist');

/** The seed, decoded as UTF-8 (offsets in the plan are indices into this string). */
export const seed: string = readFileSync(seedPath, 'utf8');

export const hasDist = (): boolean => existsSync(resolve(distDir, 'index.js')) && existsSync(resolve(distDir, 'cli.js'));

/**
 * A report of the Dezhou plan as JSON, for the `progress diff` tests: t09.1 at `fiveG` and t38.3 at `rate` on
 * 2023-06-30. A report stands at its latest reading (no entry may be dated after it): a slip of 2999 dates it too.
 */
export const diffReportJson = (fiveG: { value: number; asOf: string }, rate: number): string =>
  JSON.stringify({
    plan: 'dezhou-2023-green-low-carbon',
    asOf: fiveG.asOf > '2023-06-30' ? fiveG.asOf : '2023-06-30',
    entries: [{ target: 't09.1', ...fiveG }, { target: 't38.3', value: rate, asOf: '2023-06-30' }],
  });

/** A progress report of the Dezhou plan as JSON (`{ plan, asOf, entries }`), for the progress commands' tests. */
export const reportJson = (asOf: string, entries: object[]): string => JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf, entries });

/** June appended to March: t09.1 at 400 base stations, below March's 1,500 (a running total cannot fall: 數值矛盾, ≠). */
export const juneBelowMarch = reportJson('2023-06-30', [
  { target: 't09.1', value: 1500, asOf: '2023-03-31' },
  { target: 't09.1', value: 400 },
]);

/** {@link juneBelowMarch}, and a rate dated 2999 (a slip): a reading that cannot be judged beside the contradiction. */
export const juneBelowMarchAndSlip = reportJson('2999-06-30', [
  { target: 't09.1', value: 1500, asOf: '2023-03-31' },
  { target: 't09.1', value: 400, asOf: '2023-06-30' },
  { target: 't38.3', value: 90 },
]);

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a run of the CLI gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How {@link dzPlanWith} runs the CLI: Node's own options before the script, the environment, a ceiling for a hang. */
export interface CliOptions {
  readonly node?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Milliseconds before a hung run is killed (a ceiling, not a speed limit): 60,000 unless given. */
  readonly timeout?: number;
}

/** Runs the built CLI (`bin/dz-plan.js`) with `args` from the package folder, as a user runs it, with `options`. */
export function dzPlanWith(options: CliOptions, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [...(options.node ?? []), 'bin/dz-plan.js', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    env: options.env ?? process.env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built CLI (`bin/dz-plan.js`) with `args` from the package folder, as a user runs it. */
export const dzPlan = (...args: string[]): CliRun => dzPlanWith({}, ...args);

/**
 * Runs the CLI's `main` with `args` in this process (what `bin/dz-plan.js` runs, with what it prints collected as the
 * process would print it): for suites of many commands, where a process each cost about half a second of loading the
 * CLI and its dependencies. Each suite also runs the built CLI as a user does ({@link dzPlan}) at least once.
 */
export async function dzPlanHere(...args: string[]): Promise<CliRun> {
  const { main } = await import('../src/cli.js');
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, (line) => out.push(`${line}\n`), (line) => err.push(`${line}\n`));
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** Builds the package if `built` (a file under `dist/`) is missing: for a suite that runs the built CLI, in `before`. */
export function buildIfMissing(built = 'cli.js'): void {
  if (!existsSync(resolve(distDir, built))) execFileSync('npm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit', timeout: 120_000 });
}

/** A suite's scratch folder: `at(name)` is a path in it. */
export interface Scratch {
  at(name: string): string;
}

/**
 * A scratch folder for a suite that runs the built CLI (call inside its `describe`): before the suite the package is
 * built if `built` (a file under `dist/`) is missing; after it the folder is removed. `at(name)` is a path in it.
 */
export function cliScratch(prefix: string, built = 'cli.js'): Scratch {
  let dir = '';
  before(() => {
    buildIfMissing(built);
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return { at: (name) => join(dir, name) };
}

/**
 * A 濟寧-form document (a clerk's review): task 2 has no units, and task 3's number runs on into a year
 * (`3.2023年底前…`), which reads like a line of task 2 wrapped at a decimal.
 */
export const taskBeforeYear = [
  '一、经济发展',
  '1.全市地区生产总值增长6%。',
  '（牵头单位：市发展改革委）',
  '2.新建5G基站2000个，力争达到3000个',
  '3.2023年底前完成农村改厕1万户。',
  '（牵头单位：市农业农村局）',
].join('\n');

/** The options of a small plan built from another city's text in a test (`planFromText(text, otherCity)`). */
export const otherCity = { title: '測試', issuer: '某市人民政府', year: 2024 } as const;

/** A one-task plan of another city (the plan's year 2024) whose task's body is `body`. */
export const oneTaskPlan = (body: string) => planFromText(`1.甲。${body}（牽頭單位：市工信局）`, otherCity);

/** Each target of a one-task plan ({@link oneTaskPlan}) as its metric and deadline. */
export function deadlinesOf(body: string): [string, string][] {
  const { plan } = oneTaskPlan(body);
  if (!plan) throw new Error(`no plan built: ${body}`);
  return plan.targets.map((t) => [t.metric['zh-Hant'], t.deadline]);
}

/** Each proposal of `text` as its metric and deadline: a date when the text names the year, else the month counted from the plan's. */
export const readDeadlines = (text: string) => extractTargets(text).map((p) => [p.metric, p.deadline ?? p.deadlineMonth]);

/** Asserts that each proposal's quote of `text` is the text at its offset. */
export const traceable = (text: string): void => {
  for (const p of extractTargets(text)) assert.equal(text.slice(p.offset, p.offset + p.quote.length), p.quote, text);
};

/** Each task of a plan built from `text` (leniently) as its number, lead and participating units' names in `lang`. */
export function unitNamesOf(text: string, lang: Language = 'zh-Hans'): [number, string[], string[]][] {
  const { plan } = planFromText(text, { ...otherCity, lenient: true });
  if (!plan) throw new Error('no plan built');
  const name = (id: string) => plan.units.find((u) => u.id === id)!.name[lang];
  return plan.tasks.map((t) => [t.number, t.lead.map(name), t.participating.map(name)]);
}

/** Each target `extractTargets` proposes in `text`, in a plan of 2024, as its metric, comparator, value, unit and measure. */
export const readingsOf = (text: string): unknown[][] =>
  extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure]);

/** Each target proposed in `text`, in a plan of 2024, as its metric, comparator, value, deadline and base year. */
export const timedOf = (text: string): unknown[][] => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.deadline, p.baselineYear]);

/** The values proposed in `text`, in a plan of 2024. */
export const valuesOf = (text: string): number[] => extractTargets(text, { year: 2024 }).map((p) => p.value);

/**
 * Each target the parser proposes in `text`, in a plan of 2024, as `fields` of it (its quote checked against `text`:
 * {@link traceable}), and each numeral said unread as its reason and numeral: the parser tests' one reading.
 */
export function readIn2024<T>(text: string, fields: (target: ProposedTarget) => T): { targets: T[]; unread: [UnreadNumeral['reason'], string][] } {
  traceable(text);
  const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
  return { targets: targets.map(fields), unread: unread.map((u) => [u.reason, u.numeral]) };
}

/** Each numeral of `text` not read as a target for `reason` (a past fact by default), in a plan of 2024, as what it says and when. */
export const unreadOf = (text: string, reason: UnreadNumeral['reason'] = 'past'): unknown[][] =>
  extractTargetsAndUnread(text, { year: 2024 })
    .unread.filter((u) => u.reason === reason)
    .map((u) => [u.quantity, u.when]);

/** The problem `judge` throws as an {@link InvalidReadingError}; a failure when it judges the reading instead. */
export const problemOf = (judge: () => unknown): ReadingProblem => {
  try {
    judge();
  } catch (error) {
    if (error instanceof InvalidReadingError) return error.problem;
    throw error;
  }
  assert.fail('judged');
};
