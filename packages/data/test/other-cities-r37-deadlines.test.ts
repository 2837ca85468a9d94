/**
 * A reviewer's plans of other cities (round 37), deadlines: the forms other cities write that were not read (今年底前,
 * 一季度前, “十四五”末), deadline words left inside a metric when they stand in the middle of its clause, and verbs
 * of a level reached (增至, 擴大到, 升至) left at a metric's end. Each case is the smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { deadlineOfField } from '../src/node/task-deadline.js';
import { deadlinesOf as deadlines, otherCity, readDeadlines as read } from './helpers.js';


describe('今年: the plan’s year, as with no year written', () => {
  test('今年底前, 今年年底前, 今年6月底前, 今年上半年, 今年一季度末', () => {
    assert.deepEqual(deadlines('今年6月底前新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('今年上半年新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('今年一季度末新建充電樁300個。'), [['新建充電樁', '2024-03-31']]);
    assert.deepEqual(deadlines('今年底前新建充電樁300個。'), [['新建充電樁', '2024-12-31']]);
    assert.deepEqual(deadlines('今年年底前新建充電樁300個。'), [['新建充電樁', '2024-12-31']]);
    assert.deepEqual(read('今年底前新建充电桩300个。'), [['新建充电桩', 12]]);
  });
  test('a 完成時限 field of the task’s units: 今年6月底前, 今年底前', () => {
    const { plan } = planFromText('1.甲。新建充電樁300個。（牽頭單位：市工信局；完成時限：今年6月底前）', otherCity);
    assert.deepEqual(plan?.targets.map((t) => t.deadline), ['2024-06-30']);
    assert.deepEqual(deadlineOfField('完成時限：今年底前'), { month: 12, length: 4 });
    assert.deepEqual(deadlineOfField('完成时限:今年年底前'), { month: 12, length: 5 });
  });
  test('今年 and 今年內 with no deadline after them set none (the year’s end), and are no part of the metric', () => {
    assert.deepEqual(read('今年新建充电桩300个。'), [['新建充电桩', undefined]]);
    assert.deepEqual(read('今年內新建充電樁300個。'), [['新建充電樁', undefined]]);
  });
});

describe('a quarter with 前 or 內, or alone: the end of that quarter', () => {
  test('一季度前, 第二季度內, 三季度内', () => {
    assert.deepEqual(deadlines('一季度前新建充電樁300個。'), [['新建充電樁', '2024-03-31']]);
    assert.deepEqual(deadlines('第二季度內新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(read('三季度内完成投资10亿元。'), [['完成投资', 9]]);
  });
  test('a quarter alone is read as 上半年 is: the work of that quarter, due at its end', () => {
    assert.deepEqual(read('一季度完成投資10億元。'), [['完成投資', 3]]);
    assert.deepEqual(read('一季度地區生產總值增長8%。'), [['地區生產總值', 3]]);
    assert.deepEqual(read('第4季度新建充电桩300个。'), [['新建充电桩', 12]]);
  });
  test('a base of comparison, a part of a year, a quarter of another year: no deadline', () => {
    for (const base of ['比一季度', '較一季度', '與一季度末相比', '和二季度']) {
      assert.deepEqual(deadlines(`增速${base}提高2個百分點,新建5G基站500個。`).map(([, d]) => d), ['2024-12-31', '2024-12-31'], base);
    }
    assert.deepEqual(read('前三季度新增就業2萬人。'), [['前三季度新增就業', undefined]]);
    assert.deepEqual(read('每一季度新建充電樁300個。'), [['每一季度新建充電樁', undefined]]);
    assert.deepEqual(read('2025年前三季度新增就業2萬人。'), [['2025年前三季度新增就業', undefined]]);
    assert.deepEqual(read('增速較上年一季度提高2個百分點。').map(([, d]) => d), [undefined]);
    assert.deepEqual(read('截至一季度末,已建成充電樁300個。').map(([, d]) => d), [undefined]);
  });
});

describe('the end of a five-year plan: 十四五末 is 2025-12-31, 十五五末 2030-12-31', () => {
  for (const [lead, deadline] of [
    ['十四五末', '2025-12-31'],
    ['“十四五”末', '2025-12-31'],
    ['"十四五"期末', '2025-12-31'],
    ['「十四五」末', '2025-12-31'],
    ['到“十四五”末,', '2025-12-31'],
    ['十四五時期末', '2025-12-31'],
    ['“十四五”末期', '2025-12-31'],
    ['十五五末', '2030-12-31'],
    ['到“十五五”期末', '2030-12-31'],
  ] as const) {
    test(`${lead}森林覆蓋率達到20%`, () => {
      assert.deepEqual(read(`${lead}森林覆蓋率達到20%。`), [['森林覆蓋率', deadline]]);
    });
  }
  test('a base of comparison or a state at the date: no deadline', () => {
    assert.deepEqual(read('森林覆蓋率比“十四五”末提高2個百分點。').map(([, d]) => d), [undefined]);
    assert.deepEqual(read('截至“十四五”末,已建成充電樁300個。').map(([, d]) => d), [undefined]);
  });
  test('the name of a plan (《德州市“十四五”節能減排實施方案》) is no deadline', () => {
    assert.deepEqual(read('編制《德州市“十四五”節能減排實施方案》,新建充電樁300個。'), [['新建充電樁', undefined]]);
  });
});

describe('三年內, 兩年內: which year they end in is not known, so no deadline is read', () => {
  for (const text of ['三年內新建充電樁300個。', '兩年內新建充電樁300個。', '充電樁三年内新建300個。']) {
    test(text, () => {
      const found = extractTargets(text);
      assert.deepEqual(found.map((p) => [p.value, p.deadline, p.deadlineMonth]), [[300, undefined, undefined]]);
      assert.deepEqual(deadlines(text).map(([, d]) => d), ['2024-12-31']);
    });
  }
});

describe('a deadline in the middle of a clause is no part of the metric', () => {
  test('before the verb: 到2025年, 到2025年底, 2025年前, 2025年底前, 至2025年, 在2025年底前', () => {
    assert.deepEqual(read('全市森林覆蓋率到2025年達到20%。'), [['全市森林覆蓋率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆盖率到2025年底达到20%。'), [['全市森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆盖率2025年前达到20%。'), [['全市森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆盖率2025年底前达到20%。'), [['全市森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆盖率至2025年达到20%。'), [['全市森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('森林覆盖率在2025年底前达到20%。'), [['森林覆盖率', '2025-12-31']]);
    assert.deepEqual(read('新建充電樁到2025年達到3000個。'), [['新建充電樁', '2025-12-31']]);
    assert.deepEqual(read('全市建成5G基站到2025年底累计达到1万个。'), [['全市建成5G基站', '2025-12-31']]);
  });
  test('before the verb: the new forms, 明年底前 and 上半年內', () => {
    assert.deepEqual(read('全市森林覆盖率今年底前达到20%。'), [['全市森林覆盖率', 12]]);
    assert.deepEqual(read('全市森林覆盖率明年底前达到20%。'), [['全市森林覆盖率', 24]]);
    assert.deepEqual(read('全市森林覆盖率一季度前达到20%。'), [['全市森林覆盖率', 3]]);
    assert.deepEqual(read('全市森林覆蓋率十四五末達到20%。'), [['全市森林覆蓋率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆蓋率到“十四五”末達到20%。'), [['全市森林覆蓋率', '2025-12-31']]);
    assert.deepEqual(read('全市森林覆蓋率上半年內達到20%。'), [['全市森林覆蓋率', 6]]);
    assert.deepEqual(read('上半年內新建充電樁300個。'), [['新建充電樁', 6]]);
  });
  test('after the verb: 提高到2025年的22%', () => {
    assert.deepEqual(read('森林覆蓋率提高到2025年的22%。'), [['森林覆蓋率', '2025-12-31']]);
  });
  test('after the subject: 全市到2025年森林覆蓋率, the deadline cut out of the metric', () => {
    assert.deepEqual(read('全市到2025年森林覆蓋率達到20%。'), [['全市森林覆蓋率', '2025-12-31']]);
    assert.deepEqual(read('全市到“十四五”末新建充电桩3000个。'), [['全市新建充电桩', '2025-12-31']]);
  });
  test('as before: 較2020年 and a date in passing stay', () => {
    assert.deepEqual(read('單位GDP能耗較2020年下降13.5%。'), [['單位GDP能耗', undefined]]);
    assert.deepEqual(read('完成全年任務的50%以上。'), [['完成全年任務的', undefined]]);
  });
});

describe('verbs of a level reached are no part of the metric: 增至, 擴大到, 提升至, 升至, 降低到', () => {
  const reading = (text: string) => extractTargets(text).map((p) => [p.metric, p.value, p.unit, p.comparator, p.measure]);
  const same = (text: string, as: string, like: string) => assert.deepEqual(reading(text), reading(text.replace(as, like)), `${text} as ${like}`);
  test('綠色建築面積增至500萬平方米: as 達到', () => {
    assert.deepEqual(reading('綠色建築面積增至500萬平方米。'), [['綠色建築面積', 500, '萬平方米', 'atLeast', 'level']]);
    assert.deepEqual(reading('绿色建筑面积增至500万平方米。'), [['绿色建筑面积', 500, '万平方米', 'atLeast', 'level']]);
    same('規上企業增至1500家。', '增至', '達到');
    same('规上企业增至1500家。', '增至', '达到');
    same('规上企业增到1500家。', '增到', '达到');
  });
  test('擴大到, 扩大到, 擴大至, 提升至, 升至, 上升到: as 提高到', () => {
    for (const verb of ['擴大到', '扩大到', '擴大至', '提升至', '升至', '上升到', '上升至']) {
      assert.deepEqual(reading(`綠色建築面積${verb}500萬平方米。`), [['綠色建築面積', 500, '萬平方米', 'atLeast', 'level']], verb);
      same(`規上企業${verb}1500家。`, verb, '提高到');
      same(`新能源汽車比重${verb}30%。`, verb, '提高到');
    }
  });
  test('降低到 as 下降到', () => {
    assert.deepEqual(reading('綠色建築面積降低到500萬平方米。'), reading('綠色建築面積下降到500萬平方米。'));
    same('萬元GDP能耗降低到0.45噸標準煤。', '降低到', '下降到');
  });
  test('由X增至Y: one target, its baseline X', () => {
    const found = extractTargets('綠色建築面積由300萬平方米增至500萬平方米。');
    assert.deepEqual(found.map((p) => [p.metric, p.value, p.comparator, p.measure, p.baseline]), [['綠色建築面積', 500, 'atLeast', 'level', 300]]);
  });
});
