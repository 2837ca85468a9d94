/**
 * `dz-plan progress` after another city's review (F114: r66 L7, r66 L1, r65 L7): `diff` says a change's or a growth's
 * value with its direction, as the evaluation sentences do (下降4.2%, not 4.2%, which reads as a level); the template
 * asks for a gap between two groups (高于城镇居民1.5个百分点) as the gap, not the rate; and a reading added by a later
 * import before the latest one, which contradicts it, is listed by `diff` as a change to review (≠).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseProgressReport } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { diffReports, progressTemplate } from '../src/progress/index.js';
import { cliScratch, dzPlanHere } from './helpers.js';

/** t01.1 a change against 2020 (↓ 12%), t01.2 a growth (↑ 6.5%), t01.3 a gap between two groups (≥ 1.5 points), t01.4 a one-off (1个). */
const plan = planFromText('1.甲。万元GDP能耗较2020年下降12%,规模以上工业增加值同比增长6.5%,农村居民收入增速高于城镇居民1.5个百分点,建成公共海外仓1个。（牵头单位：市工信局）', {
  title: '测试',
  issuer: '某市人民政府',
  year: 2024,
}).plan!;
const reportJson = (asOf: string, entries: object[]) => JSON.stringify({ plan: plan.id, asOf, entries });
/** June: a reduction gone the wrong way (-3.1: it rose), a growth, a gap, the one-off not done. */
const june = reportJson('2024-06-30', [
  { target: 't01.1', value: -3.1 },
  { target: 't01.2', value: 5 },
  { target: 't01.3', value: 1.4 },
  { target: 't01.4', value: 0 },
]);
/** September, appended to June: and the one-off done (1), dated 28 June by a later import, before June's 0. */
const september = reportJson('2024-09-30', [
  { target: 't01.1', value: -3.1, asOf: '2024-06-30' },
  { target: 't01.2', value: 5, asOf: '2024-06-30' },
  { target: 't01.3', value: 1.4, asOf: '2024-06-30' },
  { target: 't01.4', value: 0, asOf: '2024-06-30' },
  { target: 't01.4', value: 1, asOf: '2024-06-28' },
  { target: 't01.1', value: 9.8 },
  { target: 't01.2', value: 6.5 },
  { target: 't01.3', value: 1.6 },
]);
const parse = (json: string) => parseProgressReport(JSON.parse(json), plan).data!;

describe('F114: progress diff and template after another city’s review', () => {
  const { at } = cliScratch('dz-plan-f114-', 'progress/index.js');
  const diff = async (lang: string) => {
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    writeFileSync(at('june.json'), june);
    writeFileSync(at('september.json'), september);
    return dzPlanHere('progress', 'diff', at('june.json'), at('september.json'), '--plan', at('plan.json'), '--lang', lang);
  };
  /** The part of a diff line after the metric: each value, then its date and status in brackets (`…`). */
  const values = (text: string) => text.replaceAll(/\([^)]*\)/g, '(…)');

  test('r66 L7: diff says a change and a growth with their direction, a gap in points, in zh-Hans and English', async () => {
    for (const [lang, change, growth, gap] of [
      ['zh-Hans', '增长3.1% (…) → 下降9.8% (…)', '增长5% (…) → 增长6.5% (…)', '1.4个百分点 (…) → 1.6个百分点 (…)'],
      ['en', 'an increase of 3.1% (…) → a decrease of 9.8% (…)', 'an increase of 5% (…) → an increase of 6.5% (…)', '1.4 percentage points (…) → 1.6 percentage points (…)'],
    ] as const) {
      const run = await diff(lang);
      const lineOf = (id: string) => values(run.stdout.split('\n').find((l) => l.slice(2).startsWith(`${id} `)) ?? '').replace(/^.*?: /, '');
      assert.deepEqual([lineOf('t01.1'), lineOf('t01.2'), lineOf('t01.3')], [change, growth, gap], run.stdout);
    }
  });

  test('r66 L1: the template’s measure column asks for the gap between two groups, not the rate, in each language', () => {
    const measureColumn = 6;
    for (const [lang, rate] of [['zh-Hant', '當前比率'], ['zh-Hans', '当前比率'], ['en', 'current rate']] as const) {
      const cell = progressTemplate(plan, { lang }).rows.find((r) => r[0] === 't01.3')![measureColumn]!;
      assert.notEqual(cell, rate, lang);
      assert.match(cell, lang === 'en' ? /^the gap in percentage points \(.*not the rate itself/ : lang === 'zh-Hans' ? /^相差的百分点\(.*不填比率本身/ : /^相差的百分點\(.*不填比率本身/, cell);
    }
  });

  test('r65 L7: diffReports lists a reading added before the latest one that contradicts it (addedBefore, a contradiction)', () => {
    const change = diffReports(parse(june), parse(september), plan, 'en', { today: '2026-01-01' }).find((c) => c.target === 't01.4');
    assert.ok(change, 'the one-off is listed though its latest reading (0 at 30 June) did not change');
    assert.deepEqual(change.addedBefore, { value: 1, asOf: '2024-06-28' });
    assert.equal(change.contradiction, true);
    assert.equal(change.direction, undefined);
    assert.equal(change.after?.problem?.code, 'belowEarlier');
    // The old report alone, against itself: nothing added, nothing listed.
    assert.deepEqual(diffReports(parse(september), parse(september), plan, 'en', { today: '2026-01-01' }), []);
  });

  test('r65 L7: diff marks it ≠ and says a reading was added before the latest one, in each language', async () => {
    for (const [lang, words] of [
      ['zh-Hant', /^≠ t01\.4 .* → 0個 \(2024年6月30日, 數值矛盾\)\(在最新數值之前補入了 2024年6月28日的 1個\)$/m],
      ['zh-Hans', /^≠ t01\.4 .* → 0个 \(2024年6月30日, 数值矛盾\)\(在最新数值之前补入了 2024年6月28日的 1个\)$/m],
      ['en', /^≠ t01\.4 .* → 0 \S+ \(30 June 2024, contradicts an earlier figure\) \(a reading added before the latest one: 1 \S+ on 28 June 2024\)$/m],
    ] as const) {
      const run = await diff(lang);
      assert.match(run.stdout, words, run.stdout);
      assert.equal(run.status, 1, 'named after the diff, as any contradiction');
      assert.match(run.stderr, /t01\.4/);
    }
  });
});
