/**
 * F182 (F179's leftovers): since F179 a share raised by points with no base in a plan of a known year (比重提高1.5个百分点
 * in a 2024 plan) is read as 较上年末提高 is: a `rate` with `baselineYear` 2023. The template's measure column then said
 * 较2023年上升幅度(…如升了7%填 7…): a base year the plan does not write, where it means the end of last year, and an
 * example in per cent for a target in points. It says 较上年末 where the base is the year before the plan's and the text
 * names no year (an explicit 较2020年 or 较2023年 keeps it), and for a target in points an example in points, of the
 * target's own size.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plan } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';

const measure = sheetColumns.indexOf('measure');
const measureOf = (p: Plan, id: string, lang: 'zh-Hant' | 'zh-Hans' | 'en') => progressTemplate(p, { lang }).rows.find((row) => row[0] === id)![measure]!;

/**
 * t01.1 Linyi's share raised by points with no base; t01.2 a rate down since the start of the year; t01.3 a ratio up
 * since 2020; t01.4 one up since 2023, which it names; t01.5 a stock up 8% since last year's end.
 */
const plan = planFromText(
  '1.甲。高新技术产业产值占规上工业总产值比重提高1.5个百分点,不良贷款率较年初下降0.5个百分点,研发投入强度较2020年提高0.4个百分点,研发投入强度较2023年提高0.2个百分点,存款余额较上年末增长8%。（牵头单位：市工信局）',
  { title: '测试', issuer: '某市人民政府', year: 2024 },
).plan!;

describe('F182: the measure column of a rise in points since last year\'s end', () => {
  test('the plan as F179 reads it: rates in points with base 2023, a change since 2020', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.baselineYear} ${t.unit}`),
      ['t01.1 increaseBy rate 2023 个百分点', 't01.2 decreaseBy rate 2023 个百分点', 't01.3 increaseBy change 2020 个百分点', 't01.4 increaseBy rate 2023 个百分点', 't01.5 increaseBy change 2023 %'],
    );
  });

  test('比重提高1.5个百分点 with no base: since the end of last year, an example in points of its own size, in three languages', () => {
    assert.equal(measureOf(plan, 't01.1', 'zh-Hans'), '较上年末上升幅度(填正数,如提高了1.5个百分点填 1.5;不升反降填负数)');
    assert.equal(measureOf(plan, 't01.1', 'zh-Hant'), '較上年末上升幅度(填正數,如提高了1.5個百分點填 1.5;不升反降填負數)');
    assert.equal(measureOf(plan, 't01.1', 'en'), 'rise since the end of last year, as a positive number (1.5 for a rise of 1.5 percentage points; negative if it fell instead)');
  });

  test('a base of the plan\'s own year that the text does not name (curated): since the start of the year', () => {
    const curated: Plan = { ...plan, targets: plan.targets.map((t) => (t.id === 't01.1' ? { ...t, baselineYear: 2024 } : t)) };
    assert.match(measureOf(curated, 't01.1', 'zh-Hant'), /^較年初上升幅度\(填正數,如提高了1\.5個百分點填 1\.5;/);
  });

  test('a base the text names keeps its words, with an example in points: 较年初, 较2020年, 较2023年', () => {
    assert.equal(measureOf(plan, 't01.2', 'zh-Hans'), '较年初下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.equal(measureOf(plan, 't01.2', 'en'), 'fall since the start of the year, as a positive number (0.5 for a fall of 0.5 percentage points; negative if it rose instead)');
    assert.equal(measureOf(plan, 't01.3', 'zh-Hant'), '較2020年上升幅度(填正數,如提高了0.4個百分點填 0.4;不升反降填負數)');
    assert.match(measureOf(plan, 't01.4', 'zh-Hans'), /^较2023年上升幅度\(填正数,如提高了0\.2个百分点填 0\.2;/);
  });

  test('a change in per cent keeps its example in per cent', () => {
    assert.equal(measureOf(plan, 't01.5', 'zh-Hans'), '较上年末上升幅度(填正数,如升了7%填 7;不升反降填负数)');
  });
});
