/**
 * F212 (review r88: H1, H3, M6, M8, M9): targets read wrongly in another county's plan. A decimal in Chinese numerals
 * (三點二人) was read as its last digit; a deadline written as the task's closing sentence (2023年10月底前完成。) was
 * not used; a comparison with no number (增速不低於全省平均水平) was dropped without a word; a milestone of the task's
 * own progress (完成年度任務的百分之八十) was a target as sure as any, and exact; 一千萬美元 kept 萬 out of its unit, as 1000萬美元
 * does not. F219 (review r89: H1, H2): what F212 made wrong: 一萬五 and 兩萬 at a clause's end were read as 1 萬 and 2 萬;
 * a task's closing date-and-完成 clause gave its date to a whole-year target before a 其中 part. F222 (review r90: H1,
 * H2): a lone 億 was read as a unit still (一億五。: 1 億); 一萬五畝 was 10005 畝, not 15000.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { traceable } from './helpers.js';

/** Each target of `text` as its metric, value and unit. */
const read = (text: string) => {
  traceable(text);
  return extractTargets(text).map((t) => [t.metric, t.value, t.unit]);
};

/** A plan of 2023 of one section whose tasks are `tasks` (each ends with its units' line). */
const plan = (...tasks: string[]) => {
  const text = ['嘉祥縣2023年重點工作任務', '一、測試', ...tasks.map((t, i) => `${i + 1}.${t}\n（牽頭單位：縣農業農村局）`)].join('\n');
  return planFromText(text, { issuer: '嘉祥縣人民政府', lenient: true });
};

describe('F212: targets read in another county\'s plan', () => {
  test('H1: a decimal in Chinese numerals is read whole, before a measure word or a scaled unit', () => {
    assert.deepEqual(read('每千人口擁有執業醫師數達到三點二人。'), [['每千人口擁有執業醫師數', 3.2, '人']]);
    assert.deepEqual(read('引進外資一點五億元。'), [['引進外資', 1.5, '億元']]);
    assert.deepEqual(read('城鎮登記失業率控制在百分之三點五以內。'), [['城鎮登記失業率', 3.5, '%']]);
  });

  test('M9: 萬 is the unit\'s whether the amount is written in digits or in characters', () => {
    assert.deepEqual(read('實際使用外資一千萬美元。'), read('實際使用外資1000萬美元。'));
    assert.deepEqual(read('新建高標準農田五萬畝。'), [['新建高標準農田', 5, '萬畝']]);
    assert.deepEqual(read('新增就業一萬人,新建基地兩萬畝。'), [['新增就業', 1, '萬人'], ['新建基地', 2, '萬畝']]);
    // A number with more after its 萬 keeps it: 一萬五千人 is 15000 人.
    assert.deepEqual(read('新增就業一萬五千人。'), [['新增就業', 15000, '人']]);
  });

  test('H3: a closing sentence or clause that is only a date and 完成 is the deadline of the task\'s targets that name none', () => {
    const built = plan(
      '新建高標準農田五萬畝，糧食總產量穩定在八億斤以上。2023年10月底前完成。',
      '改造農村危房二百戶，2023年11月底前完成。',
      '新增學位二千四百個。2023年8月底前完成主體工程。',
      '2023年6月底前新建基站300個，全年新建基站1000個。',
    ).plan!;
    assert.deepEqual(
      built.targets.map((t) => [t.id, t.deadline]),
      [
        ['t01.1', '2023-10-31'],
        ['t01.2', '2023-10-31'],
        ['t02.1', '2023-11-30'],
        // 完成主體工程: a milestone of the work, not of its targets.
        ['t03.1', '2023-12-31'],
        // A date in a target's own clause gives it its deadline still.
        ['t04.1', '2023-06-30'],
        ['t04.2', '2023-12-31'],
      ],
    );
  });

  test('M8: a share of the year\'s work done by a date is a milestone of the task\'s own progress: at least that share, below other readings\' confidence', () => {
    const [milestone] = extractTargets('2023年9月底前完成年度任務的百分之八十。', { year: 2023 });
    assert.deepEqual([milestone?.metric, milestone?.value, milestone?.comparator, milestone?.deadline, milestone?.confidence], ['完成年度任務的', 80, 'atLeast', '2023-09-30', 0.5]);
    assert.equal(extractTargets('上半年完成全年任務的50%以上。', { year: 2023 })[0]?.confidence, 0.5);
    // A share of a metric of its own is read as before.
    assert.equal(extractTargets('城鎮污水處理率達到百分之八十。')[0]?.confidence, 0.9);
  });

  test('M6: a comparison with no number is said, once, not dropped', () => {
    const { targets, unread } = extractTargetsAndUnread('規模以上工業增加值增長7%左右，增速不低於全省平均水平。水源水質達到國家標準，城市生活污水集中收集率達到75%。');
    assert.equal(targets.length, 2);
    assert.deepEqual(unread.map((u) => [u.reason, u.numeral]), [
      ['comparisonNoValue', '不低於全省平均水平'],
      ['comparisonNoValue', '達到國家標準'],
    ]);
    // Not a gap with its number, nor 達到 before one.
    assert.deepEqual(extractTargetsAndUnread('增速高於全省平均水平1個百分點，達到國家標準的企業20家。').unread, []);
    const said = plan('規模以上工業增加值增長7%左右，增速不低於全省平均水平。').diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.deepEqual(said.map((d) => d.message), ['task 1: 不低於全省平均水平 is a comparison with no number, not read as a target; if it is one, add it in an overlay (targets.add)']);
    assert.equal(diagnosticIn(said[0]!, 'zh-Hant').message, '任務 1:「不低於全省平均水平」是沒有數值的比較,未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)');
    assert.equal(diagnosticIn(said[0]!, 'zh-Hans').message, '任务 1:“不低於全省平均水平”是没有数值的比较,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)');
  });

  test('F219 H1: a 萬 with no unit after it is the number\'s, not a unit: the number alone is said, not read', () => {
    for (const [text, numeral] of [['新增就業一萬五。', '一萬五'], ['新建基站兩萬。', '兩萬'], ['新建基站三萬五。', '三萬五'], ['新建基站十萬。', '十萬']] as const) {
      const { targets, unread } = extractTargetsAndUnread(text);
      assert.deepEqual([targets.map((t) => [t.metric, t.value, t.unit]), unread.map((u) => [u.reason, u.numeral])], [[], [['noUnit', numeral]]], text);
    }
    // With a unit after it, 萬 is the unit's still, or a number's with more after it.
    assert.deepEqual(read('引進項目一億元以上，新建基地兩萬畝，新增就業一萬五千人。'), [['引進項目', 1, '億元'], ['新建基地', 2, '萬畝'], ['新增就業', 15000, '人']]);
  });

  test('F219 H2: a closing date-and-完成 clause is the deadline of its own sentence\'s targets, from its 其中 part if it has one, not of a whole year\'s', () => {
    const built = plan(
      '全年新建基站1000個，其中上半年新建300個，6月底前完成。',
      '新建基站1000個，其中新建農村基站300個。2023年6月底前完成。',
      '新建基站1000個。改造農村危房二百戶，2023年6月底前完成。',
      '全年新建基站1000個，6月底前完成。',
      '新建基站1000個。改造農村危房二百戶。2023年6月底前完成。',
    ).plan!;
    assert.deepEqual(
      built.targets.map((t) => [t.id, t.value, t.deadline]),
      [
        ['t01.1', 1000, '2023-12-31'],
        ['t01.2', 300, '2023-06-30'],
        // After a 其中 part, the part's.
        ['t02.1', 1000, '2023-12-31'],
        ['t02.2', 300, '2023-06-30'],
        // A clause closes its own sentence.
        ['t03.1', 1000, '2023-12-31'],
        ['t03.2', 200, '2023-06-30'],
        // 全年: the target's own words set its period.
        ['t04.1', 1000, '2023-12-31'],
        // A sentence of its own closes the task only when the task has one sentence of work.
        ['t05.1', 1000, '2023-12-31'],
        ['t05.2', 200, '2023-12-31'],
      ],
    );
  });
});

describe('F223 (review r90: M1, M2): a closing date-and-完成 clause, a later part and the year written another way', () => {
  test('M1: a part whose own clause names a later period keeps its own reading, not the closing clause\'s earlier date', () => {
    const built = plan(
      '新建基站1000個，其中農村新建300個，下半年新建700個，6月底前完成。',
      '新建基站1000個，其中農村新建300個，三季度新建700個，6月底前完成。',
    ).plan!;
    assert.deepEqual(
      built.targets.map((t) => [t.id, t.value, t.deadline]),
      [
        ['t01.1', 1000, '2023-12-31'],
        ['t01.2', 300, '2023-06-30'],
        // 下半年: the year's end.
        ['t01.3', 700, '2023-12-31'],
        ['t02.1', 1000, '2023-12-31'],
        ['t02.2', 300, '2023-06-30'],
        ['t02.3', 700, '2023-09-30'],
      ],
    );
  });

  test('M2: 全年 after the plan\'s year is the plan\'s year too; 全部完成 by a date is all of it, 全年 or not', () => {
    const built = plan(
      // 2.2023年, not 1.2023年: a task's number before a year is read after another task's only.
      '全年新建基站1000個，6月底前完成。',
      '2023年全年新建基站1000個，6月底前完成。',
      '全年新建基站1000個，6月底前全部完成。',
      '2023年全年新建基站1000個，6月底前全部完成。',
    ).plan!;
    assert.deepEqual(
      built.targets.map((t) => [t.id, t.value, t.deadline]),
      [
        ['t01.1', 1000, '2023-12-31'],
        ['t02.1', 1000, '2023-12-31'],
        ['t03.1', 1000, '2023-06-30'],
        ['t04.1', 1000, '2023-06-30'],
      ],
    );
  });
});

describe('F222 (review r90: H1, H2): Chinese numerals: a lone 億, and 一萬五畝', () => {
  test('H1: a 億 or 萬億 with no unit after it is the number\'s, as a lone 萬 is: the number alone is said, not read', () => {
    for (const [text, numeral] of [['新增存款一億五。', '一億五'], ['新增存款兩億。', '兩億'], ['新增存款兩萬億。', '兩萬億']] as const) {
      const { targets, unread } = extractTargetsAndUnread(text);
      assert.deepEqual([targets.map((t) => [t.metric, t.value, t.unit]), unread.map((u) => [u.reason, u.numeral])], [[], [['noUnit', numeral]]], text);
    }
    // With a unit after it, the scale is the unit's still.
    assert.deepEqual(read('引進項目一百億元，新增存款一億元以上，實際使用外資一千萬美元，新建基地五萬畝，新增就業一萬五千人。'), [
      ['引進項目', 100, '億元'], ['新增存款', 1, '億元'], ['實際使用外資', 1000, '萬美元'], ['新建基地', 5, '萬畝'], ['新增就業', 15000, '人'],
    ]);
    // A number with more after its 億 keeps it, its 萬 the unit's: 一億五千萬元 is 15000 萬元.
    assert.deepEqual(read('完成投資一億五千萬元。'), [['完成投資', 15000, '萬元']]);
  });

  test('H2: a digit ending a numeral right after a power is of the next lower power: 一萬五 is 15000, not 10005', () => {
    assert.deepEqual(read('造林一萬五畝。'), [['造林', 15000, '畝']]);
    assert.deepEqual(read('新增學位一千五個，改造農村危房三百五戶。'), [['新增學位', 1500, '個'], ['改造農村危房', 350, '戶']]);
    // 零 holds the empty place, and a numeral with more after its digit reads as written.
    assert.deepEqual(read('造林一萬零五畝，新建基地一萬五千畝，新增企業十五家。'), [['造林', 10005, '畝'], ['新建基地', 15000, '畝'], ['新增企業', 15, '家']]);
  });
});
