/**
 * The target extractor's leftovers from another city's plan (F38): a metric named only in Latin letters (GDP), a
 * quarter of a year written (2024年一季度末前), the 14th plan's period (“十四五”期間), a base of comparison left in a
 * metric's name (比上半年, 比“十四五”末), the verbs of 由X到Y beside the bound words, and 樁 in the Simplified text.
 * Each case is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { deadlinesOf as deadlines, oneTaskPlan as build, readDeadlines as read, traceable } from './helpers.js';

describe('a metric named only in Latin letters is kept', () => {
  test('上半年GDP增長8%: GDP, due at the half', () => {
    assert.deepEqual(read('上半年GDP增長8%。'), [['GDP', 6]]);
    assert.deepEqual(deadlines('上半年GDP增長8%。'), [['GDP', '2024-06-30']]);
    assert.ok(!build('上半年GDP增長8%。').diagnostics.some((d) => d.code === 'metricNotNamed'));
    traceable('上半年GDP增長8%。');
  });
  test('PM2.5 alone or before other words', () => {
    assert.deepEqual(read('全年PM2.5平均濃度下降到35微克/立方米。'), [['PM2.5平均濃度', undefined]]);
    assert.deepEqual(read('全年PM2.5下降到35微克/立方米。'), [['PM2.5', undefined]]);
    assert.deepEqual(read('PM2.5年均濃度控制在35微克/立方米以內。'), [['PM2.5年均濃度', undefined]]);
  });
  test('no word left: the target says its metric is to be written, as before', () => {
    const [found] = extractTargets('上半年增長8%。');
    assert.equal(found?.metricMissing, true);
    assert.deepEqual(deadlines('上半年增長8%。'), [['(未寫明指標)', '2024-06-30']]);
    assert.ok(build('上半年增長8%。').diagnostics.some((d) => d.code === 'metricNotNamed'));
  });
});

describe('a quarter of a year written: that quarter’s end in that year', () => {
  for (const [lead, deadline] of [
    ['2024年一季度末前', '2024-03-31'],
    ['2024年第三季度前', '2024-09-30'],
    ['2024年二季度內', '2024-06-30'],
    ['2024年第4季度末', '2024-12-31'],
    ['2025年一季度', '2025-03-31'],
  ] as const) {
    test(`${lead}新建充電樁300個`, () => {
      assert.deepEqual(read(`${lead}新建充電樁300個。`), [['新建充電樁', deadline]]);
      assert.deepEqual(deadlines(`${lead}新建充電樁300個。`), [['新建充電樁', deadline]]);
      traceable(`${lead}新建充電樁300個。`);
    });
  }
  test('in the middle of a clause, and after 到', () => {
    assert.deepEqual(read('全市森林覆蓋率2024年三季度末前達到20%。'), [['全市森林覆蓋率', '2024-09-30']]);
    assert.deepEqual(read('到2025年二季度末,新建充電樁300個。'), [['新建充電樁', '2025-06-30']]);
  });
  test('a part of a year, every quarter, a base of comparison: no deadline, as before', () => {
    assert.deepEqual(read('2025年前三季度新增就業2萬人。'), [['2025年前三季度新增就業', undefined]]);
    assert.deepEqual(read('增速較2023年一季度提高2個百分點。').map(([, d]) => d), [undefined]);
    assert.deepEqual(read('增速比2023年三季度末提高2個百分點。').map(([, d]) => d), [undefined]);
  });
});

describe('the period of a five-year plan (十四五期間) is due at its end, as 十四五末 is', () => {
  for (const [lead, deadline] of [
    ['“十四五”期間', '2025-12-31'],
    ['「十四五」期間', '2025-12-31'],
    ['"十四五"期間', '2025-12-31'],
    ['十四五期間', '2025-12-31'],
    ['十四五期间', '2025-12-31'],
    ['十五五期間', '2030-12-31'],
    ['“十五五”期間', '2030-12-31'],
  ] as const) {
    test(`${lead}累計完成投資500億元`, () => {
      const text = `${lead}累計完成投資500億元。`;
      assert.deepEqual(read(text), [['累計完成投資', deadline]]);
      assert.deepEqual(deadlines(text).map(([, d]) => d), [deadline]);
      traceable(text);
    });
  }
});

describe('a base of comparison is no part of the metric', () => {
  const reading = (text: string) => extractTargets(text).map((p) => [p.metric, p.deadline ?? p.deadlineMonth, p.baselineYear]);
  test('比“十四五”末, 比上半年, 比上年', () => {
    assert.deepEqual(reading('單位GDP能耗比“十四五”末下降5%。'), [['單位GDP能耗', undefined, undefined]]);
    assert.deepEqual(reading('單位GDP能耗比「十四五」末下降5%。'), [['單位GDP能耗', undefined, undefined]]);
    assert.deepEqual(reading('工業投資比上半年增長10%。'), [['工業投資', undefined, undefined]]);
    assert.deepEqual(reading('工業投資比上年增長8%。'), [['工業投資', undefined, undefined]]);
    assert.deepEqual(reading('工業投資比一季度增長8%。'), [['工業投資', undefined, undefined]]);
    assert.deepEqual(reading('工業投資較6月底增長8%。'), [['工業投資', undefined, undefined]]);
    traceable('單位GDP能耗比“十四五”末下降5%。');
  });
  test('a base with nothing before it names no metric', () => {
    const [found] = extractTargets('比上年增長8%。');
    assert.equal(found?.metricMissing, true);
    assert.equal(extractTargets('比上半年增長8%。')[0]?.metricMissing, true);
  });
  test('a base year is read as before, and its date is no deadline: 較2020年, 比2020年底, 與2020年相比', () => {
    assert.deepEqual(reading('單位GDP能耗較2020年下降13.5%。'), [['單位GDP能耗', undefined, 2020]]);
    assert.deepEqual(reading('單位GDP能耗比2020年下降13.5%。'), [['單位GDP能耗', undefined, 2020]]);
    assert.deepEqual(reading('單位GDP能耗比2020年底下降13.5%。'), [['單位GDP能耗', undefined, 2020]]);
    assert.deepEqual(reading('森林覆蓋率較2023年6月底提高2個百分點。'), [['森林覆蓋率', undefined, 2023]]);
    assert.deepEqual(reading('單位GDP能耗與2020年相比下降13.5%。'), [['單位GDP能耗', undefined, 2020]]);
    traceable('單位GDP能耗與2020年相比下降13.5%。');
  });
  test('a state at a year’s end (截至2023年底) is no deadline either, read at its year or at its 年', () => {
    assert.deepEqual(read('截至2023年底,已建成充電樁300個。'), [['已建成充電樁', undefined]]);
  });
  test('a deadline of the target stays one: 到2025年, 比上年', () => {
    assert.deepEqual(reading('到2025年,單位GDP能耗比2020年下降13.5%。'), [['單位GDP能耗', '2025-12-31', 2020]]);
    assert.deepEqual(reading('上半年工業投資比上年增長10%。'), [['工業投資', 6, undefined]]);
  });
});

describe('由X到Y: every verb of 到 or 至 takes a value from one to the other (X is no target of its own)', () => {
  for (const verb of ['提高到', '提升至', '增加到', '增長至', '增至', '上升到', '升至', '擴大到', '下降到', '降低至', '降至', '減少到', '壓減至', '壓縮到', '縮短至', '縮小到', '減至']) {
    test(`由300萬平方米${verb}500萬平方米`, () => {
      const found = extractTargets(`綠色建築面積由300萬平方米${verb}500萬平方米。`);
      assert.deepEqual(found.map((p) => [p.metric, p.value]), [['綠色建築面積', 500]]);
    });
  }
});

describe('樁 in the Simplified text', () => {
  test('a plan from a Traditional document writes 充电桩 in zh-Hans (OpenCC tw → cn)', () => {
    const { plan } = build('新建充電樁300個。');
    assert.deepEqual(plan?.targets.map((t) => t.metric['zh-Hans']), ['新建充电桩']);
    assert.equal(plan?.tasks[0]!.body['zh-Hans'], '新建充电桩300个。');
  });
});

describe('a review of the above (r43): what it read wrongly, and bases it left', () => {
  test('a quarter a period starts from (起, 以來, 開始, 至) is no deadline, with its year or alone', () => {
    for (const text of ['自2024年二季度起,每月新增就業崗位1000個。', '2023年一季度以來,全市新增市場主體2萬戶。', '從2024年三季度開始,新建充電樁500個。', '自二季度起,每月新增就業崗位1000個。'])
      assert.deepEqual(read(text).map(([, d]) => d), [undefined], text);
    assert.deepEqual(read('一季度以前新建充電樁300個。'), [['新建充電樁', 3]]);
  });
  test('占比 is a share, not a comparison: its deadline is read and the metric keeps it', () => {
    assert.deepEqual(deadlines('第三產業增加值占比2024年底前達到52%。'), [['第三產業增加值占比', '2024-12-31']]);
    assert.deepEqual(deadlines('新能源汽車銷量佔比2024年底前達到30%。'), [['新能源汽車銷量佔比', '2024-12-31']]);
  });
  test('a year a number before took in (a range, an item number) is read from its first digit', () => {
    assert.deepEqual(deadlines('2024—2025年底前建成充電樁800個。'), [['建成充電樁', '2025-12-31']]);
    assert.deepEqual(deadlines('2024年至2025年底前累計建成充電樁800個。'), [['累計建成充電樁', '2025-12-31']]);
    assert.deepEqual(read('3.2023年底前完成農村改廁1萬戶。').map(([, d]) => d), ['2023-12-31']);
    assert.deepEqual(deadlines('2024年至2025年底前累計建成充電樁800個。').map(([, d]) => d), ['2025-12-31']);
  });
  test('十四五期間內, “十四五”時期: the period, due at its end', () => {
    assert.deepEqual(deadlines('“十四五”期間內累計新增城鎮就業15萬人。'), [['累計新增城鎮就業', '2025-12-31']]);
    assert.deepEqual(deadlines('“十四五”時期,累計新增城鎮就業15萬人。'), [['累計新增城鎮就業', '2025-12-31']]);
  });
  test('a list marker in Latin letters is no metric', () => {
    assert.equal(extractTargets('(a)30家。')[0]?.metricMissing, true);
    assert.deepEqual(read('O3濃度下降到160微克/立方米。'), [['O3濃度', undefined]]);
  });
  test('a date after 與 or 同 and before 相比 is a base, not a deadline; 相比 and 較“十三五”末 leave the metric', () => {
    assert.deepEqual(deadlines('單位GDP能耗與2020年底相比下降14.5%。'), [['單位GDP能耗', '2024-12-31']]);
    assert.deepEqual(deadlines('全市GDP同2023年6月底相比增長6%。'), [['全市GDP', '2024-12-31']]);
    assert.deepEqual(read('單位GDP能耗相比2020年下降14.5%。').map(([m]) => m), ['單位GDP能耗']);
    assert.deepEqual(read('單位GDP能耗較“十三五”末下降14.5%。'), [['單位GDP能耗', undefined]]);
  });
});

describe('bases of the same period or with 相比 are cut from the metric (r43)', () => {
  for (const text of ['工業投資比上年同期增長10%。', '工業投資較上年同期增長10%。', '工業投資與上年相比增長10%。', '工業投資比2023年同期增長10%。'])
    test(text, () => assert.deepEqual(read(text), [['工業投資', undefined]]));
});
