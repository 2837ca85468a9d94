/**
 * The progress import after review r58: values read with 萬/億 rounded off their float noise and rows equal within it
 * one reading (M1), late rows of one sheet sharing a date and deadline said once (H1), a quarter or half without its
 * year dated by the sheet or today (M2), a base year before the direction read as a change (M7), and the words of a
 * few refusals (Low 1, 3, 5, 6).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';
import { parseReadingValue } from '../src/read-value.js';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles, inEach } from './progress-import-helpers.js';

describe('M1: values read with 萬/億 and rows equal but for float noise', () => {
  test('0.17萬 for a target in 人 is imported as 1700, not 1700.0000000000002', async () => {
    assert.notDeepEqual(parseReadingValue('0.17萬', getTarget('t04.4')!), { value: 1700 }, 'the float noise this test is about');
    const result = await importFiles([csv('a.csv', 't04.4,0.17萬,2023-06-30,')]);
    assert.deepEqual(result.report?.entries, [{ target: 't04.4', value: 1700 }]);
  });

  test('1700 and 0.17萬 agree: one reading, both notes', async () => {
    const result = await importFiles([csv('a.csv', 't04.4,1700,2023-06-30,人社', 't04.4,0.17萬,2023-06-30,教育')]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries, [{ target: 't04.4', value: 1700, note: '人社;教育' }]);
  });

  // t26.6 (6600萬立方米): 11500萬 is within ten times its goal, where t26.2's 234萬立方米 made it the wrong scale (r107 H1).
  test('1.15億 and 11500 (萬) agree', async () => {
    const result = await importFiles([csv('a.csv', 't26.6,1.15億,2023-06-30,', 't26.6,11500,2023-06-30,')]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.report?.entries, [{ target: 't26.6', value: 11500 }]);
  });
});

describe('H1: dz-plan progress import --into with a year-end sheet dated in January', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r58-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  const q3 = '指標編號,完成值,截至日期\nt09.1,2100,2023-09-30\nt26.3,16.2,2023-09-30\nt16.1,30,2023-09-30\nt04.4,1234,2023-09-30\n';

  test('a few late rows appended: the summary on the report as written names the deadline', async () => {
    writeFileSync(at('q3.csv'), q3);
    writeFileSync(at('ye.csv'), '指標編號,完成值,截至日期\nt09.1,3100,2024-01-10\nt26.3,21.5,2024-01-10\n');
    assert.equal((await dzPlanHere('progress', 'import', at('q3.csv'), '-o', at('r.json'))).status, 0);
    const r = await dzPlanHere('progress', 'import', at('ye.csv'), '--into', at('r.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^the report stands at 2024-01-10, the date of t09\.1, t26\.3 only; 4 other readings stand at 2023-09-30: that date is after the deadline, 2023-12-31, .* date them 2023-12-31$/m);
  });

  test('a whole sheet late: said once, with the deadline to date it at, in each language', async () => {
    const expected = {
      en: /^the report stands at 2024-01-10, the date of all 4 readings of this import: that date is after the deadline, 2023-12-31, so those readings are kept in the history only and judge nothing; if they are figures as of the deadline, date them 2023-12-31$/m,
      'zh-Hant': /^報告的日期是 2024-01-10,本次匯入的 4 個數值都是這一天的:這一天晚於完成時限 2023-12-31,這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請把日期改為 2023-12-31$/m,
      'zh-Hans': /^报告的日期是 2024-01-10,本次导入的 4 个数值都是这一天的:这一天晚于完成时限 2023-12-31,这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请把日期改为 2023-12-31$/m,
    };
    writeFileSync(at('ye-all.csv'), q3.replaceAll('2023-09-30', '2024-01-10'));
    for (const [lang, line] of Object.entries(expected)) {
      writeFileSync(at('q3.csv'), q3);
      assert.equal((await dzPlanHere('progress', 'import', at('q3.csv'), '-o', at('r.json'))).status, 0);
      const r = await dzPlanHere('progress', 'import', at('ye-all.csv'), '--into', at('r.json'), '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, line, lang);
    }
  });
});

describe('M2: a quarter or a half without its year', () => {
  // A five-year plan: every target due 2025-12-31.
  const fiveYear = { ...dezhouPlan, period: { start: '2021-01-01', end: '2025-12-31' }, targets: dezhouPlan.targets.map((t) => ({ ...t, deadline: '2025-12-31' })) };
  const messages = async (today: string, ...lines: string[]) => {
    const out = {} as Record<'zh-Hant' | 'zh-Hans' | 'en', string[]>;
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) out[lang] = (await importProgressFiles([csv('h.csv', ...lines)], fiveYear, { lang, today })).problems.map((p) => p.message);
    return out;
  };

  test('takes the year of the sheet’s other rows, not the deadline’s', async () => {
    const m = await messages('2023-07-10', 't09.1,1200,2023-06-30,', 't09.2,50,上半年,', 't09.3,20,二季度,');
    assert.match(m.en[0]!, /"上半年" is a period, not a date: write its last day, such as 2023-06-30$/);
    assert.match(m.en[1]!, /"二季度" is a period, not a date: write its last day, such as 2023-06-30$/);
  });

  test('the sheet’s rows in two years: the year of today, for a period ended by then', async () => {
    const m = await messages('2023-12-05', 't09.1,1200,2023-06-30,', 't04.4,1200,2022-12-31,', 't09.2,50,上半年,');
    assert.match(m.en[0]!, /such as 2023-06-30$/);
    const january = await messages('2024-01-10', 't09.2,50,下半年,');
    assert.match(january.en[0]!, /such as 2023-12-31$/);
  });

  test('a period under way today, the sheet naming no year: no date guessed, in each language', async () => {
    const m = await messages('2023-08-10', 't09.2,50,下半年,');
    assert.match(m.en[0]!, /"下半年" is a period, not a date: write its last day as YYYY-MM-DD$/);
    assert.match(m['zh-Hant'][0]!, /「下半年」是一段時期,不是日期:請填該期的最後一天\(YYYY-MM-DD\)$/);
    assert.match(m['zh-Hans'][0]!, /“下半年”是一段时期,不是日期:请填该期的最后一天\(YYYY-MM-DD\)$/);
  });
});

describe('M7: a base year before the direction', () => {
  test('較2020年下降7% for a cut in %: the size only, 7, in each language', async () => {
    const results = await inEach([csv('v.csv', 't26.4,較2020年下降7%,2023-09-30,', 't26.4,比2020年相比下降7%,2023-09-30,', 't26.4,与2020年相比下降7%,2023-09-30,')]);
    for (const p of results['zh-Hant'].problems) assert.match(p.message, /:此欄只填變化的幅度,下降 7% 請填 7$/u);
    for (const p of results['zh-Hans'].problems) assert.match(p.message, /:此栏只填变化的幅度,下降 7% 请填 7$/u);
    assert.equal(results.en.problems.length, 3);
    for (const p of results.en.problems) assert.doesNotMatch(p.message, /not a number|12/);
  });
});

describe('Low: the words of a few refusals', () => {
  test('L1: a late row whose deadline reading is held back as a conflict is told so, in each language', async () => {
    const results = await inEach([csv('l.csv', 't09.1,3100,2023-12-31,', 't09.1,3200,2023-12-31,', 't09.1,3300,2024-01-10,')]);
    const late = (lang: 'en' | 'zh-Hant' | 'zh-Hans') => results[lang].problems.find((p) => p.row === 4)!;
    assert.equal(late('en').code, 'afterDeadline');
    assert.match(late('en').message, /2024-01-10 is after the target's deadline, 2023-12-31, and the reading as of the deadline is held back as a conflict: it is kept once the units agree on that figure$/);
    assert.match(late('zh-Hant').message, /日期 2024-01-10 晚於完成時限 2023-12-31,而截至完成時限的數值各單位不一致,未採用:請先核定該數值$/u);
    assert.match(late('zh-Hans').message, /日期 2024-01-10 晚于完成时限 2023-12-31,而截至完成时限的数值各单位不一致,未采用:请先核定该数值$/u);
  });

  test('L3: three different values are not said as two, in each language', async () => {
    // Three units' sheets (rows of one sheet alone are an id typed twice, F128).
    const results = await inEach(['a', 'b', 'c'].map((unit, i) => csv(`${unit}.csv`, `t09.1,${2100 + 100 * i},2023-06-30,`)));
    assert.match(results['zh-Hant'].problems[0]!.message, /t09\.1 同一日期有不同的數值:本行 2100,b\.csv 第 2 行 2200:請各單位核定一個數$/u);
    assert.match(results['zh-Hans'].problems[0]!.message, /t09\.1 同一日期有不同的数值:本行 2100,b\.csv 第 2 行 2200:请各单位核定一个数$/u);
    assert.match(results.en.problems[0]!.message, /a different value than b\.csv, row 2 \(2,200\) for the same target and date: t09\.1 is 2,100 here; the units are to agree on one figure$/);
  });
});
