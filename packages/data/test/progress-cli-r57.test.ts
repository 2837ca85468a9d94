/**
 * `dz-plan progress import` (its `main` in this process, from source), from a review as the supervision office reads
 * it (r57): a year-end sheet dated the day it was filled in. Each row kept after its target's deadline is said, and the
 * remark on a report date set by such rows names the deadline, not `--as-of` (which would change nothing).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';

describe('dz-plan progress import: rows after their targets’ deadline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r57-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  // Three readings of the third quarter, and a year-end figure dated in January: the report's date is January's.
  const sheet = '指標編號,完成值,截至日期\nt09.1,2100,2023-09-30\nt04.4,1234,2023-09-30\nt03.1,100,2023-09-30\nt03.1,104,2024-01-10\n';

  test('each kept late row is a warning, the exit code unchanged; the report-date remark names the deadline, not --as-of, in each language', async () => {
    writeFileSync(at('q4-jan.csv'), sheet);
    const expected = {
      'zh-Hant': [
        /^q4-jan\.csv 第 5 行「截至日期」欄:日期 2024-01-10 晚於完成時限 2023-12-31:此數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 2023-12-31$/m,
        /^報告的日期是 2024-01-10,只有 t03\.1 是這一天的數值,另有 3 個在 2023-09-30:這一天晚於完成時限 2023-12-31,這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請把日期改為 2023-12-31$/m,
      ],
      'zh-Hans': [
        /^q4-jan\.csv 第 5 行“截至日期”列:日期 2024-01-10 晚于完成时限 2023-12-31:此数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 2023-12-31$/m,
        /^报告的日期是 2024-01-10,只有 t03\.1 是这一天的数值,另有 3 个在 2023-09-30:这一天晚于完成时限 2023-12-31,这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请把日期改为 2023-12-31$/m,
      ],
      en: [
        /^q4-jan\.csv, row 5, 截至日期: 2024-01-10 is after the target's deadline, 2023-12-31: the figure is kept in the history only and judges nothing; if it is the figure as of the deadline, date it 2023-12-31$/m,
        /^the report stands at 2024-01-10, the date of t03\.1 only; 3 other readings stand at 2023-09-30: that date is after the deadline, 2023-12-31, so those readings are kept in the history only and judge nothing; if they are figures as of the deadline, date them 2023-12-31$/m,
      ],
    };
    for (const [lang, [warning, remark]] of Object.entries(expected)) {
      const r = await dzPlanHere('progress', 'import', at('q4-jan.csv'), '-o', at('q4-jan.json'), '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, warning!, lang);
      assert.match(r.stderr, remark!, lang);
      assert.doesNotMatch(r.stderr, /--as-of/, `${lang}: --as-of would change nothing`);
      assert.equal(JSON.parse(readFileSync(at('q4-jan.json'), 'utf8')).asOf, '2024-01-10', 'the report’s date, as before');
    }
  });

  test('a report date set by rows by their deadline keeps its advice (a slip corrected, or the later date kept)', async () => {
    writeFileSync(at('slipped.csv'), '指標編號,完成值,截至日期\nt09.1,2100,2023-06-30\nt04.4,1234,2023-06-30\nt16.2,2,2023-09-30\n');
    const r = await dzPlanHere('progress', 'import', at('slipped.csv'), '-o', at('slipped.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /if 2023-09-30 is a slip \(the day the sheet was sent\), correct those rows' dates \(to 2023-06-30, say\); if they are figures as of 2023-09-30, they may stay/);
    assert.doesNotMatch(r.stderr, /deadline/);
  });
});
