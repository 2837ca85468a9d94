/**
 * Review r65's parser findings (F104), on the sentences of another city's plan (Wuhu, 2024): a gap in percentage
 * points between two groups (农村居民收入增速高于城镇居民1.5个百分点) is a rate compared directly, as a gap to 全省 is, not
 * a growth of rural income; a share named by what it is of alone (占地区生产总值比重) is the share of the metric its
 * sentence named before it; a one-off (建成…1个) is named by what is built, not by the verb. Read as `dz-plan build`
 * reads a body (`extractTargetsAndUnread`, the plan's year known), in both scripts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';

/** Each target of `text` in a plan of 2024 as its quote, metric, comparator, value, unit and measure; quotes checked at their offsets. */
function read(text: string): unknown[][] {
  return extractTargetsAndUnread(text, { year: 2024 }).targets.map((p) => {
    assert.equal(text.slice(p.offset, p.offset + p.quote.length), p.quote, 'the quote is the text at its offset');
    return [p.quote, p.metric, p.comparator, p.value, p.unit, p.measure];
  });
}

describe('M3: a gap between two groups is a rate compared directly, not a growth', () => {
  test('高于城镇居民 after a rate of growth, in both scripts (the review’s sentence)', () => {
    assert.deepEqual(read('农村居民人均可支配收入增速高于城镇居民1.5个百分点。'), [
      ['农村居民人均可支配收入增速高于城镇居民1.5个百分点', '农村居民人均可支配收入增速高于城镇居民', 'atLeast', 1.5, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('農村居民人均可支配收入增速高於城鎮居民1.5個百分點。'), [
      ['農村居民人均可支配收入增速高於城鎮居民1.5個百分點', '農村居民人均可支配收入增速高於城鎮居民', 'atLeast', 1.5, '個百分點', 'rate'],
    ]);
  });

  test('比城镇居民高, 快于城镇居民, 快于全市平均, and a group named with its own 增速', () => {
    assert.deepEqual(read('农村居民收入增速比城镇居民高1个百分点。'), [['农村居民收入增速比城镇居民高1个百分点', '农村居民收入增速比城镇居民高', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('農村居民收入增速比城鎮居民高1個百分點。'), [['農村居民收入增速比城鎮居民高1個百分點', '農村居民收入增速比城鎮居民高', 'atLeast', 1, '個百分點', 'rate']]);
    assert.deepEqual(read('农村居民收入增速快于城镇居民1个百分点。'), [['农村居民收入增速快于城镇居民1个百分点', '农村居民收入增速快于城镇居民', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('县域经济增速快于全市平均1个百分点。'), [['县域经济增速快于全市平均1个百分点', '县域经济增速快于全市平均', 'atLeast', 1, '个百分点', 'rate']]);
    assert.deepEqual(read('民间投资增速高于全部投资增速2个百分点。'), [['民间投资增速高于全部投资增速2个百分点', '民间投资增速高于全部投资增速', 'atLeast', 2, '个百分点', 'rate']]);
  });

  test('a gap alone after a value is that value’s rate against the group, as after 全省', () => {
    assert.deepEqual(read('农村居民人均可支配收入增长7.5%，高于城镇居民1.5个百分点。'), [
      ['农村居民人均可支配收入增长7.5%', '农村居民人均可支配收入', 'increaseBy', 7.5, '%', 'growth'],
      ['高于城镇居民1.5个百分点', '农村居民人均可支配收入增速高于城镇居民', 'atLeast', 1.5, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('農村居民人均可支配收入增長7.5%，高於城鎮居民1.5個百分點。')[1], ['高於城鎮居民1.5個百分點', '農村居民人均可支配收入增速高於城鎮居民', 'atLeast', 1.5, '個百分點', 'rate']);
  });

  test('the review’s task 12 whole: the two growths, then the gap', () => {
    assert.deepEqual(read('城镇、农村居民人均可支配收入分别增长6%、7.5%，农村居民收入增速高于城镇居民1.5个百分点。').map(([, metric, comparator, value, , measure]) => [metric, comparator, value, measure]), [
      ['城镇居民人均可支配收入', 'increaseBy', 6, 'growth'],
      ['农村居民人均可支配收入', 'increaseBy', 7.5, 'growth'],
      ['农村居民收入增速高于城镇居民', 'atLeast', 1.5, 'rate'],
    ]);
  });

  test('a time or a share’s own 比 is no group: those rises read as before', () => {
    assert.deepEqual(read('规上工业增加值增速高于上年1个百分点。').map(([, , comparator, , , measure]) => [comparator, measure]), [['increaseBy', 'growth']]);
    assert.deepEqual(read('增速比去年同期高1个百分点。').map(([, , comparator, , , measure]) => [comparator, measure]), [['increaseBy', 'growth']]);
    assert.deepEqual(read('服务业增加值比重提高1个百分点。').map(([, metric, comparator, , , measure]) => [metric, comparator, measure]), [['服务业增加值比重', 'increaseBy', 'rate']]);
    assert.deepEqual(read('服务业增加值比例较大幅度提高2个百分点。').map(([, , comparator, , , measure]) => [comparator, measure]), [['increaseBy', 'rate']]);
  });
});

describe('M3: a share named by what it is of alone carries the subject of the clause before', () => {
  test('占地区生产总值比重 after the value of 数字经济核心产业增加值, in both scripts; a rise in points of a share is one since the end of last year (r80), a rate', () => {
    assert.deepEqual(read('数字经济核心产业增加值达到500亿元，占地区生产总值比重提高1个百分点。')[1], [
      '占地区生产总值比重提高1个百分点',
      '数字经济核心产业增加值占地区生产总值比重',
      'increaseBy',
      1,
      '个百分点',
      'rate',
    ]);
    assert.deepEqual(read('數字經濟核心產業增加值達到500億元，佔地區生產總值比重提高1個百分點。')[1], [
      '佔地區生產總值比重提高1個百分點',
      '數字經濟核心產業增加值佔地區生產總值比重',
      'increaseBy',
      1,
      '個百分點',
      'rate',
    ]);
  });

  test('in one clause it reads as it did; the review’s task 1; a flow’s subject without its verb', () => {
    assert.deepEqual(read('数字经济核心产业增加值占地区生产总值比重提高1个百分点。'), [
      ['数字经济核心产业增加值占地区生产总值比重提高1个百分点', '数字经济核心产业增加值占地区生产总值比重', 'increaseBy', 1, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('全市数字经济核心产业增加值同比增长12%左右，占地区生产总值比重提高1个百分点。')[1]?.slice(0, 3), [
      '占地区生产总值比重提高1个百分点',
      '全市数字经济核心产业增加值占地区生产总值比重',
      'increaseBy',
    ]);
    assert.deepEqual(read('新建5G基站2000个，占全市基站比重达到30%。')[1]?.slice(1), ['5G基站占全市基站比重', 'atLeast', 30, '%', 'rate']);
  });

  test('a clause after it that names nothing takes the whole share', () => {
    assert.deepEqual(read('数字经济核心产业增加值达到500亿元，占地区生产总值比重提高1个百分点，达到10%。')[2]?.slice(1), ['数字经济核心产业增加值占地区生产总值比重', 'atLeast', 10, '%', 'rate']);
  });
});

describe('L4: a one-off is named by what is built, not by its verb', () => {
  test('建成…1个, after a deadline and after a county, in both scripts', () => {
    assert.deepEqual(read('6月底前建成市级政务云灾备中心1个。'), [['建成市级政务云灾备中心1个', '市级政务云灾备中心', 'exact', 1, '个', 'flow']]);
    assert.deepEqual(read('6月底前建成市級政務雲災備中心1個。'), [['建成市級政務雲災備中心1個', '市級政務雲災備中心', 'exact', 1, '個', 'flow']]);
    assert.deepEqual(read('南陵县建成省级绿色食品产业园1个。'), [['南陵县建成省级绿色食品产业园1个', '南陵县省级绿色食品产业园', 'exact', 1, '个', 'designation']]);
    assert.deepEqual(read('南陵縣建成省級綠色食品產業園1個。'), [['南陵縣建成省級綠色食品產業園1個', '南陵縣省級綠色食品產業園', 'exact', 1, '個', 'designation']]);
  });

  test('the thing counted after the value (建成1家省级区域医疗中心), and the verbs of setting up', () => {
    assert.deepEqual(read('年底前建成1家省级区域医疗中心。'), [['建成1家省级区域医疗中心', '省级区域医疗中心', 'exact', 1, '家', 'designation']]);
    assert.deepEqual(read('年底前建成1家省級區域醫療中心。'), [['建成1家省級區域醫療中心', '省級區域醫療中心', 'exact', 1, '家', 'designation']]);
    assert.deepEqual(read('组建市级数据集团1家。').map(([, metric]) => metric), ['市级数据集团']);
  });

  test('a second verb of putting into use after the first (建成投用, 建成投运) goes too (review r66 L2)', () => {
    assert.deepEqual(read('建成投用城市运行管理服务平台1个。').map(([, metric]) => metric), ['城市运行管理服务平台']);
    assert.deepEqual(read('建成投運城市運行管理服務平臺1個。').map(([, metric]) => metric), ['城市運行管理服務平臺']);
  });

  test('a count of more keeps its verb, as the seed’s 建成城乡书房 and the documented 新建5G基站 do', () => {
    assert.deepEqual(read('建成城乡书房12家以上。').map(([, metric]) => metric), ['建成城乡书房']);
    assert.deepEqual(read('年底前新建5G基站2000个以上。').map(([, metric]) => metric), ['新建5G基站']);
  });
});
