/**
 * Review r56 of the parser's last commits (F66): a metric carried from a clause of work said to be done drops only
 * the 已 and its verb, not the noun's own words (已完成造林面积: 造林面积); a 分别 list reads each item by what it names
 * (国家级示范区 a designation beside 标准化厂房); a 当 that starts a word of its own (当地, 当月, 当年) still opens a
 * condition that a 时 right after a value closes; a past year or 已 before a verb of work done makes a past fact; a
 * bracket's past figure makes no gap after the bracket past. Each case is the smallest input that went wrong, in
 * Simplified and Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { readingsOf as read, timedOf as timed, traceable, unreadOf, valuesOf } from './helpers.js';

/** The metric of each proposal of `text`, in a plan of 2024. */
const metrics = (text: string) => extractTargets(text, { year: 2024 }).map((p) => p.metric);

describe('r56 M1: a carried metric drops only the 已 and its verb of work done', () => {
  test('已完成造林面积, 已实现新增就业: the noun keeps its own verb, in both scripts', () => {
    assert.deepEqual(metrics('全市已完成造林面积5万亩,2025年达到8万亩。').at(-1), '全市造林面积');
    assert.deepEqual(metrics('全市已實現新增就業2萬人,全年達到3萬人。').at(-1), '全市新增就業');
    assert.deepEqual(metrics('全市已实现新增就业2万人,全年达到3万人。').at(-1), '全市新增就业');
    traceable('全市已完成造林面积5万亩,2025年达到8万亩。');
  });

  test('已建成的: the 的 goes with the mark; 已建成和在建: the phrase stays as written', () => {
    assert.deepEqual(metrics('已建成的污水处理厂12座,2025年达到15座。').at(-1), '污水处理厂');
    assert.deepEqual(metrics('全市已建成和在建5G基站3000个,2025年达到6000个。').at(-1), '全市已建成和在建5G基站');
  });

  test('the mark at the start or at the end of the metric, as before', () => {
    assert.deepEqual(metrics('2023年全市已建成5G基站3000个,2025年达到6000个。'), ['全市5G基站']);
    assert.deepEqual(metrics('全市5G基站已建成3000个,2025年达到6000个。').at(-1), '全市5G基站');
  });
});

/** Each proposal of `text` in a plan of 2024 as its metric and measure. */
const measures = (text: string) => extractTargets(text, { year: 2024 }).map((p) => [p.metric, p.measure]);

describe('r56 M4: each item of a 分别 list is read by what it names', () => {
  test('a title of a named level beside a count: the title a designation, the count a flow, in both scripts', () => {
    assert.deepEqual(measures('国家级示范区和标准化厂房分别创建2个、10个。'), [
      ['国家级示范区', 'designation'],
      ['标准化厂房', 'flow'],
    ]);
    assert.deepEqual(measures('國家級示範區和標準化廠房分別創建2個、10個。').map(([, measure]) => measure), ['designation', 'flow']);
    assert.deepEqual(measures('国家级专精特新小巨人企业和规上工业企业分别新增5家、100家。').map(([, measure]) => measure), ['designation', 'flow']);
    assert.deepEqual(measures('省级以上和市级重点实验室分别新增3家、10家。').map(([, measure]) => measure), ['designation', 'flow']);
    assert.deepEqual(measures('创建省级以上示范村和美丽乡村分别10个、50个。').map(([, measure]) => measure), ['designation', 'flow']);
  });

  test('国家级、省级、市级: the national and provincial titles designations, the city’s own a flow', () => {
    assert.deepEqual(measures('国家级、省级、市级农业产业化龙头企业分别新增2家、10家、30家。'), [
      ['国家级农业产业化龙头企业', 'designation'],
      ['省级农业产业化龙头企业', 'designation'],
      ['市级农业产业化龙头企业', 'flow'],
    ]);
    // So 市级和国家级示范区 (F64.8 read both as flows: no rule tells it from the list above).
    assert.deepEqual(measures('市级和国家级示范区分别创建3个、1个。').map(([, measure]) => measure), ['flow', 'designation']);
  });

  test('a list whose every item names a title, or whose words after 分别 do, is of designations still', () => {
    assert.deepEqual(measures('省级和国家级示范区分别创建3个、1个。').map(([, measure]) => measure), ['designation', 'designation']);
    assert.deepEqual(measures('全市和县域分别创建国家级示范区1个、3个。').map(([, measure]) => measure), ['designation', 'designation']);
  });
});

describe('r56 H1: a 当 that starts a word of its own opens a condition that a 时 right after a value closes', () => {
  test('当地区…, 当月…, 当年度…, 当前…, 当年…时: conditions, no targets, in both scripts', () => {
    const conditions = [
      ['当地区生产总值增速低于5%时,启动稳增长措施。', '5%'],
      ['当月用电量增速低于5%时,启动预警。', '5%'],
      ['当年度财政收入增速低于3%时,启动预警。', '3%'],
      ['当前PM2.5浓度超过150微克/立方米时,启动应急响应。', '150微克/立方米'],
      ['当年新增规上企业达到50家时,给予奖励。', '50家'],
      ['当地空气质量优良天数比例达到80%以上时,给予奖励。', '80%以上'],
      ['當月用電量增速低於5%時,啟動預警。', '5%'],
    ] as const;
    for (const [text, quantity] of conditions) {
      assert.deepEqual(read(text), [], text);
      assert.deepEqual(unreadOf(text, 'condition').map(([said]) => said), [quantity], text);
    }
  });

  test('without a 时 right after the value, the word’s 当 opens nothing: targets, as before', () => {
    assert.deepEqual(read('当年新建示范点5个。'), [['当年新建示范点', 'exact', 5, '个', 'flow']]);
    assert.deepEqual(read('当日办结率达到95%以上并实时公开。'), [['当日办结率', 'atLeast', 95, '%', 'rate']]);
    assert.deepEqual(read('当年新建示范点5个,同时完成改造10个。').length, 2);
    assert.deepEqual(unreadOf('当年新建示范点5个。', 'condition'), []);
  });
});

describe('r56 H2: 已 before a verb of work done, or a past year after a short subject, states a past fact', () => {
  test('全市2023年已建成…, 全市5G基站2023年已建成…: past, as without 已, in both scripts', () => {
    for (const text of ['全市2023年已建成5G基站3000个。', '全市5G基站2023年已建成3000个。', '全市5G基站2023年建成3000个。', '全市2023年已建成5G基站3000個。']) {
      assert.deepEqual(read(text), [], text);
      assert.deepEqual(unreadOf(text), [[text.includes('個') ? '3000個' : '3000个', '2023年']], text);
    }
  });

  test('全市2023年新建…, 全市2023年地区生产总值增长…: a past year after a short subject is the clause’s time', () => {
    assert.deepEqual(read('全市2023年新建5G基站3000个。'), []);
    assert.deepEqual(unreadOf('全市2023年新建5G基站3000个。'), [['3000个', '2023年']]);
    assert.deepEqual(read('全市2023年地区生产总值增长5.2%。'), []);
    assert.deepEqual(unreadOf('全市2023年地区生产总值增长5.2%。'), [['5.2%', '2023年']]);
    // The plan's year or a later one after the subject: a target, as before.
    assert.deepEqual(valuesOf('全市2025年新建5G基站3000个。'), [3000]);
    assert.deepEqual(valuesOf('全市2024年新建5G基站3000个。'), [3000]);
    assert.deepEqual(unreadOf('全市2025年新建5G基站3000个。'), []);
  });

  test('the later value of the sentence is of 全市5G基站, due in its year', () => {
    const text = '全市2023年已建成5G基站3000个,2025年达到5000个。';
    assert.deepEqual(timed(text), [['全市5G基站', 'atLeast', 5000, '2025-12-31', undefined]]);
    assert.deepEqual(valuesOf('全市2023年新建5G基站3000个,2025年达到5000个。'), [5000]);
    traceable(text);
  });
});

describe('r56 H3: a past figure in brackets makes no gap after the bracket past', () => {
  test('增长6%(2023年为5.2%),高于全省1个百分点: the gap a target of the plan’s year, named by the growth, in both scripts', () => {
    for (const text of [
      '地区生产总值增长6%(2023年为5.2%),高于全省1个百分点。',
      '地区生产总值增长6%(2023年增长5.2%),高于全省1个百分点。',
      '地区生产总值增长6%(2023年为5.2%),力争高于全省1个百分点。',
    ]) {
      assert.deepEqual(timed(text), [
        ['地区生产总值', 'increaseBy', 6, undefined, undefined],
        ['地区生产总值增速高于全省', 'atLeast', 1, undefined, undefined],
      ], text);
      assert.deepEqual(unreadOf(text), [['5.2%', '2023年']], text);
    }
    assert.deepEqual(metrics('地區生產總值增長6%(2023年為5.2%),高於全省1個百分點。'), ['地區生產總值', '地區生產總值增速高於全省']);
  });

  test('(上年为5.2%), (上年增长5.2%): last year’s figure a past fact, no target named (上年', () => {
    for (const text of ['地区生产总值增长6%左右(上年为5.2%),高于全省1个百分点。', '地区生产总值增长6%左右(上年增长5.2%),高于全省1个百分点。']) {
      assert.deepEqual(metrics(text), ['地区生产总值', '地区生产总值增速高于全省'], text);
      assert.deepEqual(unreadOf(text), [['5.2%', '上年']], text);
    }
  });
});
