/**
 * F231 (review r92 M3): a change against a base year filled with the year's level (t26.5 萬元工業增加值用水量較2020年
 * 下降5%: 31.2, the level in 立方米/萬元) read as a fall of 31.2%, met, without a word. A change or growth read more
 * than twice the target's size is imported as written and warned of, by the import and by `progress summary`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { dzPlanHere } from './helpers.js';
import { csv, inEach } from './progress-import-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f231-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('r92 M3: a level written for a change against a base year', () => {
  test('the import keeps the readings and warns of those beyond twice the target, in three languages', async () => {
    // 31.2 for ↓5% and 28.5 for ↓12% (r92 lv.csv); 9 for ↓5% and 20 for ↑10% are within twice their target.
    const file = csv('lv.csv', 't26.5,31.2,2023-03-31,', 't26.4,28.5,2023-03-31,', 't03.3,20,2023-03-31,', 't44.1,9,2023-03-31,');
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems, []);
    assert.equal(results.en.accepted, 4);
    assert.deepEqual(results.en.warnings.map((w) => [w.code, w.row, w.text]), [['levelForChange', 2, '31.2'], ['levelForChange', 3, '28.5']]);
    assert.match(results.en.warnings[0]!.message, /^lv\.csv, row 2, 完成值: t26\.5 reads 31\.2, a fall of 31\.2% since 2020, more than twice the target's 5%: .*level.*not the change since 2020/);
    assert.match(results['zh-Hant'].warnings[0]!.message, /t26\.5 填了 31\.2,讀作較2020年下降31\.2%,超過目標\(下降5%\)的兩倍:.*較2020年的下降幅度/);
    assert.match(results['zh-Hans'].warnings[1]!.message, /t26\.4 填了 28\.5,读作较2020年下降28\.5%,超过目标\(下降12%\)的两倍:/);
  });

  test('progress summary says it too, after the summary', async () => {
    const report = join(dir, 'lv.json');
    writeFileSync(report, JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-03-31', entries: [{ target: 't26.5', value: 31.2 }, { target: 't26.4', value: 3 }] }));
    const r = await dzPlanHere('progress', 'summary', report, '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /t26\.5.*reads 31\.2, a fall of 31\.2% since 2020, more than twice the target's 5%/);
    assert.doesNotMatch(r.stderr, /t26\.4/);
  });
});
