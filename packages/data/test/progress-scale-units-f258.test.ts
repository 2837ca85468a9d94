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
import { overPace } from '../src/progress/value-shapes.js';
import { unitScale } from '../src/format-number.js';
import { lastDayOf } from '../src/iso-date.js';
import { importProgressFiles } from '../src/progress/index.js';
import type { Plan, Target } from '../src/schema.js';

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

  test('a figure under ten times the goal and thirty times the pace is read: 88.5 by 30 June, 1690 at the year’s end of a 億元 flow (9.9 times)', async () => {
    const result = await importFiles([csv('trade.csv', 't23.6,88.5,2023-06-30,', 't23.6,1690,2023-12-31,')]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 2);
  });

  test('behind the pace in 百萬元 (r107 H1): 8000 by 30 June (80億 of 170億元), 40000 for 1000億元, 15000 at the year’s end are ten times the goal or more, refused', async () => {
    const result = await importFiles([csv('behind.csv', 't23.6,8000,2023-06-30,', 't18.2,40000,2023-06-30,', 't23.6,15000,2023-12-31,', 't23.6,1700,2023-11-30,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'wrongScale', '8000'], [3, 'wrongScale', '40000'], [4, 'wrongScale', '15000'], [5, 'wrongScale', '1700']]);
    assert.equal(result.problems[0]!.message, 'behind.csv 第 2 行「完成值」欄:8000 是目標(170億元)的 47 倍,數值應以「億元」為單位');
    assert.equal(result.report, undefined);
  });

  test('the CLI refuses the three behind the pace: exit 1, where it published 超額完成 3', async () => {
    writeFileSync(join(dir, 'behind.csv'), ['指標編號,完成值,截至日期', 't23.6,8000,2023-06-30', 't18.2,40000,2023-06-30', 't23.6,15000,2023-12-31'].join('\n'));
    const r = await dzPlanHere('progress', 'import', join(dir, 'behind.csv'), '-o', join(dir, 'behind.json'), '--lang', 'zh-Hant');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /8000 是目標\(170億元\)的 47 倍/);
    assert.match(r.stderr, /40000 是目標\(1000億元\)的 40 倍/);
    assert.match(r.stderr, /15000 是目標\(170億元\)的 88 倍/);
  });

  test('paced from a month at least, thirty times it: 400億元 on 2 January is read (under 2.5 times 170), 450 refused; 1270 by 31 March read, 1280 refused', async () => {
    const read = await importFiles([csv('early.csv', 't23.6,400,2023-01-02,', 't23.6,1270,2023-03-31,')]);
    assert.deepEqual(read.problems, []);
    const refused = await importFiles([csv('january.csv', 't23.6,450,2023-01-02,', 't23.6,1280,2023-03-31,', 't23.6,1500,2023-01-31,')]);
    assert.deepEqual(refused.problems.map((p) => [p.row, p.code]), [[2, 'wrongScale'], [3, 'wrongScale'], [4, 'wrongScale']]);
  });

  test('every flow in 萬 or 億 of the plan: a 百萬元 slip of a tenth of the goal or 30% of the pace is refused at each month’s end; real lumps are read', () => {
    const flows = dezhouPlan.targets.filter((t) => t.measure === 'flow' && unitScale(t.unit) > 1);
    assert.ok(flows.length >= 25, String(flows.length));
    for (const t of flows) {
      for (let month = 1; month <= 12; month++) {
        const asOf = lastDayOf(2023, month);
        const pace = t.value * Math.max(1 / 12, month / 12);
        // Typed in a unit a hundred times too small: refused from a tenth of the goal, or 30% of the pace, up.
        assert.ok(overPace(t, 100 * (t.value / 10), dezhouPlan.period.start, asOf), `${t.id} ${asOf}: a tenth of the goal`);
        assert.ok(overPace(t, 100 * 0.3 * pace, dezhouPlan.period.start, asOf), `${t.id} ${asOf}: 30% of the pace`);
        // Real figures: twice the pace (a signing fair's lump, a fast month), three times the goal by the year's end.
        assert.equal(overPace(t, 2 * pace, dezhouPlan.period.start, asOf), undefined, `${t.id} ${asOf}: twice the pace`);
      }
      assert.equal(overPace(t, 3 * t.value, dezhouPlan.period.start, '2023-12-31'), undefined, `${t.id}: three times the goal`);
    }
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

describe('a flow with its own start is paced from it, as the evaluation paces it (r107 M1)', () => {
  // 網絡零售額 counted from 1 July: a month's pace by 31 July is 170/6, not 170×7/12.
  const started: Plan = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't23.6' ? { ...t, start: '2023-07-01' } : t)) };
  const importInto = (plan: Plan, ...lines: string[]) => importProgressFiles([csv('july.csv', ...lines)], plan, { lang: 'en', today: '2026-12-01' });

  test('3000 and 1000 by 31 July are thirty times the pace from 1 July or more: refused; from the plan’s start 1000 would pass', async () => {
    for (const value of [3000, 1000]) {
      const result = await importInto(started, `t23.6,${value},2023-07-31,`);
      assert.deepEqual(result.problems.map((p) => [p.row, p.code, p.text]), [[2, 'wrongScale', String(value)]]);
    }
    const plain = await importInto(dezhouPlan, 't23.6,1000,2023-07-31,');
    assert.deepEqual(plain.problems, []);
  });

  test('800 by 31 July (under 30 times 170/6) is read', async () => {
    const result = await importInto(started, 't23.6,800,2023-07-31,');
    assert.deepEqual(result.problems, []);
  });
});

describe('the unit words the table names are read as the target’s unit (r107 M2)', () => {
  test('12.5千米 for 公里, 3.5平方千米 for 平方公里, 150万立方公尺 for 萬立方米, 840万平方公尺 for 萬平方米', async () => {
    const result = await importFiles(
      [csv('words.csv', 't13.2,12.5千米,2023-12-31,', 't17.2,3.5平方千米,2023-12-31,', 't26.6,150万立方公尺,2023-12-31,', 't30.1,840万平方公尺,2023-12-31,')],
      'zh-Hant',
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t13.2', 12.5], ['t17.2', 3.5], ['t26.6', 150], ['t30.1', 840]]);
  });

  test('500千克 and 500kg for a target in 公斤, 2千瓦 for one in 千瓦', async () => {
    const kilos: Target = { ...target('t13.2'), id: 't13.9', unit: '公斤', unitEn: 'kg', value: 600 };
    const watts: Target = { ...target('t13.2'), id: 't13.8', unit: '千瓦', unitEn: 'kW', value: 6 };
    const plan: Plan = { ...dezhouPlan, targets: [...dezhouPlan.targets, kilos, watts] };
    const result = await importProgressFiles([csv('kilos.csv', 't13.9,500千克,2023-12-31,', 't13.9,500kg,2023-11-30,', 't13.8,2千瓦,2023-12-31,')], plan, { lang: 'zh-Hant', today: '2026-12-01' });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t13.9', 500], ['t13.9', 500], ['t13.8', 2]]);
  });

  test('the rule alone: a word of the target’s unit replaced by its own word; a word of another unit is not', () => {
    assert.equal(symbolAsWord('12.5千米', target('t13.2')), '12.5公里');
    assert.equal(symbolAsWord('150万立方公尺', target('t26.6')), '150万立方米');
    assert.equal(symbolAsWord('3.5平方千米', target('t17.2')), '3.5平方公里');
    assert.equal(symbolAsWord('12.5千米', target('t17.2')), undefined, '千米 is not 平方公里');
    assert.equal(symbolAsWord('500千克', target('t37.3')), undefined, '千克 is not 噸');
  });

  test('a word of another unit is still the wrong unit, never a multiplier: 12.5千米 for 萬畝', async () => {
    const result = await importFiles([csv('wrong.csv', 't28.1,12.5千米,2023-12-31,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.code, p.message]), [['wrongUnit', 'wrong.csv 第 2 行「完成值」欄:「12.5千米」的單位與目標不符,目標單位是「萬畝」']]);
  });
});
