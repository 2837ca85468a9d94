/**
 * Review r54's open findings (F62): a supervision office must never be shown a past fact, a threshold or a trigger
 * as the city's target, nor a made-up metric. A value inside a 当…时 clause is a condition; a peer's figure in brackets
 * is the peer's; a year inside brackets sets no deadline outside them; a year before 比 is the deadline, not part of
 * the metric; a metric's last noun (进出口, 收入, 产量) is not cut off as if it were a verb; the noun after a 分别
 * list's bracketed 以上 is every item's; a water index in mg/L is a ceiling; and a year before the plan's with a verb of
 * completion (建成) states a past fact, as does the gap to a peer in the clause after it. Each case is the smallest
 * input that went wrong, in Simplified and Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { readingsOf, timedOf as timed, traceable, unreadOf as past } from './helpers.js';

const read = readingsOf;

describe('r54: a trigger, a peer and a bracket’s year are no target of the city', () => {
  test('a value inside a 当…时 clause is a condition: nothing proposed from it, in both scripts', () => {
    assert.deepEqual(read('当PM2.5浓度达到150微克/立方米时,启动重污染天气应急响应。'), []);
    assert.deepEqual(read('當PM2.5濃度達到150微克/立方米時,啟動重污染天氣應急響應。'), []);
    assert.deepEqual(read('当日均浓度超过200微克/立方米并持续24小时时,启动应急响应。'), []);
    // A real target of the same sentence stays, before the trigger or after it.
    assert.deepEqual(read('全市PM2.5平均浓度控制在35微克/立方米以内,当日均浓度达到150微克/立方米时启动应急响应。'), [
      ['全市PM2.5平均浓度', 'atMost', 35, '微克/立方米', 'level'],
    ]);
    assert.deepEqual(read('當PM2.5濃度達到150微克/立方米時,啟動應急響應,全年新建監測站5個。'), [['新建監測站', 'exact', 5, '個', 'flow']]);
    // 当年 is no trigger.
    assert.deepEqual(read('当年新建监测站5个。').map(([, , value]) => value), [5]);
    traceable('全市PM2.5平均浓度控制在35微克/立方米以内,当日均浓度达到150微克/立方米时启动应急响应。');
  });

  test('a peer’s figure in brackets (全省平均为2.3%) is the peer’s, in both scripts', () => {
    assert.deepEqual(read('全市研发投入强度达到2.5%(全省平均为2.3%)。'), [['全市研发投入强度', 'atLeast', 2.5, '%', 'rate']]);
    assert.deepEqual(read('全市研發投入強度達到2.5%(全省平均為2.3%)。'), [['全市研發投入強度', 'atLeast', 2.5, '%', 'rate']]);
    assert.deepEqual(read('全市研发投入强度达到2.5%(全国平均水平为2.4%)。').map(([, , value]) => value), [2.5]);
  });

  test('a past year with 为 in brackets states a past fact, and a year inside brackets sets no deadline outside them', () => {
    const text = '地区生产总值增长6%(2023年为5.2%,2025年达到7%),固定资产投资增长8%。';
    // A value in brackets after a target is a step of the same metric, due in the year the bracket names, as
    // 单位GDP能耗下降13.5%(2024年下降3%) and (2025年下降15%) read (other-cities-f42, other-cities-years): the 7% is
    // 地区生产总值's, due at the end of 2025. The 8% after the bracket is due with the plan.
    assert.deepEqual(timed(text), [
      ['地区生产总值', 'increaseBy', 6, undefined, undefined],
      ['地区生产总值', 'atLeast', 7, '2025-12-31', undefined],
      ['固定资产投资', 'increaseBy', 8, undefined, undefined],
    ]);
    assert.deepEqual(past(text), [['5.2%', '2023年']]);
    assert.deepEqual(timed('地區生產總值增長6%(2023年為5.2%,2025年達到7%),固定資產投資增長8%。').map(([, , value, deadline]) => [value, deadline]), [
      [6, undefined],
      [7, '2025-12-31'],
      [8, undefined],
    ]);
    assert.deepEqual(past('全市PM2.5平均浓度下降到38微克/立方米(2023年为40微克/立方米),优良天数比率达到80%。'), [['40微克/立方米', '2023年']]);
    // A deadline before the bracket is the targets' after it again.
    assert.deepEqual(timed('到2025年,森林覆盖率达到30%(2024年达到28%),湿地保护率达到60%。').map(([, , value, deadline]) => [value, deadline]), [
      [30, '2025-12-31'],
      [28, undefined],
      [60, '2025-12-31'],
    ]);
    traceable(text);
  });
});

describe('r54: years and metrics', () => {
  test('a year before 比 or 较 is the deadline, and no part of the metric, in both scripts', () => {
    assert.deepEqual(timed('全市单位GDP二氧化碳排放2025年比2020年下降18%。'), [['全市单位GDP二氧化碳排放', 'decreaseBy', 18, '2025-12-31', 2020]]);
    assert.deepEqual(timed('全市單位GDP二氧化碳排放2025年比2020年下降18%。'), [['全市單位GDP二氧化碳排放', 'decreaseBy', 18, '2025-12-31', 2020]]);
    assert.deepEqual(timed('全市单位GDP能耗2025年较2020年下降13.5%。'), [['全市单位GDP能耗', 'decreaseBy', 13.5, '2025-12-31', 2020]]);
    assert.deepEqual(extractTargets('全市单位GDP二氧化碳排放2025年比2020年下降18%。', { year: 2024 }).map((p) => p.measure), ['change']);
    traceable('全市单位GDP二氧化碳排放2025年比2020年下降18%。');
  });

  test('a metric’s last noun is kept for the clauses after it (进出口, 收入, 产量), in both scripts', () => {
    assert.deepEqual(timed('全市外贸进出口2023年增长5%,2024年增长6%,2025年增长7%。'), [
      ['全市外贸进出口', 'increaseBy', 6, undefined, undefined],
      ['全市外贸进出口', 'increaseBy', 7, '2025-12-31', undefined],
    ]);
    assert.deepEqual(timed('全市外貿進出口2023年增長5%,2024年增長6%,2025年增長7%。').map(([metric]) => metric), ['全市外貿進出口', '全市外貿進出口']);
    assert.deepEqual(timed('全市居民人均可支配收入2023年增长6%、2024年增长6.5%。'), [['全市居民人均可支配收入', 'increaseBy', 6.5, undefined, undefined]]);
    assert.deepEqual(timed('全市居民人均可支配收入2023年增長6%、2024年增長6.5%。').map(([metric]) => metric), ['全市居民人均可支配收入']);
    assert.deepEqual(timed('全市文旅收入较2019年水平增长20%,2025年较2019年水平增长50%。'), [
      ['全市文旅收入', 'increaseBy', 20, undefined, 2019],
      ['全市文旅收入', 'increaseBy', 50, '2025-12-31', 2019],
    ]);
    assert.deepEqual(timed('全市粮食产量2024年稳定在70亿斤以上,2025年达到72亿斤。').map(([metric]) => metric), ['全市粮食产量', '全市粮食产量']);
    // A verb still comes off: what a later clause counts is 5G基站 (新建5G基站2000个,累计达到1.5万个).
    assert.deepEqual(timed('新建5G基站2000个,累计达到1.5万个。').map(([metric]) => metric), ['新建5G基站', '5G基站']);
  });

  test('a clause that only names a metric (or its bound, with no value) names the value of the clause after it', () => {
    assert.deepEqual(timed('全市文旅收入2023年恢复到2019年水平,2025年较2019年水平增长50%。'), [['全市文旅收入', 'increaseBy', 50, '2025-12-31', 2019]]);
    assert.deepEqual(timed('全市粮食产量,2023年达到72亿斤,2024年稳定在72亿斤以上。'), [['全市粮食产量', 'atLeast', 72, undefined, undefined]]);
    assert.deepEqual(past('全市粮食产量,2023年达到72亿斤,2024年稳定在72亿斤以上。'), [['72亿斤', '2023年']]);
    assert.deepEqual(timed('全市糧食產量,2023年達到72億斤,2024年穩定在72億斤以上。').map(([metric]) => metric), ['全市糧食產量']);
    // A policy's words name no metric: the value stays unnamed, for a person to name (metricNotNamed).
    assert.deepEqual(extractTargets('推进节能降耗,下降3%。', { year: 2024 }).map((p) => [p.metric, p.metricMissing]), [['', true]]);
    assert.deepEqual(extractTargets('加强粮食生产,达到72亿斤。', { year: 2024 }).map((p) => [p.metric, p.metricMissing]), [['', true]]);
  });

  test('the noun after a 分别 list whose 以上 is in brackets is every item’s, and so is the 以上', () => {
    assert.deepEqual(read('全市和各县市区分别建成1个、3个(以上)示范点。'), [
      ['全市示范点', 'atLeast', 1, '个', 'flow'],
      ['各县市区示范点', 'atLeast', 3, '个', 'flow'],
    ]);
    assert.deepEqual(read('全市和各縣市區分別建成1個、3個(以上)示範點。').map(([metric, comparator]) => [metric, comparator]), [
      ['全市示範點', 'atLeast'],
      ['各縣市區示範點', 'atLeast'],
    ]);
    traceable('全市和各县市区分别建成1个、3个(以上)示范点。');
  });

  test('a count of 1 paired in a 分别 list is read as surely as the list’s other values: a value, not the word 一', () => {
    const confidences = (text: string) => extractTargets(text, { year: 2024 }).map((p) => p.confidence);
    const [first, second] = confidences('全市和各县市区分别建成1个、3个示范点。');
    assert.equal(first, second);
    assert.equal(new Set(confidences('城区、乡镇和村分别建成1个、10个、100个服务站。')).size, 1);
  });
});

describe('r54: water indices and past facts', () => {
  test('a concentration in mg/L is read, and a water index is brought down to its value', () => {
    assert.deepEqual(read('出水化学需氧量达到50mg/L。'), [['出水化学需氧量', 'atMost', 50, 'mg/L', 'level']]);
    assert.deepEqual(read('出水氨氮浓度控制在5mg/L以内。'), [['出水氨氮浓度', 'atMost', 5, 'mg/L', 'level']]);
    assert.deepEqual(read('高锰酸盐指数达到4毫克/升。'), [['高锰酸盐指数', 'atMost', 4, '毫克/升', 'level']]);
    assert.deepEqual(read('高錳酸鹽指數達到4毫克/升。'), [['高錳酸鹽指數', 'atMost', 4, '毫克/升', 'level']]);
    assert.deepEqual(read('五日生化需氧量达到3毫克/升。'), [['五日生化需氧量', 'atMost', 3, '毫克/升', 'level']]);
    assert.deepEqual(read('湖泊叶绿素a达到10微克/升。'), [['湖泊叶绿素a', 'atMost', 10, '微克/升', 'level']]);
    assert.deepEqual(read('湖泊葉綠素a達到10微克/升。'), [['湖泊葉綠素a', 'atMost', 10, '微克/升', 'level']]);
    // 溶解氧 is still what a plan raises.
    assert.deepEqual(read('重点湖库溶解氧达到6mg/L。').map(([, comparator]) => comparator), ['atLeast']);
    traceable('出水化学需氧量达到50mg/L。');
  });

  test('a year before the plan’s with a verb of completion (建成, 完成, 实现) states a past fact', () => {
    assert.deepEqual(read('5G基站2023年建成3000个。'), []);
    assert.deepEqual(past('5G基站2023年建成3000个。'), [['3000个', '2023年']]);
    assert.deepEqual(read('全市2023年完成造林5万亩。'), []);
    assert.deepEqual(read('5G基站2023年建成3000个,2024年新建2000个。').map(([, , value]) => value), [2000]);
    // A later year with such a verb is the target's deadline, no part of its metric.
    assert.deepEqual(timed('5G基站2025年建成5000个。'), [['5G基站建成', 'exact', 5000, '2025-12-31', undefined]]);
  });

  test('the gap to a peer in the clause after a past value is of that year too', () => {
    assert.deepEqual(read('地区生产总值2023年增长7%,高于全省1个百分点。'), []);
    assert.deepEqual(past('地区生产总值2023年增长7%,高于全省1个百分点。'), [
      ['7%', '2023年'],
      ['1个百分点', '2023年'],
    ]);
    // The plan's year after it names its own target, of the metric named before the gap.
    assert.deepEqual(timed('规上工业增加值2023年增长7%,高于全省1个百分点,2024年力争增长8%。'), [['规上工业增加值', 'increaseBy', 8, undefined, undefined]]);
    // Not past: the gap after a target of the plan's year.
    assert.deepEqual(read('地区生产总值增长7%,高于全省1个百分点。').map(([, , value]) => value), [7, 1]);
  });
});
