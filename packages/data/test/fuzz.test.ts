/**
 * The Node fuzz suite (issue 14): validatePlan, parseProgressReport, parsePlanText and the dz-plan CLI on random and
 * hostile input never throw, and always answer with something specific: a validation issue with a path and a
 * message, a diagnostic with a code, an exit code with a message. FUZZ_RUNS runs per property (1,000 by default;
 * `FUZZ_RUNS=10000 npm run test -w @dz-tasks/data` for a nightly or manual run).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport, type Plan, validatePlan } from '../src/index.js';
import { parsePlanText } from '../src/parse-plan-text.js';
import { MAX_ISSUES } from '../src/validate-input.js';
import { FUZZ_RUNS } from './fuzz-runs.js';

/** A small consistent plan: the first two tasks of the Dezhou plan, with their section, targets and units. */
function makeSmallPlan(): Plan {
  const plan = structuredClone(dezhouPlan);
  const section = { ...plan.sections[0]!, taskIds: plan.sections[0]!.taskIds.slice(0, 2) };
  const tasks = plan.tasks.filter((t) => section.taskIds.includes(t.id));
  const targets = plan.targets.filter((t) => section.taskIds.includes(t.taskId) && (!t.sameAs || t.sameAs.startsWith(t.taskId)) && (!t.partOf || t.partOf.startsWith(t.taskId)));
  const units = plan.units.filter((u) => tasks.some((t) => t.lead.includes(u.id) || t.participating.includes(u.id)));
  return { ...plan, sections: [section], units, tasks: tasks.map((t) => ({ ...t, targetIds: t.targetIds.filter((id) => targets.some((g) => g.id === id)) })), targets };
}

const SMALL_PLAN = makeSmallPlan();
const smallPlan = (): Plan => structuredClone(SMALL_PLAN);

/** Odd values to drop into a plan or report: wrong types, impossible dates, huge numbers, odd strings. */
const oddValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('2023-02-30', '9999-99-99', '2023-13-01', '0000-00-00', '', '\u0000', '\uD800', 'x'.repeat(10_000), NaN, -0, 1e308, -Infinity, 2 ** 53),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/**
 * Something nobody can read safely: a throwing getter, a revoked Proxy, a Proxy whose traps throw, a cycle, a deep
 * nest. Made inside the property, from its kind: fast-check itself inspects the values it generates.
 */
const hostileKind = fc.constantFrom('getter', 'revoked', 'trap', 'cycle', 'deep');
function makeHostile(kind: string): unknown {
  if (kind === 'getter') return Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('getter'); } });
  if (kind === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  if (kind === 'trap') return new Proxy([], { get: () => { throw new TypeError('trap'); }, ownKeys: () => { throw new TypeError('trap'); } });
  if (kind === 'cycle') {
    const a: unknown[] = [];
    a.push(a);
    return a;
  }
  let deep: unknown = {};
  for (let i = 0; i < 200; i++) deep = { d: deep };
  return deep;
}

/** Sets `value` at a random place of `root` (an object or array tree), picked by `choices`; never reads a hostile value planted before. */
function plant(root: unknown, choices: readonly number[], value: unknown): unknown {
  if (root === null || typeof root !== 'object' || planted.has(root)) return value;
  let node = root as Record<string, unknown>;
  for (const choice of choices) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[choice % keys.length]!;
    const child = node[key];
    if (child === null || typeof child !== 'object' || planted.has(child) || choice % 3 === 0) {
      node[key] = value;
      return root;
    }
    node = child as Record<string, unknown>;
  }
  node[`k${choices.length}`] = value;
  return root;
}

/** An odd value, or the kind of a hostile one. */
const plantArb = fc.oneof({ arbitrary: oddValue.map((odd) => ({ odd })), weight: 4 }, { arbitrary: hostileKind.map((hostile) => ({ hostile })), weight: 1 });
type Planted = { odd: unknown } | { hostile: string };
/** The hostile values made so far, which the test itself must not read. */
const planted = new WeakSet<object>();
const materialize = (p: Planted) => {
  if (!('hostile' in p)) return structuredClone(p.odd);
  const value = makeHostile(p.hostile) as object;
  planted.add(value);
  return value;
};

/** How to make an input: a base (a valid one, or junk) with odd or hostile values planted in it, or a hostile value. */
interface Recipe {
  readonly plants: readonly (readonly [readonly number[], Planted])[];
  readonly deleteOne: boolean;
  readonly junk?: unknown;
  readonly hostile?: string;
}
const recipes = fc.oneof(
  fc.record({ plants: fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), plantArb), { maxLength: 3 }), deleteOne: fc.boolean() }),
  fc.anything().map((junk): Recipe => ({ plants: [], deleteOne: false, junk })),
  hostileKind.map((hostile): Recipe => ({ plants: [], deleteOne: false, hostile })),
);
function make(recipe: Recipe, base: () => unknown): unknown {
  if (recipe.hostile) return makeHostile(recipe.hostile);
  if ('junk' in recipe) return recipe.junk;
  let value = base();
  for (const [choices, p] of recipe.plants) value = plant(value, choices, materialize(p));
  if (recipe.deleteOne && value && typeof value === 'object') delete (value as Record<string, unknown>)[Object.keys(value)[0] ?? ''];
  return value;
}

/** A failure is specific: at least one issue, each with a path and a message, and no more than the cap. */
function assertSpecific(result: { success: boolean; issues: readonly { path: string; message: string }[] }): void {
  if (result.success) return assert.equal(result.issues.length, 0);
  assert.ok(result.issues.length >= 1 && result.issues.length <= MAX_ISSUES + 1, `${result.issues.length} issues`);
  for (const issue of result.issues) {
    assert.equal(typeof issue.path, 'string');
    assert.ok(issue.path.length > 0 && issue.message.length > 0, JSON.stringify(issue));
  }
}

describe(`fuzz (Node): ${FUZZ_RUNS} runs per property`, () => {
  test('validatePlan never throws and fails with specific issues', () => {
    let accepted = 0;
    fc.assert(
      fc.property(recipes, (recipe) => {
        const result = validatePlan(make(recipe, smallPlan));
        assertSpecific(result);
        if (result.success) accepted++;
      }),
      { numRuns: FUZZ_RUNS },
    );
    assert.ok(accepted > 0, 'some mutated plans are still valid (the generator reaches both sides)');
  });

  test('parseProgressReport never throws, with or without the plan', () => {
    const plan = smallPlan();
    const report = () => ({ plan: plan.id, asOf: '2023-06-30', entries: plan.targets.slice(0, 3).map((t, i) => ({ target: t.id, value: i * 10, asOf: '2023-05-31', note: 'n' })) });
    let accepted = 0;
    fc.assert(
      fc.property(recipes, fc.boolean(), (recipe, withPlan) => {
        const result = parseProgressReport(make(recipe, report), withPlan ? plan : undefined);
        assertSpecific(result);
        if (result.success) accepted++;
      }),
      { numRuns: FUZZ_RUNS },
    );
    assert.ok(accepted > 0, 'some mutated reports are still valid');
  });

  test('parsePlanText never throws on any string, and each diagnostic has a known code inside the text', () => {
    const pieces = fc.constantFrom('1.', '2、', '（3）', '一、', '（二）', '第三部分', '牽頭單位:', '配合单位：', '(', ')', '【責任單位】', '。', '\n', '\r', '\u0000', '\uFFFD', '\uD800', '市甲局', '、', ',', ' ');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parsePlanText(input);
        for (const d of parsed.diagnostics) {
          assert.match(d.code, /^[a-zA-Z]+$/);
          assert.ok(d.offset >= 0 && d.offset <= input.length && d.message.length > 0);
        }
        if (!parsed.tasks.length) assert.ok(parsed.diagnostics.some((d) => d.code === 'noTasks'));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  describe('the dz-plan CLI (main, in this process)', () => {
    let scratch: string;
    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'dz-plan-fuzz-'));
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    test('on random files and arguments: never throws, exits 0, 1 or 2, and a non-zero exit says why', async () => {
      const content = fc.oneof(
        fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
        fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => Buffer.from(s)),
        fc.array(fc.constantFrom('一、甲\n', '1.推動。', '(牽頭單位:市甲局)', '\n', '2023年', '德州市人民政府'), { maxLength: 20 }).map((a) => Buffer.from(a.join(''))),
      );
      const flags = fc.subarray(['--json', '--lenient', '--max-bytes=64', '--max-bytes', '1000', '--bogus', '-o', '--year=20x4', '--strict']);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('parse', 'summary', 'build', 'lint'), content, flags, fc.constantFrom('.txt', '.docx', '.json'), async (command, bytes, args, ext) => {
          const file = join(scratch, `f${run++}${ext}`);
          writeFileSync(file, bytes);
          const out: string[] = [];
          const err: string[] = [];
          const args2 = args.map((a) => (a === '-o' ? `-o${join(scratch, 'out.json')}` : a));
          const code = await main([command, file, ...args2], (l) => out.push(l), (l) => err.push(l));
          assert.ok(code === 0 || code === 1 || code === 2, `exit ${code}`);
          if (code !== 0) assert.ok(err.join('').length > 0 || out.join('').length > 0, `exit ${code} without a word`);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
});
