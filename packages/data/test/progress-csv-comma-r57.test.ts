/**
 * A thousands comma typed unquoted in a CSV edited in a text editor (review r57 L6, `t09.2,1,200,2023-06-30`): the
 * comma splits the value over two cells, the date lands in the note column, and the import said only that 200 is not
 * a date. A row whose cells line up with the header once the value is joined with the next cells as thousands groups
 * is now a problem on the value column saying so, with what to write; its value is not guessed (the row is rejected).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csv, importFiles, inEach, utf8 } from './progress-import-helpers.js';

describe('a thousands comma that split a CSV row', () => {
  test('the review’s file: both split rows said on the value column, in each language; the other row imported', async () => {
    // /tmp/r57/raw-comma.csv: with a byte-order mark, CRLF, the last line without its empty note.
    const text = '\uFEFF指標編號,完成值,截至日期,備註\r\nt41.1,1,200,2023-06-30,\r\nt09.1,2100,2023-06-30,\r\nt09.2,1,200,2023-06-30\r\n';
    const results = await inEach([{ name: 'raw-comma.csv', data: utf8(text) }]);
    for (const result of Object.values(results)) {
      assert.deepEqual(
        result.problems.map((p) => [p.code, p.row, p.column, p.text]),
        [
          ['thousandsSplit', 2, '完成值', '1'],
          ['thousandsSplit', 4, '完成值', '1'],
        ],
      );
      assert.deepEqual(result.report?.entries, [{ target: 't09.1', value: 2100 }], 'no value guessed for the split rows');
      assert.deepEqual([result.accepted, result.rejected], [1, 2]);
      assert.deepEqual(result.unreadColumns, []);
    }
    assert.equal(results['zh-Hant'].problems[1]!.message, 'raw-comma.csv 第 4 行「完成值」欄:逗號把數值「1,200」分成了兩格,其後各欄因此錯位:請寫 1200,或加引號寫 "1,200"');
    assert.equal(results['zh-Hans'].problems[1]!.message, 'raw-comma.csv 第 4 行“完成值”列:逗号把数值“1,200”分成了两格,其后各列因此错位:请写 1200,或加引号写 "1,200"');
    assert.equal(
      results.en.problems[1]!.message,
      'raw-comma.csv, row 4, 完成值: the comma in "1,200" split the value over two cells, so the cells after it do not line up with the header: write 1200, or quote it "1,200"',
    );
  });

  test('two thousands commas (12,345,678): three cells joined', async () => {
    const results = await inEach([csv('a.csv', 't09.1,12,345,678,2023-06-30,')]);
    assert.deepEqual(results.en.problems.map((p) => [p.code, p.text]), [['thousandsSplit', '12']]);
    assert.match(results.en.problems[0]!.message, /the comma in "12,345,678" split the value over three cells, .*: write 12345678, or quote it "12,345,678"$/);
    assert.match(results['zh-Hant'].problems[0]!.message, /逗號把數值「12,345,678」分成了 3 格,.*請寫 12345678,或加引號寫 "12,345,678"$/);
    assert.match(results['zh-Hans'].problems[0]!.message, /逗号把数值“12,345,678”分成了 3 格,.*请写 12345678,或加引号写 "12,345,678"$/);
  });

  test('a split row with a note: the note’s cell past the header is not also named as an unread column', async () => {
    const result = await importFiles([csv('a.csv', 't09.2,1,200,2023-06-30,nb', 't09.1,2100,2023-06-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.row]), [['thousandsSplit', 2]]);
    assert.deepEqual(result.unreadColumns, []);
  });

  test('more cells than the header for another reason: the present problem or warning, unchanged', async () => {
    // Joining 1 and 200 leaves 備註 in the date column, or a cell past the header: not a thousands comma that lines up.
    const result = await importFiles([csv('a.csv', 't09.2,1,200,備註', 't09.1,1,200,2023-06-30,nb,more', 't41.1,2100,2023-06-30,nb,more')]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.row, p.column, p.text]), [
      ['invalidDate', 2, '截至日期', '200'],
      ['invalidDate', 3, '截至日期', '200'],
    ]);
    assert.deepEqual(result.unreadColumns.map((u) => [u.column, u.rows]), [['E', [3, 4]], ['F', [3]]]);
    assert.deepEqual(result.report?.entries, [{ target: 't41.1', value: 2100, note: 'nb' }]);
    // A value typed 2,100 in a CSV that quotes it reads as before.
    const quoted = await importFiles([csv('b.csv', 't09.1,"2,100",2023-06-30,')]);
    assert.deepEqual([quoted.problems, quoted.report?.entries], [[], [{ target: 't09.1', value: 2100 }]]);
  });
});
