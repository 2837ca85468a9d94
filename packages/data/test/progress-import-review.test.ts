/**
 * `dz-plan progress import` after a second review (nothing the user gave is lost; bad input named, never guessed):
 * two departments' notes on one reading, a note resubmitted without its text, a renamed note column, a date in the
 * value column, a total row without a target id, an instructions sheet beside the filled one, and a closed pipe.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { workbook } from './workbook.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { appendPeriod, importProgressFiles, progressTemplate, replacedReadings, templateXlsx } from '../src/progress/index.js';
import { dzPlanHere, diffReportJson, packageDir } from './helpers.js';

const plan = dezhouPlan;
const today = '2026-12-01';
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (name: string, ...lines: string[]) => ({ name, data: utf8(['指標編號,完成值,截至日期,備註', ...lines].join('\r\n')) });
const importFiles = (files: Parameters<typeof importProgressFiles>[0], lang: 'en' | 'zh-Hant' | 'zh-Hans' = 'en') => importProgressFiles(files, plan, { lang, today });

const dir = mkdtempSync(join(tmpdir(), 'dz-plan-import-review-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const run = (...args: string[]) => dzPlanHere('progress', ...args);

describe('notes are never lost', () => {
  test('two sheets with the same value and different notes for one target and date: both notes kept, in file order, each once', async () => {
    const result = await importFiles([
      csv('科技局.csv', 't01.1,20,2023/6/30,含技術轉讓12項'),
      csv('市場監管局.csv', 't01.1,20,2023/6/30,含專利轉化8項'),
      csv('again.csv', 't01.1,20,2023/6/30,含技術轉讓12項'),
    ]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries, [{ target: 't01.1', value: 20, note: '含技術轉讓12項;含專利轉化8項' }]);
  });

  test('--into: the same reading resubmitted without a note keeps the report’s note; a new note for the same value replaces it, and is said', async () => {
    const base = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't01.1', value: 20, note: '含技術轉讓12項,見附件' }] };
    const period = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't01.1', value: 20 }] };
    assert.deepEqual(appendPeriod(base, period).entries, [{ target: 't01.1', value: 20, note: '含技術轉讓12項,見附件' }]);
    assert.deepEqual(replacedReadings(base, period), []);
    const renoted = { ...period, entries: [{ target: 't01.1', value: 20, note: '含專利轉化8項' }] };
    assert.deepEqual(appendPeriod(base, renoted).entries, [{ target: 't01.1', value: 20, note: '含專利轉化8項' }]);
    assert.deepEqual(replacedReadings(base, renoted), [{ target: 't01.1', asOf: '2023-06-30', before: 20, after: 20, noteBefore: '含技術轉讓12項,見附件', noteAfter: '含專利轉化8項' }]);

    writeFileSync(at('base.json'), JSON.stringify(base));
    writeFileSync(at('same.csv'), '指標編號,完成值,截至日期,備註\r\nt01.1,20,2023/6/30,\r\n');
    let r = await run('import', at('same.csv'), '--into', at('base.json'), '-o', at('kept.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(await import('node:fs').then((fs) => fs.readFileSync(at('kept.json'), 'utf8')), /含技術轉讓12項,見附件/);
    writeFileSync(at('new-note.csv'), '指標編號,完成值,截至日期,備註\r\nt01.1,20,2023/6/30,含專利轉化8項\r\n');
    r = await run('import', at('new-note.csv'), '--into', at('base.json'), '-o', at('renoted.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /t01\.1 at 2023-06-30: note "含技術轉讓12項,見附件" replaced by "含專利轉化8項"/);
    assert.match(r.stderr, /1 replaced/);
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      r = await run('import', at('new-note.csv'), '--into', at('base.json'), '-o', at('renoted.json'), '--lang', lang);
      assert.match(r.stderr, /備註「含技術轉讓12項,見附件」改為「含專利轉化8項」|备注“含技术转让12项,见附件”改为“含专利转化8项”|备注“含技術轉讓12項,見附件”改为“含專利轉化8項”/);
    }
  });

  test('a template whose note header is renamed (备注说明) with a note filled in is refused, naming the column and the hint; --partial writes the values', async () => {
    const template = progressTemplate(plan, { lang: 'zh-Hant', unit: '市科技局' });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx(template)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // The header under the unit's line (填報單位, F134).
    assert.equal(sheet.getCell('K2').value, '備註');
    sheet.getCell('K2').value = '备注说明';
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 't01.1')!;
    row.getCell(9).value = 20;
    row.getCell(10).value = '2023-06-30';
    row.getCell(11).value = '含技術轉讓12項';
    const file = { name: '科技局.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) };
    const result = await importFiles([file]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.column]), [['noteUnread', '备注说明']]);
    assert.match(result.problems[0]!.message, /备注说明: this column is not read, and row \d+ holds text in it: if it holds notes, rename it "Note"/);
    const zh = await importFiles([file], 'zh-Hant');
    assert.match(zh.problems[0]!.message, /「备注说明」欄:.*第 \d+ 行.*請把表頭改為「備註」/);
    // The values are read all the same: --partial writes them, the note's loss said above (科技局's sheet: F131).
    assert.deepEqual(result.report!.entries, [{ target: 't01.1', value: 20, reportedBy: ['science-technology-bureau'] }]);
    writeFileSync(at('renamed.xlsx'), file.data);
    assert.equal((await run('import', at('renamed.xlsx'), '-o', at('r.json'))).status, 1);
    assert.equal((await run('import', at('renamed.xlsx'), '--partial', '-o', at('r.json'))).status, 3, 'written, with the notes left out: 3');
  });

  test('a column of the clerk’s own with content (聯系人) is a warning naming the column and rows; the template’s own columns never are', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '計量單位', '目標', '完成值', '截至日期', '備註', '聯系人', '']);
      sheet.addRow(['t01.1', '引進科技成果', '項', '50', 20, '2023-06-30', '', '王五', '']);
      sheet.addRow(['t09.1', '新開通5G基站', '個', '2000', 2100, '2023-06-30', '', '', '見附表']);
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 2);
    assert.deepEqual(result.unreadColumns.map((w) => [w.code, w.column, w.rows]), [['unreadColumn', '聯系人', [2]], ['unreadColumn', 'I', [3]]]);
    assert.match(result.unreadColumns[0]!.message, /聯系人.*row 2.*not read/);
    writeFileSync(at('contact.xlsx'), file.data);
    const r = await run('import', at('contact.xlsx'), '-o', at('c.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /「聯系人」欄.*第 2 行.*未匯入/);
    // The template itself, filled in: nothing warned of.
    const template = progressTemplate(plan, { lang: 'zh-Hans', unit: '市科技局' });
    const filled = template.rows.map((row) => (row[0] === 't01.1' ? [...row.slice(0, 8), '20', '2023-06-30', '含技术转让'] : row));
    const clean = await importFiles([{ name: 't.csv', data: utf8([template.header, ...filled].map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')) }]);
    assert.deepEqual(clean.problems, []);
    assert.deepEqual(clean.unreadColumns, []);
  });
});

describe('messages that say what is wrong', () => {
  test('a date in the value column (a date cell, or typed) says a date was found where the value belongs', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t57.4', new Date(Date.UTC(2023, 3, 11)), '2023-06-30']);
      sheet.addRow(['t01.1', '2023-04-11', '2023-06-30']);
    });
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const result = await importFiles([file], lang);
      assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'dateAsValue', '2023-04-11'], [3, 'dateAsValue', '2023-04-11']]);
      assert.match(result.problems[0]!.message, lang === 'en' ? /"2023-04-11" is a date.*value.*number/ : /2023-04-11.*日期.*完成值/);
      assert.doesNotMatch(result.problems[0]!.message.replace(/^unit\.xlsx/, ''), /單位|单位|unit/);
    }
  });

  test('a row with a value but no target id (a 合計 row) says the target id is missing, on its row', async () => {
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const result = await importFiles([csv('total.csv', 't01.1,20,2023/6/30,', ',35,2023/6/30,合計')], lang);
      assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'missingTarget']]);
      assert.match(result.problems[0]!.message, lang === 'en' ? /row 3.*no target id/ : /第 3 行.*沒有指標編號|第 3 行.*没有指标编号/);
      assert.doesNotMatch(result.problems[0]!.message, /「」|“”|""/);
    }
  });
});

describe('a sheet beside the table with no table in it', () => {
  test('an instructions sheet (填表說明) or a sheet of empty rows is skipped with a notice naming it; a sheet with target ids and no header stays a problem', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 2100, '2023-06-30']);
      const notes = book.addWorksheet('填表說明');
      notes.addRow(['一、請填寫完成值與截至日期']);
      notes.addRow(['二、備註可填數據來源']);
      book.addWorksheet('空白').addRow([null, '', null]);
    });
    const result = await importFiles([file]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 1);
    assert.deepEqual(result.skippedSheets.map((s) => s.sheet), ['填表說明']);
    assert.match(result.skippedSheets[0]!.message, /^unit\.xlsx, sheet 填表說明: .*no table/);
    writeFileSync(at('instructions.xlsx'), file.data);
    const r = await run('import', at('instructions.xlsx'), '-o', at('i.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /工作表「填表說明」.*略過/);

    const ids = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.1', 2100, '2023-06-30']);
      const other = book.addWorksheet('七月');
      other.addRow(['編號', '數值']);
      other.addRow(['t09.2', 60]);
    });
    assert.deepEqual((await importFiles([ids])).problems.map((p) => [p.sheet, p.code]), [['七月', 'noHeader']]);
  });
});

test('progress diff into a reader that closes early (| head -1) ends quietly, without an EPIPE stack trace', async () => {
  // The rate the same in both: one corrected at its own date is a revision, exit 1 (r121 F2), which would stop the loop.
  writeFileSync(at('a.json'), diffReportJson({ value: 900, asOf: '2023-03-31' }, 97));
  writeFileSync(at('b.json'), diffReportJson({ value: 2100, asOf: '2023-06-30' }, 97));
  const script = at('run.mts');
  // Many lines of output, so that the writes outlast the reader.
  writeFileSync(script, `import { main } from ${JSON.stringify(join(packageDir, 'src/cli.ts'))};\nconst args = process.argv.slice(2);\nlet code = 0;\nfor (let i = 0; i < 2000 && code === 0; i++) code = await main(args);\nprocess.exitCode = code;\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'progress', 'diff', at('a.json'), at('b.json')], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // The reader takes the first chunk and closes the pipe, as head -1 does.
  child.stdout.once('data', () => child.stdout.destroy());
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
  assert.equal(signal, null);
  // A pipe closed early is no success (a code review: exit 0 hid an error the command had met); 141 as a tool killed by
  // SIGPIPE reports.
  assert.equal(code, 141);
});

describe('a code review of the import (each failing first)', () => {
  test('a corrected figure for the date that gave the baseline keeps the baseline (a sheet has no baseline column)', () => {
    const report = { plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.2', value: 750, asOf: '2023-03-31', baseline: 700 }, { target: 't03.2', value: 850 }] };
    const corrected = appendPeriod(report, { plan: plan.id, asOf: '2023-03-31', entries: [{ target: 't03.2', value: 760 }] });
    assert.deepEqual(
      corrected.entries.find((e) => e.asOf === '2023-03-31'),
      { target: 't03.2', value: 760, asOf: '2023-03-31', baseline: 700 },
    );
  });

  test('a column of the clerk’s whose header only contains 注 or 說明 (注册地, 說明書) is a warning, not a note column refused', async () => {
    for (const header of ['注册地', '註冊號', '关注事项', '說明書']) {
      const result = await importFiles([{ name: 'a.csv', data: utf8(`指标编号,完成值,截至日期,${header}\r\nt03.2,850,2023-06-30,德城区\r\n`) }], 'zh-Hans');
      assert.deepEqual(result.problems, [], header);
      assert.deepEqual(result.unreadColumns.map((c) => c.column), [header]);
    }
    for (const header of ['备注说明', '備註欄', '情況說明', '说明', 'Remarks', 'Notes']) {
      const result = await importFiles([{ name: 'a.csv', data: utf8(`指标编号,完成值,截至日期,${header}\r\nt03.2,850,2023-06-30,按季统计\r\n`) }], 'zh-Hans');
      assert.deepEqual(result.problems.map((p) => p.code), ['noteUnread'], header);
    }
  });

  test('a template column merged across two cells is read once and never named as not imported', async () => {
    const merged = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '指標', '', '完成值', '截至日期', '備註', '']);
      sheet.addRow(['t03.2', '科技型中小企業', '', 850, '2023-06-30', '按季統計', '']);
      sheet.addRow(['t01.4', '每萬人口發明專利擁有量', '', 4, '2023-06-30', '', '']);
      for (const range of ['B1:C1', 'B2:C2', 'B3:C3', 'F1:G1', 'F2:G2']) sheet.mergeCells(range);
    });
    const result = await importFiles([merged]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.unreadColumns, []);
    assert.deepEqual(result.report!.entries.find((e) => e.target === 't03.2'), { target: 't03.2', value: 850, note: '按季統計' });
  });
});
