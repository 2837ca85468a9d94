/**
 * A supervision office's follow-ups on `progress diff`: a total built up over the year that falls is said as the
 * import says it (one rule, `totalFalls`), and a move between two alert statuses has a direction.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { totalFalls } from '../src/index.js';
import { diffReports } from '../src/progress/index.js';
import { parseProgressReport } from '../src/index.js';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';

const run = (...args: string[]) => dzPlanHere('progress', ...args);
const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;

describe('progress diff after a supervision office’s review', () => {
  const { at } = cliScratch('dz-plan-supervision-', 'progress/index.js');

  test('totalFalls: a total built up over the year (flow, ceiling) read lower at a later date; a change or a level may fall', () => {
    const [june, september] = [{ value: 2100, asOf: '2023-06-30' }, { value: 1800, asOf: '2023-09-30' }];
    assert.equal(totalFalls(target('t09.1'), june, september), true);
    assert.equal(totalFalls(target('t09.1'), september, june), false, 'the later reading is the higher');
    assert.equal(totalFalls(target('t09.1'), june, { value: 1800, asOf: '2023-06-30' }), false, 'the same date: a correction, not a fall');
    assert.equal(totalFalls(target('t26.4'), { value: 5, asOf: '2023-06-30' }, { value: 3, asOf: '2023-09-30' }), false, 'a change since a base year may fall');
  });

  test('diff: t09.1 2100 (06-30) then 1800 (09-30) is said as the import says it: check both readings; the status stays as judged', async () => {
    const [old, now] = [reportJson('2023-06-30', [{ target: 't09.1', value: 2100 }]), reportJson('2023-09-30', [{ target: 't09.1', value: 1800 }])];
    writeFileSync(at('june.json'), old);
    writeFileSync(at('september.json'), now);
    const parse = (json: string) => parseProgressReport(JSON.parse(json), dezhouPlan).data!;
    const [change] = diffReports(parse(old), parse(now), dezhouPlan, 'en', { today: '2026-01-01' });
    assert.equal(change?.totalFalls, true);
    // The new report has only September's reading: judged as given, but the change, a contradiction, has no direction (r63).
    assert.equal(change?.after?.status, 'behind', 'the reading is judged as given');
    assert.equal(change?.direction, undefined, 'neither better nor worse');
    assert.equal(change?.contradiction, true);
    for (const [lang, line] of [
      ['en', /^t09\.1: 1,800 base stations at 2023-09-30 is below 2,100 base stations at 2023-06-30, for a total built up over the year: check both readings$/m],
      ['zh-Hant', /^指標 t09\.1:2023-09-30 的 1800個 低於 2023-06-30 的 2100個,而這是全年累計的數:請核對這兩個數值$/m],
    ] as const) {
      const r = await run('diff', at('june.json'), at('september.json'), '--lang', lang);
      // Exit code 1, as every contradiction (≠) since F132 (r68 L4): 0 let a script publish it unchecked.
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, line);
    }
    // The import of the same readings says the same line, each reading with its row (F131, r68 L3).
    writeFileSync(at('both.csv'), '指標編號,完成值,截至日期\nt09.1,2100,2023-06-30\nt09.1,1800,2023-09-30\n');
    const imported = await run('import', at('both.csv'), '-o', at('both.json'), '--lang', 'en');
    assert.match(imported.stderr, /^t09\.1: 1,800 base stations at 2023-09-30 \(both\.csv, row 3\) is below 2,100 base stations at 2023-06-30 \(both\.csv, row 2\), for a total built up over the year: check both readings$/m);
    // A rise is not said.
    const up = await run('diff', at('september.json'), at('june.json'), '--lang', 'en');
    assert.doesNotMatch(up.stderr, /check both readings/);
  });

  test('diff: a move between two alert statuses (t03.3 seriously behind → missed) is marked ↓ and counted worse, not *', async () => {
    // A growth, judged at any date (t26.4, a change against 2020, is not paced inside a year: review r63 §9).
    writeFileSync(at('mid.json'), reportJson('2023-06-30', [{ target: 't03.3', value: -1 }]));
    writeFileSync(at('end.json'), reportJson('2023-12-31', [{ target: 't03.3', value: 9 }]));
    const r = await run('diff', at('mid.json'), at('end.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^↓ t03\.3 .*: a decrease of 1% \(30 June 2023, seriously behind\) → an increase of 9% \(31 December 2023, missed\)$/m);
    assert.match(r.stdout, /^1 target changed, 1 in status: 0 better \(↑\), 1 worse \(↓\)$/m);
    const back = await run('diff', at('end.json'), at('mid.json'), '--lang', 'en');
    assert.match(back.stdout, /^↑ t03\.3 /m);
  });
});
