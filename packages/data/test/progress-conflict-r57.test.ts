/**
 * Two units' different values for one target and date publish neither (review r57 M1): the first row was kept and the
 * later one was the conflict, so with `--partial` the order of the files on the command line chose which unit's
 * figure the city published. Now every row of that target and date is a `conflict` naming the other row, and none is
 * kept until the units agree; rows that agree stay one reading with both notes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles, inEach } from './progress-import-helpers.js';

describe('two units giving different values for one target and date: neither is kept', () => {
  test('8 and 7 for t26.1: both rows are problems naming t26.1 and both values, in file and row order', async () => {
    const files = [csv('water.csv', 't26.1,8,2023-06-30,', 't09.1,二千,2023-06-30,', 't09.2,60,2023-06-30,'), csv('agri.csv', 't26.1,7,2023-06-30,供水管网改造')];
    const results = await inEach(files);
    const en = results.en;
    assert.deepEqual(en.problems.map((p) => [p.file, p.row, p.code]), [['water.csv', 2, 'conflict'], ['water.csv', 3, 'notANumber'], ['agri.csv', 2, 'conflict']]);
    assert.deepEqual(en.report?.entries, [{ target: 't09.2', value: 60 }], 'neither figure of t26.1 is in the report');
    assert.deepEqual([en.accepted, en.rejected], [1, 3]);
    assert.deepEqual(en.perSheet, [{ file: 'water.csv', accepted: 1 }]);
    assert.equal(en.problems[0]!.message, 'water.csv, row 2, 完成值: a different value than agri.csv, row 2 (7) for the same target and date: t26.1 is 8 here; the units are to agree on one figure');
    assert.equal(en.problems[2]!.message, 'agri.csv, row 2, 完成值: a different value than water.csv, row 2 (8) for the same target and date: t26.1 is 7 here; the units are to agree on one figure');
    assert.equal(results['zh-Hant'].problems[0]!.message, 'water.csv 第 2 行「完成值」欄:t26.1 同一日期有兩個數值:本行 8,agri.csv 第 2 行 7:請兩單位核定一個數');
    assert.equal(results['zh-Hans'].problems[2]!.message, 'agri.csv 第 2 行“完成值”列:t26.1 同一日期有两个数值:本行 7,water.csv 第 2 行 8:请两单位核定一个数');
    // The order of the files decides nothing.
    const swapped = await importFiles([...files].reverse());
    assert.deepEqual(swapped.problems.map((p) => [p.file, p.row, p.code]), [['agri.csv', 2, 'conflict'], ['water.csv', 2, 'conflict'], ['water.csv', 3, 'notANumber']]);
    assert.deepEqual(swapped.report?.entries, [{ target: 't09.2', value: 60 }]);
  });

  test('three rows 8, 8, 7: none kept, each named with the first other row that differs', async () => {
    const result = await importFiles([csv('a.csv', 't26.1,8,2023-06-30,'), csv('b.csv', 't26.1,8,2023-06-30,'), csv('c.csv', 't26.1,7,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['a.csv', 'conflict'], ['b.csv', 'conflict'], ['c.csv', 'conflict']]);
    assert.match(result.problems[0]!.message, /than c\.csv, row 2 \(7\) .*: t26\.1 is 8 here/);
    assert.match(result.problems[1]!.message, /than c\.csv, row 2 \(7\) .*: t26\.1 is 8 here/);
    assert.match(result.problems[2]!.message, /than a\.csv, row 2 \(8\) .*: t26\.1 is 7 here/);
    assert.deepEqual([result.report, result.accepted, result.rejected, result.perSheet], [undefined, 0, 3, []]);
  });

  test('two rows 8 and 8 with different notes: one reading, both notes (unchanged)', async () => {
    const result = await importFiles([csv('a.csv', 't26.1,8,2023-06-30,水利局'), csv('b.csv', 't26.1,8,2023-06-30,農業農村局')]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries, [{ target: 't26.1', value: 8, note: '水利局;農業農村局' }]);
    assert.deepEqual([result.accepted, result.rejected], [1, 0]);
  });

  test('a reading by the deadline held back as a conflict backs no late row: that row is refused as late', async () => {
    const result = await importFiles([csv('a.csv', 't03.1,100,2023-12-31,', 't03.1,104,2024-01-10,'), csv('b.csv', 't03.1,101,2023-12-31,')]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.row, p.code]), [['a.csv', 2, 'conflict'], ['a.csv', 3, 'afterDeadline'], ['b.csv', 2, 'conflict']]);
    assert.deepEqual([result.report, result.accepted, result.rejected], [undefined, 0, 3]);
  });
});

describe('dz-plan progress import --partial with two units disagreeing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r57-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);

  test('writes the rest only, whichever file comes first', async () => {
    writeFileSync(at('water.csv'), ['指標編號,完成值,截至日期', 't26.1,8,2023-06-30', 't09.2,60,2023-06-30'].join('\r\n'));
    writeFileSync(at('agri.csv'), ['指標編號,完成值,截至日期,備註', 't26.1,7,2023-06-30,供水管网改造'].join('\r\n'));
    for (const order of [['water.csv', 'agri.csv'], ['agri.csv', 'water.csv']]) {
      const r = await dzPlanHere('progress', 'import', ...order.map(at), '--partial', '-o', at('out.json'), '--lang', 'en');
      assert.equal(r.status, 3, r.stderr);
      assert.deepEqual(JSON.parse(readFileSync(at('out.json'), 'utf8')).entries, [{ target: 't09.2', value: 60 }], order.join(' '));
      assert.match(r.stderr, /water\.csv, row 2, 完成值: a different value than agri\.csv, row 2 \(7\)/);
      assert.match(r.stderr, /agri\.csv, row 2, 完成值: a different value than water\.csv, row 2 \(8\)/);
    }
  });
});
