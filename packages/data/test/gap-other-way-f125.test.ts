/**
 * F125 (F114's leftover): a gap in percentage points between two rates (农村居民人均可支配收入增速高于城镇居民1.4个百分点)
 * can go the other way: −0.3 when rural growth is 0.3 points below urban. Wherever a reading enters (a sheet, a feed,
 * `parseReadingValue`, which the elements' `value` shares) it is read, judged on the wrong side and said the other way
 * round by `dz-plan progress` (低於城鎮居民0.3個百分點, never 高於城鎮居民 … -0.3個百分點; `evaluateTarget`'s sentence, in the
 * gauge's chunk, does not yet: its page has no bytes to spare); the template says a negative gap may be entered.
 * Every other target still refuses a negative value. The Dezhou plan has no gap: a small plan of another city.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { evaluatePlanTarget, InvalidReadingError, parseProgressReport, parseReadingValue, type Language, type Status } from '../src/index.js';
import { formatEnglish } from '../src/format-english.js';
import { readingOrGapInWords } from '../src/gap-in-words.js';
import { PERCENTAGE_POINTS } from '../src/target-kinds.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles, progressTemplate } from '../src/progress/index.js';
import { cliScratch, dzPlanHere } from './helpers.js';

/**
 * t01.1 a gap to a group (高于城镇居民1.4个百分点), t01.2 a gap written with 比 (比全省低0.5个百分点), t01.3 a level,
 * t01.4 a flow, t01.5 a rate in %, t01.6 a share of a set.
 */
const plan = planFromText(
  '1.甲。农村居民人均可支配收入增速高于城镇居民1.4个百分点,城镇调查失业率比全省低0.5个百分点,高新技术企业达到900家,新增5G基站3000个,城市污水处理率达到98%,1/3的县(市、区)建成示范区。（牵头单位：市工信局）',
  { title: '测试', issuer: '某市人民政府', year: 2024 },
).plan!;
const target = (id: string) => plan.targets.find((t) => t.id === id)!;
const judged = (id: string, value: number, asOf = '2024-06-30', lang: Language = 'zh-Hant') =>
  evaluatePlanTarget(plan, target(id), { value, asOf }, { lang, today: '2025-01-31' });
const csv = (...lines: string[]) => ({ name: 'a.csv', data: new TextEncoder().encode(['指標編號,完成值,截至日期,備註', ...lines].join('\r\n')) });
const others = ['t01.3', 't01.4', 't01.5', 't01.6'];

describe('F125: a gap between two rates that went the other way', () => {
  const { at } = cliScratch('dz-plan-f125-', 'progress/index.js');

  test('the plan holds the kinds this file is about', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.unit}`),
      ['t01.1 atLeast rate 个百分点', 't01.2 atLeast rate 个百分点', 't01.3 atLeast level 家', 't01.4 exact flow 个', 't01.5 atLeast rate %', 't01.6 exact rate 县(市、区)'],
    );
  });

  test('a negative gap is read as typed, by a feed and by a sheet, and judged', async () => {
    for (const text of ['-0.3', '−0.3', '-0.3个百分点', '－0.3個百分點']) assert.deepEqual(parseReadingValue(text, target('t01.1')), { value: -0.3 }, text);
    // What the elements' value attribute and a feed do with it: judge it.
    assert.equal(judged('t01.1', -0.3).value, -0.3);
    const feed = parseProgressReport({ plan: plan.id, asOf: '2024-06-30', entries: [{ target: 't01.1', value: -0.3 }] }, plan);
    assert.deepEqual(feed.issues, []);
    assert.equal(evaluatePlanTarget(plan, target('t01.1'), { value: feed.data!.entries[0]!.value, asOf: '2024-06-30' }).status, 'seriouslyBehind');
    const { problems, report } = await importProgressFiles([csv('t01.1,-0.3,2024-06-30', 't01.2,-0.2个百分点,2024-06-30')], plan, { lang: 'zh-Hans', today: '2024-12-01' });
    assert.deepEqual(problems, []);
    assert.deepEqual(report?.entries.map((e) => [e.target, e.value]), [['t01.1', -0.3], ['t01.2', -0.2]]);
  });

  test('below zero it is on the wrong side: seriously behind, missed once due; between zero and the target, as any rate', () => {
    const statuses = (id: string, cases: readonly (readonly [number, string])[]): Status[] => cases.map(([value, asOf]) => judged(id, value, asOf).status);
    // A gap to reach by the deadline (not held): below it before then is not yet at target, as a rate built up.
    assert.deepEqual(
      statuses('t01.1', [[-0.3, '2024-03-31'], [-0.3, '2024-12-31'], [0, '2024-06-30'], [0.3, '2024-06-30'], [1.5, '2024-06-30'], [1.4, '2024-12-31'], [0.3, '2024-12-31']]),
      ['seriouslyBehind', 'missed', 'belowTarget', 'belowTarget', 'onTrack', 'met', 'missed'],
    );
    // A gap the plan holds: under half of it seriously behind, nearer behind, below zero seriously behind too.
    const held = { ...target('t01.1'), held: true };
    assert.deepEqual(
      [-0.3, 0.5, 1].map((value) => evaluatePlanTarget(plan, held, { value, asOf: '2024-06-30' }).status),
      ['seriouslyBehind', 'seriouslyBehind', 'behind'],
    );
  });

  test('a negative gap is said the other way round, in each language, never as a negative gap after 高於', () => {
    for (const [lang, higher, lower] of [
      ['zh-Hant', '低於城鎮居民0.3個百分點', '比全省高0.2個百分點'],
      ['zh-Hans', '低于城镇居民0.3个百分点', '比全省高0.2个百分点'],
      ['en', '0.3 percentage points the other way', '0.2 percentage points the other way'],
    ] as const) {
      assert.deepEqual([readingOrGapInWords(target('t01.1'), -0.3, lang), readingOrGapInWords(target('t01.2'), -0.2, lang)], [higher, lower], lang);
    }
    // A gap at or above zero, and any other reading, as readingInWords says it.
    assert.equal(readingOrGapInWords(target('t01.1'), 1.6, 'zh-Hans'), '1.6个百分点');
    assert.equal(readingOrGapInWords(target('t01.1'), 0, 'en'), '0 percentage points');
    // English says percentage points for every unit target-kinds reads as points, and for no other: format-english.ts
    // writes the pattern out again (its chunk must not import the gauge's), held to it here.
    for (const unit of ['个百分点', '個百分點', '百分点', '百分點', '%', '点', '百分比', '个百分点以上']) {
      const points = { ...target('t01.1'), unit, unitEn: '' };
      assert.equal(/percentage points?$/.test(formatEnglish(points, 2)), PERCENTAGE_POINTS.test(unit), unit);
    }
    // A gap its metric does not say the direction of: the other way round all the same.
    const unnamed = { ...target('t01.1'), metric: { 'zh-Hant': '城鄉居民收入增速差', 'zh-Hans': '城乡居民收入增速差', en: 'Rural–urban income growth gap' } };
    assert.equal(readingOrGapInWords(unnamed, -0.3, 'zh-Hant'), '反向0.3個百分點');
  });

  // The diff's words come from node/plan-shown.ts's readingsIn, which says them with readingOrGapInWords.
  test('progress diff says a gap gone below zero the other way round', async () => {
    const report = (asOf: string, value: number) => JSON.stringify({ plan: plan.id, asOf, entries: [{ target: 't01.1', value }] });
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    writeFileSync(at('june.json'), report('2024-06-30', 0.5));
    writeFileSync(at('september.json'), report('2024-09-30', -0.3));
    const run = await dzPlanHere('progress', 'diff', at('june.json'), at('september.json'), '--plan', at('plan.json'), '--lang', 'zh-Hans');
    assert.match(run.stdout, /t01\.1 .*: 0\.5个百分点 \([^)]*\) → 低于城镇居民0\.3个百分点 \(2024年9月30日, 严重滞后\)$/m, run.stdout + run.stderr);
  });

  test('the template says a negative gap may be entered, in each language', () => {
    const measureColumn = 6;
    for (const [lang, negative] of [
      ['zh-Hant', /填負數,如 5\.6% 比 7\.0% 填 -1\.4\)$/],
      ['zh-Hans', /填负数,如 5\.6% 比 7\.0% 填 -1\.4\)$/],
      ['en', /negative .*: -1\.4 for 5\.6% against 7\.0%\)$/],
    ] as const) {
      const cell = progressTemplate(plan, { lang }).rows.find((r) => r[0] === 't01.1')![measureColumn]!;
      assert.match(cell, negative, cell);
    }
  });

  test('every other target still refuses a negative value: a level, a flow, a rate in per cent, a share', async () => {
    for (const id of others) {
      assert.throws(() => judged(id, -3), (error: unknown) => error instanceof InvalidReadingError && error.problem.code === 'negative', id);
    }
    const { problems, report } = await importProgressFiles([csv(...others.map((id) => `${id},-3,2024-06-30`))], plan, { lang: 'zh-Hans', today: '2024-12-01' });
    // A signed figure for a rate in per cent that is a level (t01.5) or a share of a set (t01.6, r72 M3) is a change,
    // asked for the share itself (F140): told only that it cannot be negative, a clerk would drop the sign and publish
    // the change as the share.
    assert.deepEqual(problems.map((p) => p.code), ['negative', 'negative', 'pointsForLevel', 'pointsForLevel']);
    assert.deepEqual(report?.entries ?? [], []);
  });
});
