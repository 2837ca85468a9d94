/**
 * F206 (review r85). M1: a sheet whose rows' metrics are the plan's shuffled (another city's sheet, its metrics typed by
 * hand) was read as the plan's own with its ids slipped, each row told another target (F201 counted a metric like a
 * target within three rows, in any order); a real slipped paste moves every row by one and the same offset. M2: the
 * schema took `direction` on any comparator, and a level under a ceiling with one then read as a change.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { validatePlan, type Plan } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressSheets, readCsv } from '../src/progress/index.js';

describe("M1: a slipped paste has one offset; metrics shuffled among near rows are another plan's", () => {
  const header = '指标编号,任务,指标,计量单位,目标,完成时限,计量方式,牵头单位,完成值,截至日期,备注';
  const lead = '市科技局、市市场监管局';
  /** Rows t01.1…t01.4 with `metrics` typed by hand, each valued 10 on 30 June. */
  const sheet = (metrics: readonly string[]) =>
    readCsv('other.csv', [header, ...metrics.map((metric, i) => `t01.${i + 1},,${metric},个,10,2023-12-31,,${lead},10,2023-06-30,`)].join('\n'));
  const codes = (metrics: readonly string[]) => importProgressSheets([sheet(metrics)], dezhouPlan, { lang: 'zh-Hans', today: '2023-07-01' }).problems.map((p) => p.code);

  test('Dezhou metrics shuffled (offsets +1, +2, −2 and one not near): the sheet is said to be another plan\'s, once', () => {
    // r85's other.csv: t01.2's, t01.4's, t01.1's and t03.1's metrics as a clerk of another city types them.
    assert.deepEqual(codes(['技术合同成交金额', '每万人口发明专利拥有量', '引进的科技成果数', '高新技术企业数量']), ['otherPlan']);
  });

  test('the same metrics slipped by one row, all of them: slips, each row told its target', () => {
    // t01.1's to t01.3's metrics typed by hand, each under the next row's id; the first row's metric not on the sheet.
    const slipped = codes(['高新技术企业数量', '引进的科技成果数', '技术合同成交金额', '重大科技创新工程项目']);
    assert.ok(!slipped.includes('otherPlan'), slipped.join(', '));
    assert.ok(slipped.filter((code) => code === 'targetMismatch').length >= 3, slipped.join(', '));
  });
});

describe('M2: direction only on a range', () => {
  const clone = (): Plan => JSON.parse(JSON.stringify(dezhouPlan)) as Plan;
  const withDirection = (comparator: 'atMost' | 'increaseBy') => {
    const plan = clone();
    const i = plan.targets.findIndex((t) => t.comparator === comparator);
    plan.targets[i] = { ...plan.targets[i]!, direction: 'decreaseBy' };
    return { plan, path: `targets[${i}].direction` };
  };

  test('a ceiling or a change with a direction is an issue at its direction, in three languages', () => {
    for (const comparator of ['atMost', 'increaseBy'] as const) {
      const { plan, path } = withDirection(comparator);
      const said = (lang: 'zh-Hant' | 'zh-Hans' | 'en') => validatePlan(plan, { lang }).issues.find((i) => i.path === path)?.message;
      assert.equal(said('en'), `direction (of a change) is for a range, not for ${comparator}: a change says its own with comparator increaseBy or decreaseBy`);
      assert.equal(said('zh-Hant'), `direction(增減方向)只用於區間目標(range),不用於 ${comparator}:增減目標的方向即其 comparator(increaseBy、decreaseBy)`);
      assert.equal(said('zh-Hans'), `direction(增减方向)只用于区间目标(range),不用于 ${comparator}:增减目标的方向即其 comparator(increaseBy、decreaseBy)`);
    }
  });

  test("a range of a change keeps its direction, valid (the parser's)", () => {
    const { plan } = planFromText('1.甲。单位GDP能耗较2020年下降10%—12%。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 });
    assert.deepEqual(plan!.targets.map((t) => [t.comparator, t.direction]), [['range', 'decreaseBy']]);
    assert.deepEqual(validatePlan(plan).issues, []);
  });
});
