/**
 * Review r101 H2 (after F247): in a plan over several years, a year-end figure dated in January (`t03.1,104,2024-01-10`
 * of a target due 2023-12-31) was imported as reported late (`lateOnly`) and the target judged not reported: only a
 * plan of one year refused it. A figure dated after the year of its target's deadline is still a year-end figure to
 * date at the deadline, whatever the plan's period; one inside that year, after an earlier deadline, is reported late.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';
import { csv } from './progress-import-helpers.js';

const overYears = { ...dezhouPlan, period: { ...dezhouPlan.period, end: '2025-12-31' } };
const early = { ...overYears, targets: overYears.targets.map((t) => (t.id === 't13.1' ? { ...t, deadline: '2023-06-30' } : t)) };

describe('a plan over years: a figure dated after its target’s deadline', () => {
  test('in January after a deadline of 31 December: refused, told to date it at the deadline', async () => {
    const result = await importProgressFiles([csv('jan.csv', 't03.1,104,2024-01-10,2023年全年')], overYears, { lang: 'en', today: '2024-02-01' });
    assert.deepEqual(result.problems.map((p) => p.code), ['afterDeadline']);
    assert.deepEqual(result.warnings.filter((w) => w.code === 'lateOnly'), []);
  });
  test('in December after a deadline of 30 June: kept as reported late', async () => {
    const result = await importProgressFiles([csv('dec.csv', 't13.1,6,2023-12-31,')], early, { lang: 'en', today: '2024-02-01' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings.map((w) => w.code), ['lateOnly']);
  });
});
