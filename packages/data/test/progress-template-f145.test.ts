/**
 * F145 (review r68 L6, F128 leftovers): the progress template as a clerk reads it. A growth the plan states as 年均
 * (各類貸款年均增速10%以上) was asked for as 同比增長, this year's figure; a flow's 累計完成量 did not say from when
 * the evaluation counts it (the plan's period start); ExcelJS wrote overlapping data-validation ranges (I10:I37 and
 * I2:I37, its addresses sorted as strings), which the OOXML spec forbids and Excel "repairs"; the task and target
 * columns were cut off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Plan } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns, templateXlsx } from '../src/progress/index.js';
import { filledColumns } from '../src/progress/sheet-columns.js';
import { langs, plan } from './progress-import-helpers.js';

const measure = sheetColumns.indexOf('measure');
const measureOf = (p: Plan, id: string, lang: (typeof langs)[number]) => progressTemplate(p, { lang }).rows.find((row) => row[0] === id)![measure];

/** t01.1 a growth 年均 (the metric without it), t01.2 a growth 同比, t01.3 a fall 年均, t01.4 a flow; 2024's plan. */
const other = planFromText('1.甲。地区生产总值年均增长6%,进出口总额同比增长5%,居民收入年均下降1%,新增绿地1万亩。（牵头单位：市工信局）', {
  title: '测试',
  issuer: '某市人民政府',
  year: 2024,
}).plan!;

describe('F145: the measure column', () => {
  test('a growth the plan states as 年均 asks for the average annual growth, in each language; 同比 stays', () => {
    const expected = {
      'zh-Hant': ['年均增長', '同比增長', /^年均下降幅度\(填正數/],
      'zh-Hans': ['年均增长', '同比增长', /^年均下降幅度\(填正数/],
      en: ['average annual growth', 'growth over last year', /^average annual fall, as a positive number/],
    } as const;
    for (const lang of langs) {
      const [average, yearOnYear, averageFall] = expected[lang];
      assert.equal(measureOf(plan, 't44.1', lang), average, `t44.1 各類貸款年均增速, ${lang}`);
      assert.equal(measureOf(plan, 't03.3', lang), yearOnYear, `t03.3 研發經費增幅, ${lang}`);
      assert.equal(measureOf(other, 't01.1', lang), average, `年均 in the quote only, ${lang}`);
      assert.equal(measureOf(other, 't01.2', lang), yearOnYear, lang);
      assert.match(measureOf(other, 't01.3', lang)!, averageFall, lang);
    }
  });

  test("a flow and a ceiling say from when they are counted: the plan's period start", () => {
    const dezhou = { 'zh-Hant': ['自年初累計完成量', '自年初累計使用量'], 'zh-Hans': ['自年初累计完成量', '自年初累计使用量'], en: ['amount done so far, counted from 1 January', 'amount used so far, counted from 1 January'] };
    for (const lang of langs) {
      assert.deepEqual([measureOf(plan, 't09.1', lang), measureOf(plan, 't26.3', lang)], dezhou[lang], lang);
    }
    assert.equal(measureOf(plan, 't57.4', 'zh-Hant'), '自年初累計完成量(填縣(市、區)中的最小值)');
    const march = { ...other, period: { start: '2024-03-01', end: '2024-12-31' } };
    assert.equal(measureOf(march, 't01.4', 'zh-Hant'), '自2024-03-01累計完成量');
    assert.equal(measureOf(march, 't01.4', 'en'), 'amount done so far, counted from 2024-03-01');
    // Over several years, 年初 would read as this year's start: the date is said.
    const years = { ...other, period: { start: '2024-01-01', end: '2026-12-31' } };
    assert.equal(measureOf(years, 't01.4', 'zh-Hans'), '自2024-01-01累计完成量');
  });
});

describe('F145: the .xlsx template', () => {
  test('no two data-validation ranges overlap, each filled cell has one; the fixed columns wrap', async () => {
    const template = progressTemplate(plan, { lang: 'zh-Hant' });
    // Rows 2 to 13: past row 9, where ExcelJS sorted I10 before I2 and wrote both I10:I13 and I2:I13.
    const rows = template.rows.slice(0, 12);
    const data = await templateXlsx({ ...template, rows });
    const xml = await (await JSZip.loadAsync(data)).file('xl/worksheets/sheet1.xml')!.async('string');
    const covered = new Map<string, number>();
    for (const [, sqref] of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)) {
      for (const range of sqref!.split(' ')) {
        const [, column, first, last] = /^([A-Z]+)(\d+)(?::\1(\d+))?$/.exec(range) ?? assert.fail(`a range of one column: ${range}`);
        for (let row = Number(first); row <= Number(last ?? first); row++) covered.set(`${column}${row}`, (covered.get(`${column}${row}`) ?? 0) + 1);
      }
    }
    const letter = (column: (typeof sheetColumns)[number]) => String.fromCharCode(65 + sheetColumns.indexOf(column));
    const expected = ['value', 'asOf'].flatMap((column) => rows.map((_, i) => `${letter(column as 'value')}${i + 2}`));
    assert.deepEqual([...covered.keys()].sort(), expected.sort());
    assert.deepEqual([...covered].filter(([, times]) => times > 1), [], 'a cell in two ranges');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const row = sheet.getRow(2);
    const wrapped = sheetColumns.filter((column) => row.getCell(sheetColumns.indexOf(column) + 1).alignment?.wrapText);
    assert.deepEqual(wrapped, sheetColumns.filter((column) => !filledColumns.includes(column)));
    // The rules are still read back on each cell, the date's as before.
    assert.equal(row.getCell(sheetColumns.indexOf('asOf') + 1).dataValidation.type, 'date');
    assert.equal(sheet.getRow(13).getCell(sheetColumns.indexOf('value') + 1).dataValidation.prompt, '填數字,可帶單位或「萬」:2100、2,100、2.1萬、36.4%');
  });
});
