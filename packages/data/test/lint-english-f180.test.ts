/**
 * F180 (review r80 L7): `dz-plan lint`'s `missingEnglish` item counted the English texts left empty and named none. It
 * now says them by kind (titles, unit names, metrics, units of measure), each kind's count and its first few, by the
 * id or the name an overlay gives them under, in each language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherCity } from './helpers.js';
import { missingEnglish } from '../src/english-fallback.js';
import { lintPlan } from '../src/node/lint-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';

const { plan } = planFromText(
  '一、产业\n1、新建5G基站3500个，新增学位3万个，新增绿地100公顷，建设口袋公园30个，改造老旧小区210个，新建充电桩5000个。（市工业和信息化局牵头，市统计局配合）',
  otherCity,
);

test('missingEnglish lists the empty English texts by kind, the first five of each and how many more', () => {
  assert.equal(plan!.targets.length, 6);
  const expected = {
    en: '18 English texts are empty: titles 4 (title, issuer, s01, t01); unit names 2 (市工业和信息化局, 市统计局); metrics 6 (t01.1, t01.2, t01.3, t01.4, t01.5 and 1 more); units of measure 6 (t01.1, t01.2, t01.3, t01.4, t01.5 and 1 more): give them in an overlay',
    'zh-Hans': '18 处英文留空:标题 4 处(title、issuer、s01、t01);单位名称 2 处(市工业和信息化局、市统计局);指标 6 处(t01.1、t01.2、t01.3、t01.4、t01.5 等,另有 1 处);计量单位 6 处(t01.1、t01.2、t01.3、t01.4、t01.5 等,另有 1 处):请在 overlay 里补上',
    'zh-Hant': '18 處英文留空:標題 4 處(title、issuer、s01、t01);單位名稱 2 處(市工业和信息化局、市统计局);指標 6 處(t01.1、t01.2、t01.3、t01.4、t01.5 等,另有 1 處);計量單位 6 處(t01.1、t01.2、t01.3、t01.4、t01.5 等,另有 1 處):請在 overlay 裡補上',
  } as const;
  for (const [lang, message] of Object.entries(expected)) {
    const item = lintPlan(plan!, { lang: lang as keyof typeof expected }).find((i) => i.code === 'missingEnglish');
    assert.equal(item?.message, message);
  }
  assert.equal(missingEnglish(plan!), 18, 'the count is the one the API fills in');
});
