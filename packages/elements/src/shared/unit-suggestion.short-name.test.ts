/**
 * "Did you mean" for a unit's Chinese short name (review r65 M2): in a plan built from another city's document, with
 * no curated aliases, `<dz-unit-summary unit="发改委">` suggested nothing (`closestWord` measures edits, and 发改委 is
 * three from 市发展改革委). The units a short name may stand for are suggested too, each by its name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createPlanLookups, type Plan } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { until } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzUnitSummary } from '../unit-summary/unit-summary.js';
import { zhHant } from './i18n/zh-hant.js';
import { unitSuggestion } from './unit-suggestion.js';

const zh = (hant: string, hans: string) => ({ 'zh-Hant': hant, 'zh-Hans': hans, en: '' });

/** A small plan as `dz-plan build` writes one from a Simplified document: names as written, no short aliases. */
const plan: Plan = {
  id: 'wuhu-2024-key-tasks',
  title: zh('蕪湖市2024年重點工作任務', '芜湖市2024年重点工作任务'),
  issuer: zh('蕪湖市人民政府辦公室', '芜湖市人民政府办公室'),
  year: 2024,
  period: { start: '2024-01-01', end: '2024-12-31' },
  sourceLanguage: 'zh-Hans',
  sections: [{ id: 's01', number: 1, title: zh('做大做強數字經濟', '做大做强数字经济'), taskIds: ['t04'] }],
  tasks: [
    {
      id: 't04',
      number: 4,
      sectionId: 's01',
      title: zh('擴大數字經濟有效投資', '扩大数字经济有效投资'),
      body: { 'zh-Hant': '數字經濟領域完成投資。', 'zh-Hans': '数字经济领域完成投资。' },
      lead: ['fa-zhan-gai-ge-wei'],
      participating: ['zhu-fang-cheng-xiang-jian-she-ju'],
      targetIds: [],
      source: { title: { offset: 0, length: 10 }, body: { offset: 10, length: 11 } },
    },
  ],
  targets: [],
  units: [
    { id: 'fa-zhan-gai-ge-wei', name: zh('市發展改革委', '市发展改革委'), kind: 'governmentDepartment', aliases: ['市發展改革委'] },
    { id: 'zhu-fang-cheng-xiang-jian-she-ju', name: zh('市住房城鄉建設局', '市住房城乡建设局'), kind: 'governmentDepartment', aliases: [] },
    { id: 'zhu-fang-gong-ji-jin-guan-li-zhong-xin', name: zh('市住房公積金管理中心', '市住房公积金管理中心'), kind: 'governmentDepartment', aliases: [] },
  ],
};

async function summary(unit: string, lang: string): Promise<string> {
  const el = await fixture<DzUnitSummary>(html`<dz-unit-summary lang=${lang} unit=${unit} .plan=${plan}></dz-unit-summary>`);
  // The suggestion's words load on demand (`suggest-units.ts`): the element shows its loading state until they are there.
  await until(() => el.shadowRoot!.querySelector('[part="loading"]') === null, 'the notice, with its words');
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('unitSuggestion: a Chinese short name (r65 M2)', () => {
  it('<dz-unit-summary unit="发改委"> on a plan without aliases: did you mean 市發展改革委, in each language', async () => {
    expect(await summary('发改委', 'zh-Hant')).to.contain('找不到單位 发改委,是否要用「市發展改革委」?');
    expect(await summary('發改委', 'zh-Hans')).to.contain('找不到单位 發改委,是否要用“市发展改革委”?');
    // English not written yet reads as the document's own script (createPlanLookups).
    expect(await summary('市发改委', 'en')).to.contain('Did you mean "市发展改革委"?');
  });

  it('a short name that fits two units names both, in plan order; 局 alone names none', () => {
    const api = createPlanLookups(plan);
    expect(unitSuggestion(api, ['住房'], zhHant, 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市住房城鄉建設局」、「市住房公積金管理中心')}`);
    expect(unitSuggestion(api, ['局'], zhHant, 'zh-Hant')).to.equal('');
  });

  it('after the closest name, never its unit again: 市發改 on the Dezhou plan is 市發改委 alone', () => {
    expect(unitSuggestion(createPlanLookups(dezhouPlan), ['市發改'], zhHant, 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市發改委')}`);
  });
});
