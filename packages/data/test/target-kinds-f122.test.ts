/**
 * F122: one rule for a target whose value is an amount of change (`readsAsChange`), which the evaluation, the progress
 * template and the sheet import share. A rate's change in points (較年初下降0.5個百分點) is asked for as the fall, not
 * the current rate; a growth that is to fall (較上年下降0.2個百分點) as the fall, a positive number, not as a growth that
 * a fall would make negative; and points are not read as a rate's change in per cent, as they are not a change's.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isChangeComparator, readsAsChange, type Plan, type Target } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles, progressTemplate } from '../src/progress/index.js';

/**
 * t01.1 a rate down 0.5 points since the start of the year, t01.2 a rate up 1 point since last year's end, t01.3 a
 * growth down 0.2 points, t01.4 a growth up 0.2 points, t01.5 a change against 2020 (↓ 12%), t01.6 a flow up 5萬噸,
 * t01.7 a growth held under 2%, t01.8 a rate's fall in per cent (curated below as a rate; the parser says `change`),
 * t01.9 a rate of at least 98%.
 */
const parsed = planFromText(
  '1.甲。不良贷款率较年初下降0.5个百分点,森林覆盖率较上年末提高1个百分点,居民消费价格涨幅较上年下降0.2个百分点,研发投入增速较上年提高0.2个百分点,万元GDP能耗较2020年下降12%,粮食产量比上年增加5万吨,地区生产总值增速控制在2%以内,不良贷款率较年初下降0.4%,城市污水处理率达到98%。（牵头单位：市工信局）',
  { title: '测试', issuer: '某市人民政府', year: 2024 },
).plan!;
const plan: Plan = { ...parsed, targets: parsed.targets.map((t) => (t.id === 't01.8' ? { ...t, measure: 'rate' } : t)) };
const target = (id: string) => plan.targets.find((t) => t.id === id)!;
const measureColumn = 6;
const measureCell = (p: Plan, id: string, lang: 'zh-Hant' | 'zh-Hans' | 'en') => progressTemplate(p, { lang }).rows.find((r) => r[0] === id)![measureColumn]!;

describe('F122: readsAsChange, one rule for a target whose value is a change', () => {
  test('the parser gives the kinds this file is about', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.unit}`),
      [
        't01.1 decreaseBy rate 个百分点',
        't01.2 increaseBy rate 个百分点',
        't01.3 decreaseBy growth 个百分点',
        't01.4 increaseBy growth 个百分点',
        't01.5 decreaseBy change %',
        't01.6 increaseBy flow 万吨',
        't01.7 atMost growth %',
        't01.8 decreaseBy rate %',
        't01.9 atLeast rate %',
      ],
    );
  });

  test('a change or a growth by its measure, or any target stated by a change (下降, 增長); not a level or a rate bounded as one', () => {
    assert.deepEqual(
      plan.targets.map((t) => [t.id, readsAsChange(t)]),
      [['t01.1', true], ['t01.2', true], ['t01.3', true], ['t01.4', true], ['t01.5', true], ['t01.6', true], ['t01.7', true], ['t01.8', true], ['t01.9', false]],
    );
    // A plan without measures: by the comparator alone.
    const { measure: _, ...measureless } = target('t01.5');
    assert.equal(readsAsChange(measureless as Target), true);
    assert.equal(readsAsChange({ ...target('t01.9'), measure: undefined }), false);
    assert.deepEqual(
      (['atLeast', 'atMost', 'approx', 'exact', 'decreaseBy', 'increaseBy', 'range'] as const).filter(isChangeComparator),
      ['decreaseBy', 'increaseBy'],
    );
  });
});

describe('F122: the template asks for the change where the value is one', () => {
  test("a rate's change in points asks for the fall or the rise since the base, not the current rate, in each language", () => {
    for (const [lang, fall, rise] of [
      ['zh-Hant', /^較年初下降幅度\(填正數/, /^較上年末上升幅度\(填正數/],
      ['zh-Hans', /^较年初下降幅度\(填正数/, /^较上年末上升幅度\(填正数/],
      ['en', /^fall since the start of the year, as a positive number/, /^rise since the end of last year, as a positive number/],
    ] as const) {
      assert.match(measureCell(plan, 't01.1', lang), fall, lang);
      assert.match(measureCell(plan, 't01.2', lang), rise, lang);
      // A rate bounded as a level is still asked for as the rate.
      assert.match(measureCell(plan, 't01.9', lang), /^(當前比率|当前比率|current rate)$/, lang);
    }
  });

  test('a growth that is to fall asks for the fall as a positive number; one that is to rise, or under a cap, for the growth', () => {
    for (const [lang, fall, growth] of [
      ['zh-Hant', /^同比下降幅度\(填正數,如下降了0\.2個百分點填 0\.2;不降反升填負數\)$/, '同比增長'],
      ['zh-Hans', /^同比下降幅度\(填正数,如下降了0\.2个百分点填 0\.2;不降反升填负数\)$/, '同比增长'],
      ['en', /^fall over last year, as a positive number \(0\.2 for a fall of 0\.2 percentage points; negative if it rose instead\)$/, 'growth over last year'],
    ] as const) {
      assert.match(measureCell(plan, 't01.3', lang), fall, lang);
      assert.equal(measureCell(plan, 't01.4', lang), growth, lang);
      assert.equal(measureCell(plan, 't01.7', lang), growth, lang);
    }
  });

  test('a target of a plan without measures stated by a change asks for the change with its direction, not a value reached', () => {
    const measureless: Plan = { ...plan, targets: plan.targets.map(({ measure: _, ...t }) => t as Target) };
    assert.match(measureCell(measureless, 't01.1', 'en'), /^fall since the start of the year, as a positive number/);
    assert.match(measureCell(measureless, 't01.4', 'zh-Hans'), /^较上年上升幅度\(填正数/);
    assert.equal(measureCell(measureless, 't01.9', 'en'), 'value reached');
  });
});

describe('F122: the sheet import reads a rate’s change as a change', () => {
  test("points for a rate's change in per cent are not its per cent (pointsForPercent), as for a change's", async () => {
    const file = (line: string) => ({ name: 'a.csv', data: new TextEncoder().encode(['指標編號,完成值,截至日期,備註', line].join('\r\n')) });
    for (const text of ['0.3个百分点', '下降0.3个百分点']) {
      const { problems, report } = await importProgressFiles([file(`t01.8,${text},2024-06-30`)], plan, { lang: 'zh-Hans', today: '2024-12-01' });
      assert.deepEqual(problems.map((p) => p.code), ['pointsForPercent'], `${text}: ${JSON.stringify(report?.entries)}`);
    }
    // A rate bounded as a level does not read points as the rate (r60 M1 read them so; F126, r68 H2): it asks for the rate.
    const level = await importProgressFiles([file('t01.9,96个百分点,2024-06-30')], plan, { lang: 'zh-Hans', today: '2024-12-01' });
    assert.deepEqual([level.problems.map((p) => p.code), level.report], [['pointsForLevel'], undefined]);
  });
});
