/**
 * Review r65 M2 and L6. M2: in a plan built from another city's document (no curated aliases, unlike Dezhou's) the
 * short name everyone uses (发改委 for 市发展改革委) found nothing and suggested nothing: `unitsByShortName` names the units
 * it may shorten, and `progress template --unit` says "did you mean" with each, never choosing one. L6: `progress diff`
 * printed bare numbers (`58.6 → 92.4`): each value now has its target's unit (`58.6億元`), a change its direction too
 * (`下降4.2%`, F114).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { getUnit, indexPlan, unitsByShortName, validatePlan, type Plan, type Unit } from '../src/index.js';
import { dzPlanHere, escapeRegExp } from './helpers.js';

const zh = (hant: string, hans: string) => ({ 'zh-Hant': hant, 'zh-Hans': hans, en: '' });
const unit = (id: string, hant: string, hans: string): Unit => ({ id, name: zh(hant, hans), kind: 'governmentDepartment', aliases: [hant] });

/**
 * Two tasks of r65's plan (`wuhu-2024-key-tasks`, built by `dz-plan build` from a Simplified document), as built: units
 * named as the document names them, with no short aliases; a 亿元 target and a % one. 市住房公积金管理中心 is added for a
 * short name that fits two units (住房).
 */
const wuhu: Plan = {
  id: 'wuhu-2024-key-tasks',
  title: zh('蕪湖市2024年重點工作任務', '芜湖市2024年重点工作任务'),
  issuer: zh('蕪湖市人民政府辦公室', '芜湖市人民政府办公室'),
  year: 2024,
  period: { start: '2024-01-01', end: '2024-12-31' },
  sourceLanguage: 'zh-Hans',
  sections: [
    { id: 's01', number: 1, title: zh('做大做強數字經濟', '做大做强数字经济'), taskIds: ['t04'] },
    { id: 's02', number: 2, title: zh('推動綠色低碳發展', '推动绿色低碳发展'), taskIds: ['t05'] },
  ],
  tasks: [
    {
      id: 't04',
      number: 4,
      sectionId: 's01',
      title: zh('擴大數字經濟有效投資', '扩大数字经济有效投资'),
      body: { 'zh-Hant': '數字經濟領域完成投資120億元。', 'zh-Hans': '数字经济领域完成投资120亿元。' },
      lead: ['fa-zhan-gai-ge-wei'],
      participating: ['jing-ji-he-xin-xi-hua-ju'],
      targetIds: ['t04.1'],
      source: { title: { offset: 0, length: 10 }, body: { offset: 10, length: 16 } },
    },
    {
      id: 't05',
      number: 5,
      sectionId: 's02',
      title: zh('推進節能降碳', '推进节能降碳'),
      body: { 'zh-Hant': '單位地區生產總值能耗較2020年下降13.5%。', 'zh-Hans': '单位地区生产总值能耗较2020年下降13.5%。' },
      lead: ['fa-zhan-gai-ge-wei'],
      participating: ['zhu-fang-cheng-xiang-jian-she-ju'],
      targetIds: ['t05.1'],
      source: { title: { offset: 30, length: 6 }, body: { offset: 36, length: 24 } },
    },
  ],
  targets: [
    {
      id: 't04.1',
      taskId: 't04',
      metric: zh('數字經濟領域完成投資', '数字经济领域完成投资'),
      valueText: '120',
      value: 120,
      unit: '亿元',
      unitEn: '',
      unitZh: { 'zh-Hant': '億元', 'zh-Hans': '亿元' },
      comparator: 'exact',
      measure: 'flow',
      confidence: 0.75,
      firmness: 'plain',
      deadline: '2024-12-31',
      quote: '数字经济领域完成投资120亿元',
      offset: 10,
    },
    {
      id: 't05.1',
      taskId: 't05',
      metric: zh('單位地區生產總值能耗', '单位地区生产总值能耗'),
      valueText: '13.5',
      value: 13.5,
      unit: '%',
      unitEn: '',
      comparator: 'decreaseBy',
      baselineYear: 2020,
      measure: 'change',
      confidence: 0.9,
      firmness: 'plain',
      deadline: '2024-12-31',
      quote: '单位地区生产总值能耗较2020年下降13.5%',
      offset: 36,
    },
  ],
  units: [
    unit('fa-zhan-gai-ge-wei', '市發展改革委', '市发展改革委'),
    unit('jing-ji-he-xin-xi-hua-ju', '市經濟和信息化局', '市经济和信息化局'),
    unit('zhu-fang-cheng-xiang-jian-she-ju', '市住房城鄉建設局', '市住房城乡建设局'),
    unit('ren-li-zi-yuan-she-hui-bao-zhang-ju', '市人力資源社會保障局', '市人力资源社会保障局'),
    unit('shi-chang-jian-du-guan-li-ju', '市市場監督管理局', '市市场监督管理局'),
    unit('zhu-fang-gong-ji-jin-guan-li-zhong-xin', '市住房公積金管理中心', '市住房公积金管理中心'),
  ],
};

const ids = (plan: Plan, shortName: string) => unitsByShortName(indexPlan(plan), shortName).map((u) => u.id);

describe('unitsByShortName: the units a Chinese short name may stand for (r65 M2)', () => {
  test('the plan is valid, and finds none of the short names by itself', () => {
    assert.ok(validatePlan(wuhu).success);
    for (const name of ['发改委', '市发改委', '發改委', '经信局', '人社局', '住建局', '市场监管局']) assert.equal(getUnit(indexPlan(wuhu), name), undefined, name);
  });

  test('r65: each short name gives its unit, in either script, with or without 市 or the city', () => {
    for (const [shortName, id] of [
      ['发改委', 'fa-zhan-gai-ge-wei'],
      ['市发改委', 'fa-zhan-gai-ge-wei'],
      ['發改委', 'fa-zhan-gai-ge-wei'],
      ['芜湖市发改委', 'fa-zhan-gai-ge-wei'],
      ['经信局', 'jing-ji-he-xin-xi-hua-ju'],
      ['人社局', 'ren-li-zi-yuan-she-hui-bao-zhang-ju'],
      ['市住建局', 'zhu-fang-cheng-xiang-jian-she-ju'],
      ['市场监管局', 'shi-chang-jian-du-guan-li-ju'],
      ['市市场监管局', 'shi-chang-jian-du-guan-li-ju'],
    ]) {
      assert.deepEqual(ids(wuhu, shortName!), [id], shortName);
    }
  });

  test('a short name that fits two units gives both, in plan order', () => {
    assert.deepEqual(ids(wuhu, '住房'), ['zhu-fang-cheng-xiang-jian-she-ju', 'zhu-fang-gong-ji-jin-guan-li-zhong-xin']);
  });

  test('nothing useful-looking for a kind word, one character, letters, or characters out of order', () => {
    for (const plan of [wuhu, dezhouPlan]) {
      for (const shortName of ['局', '市局', '财局', '委', '', '  ', 'fgw', '改发委', '中心', '中组部']) assert.deepEqual(ids(plan, shortName), [], shortName);
    }
  });

  test("Dezhou's 48 units without their aliases: each curated short alias gives its own unit", () => {
    const bare: Plan = { ...dezhouPlan, units: dezhouPlan.units.map((u) => ({ ...u, aliases: [] })) };
    assert.equal(bare.units.length, 48);
    for (const [shortName, id] of [
      ['市發改委', 'development-reform-commission'],
      ['市工信局', 'industry-information-technology-bureau'],
      ['市人社局', 'human-resources-social-security-bureau'],
      ['市住建局', 'housing-urban-rural-development-bureau'],
      ['市場局', 'market-regulation-administration'],
      ['市教体局', 'education-sports-bureau'],
      ['市衛健委', 'health-commission'],
      ['市投促局', 'investment-promotion-bureau'],
      ['市文旅局', 'culture-tourism-bureau'],
      ['市审批局', 'administrative-approval-service-bureau'],
      ['市网信办', 'party-cyberspace-affairs-office'],
      ['市编办', 'party-institutional-organization-office'],
    ]) {
      assert.equal(getUnit(indexPlan(bare), shortName!), undefined, shortName);
      assert.deepEqual(ids(bare, shortName!), [id], shortName);
    }
  });
});

describe('dz-plan progress on a plan without short aliases (r65 M2, L6)', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  const report = (asOf: string, investment: number, energy: number) =>
    JSON.stringify({ plan: wuhu.id, asOf, entries: [{ target: 't04.1', value: investment }, { target: 't05.1', value: energy }] });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dz-r65-'));
    writeFileSync(at('plan.json'), JSON.stringify(wuhu));
    writeFileSync(at('p1.json'), report('2024-06-30', 58.6, 4.2));
    writeFileSync(at('p2.json'), report('2024-09-30', 92.4, 9.8));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [lang, says] of [
    ['zh-Hant', '規劃 wuhu-2024-key-tasks 中沒有單位「发改委」,是否要用「市發展改革委」?'],
    ['zh-Hans', '规划 wuhu-2024-key-tasks 中没有单位“发改委”,是否要用“市发展改革委”?'],
    // The plan is Simplified with no English: the name in its own script, as the API shows it (r69 L4).
    ['en', 'no unit "发改委" in plan wuhu-2024-key-tasks; did you mean "市发展改革委"?'],
  ] as const) {
    test(`template --unit 发改委 --lang ${lang}: "did you mean" names the unit, exit 2, nothing written`, async () => {
      const run = await dzPlanHere('progress', 'template', '--plan', at('plan.json'), '--unit', '发改委', '--lang', lang);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `dz-plan: ${says}\n`);
      assert.equal(run.stdout, '');
    });
  }

  test('template --unit 住房: both units it may shorten, in plan order; 局: no suggestion', async () => {
    // Without --lang, in the plan's own script (a Simplified document's plan: Simplified).
    let run = await dzPlanHere('progress', 'template', '--plan', at('plan.json'), '--unit', '住房');
    assert.equal(run.stderr, 'dz-plan: 规划 wuhu-2024-key-tasks 中没有单位“住房”,是否要用“市住房城乡建设局”、“市住房公积金管理中心”?\n');
    run = await dzPlanHere('progress', 'template', '--plan', at('plan.json'), '--unit', '局', '--lang', 'zh-Hans');
    assert.equal(run.stderr, 'dz-plan: 规划 wuhu-2024-key-tasks 中没有单位“局”\n');
  });

  /** A diff line's values as a pattern: `…` stands for the status in the parenthesis. */
  const line = (target: string, values: string) => new RegExp(`^. ${escapeRegExp(target)} .*: ${escapeRegExp(values).replaceAll('…', '[^)]*')}$`, 'm');
  for (const [lang, investment, energy] of [
    ['zh-Hant', '58.6億元 (2024年6月30日, …) → 92.4億元 (2024年9月30日, …)', '下降4.2% (2024年6月30日, …) → 下降9.8% (2024年9月30日, …)'],
    ['zh-Hans', '58.6亿元 (2024年6月30日, …) → 92.4亿元 (2024年9月30日, …)', '下降4.2% (2024年6月30日, …) → 下降9.8% (2024年9月30日, …)'],
    // English not written yet reads as the API shows it: the unit in the document's script, 亿 as a scale of the number.
    ['en', '5.86 billion 元 (30 June 2024, …) → 9.24 billion 元 (30 September 2024, …)', 'a decrease of 4.2% (30 June 2024, …) → a decrease of 9.8% (30 September 2024, …)'],
  ] as const) {
    test(`diff --lang ${lang}: each value with its target's unit`, async () => {
      const run = await dzPlanHere('progress', 'diff', at('p1.json'), at('p2.json'), '--plan', at('plan.json'), '--lang', lang);
      assert.match(run.stdout, line('t04.1', investment), run.stdout);
      assert.match(run.stdout, line('t05.1', energy), run.stdout);
    });
  }
});
