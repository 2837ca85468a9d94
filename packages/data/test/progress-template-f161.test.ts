/**
 * F161 (F122 leftovers): the progress template's measure column names the base a change counts from where the target
 * says it. It said 較基準年 for every change: for 萬元GDP用水量較2020年下降12% (`baselineYear` 2020), for a rate's fall
 * since the start of the year (不良貸款率較年初下降0.5個百分點) and a rise over last year alike, which left a clerk to
 * guess which base was meant. 較基準年 stays where nothing says the base.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plan, Target } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';
import { plan as dezhouPlan } from './progress-import-helpers.js';

const measure = sheetColumns.indexOf('measure');
const measureOf = (p: Plan, id: string, lang: 'zh-Hant' | 'zh-Hans' | 'en') => progressTemplate(p, { lang }).rows.find((row) => row[0] === id)![measure]!;

/**
 * t01.1 a rate down 0.5 points since the start of the year; t01.2 a rate up 1 point over last year (a rate in points
 * after 比上年, its base the year before since F185; curated as a rate here all the same); t01.3 a stock up 8% since last year's end; t01.4 a fall of 4.2% that
 * names no base.
 */
const parsed = planFromText('1.甲。不良贷款率较年初下降0.5个百分点,城市污水处理率比上年提高1个百分点,存款余额较上年末增长8%,单位GDP二氧化碳排放降低4.2%。（牵头单位：市工信局）', {
  title: '测试',
  issuer: '某市人民政府',
  year: 2024,
}).plan!;
const plan: Plan = { ...parsed, targets: parsed.targets.map((t) => (t.id === 't01.2' ? { ...t, measure: 'rate' } : t)) };

describe('F161: the measure column names the base of a change', () => {
  test('t26.4 萬元GDP用水量較2020年下降12%: the fall since 2020, its baselineYear, in each language', () => {
    assert.equal(measureOf(dezhouPlan, 't26.4', 'zh-Hant'), '較2020年下降幅度(填正數,如降了7%填 7;不降反升填負數)');
    assert.equal(measureOf(dezhouPlan, 't26.4', 'zh-Hans'), '较2020年下降幅度(填正数,如降了7%填 7;不降反升填负数)');
    assert.equal(measureOf(dezhouPlan, 't26.4', 'en'), 'fall since 2020, as a positive number (7 for a 7% fall; negative if it rose instead)');
  });

  test('a change since the start of the year, over last year or since its end says so, not 較基準年 (the parser\'s baselineYear 2023 is not the base said)', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.baselineYear}`),
      ['t01.1 decreaseBy rate 2023', 't01.2 increaseBy rate 2023', 't01.3 increaseBy change 2023', 't01.4 decreaseBy growth undefined'],
    );
    assert.equal(measureOf(plan, 't01.1', 'zh-Hant'), '較年初下降幅度(填正數,如下降了0.5個百分點填 0.5;不降反升填負數)');
    assert.equal(measureOf(plan, 't01.1', 'zh-Hans'), '较年初下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.equal(measureOf(plan, 't01.1', 'en'), 'fall since the start of the year, as a positive number (0.5 for a fall of 0.5 percentage points; negative if it rose instead)');
    assert.equal(measureOf(plan, 't01.2', 'zh-Hant'), '較上年上升幅度(填正數,如提高了1個百分點填 1;不升反降填負數)');
    assert.equal(measureOf(plan, 't01.2', 'zh-Hans'), '较上年上升幅度(填正数,如提高了1个百分点填 1;不升反降填负数)');
    assert.equal(measureOf(plan, 't01.2', 'en'), 'rise over last year, as a positive number (1 for a rise of 1 percentage point; negative if it fell instead)');
    assert.match(measureOf(plan, 't01.3', 'zh-Hant'), /^較上年末上升幅度\(填正數/);
    assert.match(measureOf(plan, 't01.3', 'en'), /^rise since the end of last year, as a positive number/);
  });

  test('較基準年 only where nothing says the base: a target of a plan without measures, no base year, no base word', () => {
    const measureless: Plan = { ...plan, targets: plan.targets.map(({ measure: _, ...t }) => t as Target) };
    assert.match(measureOf(measureless, 't01.4', 'zh-Hant'), /^較基準年下降幅度\(填正數/);
    assert.match(measureOf(measureless, 't01.4', 'zh-Hans'), /^较基准年下降幅度\(填正数/);
    assert.match(measureOf(measureless, 't01.4', 'en'), /^fall since the base year, as a positive number/);
    // Without its measure the base said still counts.
    assert.match(measureOf(measureless, 't01.1', 'zh-Hans'), /^较年初下降幅度\(填正数/);
  });
});
