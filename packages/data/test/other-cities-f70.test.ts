/**
 * Parser leftovers of review f70, judgements first: a heavy metal's concentration is a ceiling as 氨氮's is; a past
 * fact with no year (已完成) is no flow target; a year after a short subject is the deadline and no part of the metric;
 * 超过2019年水平10% is a change against 2019; a list of levels (省、市、县三级) names no made-up metric.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readingsOf, timedOf, traceable, unreadOf } from './helpers.js';

describe('a heavy metal’s concentration', () => {
  test('reached is a ceiling, as 氨氮 and 总磷 are, in both scripts and every unit', () => {
    assert.deepEqual(readingsOf('地表水砷浓度达到0.05毫克/升。'), [['地表水砷浓度', 'atMost', 0.05, '毫克/升', 'level']]);
    assert.deepEqual(readingsOf('饮用水铅浓度达到10微克/升。'), [['饮用水铅浓度', 'atMost', 10, '微克/升', 'level']]);
    assert.deepEqual(readingsOf('飲用水鉛濃度達到10微克/升。'), [['飲用水鉛濃度', 'atMost', 10, '微克/升', 'level']]);
    assert.deepEqual(readingsOf('六价铬浓度达到0.05mg/L。'), [['六价铬浓度', 'atMost', 0.05, 'mg/L', 'level']]);
    // The whole reading: 千克 after the slash is the unit's, no value of 1000 克 (it was proposed too).
    assert.deepEqual(readingsOf('土壤镉含量达到0.3毫克/千克。'), [['土壤镉含量', 'atMost', 0.3, '毫克/千克', 'level']]);
    assert.deepEqual(readingsOf('土壤鎘含量達到0.3毫克/千克。'), [['土壤鎘含量', 'atMost', 0.3, '毫克/千克', 'level']]);
    assert.deepEqual(readingsOf('汞浓度达到0.001毫克/升。'), [['汞浓度', 'atMost', 0.001, '毫克/升', 'level']]);
    assert.deepEqual(readingsOf('重金屬濃度達到0.1微克/升。'), [['重金屬濃度', 'atMost', 0.1, '微克/升', 'level']]);
    assert.deepEqual(readingsOf('鉻浓度达到0.05毫克/升。'), [['鉻浓度', 'atMost', 0.05, '毫克/升', 'level']]);
    traceable('飲用水鉛濃度達到10微克/升。');
  });

  test('a fall of their emissions stays a change, a removal or compliance rate stays a rate', () => {
    assert.deepEqual(readingsOf('重点行业重金属污染物排放量下降5%。'), [['重点行业重金属污染物排放量', 'decreaseBy', 5, '%', 'growth']]);
    assert.deepEqual(readingsOf('重金属废水达标率达到100%。'), [['重金属废水达标率', 'atLeast', 100, '%', 'rate']]);
    assert.deepEqual(readingsOf('含砷废水去除率达到95%。'), [['含砷废水去除率', 'atLeast', 95, '%', 'rate']]);
  });
});

describe('a past fact and a year after a short subject', () => {
  test('已完成 with no year is a past fact, said as 2023年建成 is', () => {
    assert.deepEqual(readingsOf('全市已完成造林面积5万亩。'), []);
    assert.deepEqual(unreadOf('全市已完成造林面积5万亩。'), [['5万亩', '已完成']]);
    assert.deepEqual(readingsOf('全市已建成5G基站3000个。'), []);
    assert.deepEqual(readingsOf('全市已實現造林面積5萬畝。'), []);
    // A future year keeps it a target, and so does a state at a date of the plan's year.
    assert.equal(readingsOf('截至6月底,全市已建成充电桩300个。').length, 1);
    assert.deepEqual(timedOf('到2025年,全市已完成造林面积达到5万亩。').length, 1);
  });

  test('a later value after a past one names the level, not the flow', () => {
    assert.deepEqual(timedOf('全市2023年新建5G基站3000个,2025年达到5000个。'), [['全市5G基站', 'atLeast', 5000, '2025-12-31', undefined]]);
    assert.deepEqual(timedOf('全市2023年新建5G基站3000個,2025年達到5000個。'), [['全市5G基站', 'atLeast', 5000, '2025-12-31', undefined]]);
  });

  test('a year right after a short subject is the deadline, as it is leading the sentence', () => {
    assert.deepEqual(timedOf('全市2025年新建5G基站5000个。'), [['全市新建5G基站', 'exact', 5000, '2025-12-31', undefined]]);
    assert.deepEqual(timedOf('全市2025年新建5G基站5000個。'), [['全市新建5G基站', 'exact', 5000, '2025-12-31', undefined]]);
  });
});

describe('above a base year’s level', () => {
  test('恢复并超过2019年水平10% is a rise of 10% on 2019, as 比2019年增长10% is', () => {
    for (const text of ['旅游收入恢复并超过2019年水平10%。', '旅游收入超过2019年水平10%。', '旅游收入比2019年水平高10%。', '旅遊收入恢復並超過2019年水平10%。']) {
      assert.deepEqual(timedOf(text).map(([, comparator, value, , base]) => [comparator, value, base]), [['increaseBy', 10, 2019]], text);
    }
    assert.deepEqual(timedOf('旅游收入恢复并超过2019年水平10%。'), [['旅游收入', 'increaseBy', 10, undefined, 2019]]);
  });
});

describe('a list of levels or of places', () => {
  test('省、市、县三级 names a title at each level, or none', () => {
    const named = (text: string) => timedOf(text).map(([metric, , value]) => [metric, value]);
    assert.deepEqual(named('省、市、县三级分别建成示范点10个、5个、3个。'), [['省级示范点', 10], ['市级示范点', 5], ['县级示范点', 3]]);
    assert.deepEqual(named('省、市、縣三級分別建成示範點10個、5個、3個。'), [['省級示範點', 10], ['市級示範點', 5], ['縣級示範點', 3]]);
    assert.deepEqual(named('省、市两级分别建成示范点10个、5个。'), [['省级示范点', 10], ['市级示范点', 5]]);
    assert.deepEqual(named('县、乡两级分别建成1个、10个服务中心。'), [['县级服务中心', 1], ['乡级服务中心', 10]]);
    traceable('省、市、县三级分别建成示范点10个、5个、3个。');
  });

  test('全市和全国 names the city’s item only', () => {
    assert.deepEqual(timedOf('全市和全国地区生产总值分别增长6%、5%。').map(([metric, , value]) => [metric, value]), [['全市地区生产总值', 6]]);
    assert.deepEqual(timedOf('全市和全國地區生產總值分別增長6%、5%。').map(([metric, , value]) => [metric, value]), [['全市地區生產總值', 6]]);
  });

  test('a numeral after a slash is the denominator of a compound unit, never a value: 毫克/千克, 元/千瓦时', () => {
    assert.deepEqual(readingsOf('土壤镉含量控制在0.3毫克/千克以内。'), [['土壤镉含量', 'atMost', 0.3, '毫克/千克', 'level']]);
    assert.deepEqual(
      readingsOf('工业电价降至0.6元/千瓦时。').map(([, , value]) => value),
      [0.6],
    );
  });

  test('猪、牛、羊肉产量 names each animal’s meat', () => {
    assert.deepEqual(timedOf('猪、牛、羊肉产量分别达到10万吨、5万吨、3万吨。').map(([metric]) => metric), ['猪肉产量', '牛肉产量', '羊肉产量']);
    assert.deepEqual(timedOf('豬、牛、羊肉產量分別達到10萬噸、5萬噸、3萬噸。').map(([metric]) => metric), ['豬肉產量', '牛肉產量', '羊肉產量']);
    assert.deepEqual(timedOf('电和天然气消费量分别下降3%、2%。').map(([metric]) => metric), ['电消费量', '天然气消费量']);
  });
});
