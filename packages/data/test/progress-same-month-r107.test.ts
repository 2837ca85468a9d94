/**
 * F262 (review r107 M5): a reading dated in the same calendar month as its report is this period's. A sheet's rows
 * dated 2023-06-28 or 06-29 beside others at 06-30 were each warned 早於報告的日期 and listed 本期未報 by the summary:
 * a supervision office counts a figure as of 29 June as reported for June. A reading of an earlier month is still not
 * reported this period (a statistic that lags a month; a quarterly report's earlier months).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { staleReading, type ProgressReport } from '../src/index.js';
import { notReportedBy } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r107-month-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;

describe('staleReading: the report’s month is this period', () => {
  test('a reading of the report’s own month is not stale; one of an earlier month is', () => {
    const report = { asOf: '2023-06-30' };
    assert.equal(staleReading({ asOf: '2023-06-29' }, target('t22.1'), report), false);
    assert.equal(staleReading({ asOf: '2023-06-01' }, target('t22.1'), report), false);
    assert.equal(staleReading({ asOf: '2023-05-31' }, target('t22.1'), report), true);
  });

  test('a quarterly report’s earlier months stay stale', () => {
    assert.equal(staleReading({ asOf: '2023-08-31' }, target('t22.1'), { asOf: '2023-09-30' }), true);
    assert.equal(staleReading({ asOf: '2023-07-31' }, target('t22.1'), { asOf: '2023-09-30' }), true);
  });

  test('notReportedBy lists only the earlier month’s', () => {
    const report: ProgressReport = {
      plan: dezhouPlan.id,
      asOf: '2023-06-30',
      entries: [
        { target: 't22.1', value: 10 },
        { target: 't48.1', value: 5, asOf: '2023-06-28' },
        { target: 't23.1', value: 80, asOf: '2023-06-25' },
        { target: 't23.6', value: 75.2, asOf: '2023-05-31' },
      ],
    };
    assert.deepEqual(notReportedBy(report, dezhouPlan), [{ target: 't23.6', asOf: '2023-05-31' }]);
  });
});

test('a sheet dated 30, 28, 25 and 29 June: no row warned, none listed 本期未報', async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('六月').addRows([
    ['指標編號', '完成值', '截至日期'],
    ['t22.1', 10, '2023-06-30'],
    ['t48.1', 5, '2023-06-28'],
    ['t23.1', 80, '2023-06-25'],
    ['t23.2', 3, '2023-06-29'],
  ]);
  await book.xlsx.writeFile(at('june.xlsx'));
  const r = await dzPlanHere('progress', 'import', at('june.xlsx'), '-o', at('june.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /早於報告的日期|本期未報/u);
  const summary = await dzPlanHere('progress', 'summary', at('june.json'), '--unit', '商務局');
  assert.match(summary.stdout, /本期未報\(0 個\)/u);
});
