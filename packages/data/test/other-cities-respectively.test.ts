/**
 * 分別 lists other cities write (review r50): items joined by 和 (全市和縣域增速, 新建學校和醫院) rather than 、, a unit
 * written once for the list (增長6、8%, 高於全省2個、3個百分點), and a gap to a peer region that governs every value of
 * its list. Before, a 和-pair kept its first value only (the second named nothing), the shared unit was lost, and the
 * second gap read as a growth (↑ 3 percentage points).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { readingsOf, traceable } from './helpers.js';

const read = readingsOf;

describe('分別 lists with 和, a unit written once and a peer', () => {
  test('items joined by 和 (or 、 then 和) pair with the values in order; the first of a pair shares the last one’s noun', () => {
    assert.deepEqual(read('新建學校和醫院分別為2所、3所。'), [
      ['新建學校', 'exact', 2, '所', 'flow'],
      ['醫院', 'exact', 3, '所', 'flow'],
    ]);
    assert.deepEqual(read('新建學校、醫院和公園分別為2個、3個、4個。').map(([metric, , value]) => [metric, value]), [
      ['新建學校', 2],
      ['醫院', 3],
      ['公園', 4],
    ]);
    assert.deepEqual(read('城鎮和農村居民人均可支配收入分別增長6%和7%。'), [
      ['城鎮居民人均可支配收入', 'increaseBy', 6, '%', 'growth'],
      ['農村居民人均可支配收入', 'increaseBy', 7, '%', 'growth'],
    ]);
    traceable('城鎮和農村居民人均可支配收入分別增長6%和7%。');
  });

  test('a clause before the comma is split at 、 only: with a 和 it is as often a policy’s words as subjects (review r51)', () => {
    const policy = extractTargets('推进医疗和养老服务融合发展,分别新增床位500张、300张。', { year: 2024 });
    assert.deepEqual(policy.map((p) => p.metric), ['新增床位', '']);
    assert.deepEqual(policy.map((p) => p.subjectUnknown), [undefined, true]);
    assert.deepEqual(read('强化科技和人才支撑,分别新增高新技术企业50家、科技型中小企业100家。').map(([metric]) => metric), ['新增高新技术企业', '科技型中小企业']);
  });

  test('the words after 分别 say what each item counts, but for its change, bound and verb words (review r51)', () => {
    assert.deepEqual(read('全市、县域分别新建5G基站2000个、1000个以上。').map(([metric]) => metric), ['全市新建5G基站', '县域新建5G基站']);
    assert.deepEqual(read('城镇和农村分别新增就业3万人、转移就业2万人。').map(([metric]) => metric), ['城镇新增就业', '农村转移就业']);
    assert.deepEqual(read('城镇和农村低保标准分别提高到每人每月800元、600元。').map(([metric]) => metric), ['城镇低保标准', '农村低保标准']);
    // An item's own 增速 is its name when the change word is the one after 分别, as without 分别 (review r52).
    assert.deepEqual(read('全市、县域增速分别比2020年提高2个、3个百分点。').map(([metric]) => metric), ['全市增速', '县域增速']);
    assert.deepEqual(read('全市和县域增速分别比2020年提高2个、3个百分点。').map(([metric]) => metric), ['全市增速', '县域增速']);
    // What the list counts, named once after its last value, is each value's (review r53: 示范点 was lost).
    assert.deepEqual(read('全市和各县市区分别至少建成1个、2个示范点。').map(([metric]) => metric), ['全市示范点', '各县市区示范点']);
    assert.deepEqual(read('城区和乡镇分别新增5所、10所幼儿园。').map(([metric]) => metric), ['城区幼儿园', '乡镇幼儿园']);
    // A number inside the words (110千伏, 100亿级) does not start the list of values (review r52).
    assert.deepEqual(read('全市和县域分别新建110千伏变电站2座、3座。').map(([metric, , value]) => [metric, value]), [
      ['全市新建110千伏变电站', 2],
      ['县域新建110千伏变电站', 3],
    ]);
    // A share of a peer's level is what each item is compared with, as a gap is (review r52: 全市 ≥ 110%).
    assert.deepEqual(read('全市和县域增速分别是全省的1.5、1.2倍。').map(([metric, , value]) => [metric, value]), [
      ['全市增速是全省的', 1.5],
      ['县域增速是全省的', 1.2],
    ]);
  });

  test('a change word before the list is every value’s, counts and amounts too (review r52: the second read a level of 2万人)', () => {
    assert.deepEqual(read('全市和县城常住人口较2020年分别增加5万人、2万人。'), [
      ['全市常住人口', 'increaseBy', 5, '万人', 'change'],
      ['县城常住人口', 'increaseBy', 2, '万人', 'change'],
    ]);
    assert.deepEqual(read('化学需氧量和氨氮排放量分别减少500吨、50吨。').map(([metric, comparator, value]) => [metric, comparator, value]), [
      ['化学需氧量', 'decreaseBy', 500],
      ['氨氮排放量', 'decreaseBy', 50],
    ]);
  });

  test('a gap to the peer of another year, or to the economy’s growth, is a gap too (review r52: both read as growths)', () => {
    assert.deepEqual(read('全市和县域增速分别高于2023年全省平均水平1个、2个百分点。').map(([metric, comparator, value]) => [metric, comparator, value]), [
      ['全市增速高于2023年全省平均水平', 'atLeast', 1],
      ['县域增速高于2023年全省平均水平', 'atLeast', 2],
    ]);
    assert.deepEqual(read('城镇和农村居民人均可支配收入增速分别高于经济增速0.5个、1个百分点。').map(([, comparator, value, , measure]) => [comparator, value, measure]), [
      ['atLeast', 0.5, 'rate'],
      ['atLeast', 1, 'rate'],
    ]);
    assert.deepEqual(read('居民人均可支配收入增速高于经济增速0.5个百分点。'), [['居民人均可支配收入增速高于经济增速', 'atLeast', 0.5, '个百分点', 'rate']]);
    // A size class (100亿级) is no value, and starts no list.
    assert.deepEqual(read('分别培育100亿级产业集群2个、3个。').map(([, , value]) => value), [2, 3]);
  });

  test('a pair of peers after 分别 is one comparison, not two values (review r52: 社会消费品零售总额全国)', () => {
    assert.deepEqual(read('固定资产投资、社会消费品零售总额分别高于全省和全国2个百分点、3个百分点。').map(([metric, , value]) => [metric, value]), [
      ['固定资产投资高于全省和全国', 2],
      ['社会消费品零售总额高于全省和全国', 3],
    ]);
  });

  test('an item shares the last one’s noun as a qualifier (城镇、农村), an ordinal, or a pair’s two characters cut at a word’s edge, else its rate of growth (reviews r51–r53)', () => {
    assert.deepEqual(read('景区、星级酒店分别达到10家、20家。').map(([metric]) => metric), ['景区', '星级酒店']);
    assert.deepEqual(read('公园、口袋公园分别新建5个、20个。').map(([metric]) => metric), ['公园', '口袋公园']);
    // Only a qualifier of the same kind as the last item's first words shares its noun (review r52: 新建建学校, 省级级园区).
    assert.deepEqual(read('新建和改扩建学校分别为10所、20所。').map(([metric]) => metric), ['新建', '改扩建学校']);
    assert.deepEqual(read('省级和国家级园区分别达到5个、2个。').map(([metric]) => metric), ['省级园区', '国家级园区']);
    assert.deepEqual(read('省、市重点项目分别完成投资100亿元、200亿元。').map(([metric]) => metric), ['省重点项目', '市重点项目']);
    assert.deepEqual(read('城区、镇区分别新增绿地面积50万平方米、20万平方米。').map(([metric]) => metric), ['城区新增绿地面积', '镇区新增绿地面积']);
    // A thing of one character shares the measure noun that ends the last item (F64: 水环境质量, was 水).
    assert.deepEqual(read('水和大气环境质量分别达到优良比例90%、80%。').map(([metric]) => metric)[0], '水环境质量');
    assert.deepEqual(read('全市和县域投资分别占全省的10%、5%。').map(([metric]) => metric), ['全市投资占全省的', '县域投资占全省的']);
    assert.deepEqual(read('第一、二、三产业增加值分别增长3.5%、6%、7%。').map(([metric]) => metric), ['第一产业增加值', '二产业增加值', '三产业增加值']);
    // A pair's short item as before, where the cut falls at a word's edge (review r53: 养老, 一产, 一类).
    assert.deepEqual(read('养老、医疗保险参保率分别达到95%、98%。').map(([metric]) => metric), ['养老保险参保率', '医疗保险参保率']);
    assert.deepEqual(read('一产、二产增加值分别增长3%、6%。').map(([metric]) => metric), ['一产增加值', '二产增加值']);
    assert.deepEqual(read('新建和改造提升农贸市场分别为10个、20个。').map(([metric]) => metric), ['新建', '改造提升农贸市场']);
    assert.deepEqual(read('煤炭和非化石能源消费比重分别下降到50%、提高到20%。').map(([metric]) => metric), ['煤炭', '非化石能源消费比重']);
    // Three items too, and a cut by length alone makes no name (review r54: 高铁公路里程, 公办性幼儿园覆盖率).
    assert.deepEqual(read('一产、二产、三产增加值分别增长3%、6%、7%。').map(([metric]) => metric), ['一产增加值', '二产增加值', '三产增加值']);
    assert.deepEqual(read('养老、医疗、失业保险参保率分别达到95%、98%、90%。').map(([metric]) => metric)[0], '养老保险参保率');
    assert.deepEqual(read('男、女职工比例分别为55%、45%。').map(([metric]) => metric)[0], '男职工比例');
    assert.deepEqual(read('高铁、高速公路里程分别达到300公里、600公里。').map(([metric]) => metric)[0], '高铁');
    assert.deepEqual(read('公办、普惠性幼儿园覆盖率分别达到50%、90%。').map(([metric]) => metric)[0], '公办');
    // Two values of one list read alike (review r53: 全市增速 a change, 县域增速 a rate).
    assert.deepEqual(read('全市、县域增速分别比2020年提高2个、3个百分点。').map(([metric, , , , measure]) => [metric, measure]), [
      ['全市增速', 'rate'],
      ['县域增速', 'rate'],
    ]);
    // The noun before the rate of growth too (review r52: 城镇增速).
    assert.deepEqual(read('城镇和农村居民人均可支配收入增速分别高于全省平均水平0.5个、1个百分点。').map(([metric]) => metric), [
      '城镇居民人均可支配收入增速高于全省平均水平',
      '农村居民人均可支配收入增速高于全省平均水平',
    ]);
    assert.deepEqual(read('化學需氧量、氨氮、氮氧化物和揮發性有機物排放總量較2020年分別下降8%、8%、10%和10%。').map(([metric, , value]) => [metric, value]), [
      ['化學需氧量', 8],
      ['氨氮', 8],
      ['氮氧化物', 10],
      ['揮發性有機物排放總量', 10],
    ]);
  });

  test('a 與 or 和 inside a name is no joiner when the list pairs without it', () => {
    assert.deepEqual(read('研究與試驗發展經費投入強度和高新技術產業產值占比分別達到2.5%和50%。').map(([metric, , value]) => [metric, value]), [
      ['研究與試驗發展經費投入強度', 2.5],
      ['高新技術產業產值占比', 50],
    ]);
    assert.deepEqual(read('工業和信息化投資、技改投資分別增長10%、8%。').map(([metric, , value]) => [metric, value]), [
      ['工業和信息化投資', 10],
      ['技改投資', 8],
    ]);
  });

  test('a unit written once after the list is every value’s, and so is the word after it; the quote runs to them', () => {
    assert.deepEqual(read('城鎮、農村居民人均可支配收入分別增長6、7%左右。').map(([, comparator, value, unit]) => [comparator, value, unit]), [
      ['increaseBy', 6, '%'],
      ['increaseBy', 7, '%'],
    ]);
    assert.deepEqual(extractTargets('城鎮、農村居民人均可支配收入分別增長6、7%左右。', { year: 2024 }).map((p) => p.approx), [true, true]);
    assert.deepEqual(extractTargets('規上工業增加值、固定資產投資分別增長6、8%。', { year: 2024 }).map((p) => p.quote), [
      '規上工業增加值、固定資產投資分別增長6、8%',
      '固定資產投資分別增長6、8%',
    ]);
    traceable('規上工業增加值、固定資產投資分別增長6、8%。');
    assert.deepEqual(read('規上工業增加值、固定資產投資分別增長6、8%。'), [
      ['規上工業增加值', 'increaseBy', 6, '%', 'growth'],
      ['固定資產投資', 'increaseBy', 8, '%', 'growth'],
    ]);
    assert.deepEqual(read('新建學校、醫院分別為2、3所。').map(([metric, , value, unit]) => [metric, value, unit]), [
      ['新建學校', 2, '所'],
      ['醫院', 3, '所'],
    ]);
  });

  test('a gap to a peer governs every value of its list, in percentage points, and the metric names the peer', () => {
    const expected = [
      ['全市增速高於全省', 'atLeast', 2, '個百分點', 'rate'],
      ['縣域增速高於全省', 'atLeast', 3, '個百分點', 'rate'],
    ];
    assert.deepEqual(read('全市和縣域增速分別高於全省2個、3個百分點。'), expected);
    assert.deepEqual(read('全市、縣域增速分別高於全省2個百分點、3個百分點。'), expected);
    assert.deepEqual(read('全市、縣域增速分別高於全省2、3個百分點。'), expected);
    traceable('全市和縣域增速分別高於全省2個、3個百分點。');
    // The other gap words the comparator reads are the metric's too (review r51: 投资, 消费).
    assert.deepEqual(read('投资和消费增速分别比全省高2个、1个百分点。'), [
      ['投资增速比全省高', 'atLeast', 2, '个百分点', 'rate'],
      ['消费增速比全省高', 'atLeast', 1, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('投资和消费增速分别领先全省约2个、1个百分点。').map(([metric]) => metric), ['投资增速领先全省', '消费增速领先全省']);
  });

  test('lists that still do not pair say so, as before', () => {
    // Two values, one subject and no joiner in it: for a person to say which value is whose.
    assert.deepEqual(extractTargets('化學需氧量排放量比2020年分別下降8%、10%。').map((p) => p.subjectUnknown), [undefined, true]);
    // Two 和 in a list of two values: which one joins the pair is for a person to say.
    assert.deepEqual(extractTargets('工業和信息化投資和技改投資分別增長10%、8%。', { year: 2024 }).map((p) => p.subjectUnknown), [undefined, true]);
  });
});
