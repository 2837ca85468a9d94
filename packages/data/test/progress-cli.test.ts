/**
 * `dz-plan progress template|import|diff`: the first test runs the built CLI as a user would (`node bin/dz-plan.js
 * progress …`), the others its `main` in this process (the same code and output, without a process per command).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport, progressHistory } from '../src/index.js';
import { cliScratch, dzPlan, dzPlanHere, diffReportJson, escapeRegExp } from './helpers.js';
import { latestIsoDate } from '../src/local-date.js';

/** `dz-plan progress …`, in this process. */
const run = (...args: string[]) => dzPlanHere('progress', ...args);

/** `dz-plan progress …`, the built CLI in a process of its own. */
const spawned = (...args: string[]) => dzPlan('progress', ...args);

/** Fills the value and date of the rows of a CSV template. */
function fill(file: string, values: Readonly<Record<string, readonly [string, string]>>): void {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  for (const row of rows) if (values[row[0]!]) [row[8], row[9]] = values[row[0]!]!;
  writeFileSync(file, Papa.unparse(rows));
}

describe('dz-plan progress', () => {
  const { at } = cliScratch('dz-plan-progress-', 'progress/index.js');

  test('template: CSV for a unit, .xlsx for a section; a unit not in the plan is a usage error', async () => {
    // The built CLI once, as a user runs it (r69 L9: a process each cost half the file's time); the rest in this process.
    const spawn = spawned('template', '--unit', '市發改委', '-o', at('ndrc.csv'));
    assert.equal(spawn.status, 0, spawn.stderr);
    const csv = readFileSync(at('ndrc.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFF填報單位:市發展改革委\r\n指標編號,'), 'BOM, the unit (F134) and zh-Hant headers');
    assert.match(spawn.stderr, /^\d+ 個指標 → /, 'in the default language, zh-Hant');
    let r = await run('template', '--section', '4', '--lang', 'zh-Hans', '-o', at('s4.xlsx'));
    assert.equal(r.status, 0, r.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('s4.xlsx'));
    assert.equal(workbook.worksheets[0]!.getCell('A1').value, '指标编号');
    r = await run('template', '--unit', '市不存在局', '--lang', 'en');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no unit "市不存在局"/);
    assert.equal((await run('template', '-o', at('x.pdf'))).status, 2);
  });

  test('import: two units’ sheets into a report; --into appends a period; diff lists changes and status moves', async () => {
    await run('template', '-o', at('a.csv'));
    await run('template', '--lang', 'en', '-o', at('b.csv'));
    fill(at('a.csv'), { 't09.1': ['1500', '2023-03-31'] });
    fill(at('b.csv'), { 't38.3': ['97%', '2023-03-31'] });
    let r = await run('import', at('a.csv'), at('b.csv'), '-o', at('march.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /2 個數值,來自 2 個檔案 → /);
    const march = JSON.parse(readFileSync(at('march.json'), 'utf8'));
    assert.ok(parseProgressReport(march, dezhouPlan).success);
    assert.deepEqual(march, { plan: dezhouPlan.id, asOf: '2023-03-31', entries: [{ target: 't09.1', value: 1500 }, { target: 't38.3', value: 97 }] });

    fill(at('a.csv'), { 't09.1': ['400', '2023-06-30'] });
    fill(at('b.csv'), { 't38.3': ['97%', '2023-06-30'] });
    writeFileSync(at('june.json'), readFileSync(at('march.json')));
    r = await run('import', at('a.csv'), at('b.csv'), '--into', at('june.json'));
    assert.equal(r.status, 0, r.stderr);
    const june = JSON.parse(readFileSync(at('june.json'), 'utf8'));
    assert.ok(parseProgressReport(june, dezhouPlan).success);
    assert.equal(june.asOf, '2023-06-30');
    assert.deepEqual(progressHistory(june, 't09.1').map((x) => [x.value, x.asOf]), [[1500, '2023-03-31'], [400, '2023-06-30']]);

    r = await run('diff', at('march.json'), at('june.json'), '--lang', 'en');
    // 400 new base stations in June after 1,500 in March: a running total read lower contradicts the earlier figure
    // (r63): not judged, neither better nor worse, and the diff exits 1 as for any reading it cannot judge.
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^≠ t09\.1 New 5G base stations opened: 1,500 base stations \(31 March 2023, on track\) → 400 base stations \(30 June 2023, contradicts an earlier figure\)$/m);
    assert.match(r.stdout, /^  t38\.3 .*: 97% \(31 March 2023, on track\) → 97% \(30 June 2023, on track\)$/m);
    assert.match(r.stdout, /^2 targets changed, 1 in status: 0 better \(↑\), 0 worse \(↓\), 1 contradicting an earlier figure \(≠\)$/m);
    assert.match(r.stderr, /t09\.1 at 2023-06-30: 400 base stations, below the 1,500 base stations of 31 March 2023: a running total cannot fall; check both figures$/m);
    // Said once: the reading's own problem names both figures, so the old report's comparison is not said again (F94).
    assert.doesNotMatch(r.stderr, /check both readings/);
    assert.equal(r.stderr.match(/t09\.1/g)?.length, 1, r.stderr);
  });

  test('a problem: every one printed with its place, nothing written, exit 1; --partial writes the good rows, exit 3', async () => {
    await run('template', '--lang', 'en', '-o', at('bad.csv'));
    fill(at('bad.csv'), { 't09.1': ['二千', '2023-06-30'], 't04.3': ['2.1萬', '2023-06-30'] });
    const row = Papa.parse<string[]>(readFileSync(at('bad.csv'), 'utf8')).data.findIndex((r) => r[0] === 't09.1') + 1;
    let r = await run('import', at('bad.csv'), '-o', at('bad.json'), '--lang', 'en');
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^bad\\.csv, row ${row}, Value: "二千" is not a number`, 'm'));
    assert.match(r.stderr, /nothing written: 1 problem \(fix it, or give --partial to write the 1 good reading\)$/m);
    assert.equal(existsSync(at('bad.json')), false);
    r = await run('import', at('bad.csv'), '-o', at('bad.json'), '--partial');
    assert.equal(r.status, 3, r.stderr);
    // Without --lang, in the language of the sheet's headers: English, of the template made with --lang en (F218).
    assert.match(r.stderr, new RegExp(`rejected rows \\(left out\\): bad\\.csv:${row}`));
    assert.deepEqual(JSON.parse(readFileSync(at('bad.json'), 'utf8')).entries, [{ target: 't04.3', value: 2.1 }]);
  });

  test("a cell's control characters are shown, never sent to the terminal (a security review: ESC sequences erased lines and planted links)", async () => {
    await run('template', '--lang', 'en', '-o', at('escape.csv'));
    const hostile = '2100\x1b]8;;http://evil.example\x07CLICK\x1b]8;;\x07\x1b[2K\x1b[1A\u009b2J';
    fill(at('escape.csv'), { 't09.1': [hostile, '2023-06-30'] });
    const r = await run('import', at('escape.csv'), '-o', at('escape.json'), '--lang', 'en');
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stderr, /[\x1b\x07\u009b]/, 'no control character reaches the terminal');
    assert.match(r.stderr, /Value: "2100\\x1B\]8;;http:\/\/evil\.example\\x07CLICK.*\\x1B\[1A\\x9B2J" is not in the target's unit/);
  });

  test('--into names each figure it replaces with another; an --as-of after today is a usage error', async () => {
    await run('template', '-o', at('co.csv'));
    fill(at('co.csv'), { 't01.1': ['30', '2023-06-30'] });
    assert.equal((await run('import', at('co.csv'), '-o', at('co.json'))).status, 0);
    fill(at('co.csv'), { 't01.1': ['12', '2023-06-30'] });
    let r = await run('import', at('co.csv'), '--into', at('co.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /co\.json: t01\.1 at 2023-06-30: 30 achievements replaced by 12 achievements$/m);
    assert.match(r.stderr, /^1 reading from 1 file, 1 replaced → /m);
    r = await run('import', at('co.csv'), '--as-of', '2999-01-01', '--lang', 'en');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--as-of 2999-01-01 is after today/);
  });

  test('--into says a replaced figure as diff says it: with its unit, a change with its direction (F118), in zh-Hans and English', async () => {
    const csv = (change: string, flow: string) => `指標編號,完成值,截至日期\r\nt26.4,${change},2023-06-30\r\nt01.1,${flow},2023-06-30\r\n`;
    writeFileSync(at('words.csv'), csv('4.2', '30'));
    assert.equal((await run('import', at('words.csv'), '-o', at('words.json'))).status, 0);
    writeFileSync(at('words.csv'), csv('9.8', '12'));
    for (const [lang, change, flow] of [
      ['zh-Hans', '下降4.2% 改为 下降9.8%', '30项 改为 12项'],
      ['en', 'a decrease of 4.2% replaced by a decrease of 9.8%', '30 achievements replaced by 12 achievements'],
    ] as const) {
      const r = await run('import', at('words.csv'), '--into', at('words.json'), '-o', at(`words-${lang}.json`), '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`t26\\.4\\b.*[:：] ?${escapeRegExp(change)}$`, 'm'));
      assert.match(r.stderr, new RegExp(`t01\\.1\\b.*[:：] ?${escapeRegExp(flow)}$`, 'm'));
    }
  });

  test('diff: a reading dated after today is named as a problem on stderr, not judged; exit 1 after the whole diff', async () => {
    writeFileSync(at('now.json'), diffReportJson({ value: 1500, asOf: '2023-03-31' }, 97));
    writeFileSync(at('slip.json'), diffReportJson({ value: 2100, asOf: '2999-06-30' }, 90));
    const r = await run('diff', at('now.json'), at('slip.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^\* t09\.1 New 5G base stations opened: 1,500 base stations \(31 March 2023, on track\) → 2,100 base stations \(30 June 2999, cannot be judged\)$/m);
    assert.match(r.stdout, /^↓ t38\.3 .*: 97% \(30 June 2023, on track\) → 90% \(30 June 2023, not yet at target\) \(corrected\)$/m, 'the other changes still judged');
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('slip.json'))}: t09\\.1 at 2999-06-30: 2999-06-30 is after today \\(${latestIsoDate()}\\)$`, 'm'));
    assert.match(r.stderr, /^dz-plan: 1 reading cannot be judged \(above\)/m);
  });

  test('diff: a reading dated after today behind an earlier one (a typo for 2023) is named too, though the earlier is judged; exit 1', async () => {
    const typo = { plan: 'dezhou-2023-green-low-carbon', asOf: '2032-06-30', entries: [{ target: 't09.1', value: 2200, asOf: '2023-09-30' }, { target: 't09.1', value: 3000 }] };
    writeFileSync(at('typo.json'), JSON.stringify(typo));
    writeFileSync(at('q1.json'), diffReportJson({ value: 1500, asOf: '2023-03-31' }, 97));
    const r = await run('diff', at('q1.json'), at('typo.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('typo.json'))}: t09\\.1 at 2032-06-30: 2032-06-30 is after today`, 'm'));
    assert.match(r.stderr, /^dz-plan: 1 reading cannot be judged \(above\)/m);
  });

  test('diff: a report with an entry dated after the report (a forecast) is refused with its path, nothing judged, exit 1', async () => {
    writeFileSync(at('q2.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't14.3', value: 2 }] }));
    writeFileSync(at('forecast.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't14.3', value: 4, asOf: '2023-12-31', note: '全年' }] }));
    const r = await run('diff', at('q2.json'), at('forecast.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('forecast.json'))}: entries\\[0\\]\\.asOf: the entry is dated 2023-12-31, after the report's date 2023-09-30: a reading cannot be dated after its report`, 'm'));
  });

  test('import: a remark line under the data is skipped with a warning quoting it; the readings are written, exit 0', async () => {
    await run('template', '--lang', 'en', '-o', at('remark.csv'));
    fill(at('remark.csv'), { 't09.1': ['2100', '2023-06-30'] });
    const rows = Papa.parse<string[]>(readFileSync(at('remark.csv'), 'utf8')).data.filter((r) => r.length > 1);
    writeFileSync(at('remark.csv'), Papa.unparse([...rows, ['', '', '', '', '', '', '', '', '', '', 'Figures not yet audited']]));
    const r = await run('import', at('remark.csv'), '-o', at('remark.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`^remark\\.csv, row ${rows.length + 1}, Note: a note alone, with no target id, value or date: the row is skipped \\("Figures not yet audited"\\)$`, 'm'));
    assert.match(r.stderr, /^1 reading from 1 file, 1 note-only row skipped → /m);
    assert.deepEqual(JSON.parse(readFileSync(at('remark.json'), 'utf8')).entries, [{ target: 't09.1', value: 2100 }]);
  });

  test('import: --as-of before a row’s date names that row as a problem; nothing written, exit 1', async () => {
    await run('template', '-o', at('asof.csv'));
    fill(at('asof.csv'), { 't09.1': ['2100', '2023-06-30'], 't09.2': ['60', ''] });
    const row = Papa.parse<string[]>(readFileSync(at('asof.csv'), 'utf8')).data.findIndex((r) => r[0] === 't09.1') + 1;
    const r = await run('import', at('asof.csv'), '--as-of', '2023-03-31', '-o', at('asof.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^asof\\.csv, row ${row}, 截至日期: 2023-06-30 is after the date given for the whole import \\(2023-03-31\\)`, 'm'));
    assert.equal(existsSync(at('asof.json')), false, 'no report dated before its entries');
  });

  test('import --into: a reading of the report dated after --as-of or today is a problem; nothing written, exit 1, also with --partial (never dropped)', async () => {
    // Dated at its latest reading, a slip of 2999 (a report's entries are never dated after it).
    const base = { plan: dezhouPlan.id, asOf: '2999-01-01', entries: [{ target: 't09.1', value: 1500, asOf: '2023-03-31' }, { target: 't09.1', value: 2500, asOf: '2023-09-30' }, { target: 't38.3', value: 90 }] };
    writeFileSync(at('late.json'), JSON.stringify(base));
    writeFileSync(at('june.csv'), '指標編號,完成值\r\nt04.3,2.1萬\r\n');
    let r = await run('import', at('june.csv'), '--into', at('late.json'), '--as-of', '2023-06-30', '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('late.json'))}: t09\\.1 at 2023-09-30: 2023-09-30 is after the date given for the whole import \\(2023-06-30\\)`, 'm'));
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('late.json'))}: t38\\.3 at 2999-01-01: 2999-01-01 is after today \\(${latestIsoDate()}\\)$`, 'm'));
    const refused = `nothing written: 2 readings of ${at('late.json')} are dated after the date the report would stand at; --partial never drops readings already in a report.`;
    assert.ok(r.stderr.includes(refused), r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(at('late.json'), 'utf8')), base, 'the report untouched');
    // --partial is for the sheets' rows: the readings already in the report are the office's own, kept whole.
    r = await run('import', at('june.csv'), '--into', at('late.json'), '--as-of', '2023-06-30', '--partial', '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.includes(refused), r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(at('late.json'), 'utf8')), base, 'the report untouched with --partial too');
    // A later --as-of takes the September reading; the one dated 2999 stays a problem until the report is corrected.
    r = await run('import', at('june.csv'), '--into', at('late.json'), '--as-of', '2023-09-30', '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /nothing written: 1 reading of .* is dated after/);
  });

  test('import: a hidden worksheet (an old version kept in the workbook) is skipped and named, never read unseen', async () => {
    const book = new ExcelJS.Workbook();
    const shown = book.addWorksheet('進度');
    shown.addRow(['指標編號', '完成值', '截至日期']);
    shown.addRow(['t04.4', 1234, '2023-06-30']);
    const old = book.addWorksheet('舊', { state: 'hidden' });
    old.addRow(['指標編號', '完成值', '截至日期']);
    old.addRow(['t04.4', 1300, '2023-06-30']);
    await book.xlsx.writeFile(at('hidden.xlsx'));
    const r = await run('import', at('hidden.xlsx'), '-o', at('hidden.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /hidden\.xlsx.*「舊」.*隱藏的工作表,未匯入/);
    assert.deepEqual(JSON.parse(readFileSync(at('hidden.json'), 'utf8')).entries, [{ target: 't04.4', value: 1234 }]);
  });

  test('import: a workbook whose readings come from two sheets (last month’s copy kept beside) says which sheet gave how many', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('六月').addRows([['指標編號', '完成值', '截至日期'], ['t04.4', 1234, '2023-06-30'], ['t09.1', 2100, '2023-06-30']]);
    book.addWorksheet('上月備份').addRows([['指標編號', '完成值', '截至日期'], ['t04.4', 900, '2023-05-31']]);
    await book.xlsx.writeFile(at('two-sheets.xlsx'));
    const r = await run('import', at('two-sheets.xlsx'), '-o', at('two-sheets.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /two-sheets\.xlsx, sheet 六月: 2 readings\n.*two-sheets\.xlsx, sheet 上月備份: 1 reading\n/s);
    // One sheet, one file: no such lines.
    const one = await run('import', at('hidden.xlsx'), '-o', at('one.json'), '--lang', 'en');
    assert.doesNotMatch(one.stderr, /sheet 進度: /);
  });

  test('diff: ↑ better and ↓ worse with their counts, a same-date correction said, targets not reported for the new date listed, and reports given newest first warned', async () => {
    const report = (asOf: string, entries: object[]) => JSON.stringify({ plan: dezhouPlan.id, asOf, entries });
    writeFileSync(at('q1.json'), report('2023-03-31', [{ target: 't09.1', value: 300 }, { target: 't01.1', value: 20 }, { target: 't04.3', value: 1 }]));
    writeFileSync(at('q2.json'), report('2023-06-30', [{ target: 't09.1', value: 1600 }, { target: 't01.1', value: 20 }, { target: 't04.3', value: 0.5, asOf: '2023-03-31' }]));
    const r = await run('diff', at('q1.json'), at('q2.json'), '--lang', 'en');
    // The published figure corrected at its own date is listed on stderr, exit 1 (r121 F2).
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /q2\.json: t04\.3 at 2023-03-31: 10,000 people of .*q1\.json corrected to 5,000 people$/m);
    assert.match(r.stdout, /^↑ t09\.1 .*: 300 base stations \(31 March 2023, seriously behind\) → 1,600 base stations \(30 June 2023, on track\)$/m);
    assert.match(r.stdout, /^↓ t01\.1 .*: 20 achievements \(31 March 2023, on track\) → 20 achievements \(30 June 2023, behind\)$/m);
    assert.match(r.stdout, /^↓ t04\.3 .*: 10,000 people \(31 March 2023, on track\) → 5,000 people \(31 March 2023, behind\) \(corrected\)$/m);
    assert.match(r.stdout, /^3 targets changed, 3 in status: 1 better \(↑\), 2 worse \(↓\)$/m);
    assert.match(r.stdout, /^not reported for 30 June 2023 \(the reading it is judged by is older\): t04\.3 \(31 March 2023\)$/m);
    assert.doesNotMatch(r.stderr, /give the older report first/);
    const swapped = await run('diff', at('q2.json'), at('q1.json'), '--lang', 'en');
    assert.match(swapped.stderr, /q2\.json \(2023-06-30\) is dated after .*q1\.json \(2023-03-31\): give the older report first/);
    assert.match((await run('diff', at('q1.json'), at('q1.json'))).stdout, /^沒有指標變動$/m);
  });

  test('import: one row dated later than the rest sets the report’s date, and the import says so with the ways out (a slip corrected, or the later date kept)', async () => {
    const sheet = at('slipped.csv');
    // (A slip past the deadline, 2024-03-31 with nothing by the deadline, is refused as afterDeadline: not this.)
    writeFileSync(sheet, '指標編號,完成值,截至日期\nt09.1,2100,2023-06-30\nt04.4,1234,2023-06-30\nt16.2,2,2023-09-30\n');
    const r = await run('import', sheet, '-o', at('slipped.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(at('slipped.json'), 'utf8')).asOf, '2023-09-30');
    assert.match(r.stderr, /the report stands at 2023-09-30, the date of t16\.2 only; 2 other readings stand at 2023-06-30: if 2023-09-30 is a slip \(the day the sheet was sent\), correct those rows' dates \(to 2023-06-30, say\); if they are figures as of 2023-09-30, they may stay, the report stands at 2023-09-30, and the 2 readings at 2023-06-30 are judged not reported this period/);
    // All at one date, or --as-of given: nothing to say.
    writeFileSync(sheet, '指標編號,完成值,截至日期\nt09.1,2100,2023-06-30\nt04.4,1234,2023-06-30\n');
    assert.doesNotMatch((await run('import', sheet, '-o', at('slipped.json'), '--lang', 'en')).stderr, /the report stands at/);
  });

  test('import: a total built up over the year read lower at a later date (a late sheet of May above June) is said; a rate may fall', async () => {
    writeFileSync(at('june-report.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 900 }, { target: 't27.1', value: 60 }] }));
    const late = at('may.csv');
    writeFileSync(late, '指標編號,完成值,截至日期\nt09.1,1000,2023-05-31\nt27.1,70,2023-05-31\n');
    const r = await run('import', late, '--into', at('june-report.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    // Each reading with where it was read (F131, r68 L3): the report appended to, the sheet's row.
    assert.match(r.stderr, /^t09\.1: 900 base stations at 2023-06-30 \(.*june-report\.json\) is below 1,000 base stations at 2023-05-31 \(may\.csv, row 2\), for a total built up over the year: check both readings$/m);
    assert.doesNotMatch(r.stderr, /t27\.1: .* is below/, 'a rate may fall');
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run('import')).status, 2);
    assert.equal((await run('import', 'x.csv', '--as-of', '30/6/2023')).status, 2);
    assert.equal((await run('import', 'missing.csv')).status, 2);
    assert.equal((await run('diff', 'one.json')).status, 2);
    assert.equal((await run('template', '--lang', 'fr')).status, 2);
  });
});
