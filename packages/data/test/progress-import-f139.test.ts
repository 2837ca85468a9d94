/**
 * F139 (review r69 L1, L4, L6, M9): the progress import names a Simplified plan's units in Simplified in English where
 * the plan has no English yet, as the API and the commands do; 年底 written in January is hinted with the year just
 * ended, as 12月底 is; `accepted` counts readings; and `progressSummary`'s structure, not only its lines.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { importProgressSheets, readCsv } from '../src/progress/index.js';
import { otherCity } from './helpers.js';

/**
 * 市发展改革委 leads task 1 and 市自然资源局 takes part in it; 市自然资源局 leads task 2. Both names differ between the
 * scripts, and the plan has no English.
 */
const plan = planFromText('1.甲。高新技术企业达到900家。（牵头单位：市发展改革委，配合单位：市自然资源局）\n2.乙。新建5G基站2000个。（牵头单位：市自然资源局）', otherCity).plan!;
/** A unit's sheet: its line naming the unit, the header, its rows. */
const unitSheet = (file: string, unit: string, ...rows: string[]) => readCsv(file, [`填报单位：${unit}`, '指標編號,完成值,截至日期,備註', ...rows].join('\n'));

describe('L4: the import names a Simplified plan\'s units in Simplified in English', () => {
  test('a row of a unit that does not lead the target, and a unit\'s targets without a value', () => {
    const sheets = [unitSheet('zr.csv', '市自然资源局', 't01.1,950,2024-06-30', 't02.1,1000,2024-06-30'), unitSheet('fg.csv', '市发展改革委', 't01.1,,')];
    const result = importProgressSheets(sheets, plan, { lang: 'en', today: '2024-07-01' });
    assert.deepEqual(result.problems.map((p) => p.code), ['notLeadUnit']);
    assert.match(result.problems[0]!.message, /市发展改革委.*市自然资源局/);
    const unreported = result.warnings.find((w) => w.code === 'unreported');
    assert.match(unreported?.message ?? '', /^fg\.csv: of the 1 targets 市发展改革委 leads/);
    assert.doesNotMatch([...result.problems, ...result.warnings].map((p) => p.message).join('\n'), /發|資/);
  });
});

describe('L6: accepted counts readings', () => {
  test('two agreeing rows of one target and date are one reading', () => {
    const sheet = readCsv('a.csv', '指標編號,完成值,截至日期,備註\nt02.1,1000,2024-06-30,\nt02.1,1000,2024-06-30,\nt01.1,950,2024-06-30,');
    const result = importProgressSheets([sheet], plan, { today: '2024-07-01' });
    assert.deepEqual([result.accepted, result.report?.entries.length, result.sources[0]?.rows.length], [2, 2, 2]);
  });
});

describe('L1: 年底 without its year in January is the year just ended, as 12月底 is', () => {
  const hint = (date: string, today: string) =>
    importProgressSheets([readCsv('a.csv', `指標編號,完成值,截至日期,備註\nt09.1,2900,${date},`)], dezhouPlan, { lang: 'en', today }).problems.map((p) => p.message);
  test('on 2024-01-15, 年底 is hinted 2023-12-31; in December it is under way, no year guessed', () => {
    for (const date of ['年底', '年末', '12月底']) assert.match(hint(date, '2024-01-15')[0] ?? '', /such as 2023-12-31$/, date);
    assert.match(hint('年底', '2023-12-05')[0] ?? '', /write its last day as YYYY-MM-DD$/);
  });
});

describe('M9: progressSummary\'s structure', () => {
  test('keys, overdue and each lead unit\'s targets of a small report at the deadline', () => {
    const report = { plan: plan.id, asOf: '2024-12-31', entries: [{ target: 't01.1', value: 950 }, { target: 't02.1', value: 100, asOf: '2024-06-30' }] };
    const summary = progressSummary(report, plan, { lang: 'en', today: '2025-01-15' });
    const [fg, zr] = plan.units;
    assert.equal(summary.asOf, '2024-12-31');
    assert.equal(summary.unit, undefined);
    assert.deepEqual(
      summary.targets.map((t) => [t.target.id, t.key, t.overdue, t.lead.map((u) => u.id), t.reading?.value]),
      [
        ['t01.1', 'met', false, [fg!.id], 950],
        ['t02.1', 'stale', true, [zr!.id], 100],
      ],
    );
    assert.deepEqual(summary.units.map((u) => [u.unit.id, u.targets.map((t) => t.target.id)]), [[fg!.id, ['t01.1']], [zr!.id, ['t02.1']]]);
    // One unit's: its targets alone, the unit named.
    const ofUnit = progressSummary(report, plan, { lang: 'en', today: '2025-01-15', unit: zr! });
    assert.deepEqual([ofUnit.unit?.id, ofUnit.targets.map((t) => t.target.id), ofUnit.units.map((u) => u.unit.id)], [zr!.id, ['t02.1'], [zr!.id]]);
  });
});
