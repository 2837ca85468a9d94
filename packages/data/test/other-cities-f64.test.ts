/**
 * The parser's leftovers from reviews r54 and r55 (F64): a past time leading a clause is no part of the metric a later
 * clause carries; a bound in brackets after a value (3个(以上), 3个(含)以上) is its bound without 分别 too; 当好 opens no
 * condition, and 时效, 时长, 时序 close none; nitrate in mg/L is a ceiling; a gap to a peer in brackets after a target
 * is named by that target's metric, never by the bracket; the province's or the country's item of a 分别 list is no
 * target of the city's; a thing of one character shares the measure noun of the longer item after it; and the items
 * of one 分别 list are as sure as each other. Each case is the smallest input that went wrong, in Simplified and
 * Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { readingsOf, timedOf as timed, traceable, unreadOf as past, valuesOf as values } from './helpers.js';

const read = readingsOf;
/** Each proposal of `text` in a plan of 2024 as its metric, measure and confidence. */
const sure = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.measure, p.confidence]);

describe('F64.1: a past time leading a clause is no part of a metric carried to a later clause', () => {
  test('2023年…增长7%,高于全省1个百分点,2025年达到6000亿元: 地区生产总值, in both scripts', () => {
    const text = '2023年地区生产总值增长7%,高于全省1个百分点,2025年达到6000亿元。';
    assert.deepEqual(timed(text), [['地区生产总值', 'atLeast', 6000, '2025-12-31', undefined]]);
    assert.deepEqual(past(text), [
      ['7%', '2023年'],
      ['1个百分点', '2023年'],
    ]);
    assert.deepEqual(timed('2023年地區生產總值增長7%,高於全省1個百分點,2025年達到6000億元。').map(([metric, , value]) => [metric, value]), [['地區生產總值', 6000]]);
    traceable(text);
  });

  test('so with 上年末, 截至2023年底 and 2023年上半年 leading', () => {
    const metric = (text: string) => timed(text).map(([name, , value]) => [name, value]);
    assert.deepEqual(metric('上年末全市存款余额5000亿元,2025年达到6000亿元。'), [['全市存款余额', 6000]]);
    assert.deepEqual(metric('截至2023年底全市5G基站3000个,2025年达到6000个。'), [['全市5G基站', 6000]]);
    assert.deepEqual(metric('2023年上半年地区生产总值增长7%,2025年达到6000亿元。'), [['地区生产总值', 6000]]);
  });
});

describe('F64.2: a bound in brackets after a value, without 分别', () => {
  test('3个(以上) and 3个(含)以上 read as 3个以上 reads, the bracket in no metric, in both scripts', () => {
    const plain = read('全市建成3个以上示范点。');
    assert.deepEqual(plain, [['全市建成', 'atLeast', 3, '个', 'flow']]);
    assert.deepEqual(read('全市建成3个(以上)示范点。'), plain);
    assert.deepEqual(read('全市建成3个(含)以上示范点。'), plain);
    assert.deepEqual(sure('全市建成3个(以上)示范点。'), sure('全市建成3个以上示范点。'));
    assert.deepEqual(read('全市建成3個(以上)示範點。'), [['全市建成', 'atLeast', 3, '個', 'flow']]);
    assert.deepEqual(read('全市建成3個(含)以上示範點。'), [['全市建成', 'atLeast', 3, '個', 'flow']]);
    // A verb alone before the value: what it counts is named after the bracket.
    assert.deepEqual(read('建成3个(以上)示范点。'), read('建成3个以上示范点。'));
    assert.deepEqual(read('全市建成示范点3个(含)以上。'), [['全市建成示范点', 'atLeast', 3, '个', 'flow']]);
    traceable('全市建成3个(含)以上示范点。');
  });

  test('a ceiling in brackets before a noun sizes the noun, as 以下 does', () => {
    assert.deepEqual(values('淘汰30万千瓦(以下)燃煤机组5台。'), values('淘汰30万千瓦以下燃煤机组5台。'));
  });
});

describe('F64.3: 当好 opens no condition; 时效, 时长, 时序 close none', () => {
  test('the values are targets, in both scripts', () => {
    assert.deepEqual(values('当好排头兵全市办结率达到95%以上并提升时效。'), [95]);
    assert.deepEqual(values('當好排頭兵全市辦結率達到95%以上並提升時效。'), [95]);
    assert.deepEqual(values('当好绿色低碳高质量发展的排头兵全市森林覆盖率达到30%以上时效明显。'), [30]);
    for (const closer of ['时效', '时长', '时序']) {
      assert.deepEqual(values(`当PM2.5浓度达到35微克/立方米${closer}进度过半。`), [35], closer);
    }
    assert.deepEqual(values('當PM2.5濃度達到35微克/立方米時長縮短。'), [35]);
  });

  test('a real condition is still one, its 时 before 长期 too', () => {
    assert.deepEqual(values('当好排头兵,当PM2.5浓度达到150微克/立方米时,启动应急响应。'), []);
    assert.deepEqual(values('当办结率达到95%以上时长期坚持。'), []);
  });
});

describe('F64.4: nitrate in mg/L is a ceiling, as other water pollutants are', () => {
  test('饮用水硝酸盐浓度达到10mg/L is at most 10, in both scripts and units', () => {
    assert.deepEqual(read('饮用水硝酸盐浓度达到10mg/L。'), [['饮用水硝酸盐浓度', 'atMost', 10, 'mg/L', 'level']]);
    assert.deepEqual(read('飲用水硝酸鹽濃度達到10mg/L。'), [['飲用水硝酸鹽濃度', 'atMost', 10, 'mg/L', 'level']]);
    assert.deepEqual(read('地下水硝酸盐氮浓度达到20毫克/升。').map(([, comparator]) => comparator), ['atMost']);
  });
});

describe('F64.5: a gap to a peer in brackets after a target', () => {
  test('is named by the target’s metric and the gap, never by the bracket, in both scripts', () => {
    assert.deepEqual(read('全市研发投入强度达到2.5%(高于全省0.2个百分点)。'), [
      ['全市研发投入强度', 'atLeast', 2.5, '%', 'rate'],
      ['全市研发投入强度高于全省', 'atLeast', 0.2, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('全市研发投入强度达到2.5%(比全省高0.2个百分点)。'), [
      ['全市研发投入强度', 'atLeast', 2.5, '%', 'rate'],
      ['全市研发投入强度比全省高', 'atLeast', 0.2, '个百分点', 'rate'],
    ]);
    assert.deepEqual(read('全市研發投入強度達到2.5%(高於全省0.2個百分點)。').map(([metric, , value]) => [metric, value]), [
      ['全市研發投入強度', 2.5],
      ['全市研發投入強度高於全省', 0.2],
    ]);
    traceable('全市研发投入强度达到2.5%(高于全省0.2个百分点)。');
  });

  test('names nothing a later clause carries; a past value’s bracket gap is past', () => {
    assert.deepEqual(timed('全市研发投入强度达到2.5%(比全省高0.2个百分点),2025年达到3%。').map(([metric, , value]) => [metric, value]), [
      ['全市研发投入强度', 2.5],
      ['全市研发投入强度比全省高', 0.2],
      ['全市研发投入强度', 3],
    ]);
    const text = '地区生产总值2023年增长7%(高于全省1个百分点),2025年达到6000亿元。';
    assert.deepEqual(timed(text), [['地区生产总值', 'atLeast', 6000, '2025-12-31', undefined]]);
    assert.deepEqual(past(text), [
      ['7%', '2023年'],
      ['1个百分点', '2023年'],
    ]);
    // With a time of its own, the bracket's gap is a target of that time; of a growth, of its rate (F65).
    assert.deepEqual(timed('地区生产总值2023年增长7%(2025年高于全省1个百分点)。'), [['地区生产总值增速高于全省', 'atLeast', 1, '2025-12-31', undefined]]);
    for (const text of ['全市研发投入强度达到2.5%(比全省高0.2个百分点)。', '全市研发投入强度达到2.5%(高于全省0.2个百分点),2025年达到3%。', '2023年增长7%(高于全省1个百分点),2025年达到6000亿元。']) {
      for (const p of extractTargets(text, { year: 2024 })) assert.ok(!p.metric.startsWith('('), p.metric);
    }
  });
});

describe('F64.6: the province’s or the country’s item of a 分别 list is its figure, no target of the city’s', () => {
  test('only the city’s value is proposed, in both scripts', () => {
    assert.deepEqual(read('全省和全市分别达到90%、95%的目标。'), [['全市', 'atLeast', 95, '%', 'rate']]);
    assert.deepEqual(read('全省和全市分別達到90%、95%的目標。'), [['全市', 'atLeast', 95, '%', 'rate']]);
    assert.deepEqual(read('全国和全市分别达到90%、95%的目标。').map(([metric, , value]) => [metric, value]), [['全市', 95]]);
    assert.deepEqual(read('全省和全市森林覆盖率分别达到30%、35%。').map(([metric, , value]) => [metric, value]), [['全市森林覆盖率', 35]]);
    // Not said as unread: there is no reason for it yet.
    assert.deepEqual(extractTargetsAndUnread('全省和全市分别达到90%、95%的目标。', { year: 2024 }).unread, []);
  });

  test('a level of title (国家级, 省级) is an item of the city’s', () => {
    assert.deepEqual(values('国家级和省级示范区分别创建1个、3个。'), [1, 3]);
    assert.deepEqual(values('全市和各县市区分别建成1个、3个示范点。'), [1, 3]);
  });
});

describe('F64.7: a thing of one character shares the measure noun of the longer item after it', () => {
  test('电和天然气消费量, 水和大气环境质量, in both scripts', () => {
    assert.deepEqual(read('电和天然气消费量分别增长3%、5%。'), [
      ['电消费量', 'increaseBy', 3, '%', 'growth'],
      ['天然气消费量', 'increaseBy', 5, '%', 'growth'],
    ]);
    assert.deepEqual(read('電和天然氣消費量分別增長3%、5%。').map(([metric]) => metric), ['電消費量', '天然氣消費量']);
    assert.deepEqual(read('水和大气环境质量分别达到90%、95%。').map(([metric, , value]) => [metric, value]), [
      ['水环境质量', 90],
      ['大气环境质量', 95],
    ]);
    assert.deepEqual(read('水和大氣環境質量分別達到90%、95%。').map(([metric]) => metric), ['水環境質量', '大氣環境質量']);
    assert.deepEqual(sure('电和天然气消费量分别增长3%、5%。').map(([, , confidence]) => confidence), [0.9, 0.9]);
  });

  test('nothing else is shared: two items of two characters and more, or a last item with no measure noun', () => {
    assert.deepEqual(read('煤炭和天然气消费量分别下降3%、增长5%。').map(([metric]) => metric)[0], '煤炭');
    const water = read('水和大气污染治理分别投入3亿元、5亿元。').map(([metric]) => String(metric))[0]!;
    assert.ok(!water.includes('污染治理'), water);
  });
});

describe('F64.8: the items of one 分别 list are as sure as each other, each read by what it names (r56 M4)', () => {
  // F64 read both as flows (the list's measure); r56 M4: that made real titles of mixed lists flows (国家级、省级、
  // 市级龙头企业), and no rule tells this list from those, so each item is read by what it names again.
  test('市级和国家级示范区分别创建3个、1个: the city’s own a flow, the national title a designation, as sure as each other', () => {
    assert.deepEqual(sure('市级和国家级示范区分别创建3个、1个。'), [
      ['市级示范区', 'flow', 0.75],
      ['国家级示范区', 'designation', 0.75],
    ]);
    assert.deepEqual(sure('国家级和市级示范区分别创建1个、3个。').map(([, measure]) => measure), ['designation', 'flow']);
    assert.deepEqual(sure('市級和國家級示範區分別創建3個、1個。').map(([, measure]) => measure), ['flow', 'designation']);
  });

  test('a list whose every item names a title, or whose words after 分别 do, is of designations', () => {
    assert.deepEqual(sure('省级和国家级示范区分别创建3个、1个。').map(([, measure]) => measure), ['designation', 'designation']);
    assert.deepEqual(sure('全市和县域分别创建国家级示范区1个、3个。').map(([, measure]) => measure), ['designation', 'designation']);
  });
});
