/**
 * F128 (review r68 M5, M4): the .xlsx template asks for what the import reads, and two messages point the clerk the
 * right way. The value column's rule was `decimal` (a warning dialog at each `2,480個` its own prompt allows), and the
 * change targets' hint was cut off in the narrow measure column; `提高1.4个百分点` for a share was "not a number", and an
 * id typed twice in one sheet was told to have two units agree.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { progressTemplate, sheetColumns, templateXlsx } from '../src/progress/index.js';
import { csv, importFiles, langs, plan, utf8 } from './progress-import-helpers.js';

describe('M5: the .xlsx template', () => {
  test('the value cell takes any text with its prompt, the date keeps its rule, the measure column wraps its hint', async () => {
    const template = progressTemplate(plan, { lang: 'zh-Hant' });
    // Two rows: a count and a fall since a base year, whose measure is the long hint.
    const rows = template.rows.filter((row) => row[0] === 't09.4' || row[0] === 't26.4');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx({ ...template, rows })) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const [value, date, measure] = (['value', 'asOf', 'measure'] as const).map((column) => sheetColumns.indexOf(column) + 1) as [number, number, number];
    for (const number of [2, 3]) {
      const row = sheet.getRow(number);
      const rule = row.getCell(value).dataValidation;
      assert.equal(rule.type, 'any', 'no rule on the value: 2,480個 and 3.2万 are read');
      assert.deepEqual([rule.showInputMessage, rule.promptTitle, rule.prompt], [true, '完成值', '填數字,可帶單位或「萬」:2100、2,100、2.1萬、36.4%']);
      assert.equal(row.getCell(date).dataValidation.type, 'date');
      assert.equal(row.getCell(measure).alignment?.wrapText, true);
    }
    assert.match(String(sheet.getRow(3).getCell(measure).value), /^較2020年下降幅度\(填正數/);
    // Wide enough for the usual words in one line (已獲評定或列入名單數量: 11 characters, 2 widths each).
    assert.ok(sheet.getColumn(measure).width! >= 24, `width ${sheet.getColumn(measure).width}`);
  });
});

describe('M4: points with a change word for a share, and an id typed twice in one sheet', () => {
  test('提高1.4个百分点 and 比上年提高1.4个百分点 for a share (t62.7, t09.5): pointsForLevel, in each language', async () => {
    const texts = ['提高1.4个百分点', '比上年提高1.4个百分点', '較2022年下降0.5個百分點'];
    const file = { name: 'pts.csv', data: utf8(['指标编号,完成值,截至日期', ...texts.map((text) => `t62.7,${text},2023-06-30`), 't09.5,提高3.2个百分点,2023-07-31'].join('\r\n')) };
    for (const lang of langs) {
      const { problems, report } = await importFiles([file], lang);
      assert.deepEqual(problems.map((p) => [p.code, p.text]), [...texts, '提高3.2个百分点'].map((text) => ['pointsForLevel', text]), lang);
      const signed = { 'zh-Hant': /是增減的百分點,而此處填公辦幼兒園占比本身:請填當前的數,以 % 計/, 'zh-Hans': /是增减的百分点,而此处填公办幼儿园占比本身/, en: /is a change in percentage points, and the value is the share of public kindergartens itself/ };
      assert.match(problems[1]!.message, signed[lang], lang);
      assert.equal(report, undefined);
    }
    // A change in per cent keeps its own problem; other words around points are not a change.
    assert.deepEqual((await importFiles([csv('a.csv', 't26.4,下降7个百分点,2023-06-30', 't62.7,约1.4个百分点,2023-06-30')])).problems.map((p) => p.code), ['pointsForPercent', 'notANumber']);
  });

  test('t09.4 twice in one CSV with two values: the id typed twice, naming both rows; two files keep the two-units message', async () => {
    const one = csv('gxj.csv', 't09.4,48,2023-06-30,', 't09.2,50,2023-06-30,', 't09.4,260,2023-06-30,');
    const expected = {
      'zh-Hant': /^gxj\.csv 第 2 行「完成值」欄:t09\.4 在本表出現了兩次\(第 2、4 行\),數值不同:本行 48,第 4 行 260:其中一行可能是另一個指標,填錯了編號:請核對指標編號$/,
      'zh-Hans': /^gxj\.csv 第 2 行“完成值”列:t09\.4 在本表出现了两次\(第 2、4 行\),数值不同:本行 48,第 4 行 260:其中一行可能是另一个指标,填错了编号:请核对指标编号$/,
      en: /^gxj\.csv, row 2, 完成值: t09\.4 appears twice in this file \(rows 2 and 4\), with different values: 48 here, 260 in row 4; one of the rows may be another target's, its id mistyped: check the target ids$/,
    };
    for (const lang of langs) {
      const { problems, report } = await importFiles([one], lang);
      assert.deepEqual(problems.map((p) => [p.code, p.row]), [['conflict', 2], ['conflict', 4]], lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.deepEqual(report?.entries.map((e) => e.target), ['t09.2'], lang);
    }
    const two = await importFiles([csv('a.csv', 't09.4,48,2023-06-30,'), csv('b.csv', 't09.4,260,2023-06-30,')], 'zh-Hant');
    assert.match(two.problems[0]!.message, /t09\.4 同一日期有兩個數值:本行 48,b\.csv 第 2 行 260:請兩單位核定一個數$/);
    // Three times, beside the report appended to: its reading at the date is named (and held back) too.
    const appendTo = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't09.4', value: 50 }] };
    const three = await importFiles([csv('gxj.csv', 't09.4,48,2023-06-30,', 't09.4,260,2023-06-30,', 't09.4,48,2023-06-30,')], 'zh-Hant', { appendTo });
    assert.match(three.problems[2]!.message, /^gxj\.csv 第 4 行「完成值」欄:t09\.4 在本表出現了 3 次\(第 2、3、4 行\),數值不同:本行 48,第 3 行 260,報告原有 50:/);
  });
});
