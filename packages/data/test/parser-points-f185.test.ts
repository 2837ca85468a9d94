/**
 * F185 (code review r81 M1, M2, L3), F179's edges. A share raised by points 比上年 (研发经费投入强度比上年提高0.2个百分点)
 * was still read as a growth, held all year (0.1 in June: 进度滞后), where it means what the unmarked form means, a
 * change since the end of last year; 同比 and 年均 keep a growth. A plan over years (2021—2025年) gave such a change the
 * year before its last year as base (2024), where it is the year before its period starts (2020): `periodStart`. And
 * a growth raised by points (固定资产投资增长提高2个百分点) was read as a rate since 2023, where it is a growth.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargets, type ExtractOptions } from '../src/extract-targets.js';
import { heldAllYear } from '../src/unpaced.js';
import { oneTaskPlan, traceable } from './helpers.js';

/** Each proposal of `text` (in a plan of 2024 unless `options` say otherwise) as its metric, comparator, value, measure and base year. */
const reading = (text: string, options: ExtractOptions = { year: 2024 }) => {
  traceable(text);
  return extractTargets(text, options).map((p) => [p.metric, p.comparator, p.value, p.measure, p.baselineYear]);
};

describe('a share raised by points 比上年: as the unmarked form, since the end of last year', () => {
  test('比上年, 较上年, 比去年, 与上年相比 in the clause: a rate with base 2023 in a plan of 2024', () => {
    const unmarked = reading('全市研发经费投入强度提高0.2个百分点。');
    assert.deepEqual(unmarked, [['全市研发经费投入强度', 'increaseBy', 0.2, 'rate', 2023]]);
    assert.deepEqual(reading('全市研发经费投入强度比上年提高0.2个百分点。'), unmarked);
    assert.deepEqual(reading('全市研发经费投入强度较上年提高0.2个百分点。'), unmarked);
    assert.deepEqual(reading('全市研發經費投入強度比去年提高0.2個百分點。'), [['全市研發經費投入強度', 'increaseBy', 0.2, 'rate', 2023]]);
    assert.deepEqual(reading('全市研发经费投入强度与上年相比提高0.2个百分点。'), unmarked);
  });
  test('a plan built from it: 0.1 in June is not held all year, nor behind; judged at the deadline', () => {
    const { plan } = oneTaskPlan('全市研發經費投入強度比上年提高0.2個百分點。');
    const target = plan!.targets[0]!;
    assert.deepEqual([target.measure, target.baselineYear], ['rate', 2023]);
    assert.equal(heldAllYear(target), false);
    const june = evaluateTarget(target, { value: 0.1, asOf: '2024-06-30' });
    assert.deepEqual([june.status, june.expected], ['belowTarget', undefined]);
  });
  test('what stays a growth: a rate of growth 比上年, 同比, 年均, 比上年同期; no plan year', () => {
    assert.deepEqual(reading('固定资产投资增速比上年提高1个百分点。'), [['固定资产投资增速', 'increaseBy', 1, 'growth', undefined]]);
    assert.deepEqual(reading('研发经费投入强度同比提高0.2个百分点。'), [['研发经费投入强度', 'increaseBy', 0.2, 'growth', undefined]]);
    assert.deepEqual(reading('研发经费投入强度年均提高0.2个百分点。'), [['研发经费投入强度', 'increaseBy', 0.2, 'growth', undefined]]);
    assert.deepEqual(reading('研发经费投入强度比上年同期提高0.2个百分点。'), [['研发经费投入强度', 'increaseBy', 0.2, 'growth', undefined]]);
    assert.deepEqual(reading('研发经费投入强度比上年提高0.2个百分点。', {}), [['研发经费投入强度', 'increaseBy', 0.2, 'growth', undefined]]);
  });
});

describe('a plan over years (2021—2025年): a change in points with no base is since the year before its period', () => {
  const text = '到2025年，全市研发经费投入强度提高1个百分点。';
  test('periodStart 2021 in a plan read as of 2025: base 2020, a change over years (paced), due at the end of 2025', () => {
    assert.deepEqual(reading(text, { year: 2025, periodStart: 2021 }), [['全市研发经费投入强度', 'increaseBy', 1, 'change', 2020]]);
    assert.equal(extractTargets(text, { year: 2025, periodStart: 2021 })[0]!.deadline, '2025-12-31');
    assert.deepEqual(reading('全市研发经费投入强度比上年提高0.2个百分点。', { year: 2025, periodStart: 2021 }).map((r) => r[4]), [2020]);
  });
  test('what stays: a base it names (较2022年, 较上年末), a one-year plan (periodStart its year), a periodStart out of range or after the year ignored', () => {
    assert.deepEqual(reading('全市研发经费投入强度较2022年提高1个百分点。', { year: 2025, periodStart: 2021 }).map((r) => r[4]), [2022]);
    assert.deepEqual(reading('全市研发经费投入强度较上年末提高1个百分点。', { year: 2025, periodStart: 2021 }).map((r) => r[4]), [2024]);
    assert.deepEqual(reading(text, { year: 2024, periodStart: 2024 }).map((r) => r[4]), [2023]);
    assert.deepEqual(reading(text, { year: 2024, periodStart: 20 }).map((r) => r[4]), [2023]);
    assert.deepEqual(reading(text, { year: 2024, periodStart: 2025 }).map((r) => r[4]), [2023]);
  });
});

describe('a growth raised by points (增长提高2个百分点): a growth, as 增速提高 is', () => {
  test('固定资产投资增长提高2个百分点: no base, a growth', () => {
    assert.deepEqual(reading('固定资产投资增长提高2个百分点。'), [['固定资产投资增长', 'increaseBy', 2, 'growth', undefined]]);
    assert.deepEqual(reading('固定資產投資增長比上年提高2個百分點。'), [['固定資產投資增長', 'increaseBy', 2, 'growth', undefined]]);
  });
});
