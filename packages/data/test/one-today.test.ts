/**
 * One "today" for every judge of a reading's date (review r69 M3): the date where it is latest on Earth
 * (`latestIsoDate`), so a reading dated today in Dezhou (UTC+8) is never "after today" on a machine whose calendar is
 * still on yesterday. The import, `progress diff` and `progress summary` judged by the machine's local date, while
 * `diffReports` and the elements judged by the latest: at 01:00 on 1 July in Dezhou on a UTC machine, `diff` called
 * a reading of 1 July after today and exited 1 where `diffReports` said it was on track.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { dezhouPlan as plan } from '../src/dezhou-2023.js';
import { importProgressSheets, readCsv } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

/**
 * The clock at 00:30 on 1 July where it is latest on Earth (UTC+14): 18:30 on 30 June in Dezhou, and 30 June on the
 * local calendar of every zone west of UTC+13:30, so the local date and the latest differ wherever the test runs.
 */
const onFirstJuly = (t: TestContext) => t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2023-07-01T00:30:00+14:00') });

const sheet = (date: string) => `指標編號,完成值,截至日期,備註\nt09.1,2100,${date},\n`;

describe('today where it is latest on Earth, for the import, diff and summary as for diffReports and the elements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-one-today-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);

  test('dz-plan progress import, diff and summary judge a reading of 1 July on 1 July where it has come; 2 July is after today (2023-07-01)', async (t) => {
    onFirstJuly(t);
    writeFileSync(at('june.json'), JSON.stringify({ plan: plan.id, asOf: '2023-06-01', entries: [{ target: 't09.1', value: 1500 }] }));
    writeFileSync(at('july.json'), JSON.stringify({ plan: plan.id, asOf: '2023-07-01', entries: [{ target: 't09.1', value: 2100 }] }));
    writeFileSync(at('july.csv'), sheet('2023-07-01'));
    let r = await dzPlanHere('progress', 'diff', at('june.json'), at('july.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /→ 2,100 base stations \(1 July 2023, on track\)$/m);
    r = await dzPlanHere('progress', 'import', at('july.csv'), '-o', at('imported.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    r = await dzPlanHere('progress', 'import', at('july.csv'), '--as-of', '2023-07-01', '-o', at('dated.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    r = await dzPlanHere('progress', 'summary', at('july.json'), '--lang', 'en');
    assert.doesNotMatch(r.stdout + r.stderr, /cannot be judged|after today/);
    writeFileSync(at('slip.csv'), sheet('2023-07-02'));
    r = await dzPlanHere('progress', 'import', at('slip.csv'), '-o', at('slip.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^slip\.csv, row 2, 截至日期: 2023-07-02 is after today \(2023-07-01\)$/m);
  });

  test('importProgressSheets without a today takes the same: a row of 1 July is read, one of 2 July refused', (t) => {
    onFirstJuly(t);
    const read = (date: string) => importProgressSheets([readCsv('a.csv', sheet(date))], plan, { lang: 'en' });
    assert.deepEqual(read('2023-07-01').problems, []);
    assert.deepEqual(read('2023-07-02').problems.map((p) => p.message), ['a.csv, row 2, 截至日期: 2023-07-02 is after today (2023-07-01)']);
  });
});
