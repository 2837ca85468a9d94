/**
 * A reviewer's findings on other cities' documents (round 3 of `dz-plan build`): a numeral right after 每 is the
 * denominator of a rate (每千人口, 每10万人), part of the metric's name, never a value; and a metric counted by one
 * value after a 、-list of short items (博士、碩士研究生1700人) starts at the list's start.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';

const read = (text: string) => extractTargets(text).map((p) => [p.metric, p.valueText, p.unit, p.comparator]);

describe('a numeral after 每 is the denominator of a rate', () => {
  test('in Chinese numerals: 每千人口, 每万人口, 每百户, 每十万人', () => {
    assert.deepEqual(read('每千人口拥有3岁以下婴幼儿托位数达到3.5个。'), [['每千人口拥有3岁以下婴幼儿托位数', '3.5', '个', 'atLeast']]);
    assert.deepEqual(read('每千人口拥有执业医师3.2人。'), [['每千人口拥有执业医师', '3.2', '人', 'exact']]);
    assert.deepEqual(read('每万人口高价值发明专利拥有量达到12件。'), [['每万人口高价值发明专利拥有量', '12', '件', 'atLeast']]);
    assert.deepEqual(read('每百户拥有汽车达到50辆。'), [['每百户拥有汽车', '50', '辆', 'atLeast']]);
    assert.deepEqual(read('每十万人口拥有律师达到20名。'), [['每十万人口拥有律师', '20', '名', 'atLeast']]);
  });
  test('in digits: 每10万人, 每1000人', () => {
    assert.deepEqual(read('每10万人口拥有公共充电桩达到500个。'), [['每10万人口拥有公共充电桩', '500', '个', 'atLeast']]);
    assert.deepEqual(read('每1000人拥有体育场地面积达到2600平方米。'), [['每1000人拥有体育场地面积', '2600', '平方米', 'atLeast']]);
  });
  test('a rate per 每 is a level, in either script', () => {
    const [target] = extractTargets('每千人口擁有執業醫師達到3.2人。');
    assert.equal(target?.metric, '每千人口擁有執業醫師');
    assert.equal(target?.measure, 'level');
  });
});

describe('a metric after a 、-list that one value counts', () => {
  test('the short items before it share the value: 博士、碩士研究生, 新建、改扩建', () => {
    assert.deepEqual(read('新集聚大學生3.3萬人,其中博士、碩士研究生1700人以上。'), [
      ['新集聚大學生', '3.3', '萬人', 'exact'],
      ['博士、碩士研究生', '1700', '人', 'atLeast'],
    ]);
    assert.deepEqual(read('新建、改扩建中小学幼儿园30所。'), [['新建、改扩建中小学幼儿园', '30', '所', 'exact']]);
  });
  test('a value after its list item is still the item\'s own: 完成投资10亿元、新增就业1000人', () => {
    assert.deepEqual(read('完成投资10亿元、新增就业1000人。'), [
      ['完成投资', '10', '亿元', 'exact'],
      ['新增就业', '1000', '人', 'exact'],
    ]);
  });
  test('long items are tasks of their own, not sharers of the value', () => {
    assert.deepEqual(read('推进智能制造示范工程、数字化转型提升行动、新建5G基站2000个。'), [['新建5G基站', '2000', '个', 'exact']]);
  });
  test('an item that starts with its own verb is an action of its own: 开展试点、建设新型研发机构5家 (a code review)', () => {
    assert.deepEqual(read('开展试点、建设新型研发机构5家以上。'), [['建设新型研发机构', '5', '家', 'atLeast']]);
    assert.deepEqual(read('推进改革、新增高新技术企业100家。'), [['新增高新技术企业', '100', '家', 'exact']]);
  });
  test('分别 still pairs each item with its value', () => {
    assert.deepEqual(read('城镇、农村居民人均可支配收入分别增长6%、7%。').map(([metric]) => metric), ['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
});

describe('what a verb alone before the value counts runs on after it', () => {
  test('over a size that qualifies it: 建设100个投资5000万元以上的…项目', () => {
    assert.deepEqual(read('加快建设100个投资5000万元以上的市级工业重点技改项目、30个技改示范项目。'), [
      ['建设投资5000万元以上的市级工业重点技改项目', '100', '个', 'exact'],
      ['技改示范项目', '30', '个', 'exact'],
    ]);
  });
  test('over a 、 after a short qualifier: 建设10条以上省、市级美丽幸福示范河湖', () => {
    assert.deepEqual(read('建设10条以上省、市级美丽幸福示范河湖。'), [['建设省、市级美丽幸福示范河湖', '10', '条', 'atLeast']]);
  });
});

describe('what a list before the value counts is named after it', () => {
  test('a list of verbs or of short names: 新建、改扩建3个体育公园, 陵城、宁津、夏津3个…基地', () => {
    assert.deepEqual(read('新建、改扩建3个体育公园。'), [['新建、改扩建体育公园', '3', '个', 'exact']]);
    assert.deepEqual(read('推进陵城、宁津、夏津3个国家级制种县基地建设。'), [['推进陵城、宁津、夏津国家级制种县基地建设', '3', '个', 'exact']]);
  });
  test('members ending in 等: 齐河、临邑、庆云等3个…项目', () => {
    assert.deepEqual(read('推进齐河、临邑、庆云等3个储能电站省级示范项目。'), [['推进齐河、临邑、庆云等储能电站省级示范项目', '3', '个', 'exact']]);
  });
  test('a 、 in brackets after the value is part of what it counts: 6个县(市、区)先行试点', () => {
    assert.deepEqual(read('在德城区、禹城市等6个县(市、区)先行试点。'), [['在德城区、禹城市等县(市、区)先行试点', '6', '个', 'exact']]);
  });
  test('a share names its set after 的: 县(市、区)40%以上的义务教育学校纳入集团化管理', () => {
    assert.deepEqual(read('县(市、区)40%以上的义务教育学校纳入集团化管理。'), [['县(市、区)义务教育学校纳入集团化管理', '40', '%', 'atLeast']]);
  });
});
