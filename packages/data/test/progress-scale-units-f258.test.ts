/**
 * Figures a department's sheet gives in the wrong scale or unit (review r106 M3, M4, L8): a share or change written as
 * a two-decimal fraction (0.03 for ≥ 3%), a flow typed in 百萬元 for a target in 億元 (8850 by 30 June for 170億元), and
 * cubic metres written with their symbol (21.3亿m³ for a target in 億立方米). Each was read silently, or refused as
 * the wrong unit, before.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { dzPlanHere } from './helpers.js';
import { csv, date, importFiles, inEach } from './progress-import-helpers.js';
import { workbook } from './workbook.js';
import { symbolAsWord } from '../src/progress/unit-symbols.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f258-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('a share or change in % written as a two-decimal fraction is refused (r106 M3)', () => {
  test('General number cells: 0.03 for ≥ 3% and 0.12 for ↓ 12%, as 0.029 is', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t09.5', 0.03, date('2023-06-30')]);
      sheet.addRow(['t26.4', 0.12, date('2023-06-30')]);
      sheet.addRow(['t09.5', 0.029, date('2023-09-30')]);
    });
    const results = await inEach([file]);
    assert.deepEqual(results.en.problems.map((p) => [p.row, p.code, p.text]), [
      [2, 'fractionForPercent', '0.03'],
      [3, 'fractionForPercent', '0.12'],
      [4, 'fractionForPercent', '0.029'],
    ]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'unit.xlsx 工作表「進度」第 2 行「完成值」欄:0.03 像是小數比例:即 3%,請填 3;如確是 0.03%,請連 % 號填寫');
    assert.equal(results['zh-Hans'].problems[1]!.message, 'unit.xlsx 工作表“進度”第 3 行“完成值”列:0.12 像是小数比例:即 12%,请填 12;如确是 0.12%,请连 % 号填写');
    assert.equal(results.en.report, undefined);
  });

  test('a CSV alike; with its % sign the figure is read as written', async () => {
    const result = await importFiles([csv('rate.csv', 't09.5,0.03,2023-06-30,', 't26.4,0.12,2023-06-30,', 't09.5,0.03%,2023-09-30,', 't26.4,0.12%,2023-09-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'fractionForPercent', '0.03'], [3, 'fractionForPercent', '0.12']]);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t09.5', 0.03], ['t26.4', 0.12]]);
  });

  test('a small real figure is asked for with its % sign within the rule; one decimal, or beyond the rule’s bounds, is read as written', async () => {
    // 0.25 for ↓ 12% is a fraction of 25%, within three times the goal: refused, asking for 0.25% if that is the fall.
    // 0.25 or 0.5 for ↓ 5% (25%, 50%: beyond three times it) and 0.5 for ≥ 3% are read; so is 0.1 for ↓ 12% (one decimal).
    const result = await importFiles([csv('small.csv', 't26.4,0.25,2023-06-30,', 't26.5,0.25,2023-06-30,', 't26.5,0.5,2023-09-30,', 't09.5,0.5,2023-06-30,', 't26.4,0.1,2023-09-30,')]);
    assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'fractionForPercent', '0.25']]);
    assert.match(result.problems[0]!.message, /0\.25 looks like a fraction: that is 25%, write 25; if it is 0\.25%, write it with its % sign/);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.asOf, e.value]), [
      ['t26.5', '2023-06-30', 0.25],
      ['t26.5', undefined, 0.5],
      ['t09.5', '2023-06-30', 0.5],
      ['t26.4', undefined, 0.1],
    ]);
  });
});

describe('a flow figure far above what the pace asks by its date is the wrong scale (r106 M4)', () => {
  test('8850 for 網絡零售額 ≥ 170億元 as of 30 June (百萬元 for 億元: 104 times the pace) is refused; 885000 still is', async () => {
    const results = await inEach([csv('trade.csv', 't23.6,8850,2023-06-30,', 't23.6,885000,2023-09-30,')]);
    assert.deepEqual(results.en.problems.map((p) => [p.row, p.code, p.text]), [[2, 'wrongScale', '8850'], [3, 'wrongScale', '885000']]);
    assert.equal(results['zh-Hant'].problems[0]!.message, 'trade.csv 第 2 行「完成值」欄:8850 是目標(170億元)的 52 倍,數值應以「億元」為單位');
    assert.equal(results.en.report, undefined);
  });

  test('a figure at or under a hundred times the pace is read: 88.5 by 30 June, 8000 at the year’s end of a 億元 flow (47 times)', async () => {
    const result = await importFiles([csv('trade.csv', 't23.6,88.5,2023-06-30,', 't23.6,8000,2023-12-31,')]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 2);
  });

  test('paced from a month at least: 1000億元 on 2 January is a hundred times two days’ pace but under a month’s, and is read', async () => {
    const early = await importFiles([csv('early.csv', 't23.6,1000,2023-01-02,')]);
    assert.deepEqual(early.problems, []);
    const late = await importFiles([csv('january.csv', 't23.6,1500,2023-01-31,')]);
    assert.deepEqual(late.problems.map((p) => p.code), ['wrongScale']);
  });

  test('with the figure in the target’s unit when its base reads plausibly: 300 (人) for 新集聚大學生 3.3萬人 by 31 March', async () => {
    const result = await importFiles([csv('grads.csv', 't04.3,300,2023-03-31,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.code, p.message]), [['wrongScale', 'grads.csv 第 2 行「完成值」欄:300 是目標(3.3萬人)的 91 倍,數值應以「萬人」為單位:300人 即 0.03萬人']]);
  });

  test('a stock or a rate is not paced: 80 for a rate is read, as before', async () => {
    const result = await importFiles([csv('rate.csv', 't30.4,80,2023-03-31,')]);
    assert.deepEqual(result.problems, []);
  });

  test('the CLI refuses it: exit 1', async () => {
    writeFileSync(join(dir, 'trade.csv'), ['指標編號,完成值,截至日期', 't23.6,8850,2023-06-30'].join('\n'));
    const r = await dzPlanHere('progress', 'import', join(dir, 'trade.csv'), '--lang', 'zh-Hant');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /8850 是目標\(170億元\)的 52 倍,數值應以「億元」為單位/);
  });
});

describe('the SI symbols of the plan’s units are read as the units (r106 L8)', () => {
  test('21.3亿m³ for 億立方米, 150.5万m³ for 萬立方米, in a CSV and in an .xlsx', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('進度');
      sheet.addRow(['指標編號', '完成值', '截至日期']);
      sheet.addRow(['t26.3', '21.3亿m³', date('2023-12-31')]);
      sheet.addRow(['t26.2', '150.5万m³', date('2023-12-31')]);
    });
    for (const files of [[csv('water.csv', 't26.3,21.3亿m³,2023-12-31,', 't26.2,150.5万m³,2023-12-31,')], [file]]) {
      const result = await importFiles(files, 'zh-Hant');
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t26.3', 21.3], ['t26.2', 150.5]]);
    }
  });

  test('m3, 万M³, 1505000m3 (converted to 萬立方米), 12km, 3.5km², 50MW and 1.2GW for 萬千瓦, 2万t for 萬噸', async () => {
    const result = await importFiles(
      [csv('si.csv', 't26.3,21.3 亿 m3,2023-12-31,', 't26.2,1505000m3,2023-12-31,', 't26.6,150万M³,2023-12-31,', 't13.2,12km,2023-12-31,', 't17.2,3.5km²,2023-12-31,', 't14.2,50MW,2023-12-31,', 't14.4,1.2GW,2023-12-31,', 't37.3,2万t,2023-12-31,')],
      'zh-Hant',
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [
      ['t26.3', 21.3],
      ['t26.2', 150.5],
      ['t26.6', 150],
      ['t13.2', 12],
      ['t17.2', 3.5],
      ['t14.2', 5],
      ['t14.4', 120],
      ['t37.3', 2],
    ]);
  });

  test('a symbol of another unit is still the wrong unit: 21.3亿m² for 億立方米, 5km for 萬畝', async () => {
    const result = await importFiles([csv('wrong.csv', 't26.3,21.3亿m²,2023-12-31,', 't28.1,5km,2023-12-31,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.code, p.message]), [
      ['wrongUnit', 'wrong.csv 第 2 行「完成值」欄:「21.3亿m²」的單位與目標不符,目標單位是「億立方米」'],
      ['wrongUnit', 'wrong.csv 第 3 行「完成值」欄:「5km」的單位與目標不符,目標單位是「萬畝」'],
    ]);
  });

  test('the rule alone: the symbol replaced by the target’s unit word, else undefined', () => {
    assert.equal(symbolAsWord('21.3亿m³', target('t26.3')), '21.3亿立方米');
    assert.equal(symbolAsWord('50 MW', target('t14.2')), '50000千瓦');
    assert.equal(symbolAsWord('21.3亿立方米', target('t26.3')), undefined);
    assert.equal(symbolAsWord('5km', target('t28.1')), undefined);
    assert.equal(symbolAsWord('5kg', target('t37.3')), undefined, 'kg is not 噸');
  });
});
