/**
 * Review r63 §10 (first part) and §11: readings that cannot be right are refused, not judged. A growth above 100% that
 * is also more than ten times its target (200% of 各類貸款年均增速10%以上) is a mistyped figure (`implausibleGrowth`);
 * a reading of 0 of a stock or a share the city already holds (新能源發電裝機, 科技型中小企業, 優良水體比例) is a report
 * not made (`zeroReading`, curated `neverZero`), as 0 of 用水總量 was.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, evaluateDezhouTarget, getTarget } from '../src/dezhou-2023.js';
import { describeReadingProblem, InvalidReadingError, type Target } from '../src/index.js';
import { checkReading } from '../src/read-value.js';
import { csv, importFiles, langs } from './progress-import-helpers.js';

const START = '2023-01-01';
/** The code of the problem `evaluateDezhouTarget` throws for the reading, or its status when it judges it. */
function judged(id: string, value: number, asOf: string): string {
  try {
    return evaluateDezhouTarget(id, { value, asOf })!.status;
  } catch (error) {
    if (error instanceof InvalidReadingError) return `refused: ${error.problem.code}`;
    throw error;
  }
}
/** `target` with another value of the same unit: 增長100% of t44.1's shape. */
const withValue = (target: Target, value: number): Target => ({ ...target, value, valueText: String(value) });

describe('§10: a growth above 100% and more than ten times its target is a mistyped figure', () => {
  test('200 for t44.1 各類貸款年均增速 (≥ 10%) and for t03.3 研發經費增幅 (≥ 10%) is refused (it read 進度正常)', () => {
    assert.equal(judged('t44.1', 200, '2023-06-30'), 'refused: implausibleGrowth');
    assert.equal(judged('t03.3', 200, '2023-12-31'), 'refused: implausibleGrowth');
    assert.equal(judged('t44.1', 101, '2023-06-30'), 'refused: implausibleGrowth', 'more than doubling, and more than ten times 10%');
  });

  test('what stays judged: 25% and 100% of 10%, 150% of a target of 100% (增長1倍), 60% of 5%, 150% of 20%', () => {
    assert.equal(judged('t44.1', 25, '2023-06-30'), 'onTrack');
    assert.equal(judged('t44.1', 100, '2023-06-30'), 'onTrack', 'a doubling is not above 100%');
    const loans = getTarget('t44.1')!;
    for (const [goal, value] of [[100, 150], [5, 60], [20, 150], [100, 900]] as const) {
      assert.equal(checkReading(withValue(loans, goal), { value, asOf: '2023-06-30' }, START), undefined, `${value} of ${goal}`);
    }
    // A growth in multiples (增長1倍, the doubling of other cities' plans) is not checked: the check is in percent,
    // kept small for the gauge's bytes, so 1.5倍 and even 15倍 are judged.
    const doubled: Target = { ...withValue(loans, 1), unit: '倍', unitEn: 'times' };
    assert.equal(checkReading(doubled, { value: 1.5, asOf: '2023-06-30' }, START), undefined);
    assert.equal(checkReading(doubled, { value: 15, asOf: '2023-06-30' }, START), undefined);
  });

  test('a change over several years from a base year (較2020年增長) is not a year’s growth: not this check', () => {
    const since2020: Target = { ...getTarget('t44.1')!, measure: 'change', baselineYear: 2020 };
    assert.notEqual(checkReading(since2020, { value: 200, asOf: '2023-06-30' }, '2021-01-01')?.code, 'implausibleGrowth');
  });

  test('the words name the value and the target and ask to check the figure, in three languages', () => {
    const loans = getTarget('t44.1')!;
    const [hant, hans, en] = langs.map((lang) => describeReadingProblem({ code: 'implausibleGrowth', value: 200 }, loans, lang));
    assert.match(hant!, /200%.*10%.*核實/);
    assert.match(hans!, /200%.*10%.*核实/);
    assert.match(en!, /200%.*10%.*check/i);
  });

  test('the import reports a sheet row of 200 for t44.1, and does not import it', async () => {
    const result = await importFiles([csv('a.csv', 't44.1,200,2023-06-30,', 't03.3,12,2023-06-30,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => p.code), ['implausibleGrowth']);
    assert.match(result.problems[0]!.message, /200%.*10%.*核實/);
    assert.deepEqual(result.report?.entries.map((e) => e.target), ['t03.3']);
  });
});

describe('§11: a reading of 0 of a stock or share the city already holds is a report not made', () => {
  test('t14.2 新能源發電裝機, t03.2 科技型中小企業 and t27.1 優良水體比例 at 0 are refused (they read 尚未達到目標, 嚴重滯後)', () => {
    assert.equal(judged('t14.2', 0, '2023-06-30'), 'refused: zeroReading');
    assert.equal(judged('t03.2', 0, '2023-06-30'), 'refused: zeroReading');
    assert.equal(judged('t27.1', 0, '2023-02-28'), 'refused: zeroReading');
    assert.notEqual(judged('t14.2', 500, '2023-06-30').slice(0, 7), 'refused', 'a reading above 0 is judged');
  });

  test('the curated targets mark every stock and share held, and no count of new things, no rate built up from 0', () => {
    assert.deepEqual(
      dezhouPlan.targets.filter((t) => t.neverZero).map((t) => t.id),
      ['t01.4', 't03.2', 't09.5', 't14.2', 't26.3', 't27.1', 't30.5', 't30.6', 't36.4', 't38.3', 't38.4', 't39.4', 't39.5', 't43.1', 't48.1', 't62.7', 't62.8', 't62.9', 't63.3'],
    );
    // A flow, a completion rate, a count of new places, a rate of the year's cohort: 0 is a reading, judged.
    for (const id of ['t09.1', 't26.7', 't57.5', 't57.2', 't63.2']) assert.doesNotMatch(judged(id, 0, '2023-06-30'), /refused/, id);
  });

  test('the words fit a stock or a share, not only a total used, in three languages', () => {
    const capacity = getTarget('t14.2')!;
    const water = getTarget('t27.1')!;
    const [hant, hans, en] = langs.map((lang) => describeReadingProblem({ code: 'zeroReading', value: 0 }, capacity, lang));
    assert.match(hant!, /^新能源發電裝機為 0.*未填報/);
    assert.match(hans!, /^新能源发电装机为 0.*未填报/);
    assert.match(en!, /0.*not reported/);
    for (const words of [hant!, hans!, en!]) assert.doesNotMatch(words, /總量|总量|用量|total|use\b/, words);
    const [share, shareHans, shareEn] = langs.map((lang) => describeReadingProblem({ code: 'zeroReading', value: 0 }, water, lang));
    assert.match(share!, /比例為 0.*未填報/);
    assert.match(shareHans!, /比例为 0.*未填报/);
    assert.match(shareEn!, /share/);
    for (const words of [share!, shareHans!, shareEn!]) assert.doesNotMatch(words, /總量|总量|用量|total|use\b/, words);
    // A total used keeps its words.
    assert.match(describeReadingProblem({ code: 'zeroReading', value: 0 }, getTarget('t26.3')!, 'zh-Hant'), /此總量不會為 0.*請填實際用量/);
  });

  test('the import reports a sheet row of 0 for t14.2, and does not import it', async () => {
    const result = await importFiles([csv('a.csv', 't14.2,0,2023-06-30,')], 'en');
    assert.deepEqual(result.problems.map((p) => p.code), ['zeroReading']);
    assert.equal(result.accepted, 0);
  });
});
