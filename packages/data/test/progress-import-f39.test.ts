/**
 * A department's spreadsheets through the import, four leftovers of a review (r40): a conflict naming a row itself
 * refused as late, an Excel comment on a hidden or an empty row lost without a word, a threaded comment quoted with
 * Excel's placeholder text, and UTF-16 without a byte-order mark (mostly Chinese, so with few NUL bytes) not named.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { workbook } from './workbook.js';
import type { ProgressReport } from '../src/index.js';
import { decodeText, readSheets, UnreadableSheetError } from '../src/progress/index.js';
import { csv, date, importFiles, inEach, langs, plan, utf8 } from './progress-import-helpers.js';


describe('a row refused as late takes no part in a conflict', () => {
  test('two departments’ late rows for one target and date, with different values and no reading by the deadline: each refused as late, no conflict', async () => {
    const result = await importFiles([csv('a.csv', 't03.1,104,2024-01-10,'), csv('b.csv', 't03.1,105,2024-01-10,')]);
    assert.deepEqual(result.problems.map((p) => [p.file, p.row, p.code]), [['a.csv', 2, 'afterDeadline'], ['b.csv', 2, 'afterDeadline']]);
    assert.ok(result.problems.every((p) => !p.message.includes('than a.csv')), 'no message names the refused row of a.csv');
    assert.deepEqual([result.report, result.accepted, result.rejected], [undefined, 0, 2]);
  });

  test('three late rows in one sheet: each refused as late, in row order', async () => {
    const result = await importFiles([csv('q4.csv', 't03.1,104,2024-01-10,', 't03.1,105,2024-01-10,', 't03.1,104,2024-01-10,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'afterDeadline'], [3, 'afterDeadline'], [4, 'afterDeadline']]);
    assert.equal(result.rejected, 3);
  });

  test('beside a reading by the deadline, two late rows with different values are both conflicts, each naming the other (r57 M1: neither kept)', async () => {
    const result = await importFiles([csv('q4.csv', 't03.1,100,2023-12-31,', 't03.1,104,2024-01-10,', 't03.1,105,2024-01-10,')]);
    // Review r57 M1: the late rows' different values keep neither, so both are conflicts, each naming the other.
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'conflict'], [4, 'conflict']]);
    // Rows of one sheet: said as an id typed twice (F128), each naming the other.
    assert.match(result.problems[0]!.message, /rows 3 and 4\), with different values: 104 here, 105 in row 4;/);
    assert.match(result.problems[1]!.message, /105 here, 104 in row 3;/);
    assert.deepEqual([result.accepted, result.rejected], [1, 2]);
    // Backed by the report appended to, alike.
    const into: ProgressReport = { plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't03.1', value: 100 }] };
    const appended = await importFiles([csv('a.csv', 't03.1,104,2024-01-10,'), csv('b.csv', 't03.1,105,2024-01-10,')], 'en', { appendTo: into });
    assert.deepEqual(appended.problems.map((p) => [p.file, p.row, p.code]), [['a.csv', 2, 'conflict'], ['b.csv', 2, 'conflict']]);
    assert.match(appended.problems[1]!.message, /a\.csv, row 2 \(104\)/);
  });

  test('a late conflict keeps its place among the other problems, in file and row order', async () => {
    const result = await importFiles([csv('q4.csv', 't03.1,104,2024-01-10,', 't09.2,二千,2023-12-31,', 't03.1,105,2024-01-10,', 't09.2,三千,2023-12-31,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[2, 'afterDeadline'], [3, 'notANumber'], [4, 'afterDeadline'], [5, 'notANumber']]);
  });
});

describe('an Excel comment on a row that is not read is quoted, with the row and why', () => {
  const file = () =>
    workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '備註']);
      sheet.addRow(['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), '']);
      // A hidden row with a value, its comment on the value cell.
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 900, date('2023-03-31'), '']).hidden = true;
      sheet.getCell('C3').note = '一季度舊數,待核';
      // An empty row, the comment on its note cell (styled, as a template's cell is: ExcelJS reads no comment of a
      // cell the file does not hold).
      sheet.getCell('E4').protection = { locked: false };
      sheet.getCell('E4').note = '以上數據未經審核';
      // A hidden row with nothing in it but a comment.
      sheet.getRow(5).hidden = true;
      sheet.getCell('D5').protection = { locked: false };
      sheet.getCell('D5').note = '日期待定';
      // An empty row, the comment on the template's 指標 column: the row has nothing else, so it is the clerk's words.
      sheet.getCell('B6').protection = { locked: false };
      sheet.getCell('B6').note = '本表由王某某填報';
      sheet.addRow(['t62.5', '新建公辦幼兒園', 12, date('2023-06-30'), '']);
    });

  test('each comment is a warning with its row, column and text, in row order; the rows read are read as before', async () => {
    const result = await importFiles([await file()]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t62.1', 1350], ['t62.5', 12]]);
    assert.deepEqual(result.warnings.map((w) => [w.code, w.row, w.column, w.text]), [
      ['hiddenRows', undefined, undefined, undefined],
      ['cellComment', 3, '完成值', '一季度舊數,待核'],
      ['cellComment', 4, '備註', '以上數據未經審核'],
      ['cellComment', 5, '截至日期', '日期待定'],
      ['cellComment', 6, '指標', '本表由王某某填報'],
    ]);
  });

  test('the words say why the row is not read, in each language', async () => {
    const results = await inEach([await file()]);
    const [hidden, empty] = [1, 2];
    assert.equal(
      results.en.warnings[hidden]!.message,
      `unit.xlsx, sheet 進度, row 3, 完成值: the cell's comment is not read ("一季度舊數,待核"), and the row is hidden in Excel, skipped: to import it, unhide the row and write the comment in the note column (備註)`,
    );
    assert.equal(
      results.en.warnings[empty]!.message,
      `unit.xlsx, sheet 進度, row 4, 備註: the cell's comment is not read ("以上數據未經審核"), and the row is empty, skipped: to import it, write it in the note column (備註) of its target's row`,
    );
    assert.equal(results['zh-Hant'].warnings[hidden]!.message, 'unit.xlsx 工作表「進度」第 3 行「完成值」欄:儲存格的批註沒有讀取:「一季度舊數,待核」;此行是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏,並把批註寫在「備註」欄');
    assert.equal(results['zh-Hant'].warnings[empty]!.message, 'unit.xlsx 工作表「進度」第 4 行「備註」欄:儲存格的批註沒有讀取:「以上數據未經審核」;此行沒有內容,略過:如需匯入,請寫在所屬指標那一行的「備註」欄');
    assert.equal(results['zh-Hans'].warnings[hidden]!.message, 'unit.xlsx 工作表“進度”第 3 行“完成值”列:单元格的批注没有读取:“一季度舊數,待核”;此行是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏,并把批注写在“備註”列');
    assert.equal(results['zh-Hans'].warnings[empty]!.message, 'unit.xlsx 工作表“進度”第 4 行“備註”列:单元格的批注没有读取:“以上數據未經審核”;此行没有内容,略过:如需导入,请写在所属指标那一行的“備註”列');
  });

  test('a comment on a hidden row’s template column is not warned, as on a row read; one above the header is not either', async () => {
    const made = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.getCell('A1').protection = { locked: false };
      sheet.getCell('A1').note = '填表說明見附件';
      sheet.addRow([]);
      sheet.getRow(2).values = ['指標編號', '指標', '完成值', '截至日期', '備註'];
      sheet.getRow(3).values = ['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), ''];
      sheet.getRow(4).values = ['t62.4', '新增嬰幼兒托位', null, null, ''];
      sheet.getRow(4).hidden = true;
      sheet.getCell('B4').note = '範本的欄,不讀也不失';
    });
    const result = await importFiles([made]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
  });
});

describe('a threaded comment of modern Excel is quoted by its own text, not the placeholder Excel writes for it', () => {
  /** The legacy note Excel writes beside a threaded comment, in its exact shape: the notice, then each text indented. */
  const threaded = (comment: string, ...replies: string[]) =>
    '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ' +
    comment +
    replies.map((reply) => `\nReply:\n    ${reply}`).join('');

  test('the comment and its replies are quoted; a note of the older kind as before', async () => {
    const made = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '完成值', '截至日期', '備註']);
      sheet.addRow(['t62.1', '新增護理型養老床位', 1350, date('2023-06-30'), '']);
      sheet.getCell('C2').note = threaded('含醫養結合床位320張');
      sheet.addRow(['t62.4', '新增嬰幼兒托位', 1480, date('2023-06-30'), '']);
      sheet.getCell('C3').note = threaded('按統計快報', '已與統計局核對', '同意');
      sheet.addRow(['t62.5', '新建公辦幼兒園', 12, date('2023-06-30'), '']);
      sheet.getCell('D4').note = '[Threaded comment] 是我自己寫的';
    });
    const results = await inEach([made]);
    assert.deepEqual(results.en.warnings.map((w) => [w.row, w.text]), [
      [2, '含醫養結合床位320張'],
      [3, '按統計快報\n已與統計局核對\n同意'],
      [4, '[Threaded comment] 是我自己寫的'],
    ]);
    for (const lang of langs) assert.doesNotMatch(results[lang].warnings.map((w) => w.message).join('\n'), /Your version of Excel|fwlink/, lang);
    assert.equal(results['zh-Hant'].warnings[0]!.message, 'unit.xlsx 工作表「進度」第 2 行「完成值」欄:儲存格的批註沒有讀取:「含醫養結合床位320張」;如需匯入,請寫在「備註」欄');
  });

  test('a text of several lines, and the notice as another language’s Excel words its headings, keep the comment’s own lines', async () => {
    const localised = threaded('第一行\n第二行').replace('Comment:', '批註:');
    const made = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期', '備註']);
      sheet.addRow(['t62.1', 1350, date('2023-06-30'), '']);
      sheet.getCell('B2').note = localised;
    });
    const result = await importFiles([made]);
    assert.deepEqual(result.warnings.map((w) => w.text), ['第一行\n第二行']);
  });
});

describe('UTF-16 without a byte-order mark is named as UTF-16, with how to save it', () => {
  const text = [
    '指標編號,指標,完成值,截至日期,備註',
    't09.1,新開通第五代移動通信基站,2100,2023-06-30,上半年新開通基站數量按工業和信息化部門統計口徑填報',
    't62.1,新增護理型養老床位,1350,2023-06-30,含醫養結合床位由民政部門核定後報送',
    't62.4,新增嬰幼兒托位,1480,2023-06-30,按衛生健康委員會托育機構備案數統計',
  ].join('\r\n');
  const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
  const reasonOf = async (data: Uint8Array) => {
    try {
      await readSheets({ name: 'sheet.csv', data });
      return undefined;
    } catch (error) {
      assert.ok(error instanceof UnreadableSheetError);
      return error.reason;
    }
  };

  test('mostly Chinese text (few NUL bytes), little- or big-endian: the reason names its byte order', async () => {
    const nuls = le(text).filter((b) => b === 0).length;
    assert.ok(nuls < le(text).length / 4, `mostly Chinese: ${nuls} NUL bytes of ${le(text).length}`);
    assert.deepEqual(await reasonOf(le(text)), { code: 'utf16WithoutBom', byteOrder: 'LE' });
    assert.deepEqual(await reasonOf(be(text)), { code: 'utf16WithoutBom', byteOrder: 'BE' });
    // Mostly digits and Latin letters too.
    const latin = ['指標編號,完成值,截至日期', 't09.1,2100,2023-06-30', 't09.2,60,2023-06-30', 't62.1,1350,2023-06-30'].join('\n');
    assert.deepEqual(await reasonOf(le(latin)), { code: 'utf16WithoutBom', byteOrder: 'LE' });
    assert.deepEqual(await reasonOf(be(latin)), { code: 'utf16WithoutBom', byteOrder: 'BE' });
  });

  test('decodeText, which always gives text, reads it as UTF-16 in its byte order (it was GBK, garbled)', () => {
    assert.equal(decodeText(le(text)), text);
    assert.equal(decodeText(be(text)), text);
  });

  test('the import refuses it naming UTF-16 and how to save it as UTF-8 or with a BOM, in each language', async () => {
    const results = await inEach([{ name: 'unicode.csv', data: le(text) }]);
    assert.deepEqual(results.en.problems.map((p) => [p.file, p.code]), [['unicode.csv', 'unreadable']]);
    assert.equal(
      results.en.problems[0]!.message,
      `unicode.csv: cannot be read: it looks like UTF-16 LE text without a byte-order mark (BOM), which the import does not read on a guess: save it from Excel as 「CSV UTF-8」 or .xlsx, or as UTF-16 with a BOM (Excel's "Unicode Text")`,
    );
    assert.equal(results['zh-Hant'].problems[0]!.message, 'unicode.csv:無法讀取:看來是沒有位元組順序記號(BOM)的 UTF-16 LE 文字,匯入不憑猜測讀取:請在 Excel 中另存為「CSV UTF-8」或 .xlsx,或存成帶 BOM 的 UTF-16(Excel 的「Unicode 文字」)');
    assert.equal(results['zh-Hans'].problems[0]!.message, 'unicode.csv:无法读取:看来是没有字节顺序标记(BOM)的 UTF-16 LE 文本,导入不凭猜测读取:请在 Excel 中另存为“CSV UTF-8”或 .xlsx,或存成带 BOM 的 UTF-16(Excel 的“Unicode 文本”)');
    const big = await importFiles([{ name: 'unicode.csv', data: be(text) }]);
    assert.match(big.problems[0]!.message, /looks like UTF-16 BE text without a byte-order mark/);
  });

  test('with a BOM it still reads; UTF-8, GBK and Big5 as before', async () => {
    const withBom = await importFiles([{ name: 'bom.csv', data: le(`\ufeff${text}`) }]);
    assert.deepEqual(withBom.problems, []);
    assert.equal(withBom.accepted, 3);
    const plain = await importFiles([{ name: 'utf8.csv', data: utf8(text) }]);
    assert.deepEqual([plain.problems, plain.accepted], [[], 3]);
    for (const encoding of ['gbk', 'big5']) {
      const legacy = await importFiles([{ name: `${encoding}.csv`, data: new Uint8Array(iconv.encode(text, encoding)) }]);
      assert.deepEqual([legacy.problems, legacy.accepted], [[], 3], encoding);
    }
  });

  test('no guess on short input; binary files are not UTF-16', async () => {
    // A header alone, under sixteen code units: not guessed, refused as before.
    assert.equal((await reasonOf(le('指標編號,完成值\r\n')))?.code, 'unknownEncoding');
    // A PNG: its signature, an IHDR chunk, then bytes of compressed data.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 600 }, (_, i) => (i * 167 + (i >> 3) * 29) & 0xff)]);
    assert.notEqual((await reasonOf(png))?.code, 'utf16WithoutBom');
    // Bytes with line breaks 0x0A 0x00 at even offsets all through them, the rest of no text.
    const noise = new Uint8Array(800).map((_, i) => (i % 32 === 30 ? 0x0a : i % 32 === 31 ? 0 : (i * 151 + 7) & 0xff));
    assert.notEqual((await reasonOf(noise))?.code, 'utf16WithoutBom');
    // A run of NULs (a sparse binary file) is no text either.
    const sparse = new Uint8Array(512).map((_, i) => (i % 64 === 10 ? 0x0a : 0));
    assert.notEqual((await reasonOf(sparse))?.code, 'utf16WithoutBom');
    // UTF-16 text of odd length is not UTF-16 (a byte cut off, or not text at all): not guessed.
    assert.notEqual((await reasonOf(new Uint8Array([...le(text), 0x41])))?.code, 'utf16WithoutBom');
  });
});
