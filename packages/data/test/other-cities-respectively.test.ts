/**
 * 分別 lists other cities write (review r50): items joined by 和 (全市和縣域增速, 新建學校和醫院) rather than 、, a unit
 * written once for the list (增長6、8%, 高於全省2個、3個百分點), and a gap to a peer region that governs every value of
 * its list. Before, a 和-pair kept its first value only (the second named nothing), the shared unit was lost, and the
 * second gap read as a growth (↑ 3 percentage points).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each proposal of `text` as its metric, comparator, value, unit and measure. */
const read = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure]);

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
    assert.deepEqual(read('全市、县域增速分别比2020年提高2个、3个百分点。').map(([metric]) => metric), ['全市', '县域']);
    assert.deepEqual(read('全市和各县市区分别至少建成1个、2个示范点。').map(([metric]) => metric), ['全市', '各县市区']);
  });

  test('a short item shares the last one’s noun only when that is more than twice its length, and a gap’s rate of growth always (review r51)', () => {
    assert.deepEqual(read('景区、星级酒店分别达到10家、20家。').map(([metric]) => metric), ['景区', '星级酒店']);
    assert.deepEqual(read('公园、口袋公园分别新建5个、20个。').map(([metric]) => metric), ['公园', '口袋公园']);
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
