/**
 * Review r78's findings on other cities' targets (F173). A level after a change in points joined by 、 (提高0.5个百分点、
 * 达到21%) read as a growth of 21%; 两 after its noun with its unit (集聚区两个) was dropped without a word; a clause of a
 * total word or a verb alone (总数, 总长, 净增, 改造提升, 总产量) took that word as its metric; a stock (总量突破, 保持…以上)
 * read as a flow and a leading 推动 stayed in the metric; a ratio written with ∶ (U+2236) lost its 1.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and measure; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.measure]);
const metrics = (text: string) => read(text).targets.map((t) => t[0]);

describe('review r78: targets of other cities', () => {
  test('提高0.5个百分点、达到21%: the level after a change in points is a level, as after a comma', () => {
    assert.deepEqual(read('森林覆盖率提高0.5个百分点、达到21%。').targets, [
      ['森林覆盖率', 'increaseBy', 0.5, '个百分点', 'rate'],
      ['森林覆盖率', 'atLeast', 21, '%', 'rate'],
    ]);
    assert.deepEqual(read('服务业增加值占地区生产总值比重提高1.5个百分点、达到45%。').targets[1], ['服务业增加值占地区生产总值比重', 'atLeast', 45, '%', 'rate']);
    assert.deepEqual(read('森林覆盖率提高0.5个百分点、达到21%。').targets, read('森林覆盖率提高0.5个百分点，达到21%。').targets);
    // What stays: the bound word of a change's own size (增幅达到10%以上) names the change.
    assert.deepEqual(read('工业投资增幅达到10%以上。').targets, [['工业投资', 'increaseBy', 10, '%', 'growth']]);
  });

  test('集聚区两个: 两 after its noun, its unit right after it, is 2; 建设两个平台 stays rhetoric', () => {
    assert.deepEqual(read('新培育省级夜间消费集聚区两个。').targets.map((t) => t.slice(0, 4)), [['新培育省级夜间消费集聚区', 'exact', 2, '个']]);
    assert.deepEqual(read('建成智慧社区两家以上。').targets.map((t) => t.slice(1, 4)), [['atLeast', 2, '家']]);
    assert.deepEqual(read('新建两个。').targets.map((t) => t.slice(1, 4)), [['exact', 2, '个']]);
    // What stays: 两个 before its noun is rhetoric as often as a count (other-cities-f48), said after a verb of work.
    assert.deepEqual(read('建设两个平台。'), { targets: [], unread: [['noUnit', '两']] });
    assert.deepEqual(read('坚决做到两个维护。'), { targets: [], unread: [] });
  });

  test('总数, 总长, 净增, 改造提升, 总产量 alone take the noun their sentence named', () => {
    assert.deepEqual(metrics('新建口袋公园10座，总数达到20座。'), ['新建口袋公园', '口袋公园总数']);
    assert.deepEqual(metrics('新建绿道5条，总长12.5公里。'), ['新建绿道', '绿道总长']);
    assert.deepEqual(metrics('高标准农田新建10万亩、改造提升5万亩。'), ['高标准农田新建', '高标准农田改造提升']);
    assert.deepEqual(metrics('市场主体总量突破120万户，净增10万户。'), ['市场主体总量', '市场主体净增']);
    assert.deepEqual(metrics('粮食播种面积稳定在1200万亩以上，总产量稳定在100亿斤左右。'), ['粮食播种面积', '粮食总产量']);
    // After a clause of no value, what it names before its deadline.
    assert.deepEqual(metrics('老旧小区改造6月底前开工，10月底前完工120个。'), ['老旧小区改造完工']);
    // What stays: a length alone (F165), and a word that names its own noun.
    assert.deepEqual(metrics('新建高速公路2条、里程86公里。'), ['新建高速公路', '高速公路里程']);
    assert.deepEqual(metrics('新建口袋公园10座，全市公园总数达到20座。'), ['新建口袋公园', '全市公园总数']);
  });

  test('总量突破 and 保持…以上 are levels; a leading 推动 is no part of the metric', () => {
    assert.deepEqual(read('市场主体总量突破120万户。').targets, [['市场主体总量', 'atLeast', 120, '万户', 'level']]);
    assert.deepEqual(read('城市信用监测排名前50位的城市保持8个以上。').targets, [['城市信用监测排名前50位的城市', 'atLeast', 8, '个', 'level']]);
    assert.deepEqual(metrics('推动全省地区生产总值增长5%以上。'), ['全省地区生产总值']);
    // What stays: before a flow or a level the work pushed is what is counted.
    assert.deepEqual(metrics('推动企业职工养老保险扩面30000人以上。'), ['推动企业职工养老保险扩面']);
    // What stays: a total used up is a ceiling.
    assert.deepEqual(read('用水总量控制在10亿立方米以内。').targets[0]?.[4], 'ceiling');
  });

  test('2.1∶1 (U+2236) is a ratio as 2.1:1 is: said, not read as 2.1', () => {
    assert.deepEqual(read('城乡收入比缩小到2.1∶1。'), { targets: [], unread: [['ratio', '2.1∶1']] });
  });
});
