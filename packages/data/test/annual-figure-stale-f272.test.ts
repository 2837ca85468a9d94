/**
 * F272 (review r111 F4): a change against a base year (萬元GDP用水量較2020年下降12%) is an annual statistic, so in a
 * report dated inside a year its newest figure is the last year-end's. A reading dated 31 December of the year before
 * the report's was listed 本期未報 and shown without a status, blaming the unit for a figure it could not have given
 * newer. It is the period's figure; an older year-end's stays stale, as do other measures' old readings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { staleReading, type ProgressReport } from '../src/index.js';
import { notReportedBy } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const june = { asOf: '2023-06-30' };

describe('staleReading: a change against a base year', () => {
  test('the last year-end’s figure is the period’s in a report dated inside the next year', () => {
    assert.equal(staleReading({ asOf: '2022-12-31' }, target('t26.5'), june), false);
    assert.equal(staleReading({ asOf: '2022-12-31' }, target('t26.4'), { asOf: '2023-01-31' }), false);
    assert.equal(staleReading({ asOf: '2022-12-31' }, target('t26.4'), { asOf: '2023-12-31' }), false, 'a year is over only after its last day');
  });

  test('an older year-end’s, or a reading inside a year before the report’s month, stays stale', () => {
    assert.equal(staleReading({ asOf: '2021-12-31' }, target('t26.5'), june), true);
    assert.equal(staleReading({ asOf: '2023-03-31' }, target('t26.5'), june), true);
    assert.equal(staleReading({ asOf: '2022-12-31' }, target('t26.5'), { asOf: '2024-01-15' }), true, 'past the deadline, the deadline’s figure is due');
  });

  test('other measures, and a change against the last year’s end (a stock read on any day), are unchanged', () => {
    assert.equal(staleReading({ asOf: '2022-12-31' }, target('t22.1'), june), true);
    assert.equal(staleReading({ asOf: '2022-12-31' }, { ...target('t26.5'), baselineYear: 2022 }, june), true);
  });
});

const report: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: [
    { target: 't26.5', value: 3, asOf: '2022-12-31' },
    { target: 't26.4', value: 8, asOf: '2022-12-31' },
    { target: 't26.3', value: 5, asOf: '2023-03-31' },
  ],
};

test('notReportedBy lists neither year-end change, still the old reading of a ceiling', () => {
  assert.deepEqual(notReportedBy(report, dezhouPlan), [{ target: 't26.3', asOf: '2023-03-31' }]);
});

test('dz-plan progress summary: the year-end changes are judged at their own date, not 本期未報', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f272-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'june.json');
  writeFileSync(file, JSON.stringify(report));
  const r = await dzPlanHere('progress', 'summary', file);
  assert.equal(r.status, 0, r.stderr);
  const section = (head: string) => r.stdout.split(/\n\n/u).find((s) => s.startsWith(head)) ?? '';
  const stale = section('本期未報');
  assert.match(stale, /^本期未報\(1 個\)/u);
  assert.match(stale, /t26\.3 /u);
  assert.doesNotMatch(stale, /t26\.[45] /u);
  assert.match(section('進度滯後或嚴重滯後'), /t26\.5 .*下降3%\(2022年12月31日\),進度滯後;/u);
  assert.match(r.stdout, /t26\.4 .*下降8%\(2022年12月31日\),進度正常;/u);
});
