/**
 * F133's leftovers (F144). Before, PUE值保持在1.3 read nothing and said nothing (保持在 held only a range of a value of
 * no unit); a dash before a year started a clause only before 达到 or 达 (控制在1.3——2025年降至1.25以下: 降至 stayed in the
 * clause of 控制在); a value of 1 was read less surely in any unit but percent (1倍, 1吨, 1个工作日), as a count of one is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024, traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit, measure, held and quote; and what was said unread. */
const held = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.measure, t.held, t.quote]);

describe('保持在 and 稳定在 hold a single value of no unit, as they hold a range of one', () => {
  test('PUE值保持在1.3: a held level of unit "", in either script and width', () => {
    assert.deepEqual(held('PUE值保持在1.3。'), { targets: [['PUE值', 'exact', 1.3, '', 'level', true, 'PUE值保持在1.3']], unread: [] });
    assert.deepEqual(held('数据中心PUE值稳定在1.3。').targets, [['数据中心PUE值', 'exact', 1.3, '', 'level', true, '数据中心PUE值稳定在1.3']]);
    assert.deepEqual(held('數據中心PUE值穩定在1.3。').targets, [['數據中心PUE值', 'exact', 1.3, '', 'level', true, '數據中心PUE值穩定在1.3']]);
    assert.deepEqual(held('ＰＵＥ值保持在１．３。').targets, [['ＰＵＥ值', 'exact', 1.3, '', 'level', true, 'ＰＵＥ值保持在１．３']]);
    assert.deepEqual(held('基尼系数保持在0.4。').targets, [['基尼系数', 'exact', 0.4, '', 'level', true, '基尼系数保持在0.4']]);
  });

  test('a held count whose unit is missing is said, not read, nor left out silently', () => {
    assert.deepEqual(held('新建基站保持在500。'), { targets: [], unread: [['noUnit', '500']] });
    assert.deepEqual(held('粮食播种面积稳定在1000。'), { targets: [], unread: [['noUnit', '1000']] });
  });
});

describe('a dash before a year and any statement word starts a clause, as a comma does', () => {
  /** Each target of `text` but where it starts, and what was said unread. */
  const reading = (text: string) => {
    traceable(text);
    const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
    return { targets: targets.map(({ offset: _offset, ...target }) => target), unread: unread.map(({ offset: _offset, ...rest }) => rest) };
  };
  const asAfterComma = (text: string) => assert.deepEqual(reading(text), reading(text.replace(/—+/, ',')), text);

  test('降至, 提高到, 控制在, 突破, 超过, 稳定在, 下降: the value after it is read as after a comma', () => {
    for (const verb of ['提高到', '控制在', '突破', '超过', '稳定在', '增至', '不低于']) asAfterComma(`新建基站300个——2025年${verb}500个。`);
    asAfterComma('单位GDP能耗下降3%——2025年下降15%。');
    asAfterComma('新建基站300個—2025年提高到500個。');
    asAfterComma('数据中心PUE值控制在1.3——2025年降至1.25以下。');
  });

  test('控制在1.3——2025年降至1.25以下: the 1.25 is a level of no unit of the metric its sentence named, due in 2025', () => {
    assert.deepEqual(held('数据中心PUE值控制在1.3——2025年降至1.25以下。'), {
      targets: [
        ['数据中心PUE值', 'atMost', 1.3, '', 'level', undefined, '数据中心PUE值控制在1.3'],
        ['数据中心PUE值', 'atMost', 1.25, '', 'level', undefined, '1.25以下'],
      ],
      unread: [],
    });
    assert.equal(extractTargets('数据中心PUE值控制在1.3——2025年降至1.25以下。', { year: 2024 })[1]?.deadline, '2025-12-31');
    // A count's clause after it names no index: its value of no unit is said still.
    assert.deepEqual(held('新建基站300个——2025年达到500以上。').unread, [['noUnit', '500']]);
  });

  test('a dash before a year and words that are no statement stays punctuation; a range of years stays a period', () => {
    // 2025年新建: a flow word, no statement of a level; 新建 before the dash still counts the 300.
    const flows = extractTargets('新建基站300个——2025年新建500个。', { year: 2024 }).map((t) => [t.metric, t.value, t.measure]);
    assert.deepEqual(flows.map(([, value, measure]) => [value, measure]), [
      [300, 'flow'],
      [500, 'flow'],
    ]);
    assert.deepEqual(
      extractTargets('森林覆盖率2023—2025年提高到30%。', { year: 2024 }).map((t) => [t.metric, t.comparator, t.value, t.deadline]),
      [['森林覆盖率', 'atLeast', 30, '2025-12-31']],
    );
  });
});

describe('a value of 1 is read less surely only where it may be a count word', () => {
  const sure = (text: string) => extractTargets(text, { year: 2024 }).map((t) => [t.value, t.confidence]);
  /** `text` read as surely with 1 as with 2 in its place. */
  const asTwo = (text: string) => assert.deepEqual(sure(text), sure(text.replace(/[1１](?=[倍吨噸个個公])/, '2')).map(([, confidence]) => [1, confidence]), text);

  test('a multiple (1倍), a mass (1吨) and a time limit (1个工作日以内) are targets, read as surely as 2', () => {
    for (const text of ['地区生产总值增长1倍。', '压减粗钢产能1吨。', '壓減粗鋼產能1噸。', '审批时限压缩至1个工作日以内。', '審批時限壓縮至1個工作日以內。', '新建道路1公里。']) asTwo(text);
  });

  test('a count of one (1个, 1家) is still read less surely than a count of two: it may be 一个, an article', () => {
    for (const [one, two] of [
      ['建成大数据中心1个。', '建成大数据中心2个。'],
      ['培育龙头企业1家。', '培育龙头企业2家。'],
    ] as const) {
      const [[, a]] = sure(one) as [[number, number]];
      const [[, b]] = sure(two) as [[number, number]];
      assert.ok(a < b, `${one}: ${a} against ${b}`);
    }
  });
});
